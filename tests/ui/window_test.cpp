// Widget tests of the main window (offscreen): open a built-in, the circuit tree lists its
// blocks, selecting a block selects its devices and fills the side panel, a bad netlist shows
// an error with file:line and keeps the open circuit; screenshots of both built-ins.
#include <QtTest>

#include <QDir>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>

#include "mainwindow/block_panel.hpp"
#include "mainwindow/circuit_tree.hpp"
#include "mainwindow/command_line.hpp"
#include "mainwindow/main_window.hpp"
#include "project/document.hpp"
#include "schematic/schematic_scene.hpp"
#include "schematic/schematic_view.hpp"

using namespace inversize;
using inversize::ui::mainwindow::MainWindow;

class WindowTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a throwaway place
    QCoreApplication::setOrganizationName(QStringLiteral("InverSizeTest"));
  }

  // `inversize --spec gain_db=65 gbw_hz=10meg` once tried to open "gbw_hz=10meg" as a file and
  // stopped at an error dialog before the window showed anything.
  void spec_values_after_spec_are_not_files() {
    using inversize::ui::mainwindow::split_start_arguments;
    auto a = split_start_arguments({QStringLiteral("gbw_hz=10meg"), QStringLiteral("p.isz"), QStringLiteral("POWER_W=200u"),
                                    QStringLiteral("x=1.cir")},
                                   {QStringLiteral("gain_db=65")});
    QCOMPARE(a.spec, (QStringList{QStringLiteral("gain_db=65"), QStringLiteral("gbw_hz=10meg"), QStringLiteral("POWER_W=200u")}));
    QCOMPARE(a.files, (QStringList{QStringLiteral("p.isz"), QStringLiteral("x=1.cir")}));  // x is no performance
  }

  void opens_a_builtin() {
    MainWindow w;
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QVERIFY(w.document());
    QCOMPARE(w.document()->title(), QStringLiteral("miller"));
    QVERIFY(w.scene()->has_circuit());
    QCOMPARE(w.scene()->layout().symbols.size(), w.document()->circuit().devices.size());
  }

  void tree_lists_the_blocks() {
    MainWindow w;
    QVERIFY(w.open(QStringLiteral("builtin:fcoa"), true));
    const auto& blocks = w.document()->decomposition.blocks;
    QCOMPARE(w.circuit_tree()->block_count(), static_cast<int>(blocks.size()));
    QStringList ids;
    for (const auto& b : blocks) ids << QString::fromStdString(b.id);
    QVERIFY(ids.contains(QStringLiteral("DP_t")));
    const auto found = w.circuit_tree()->findItems(QStringLiteral("DP_t"), Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
  }

  void selecting_a_block_selects_its_devices() {
    MainWindow w;
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    const auto& d = w.document()->decomposition;
    int dp = -1;
    for (std::size_t b = 0; b < d.blocks.size(); ++b)
      if (d.blocks[b].id == "DP_t") dp = static_cast<int>(b);
    QVERIFY(dp >= 0);
    // through the tree, as a click there does
    auto items = w.circuit_tree()->findItems(QStringLiteral("DP_t"), Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    w.circuit_tree()->setCurrentItem(items.front());
    auto selected = w.scene()->highlighted_devices();
    std::sort(selected.begin(), selected.end());
    auto expected = d.blocks[dp].devices;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
    QCOMPARE(w.scene()->selected_block(), dp);
    QVERIFY(w.block_panel()->rows() >= 4);  // W and L of both transistors
    // and through a click on the block in the schematic
    emit w.scene()->blockClicked(0);
    QCOMPARE(w.scene()->selected_block(), 0);
    QCOMPARE(w.circuit_tree()->currentItem()->text(0), QString::fromStdString(d.blocks[0].id));
  }

  void bad_netlist_keeps_the_open_circuit() {
    MainWindow w;
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.cir"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("* broken\n.subckt broken vdd vss inp inn out\nM1 a b c\n.ends\n");
    f.close();
    QVERIFY(!w.open(bad, true));
    QVERIFY2(w.last_error().contains(QStringLiteral("broken.cir:3")), qPrintable(w.last_error()));
    QVERIFY(w.document());
    QCOMPARE(w.document()->title(), QStringLiteral("miller"));
    QVERIFY(!w.open(dir.filePath(QStringLiteral("missing.cir")), true));
    QCOMPARE(w.document()->title(), QStringLiteral("miller"));
  }

  // The log repeats what decompose, simulate and new say about a netlist: here the note that
  // a transistor's drain and source were written the other way round.
  void log_repeats_the_netlists_notes() {
    MainWindow w;
    QVERIFY(w.open(QStringLiteral(INVERSIZE_TEST_DATA_DIR "/netlists/designers/miller_swapped.cir"), true));
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("LogDock"));
    QVERIFY(dock);
    auto* log = qobject_cast<QPlainTextEdit*>(dock->widget());
    QVERIFY(log);
    const QString text = log->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Note: ")) && text.contains(QStringLiteral("the other way round")), qPrintable(text));
  }

  void saves_and_reopens_a_project() {
    MainWindow w;
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.isz"));
    auto doc = std::make_shared<ui::project::Document>(*w.document());
    ui::project::save_project(*doc, path);
    QVERIFY(QFile::exists(path));
    QVERIFY(w.open(path, true));
    QCOMPARE(w.document()->title(), QStringLiteral("m.isz"));
    QCOMPARE(w.document()->circuit().devices.size(), doc->circuit().devices.size());
    QCOMPARE(w.document()->decomposition.blocks.size(), doc->decomposition.blocks.size());
  }

  void exports_svg_and_png() {
    MainWindow w;
    QVERIFY(w.open(QStringLiteral("builtin:fcoa"), true));
    QTemporaryDir dir;
    QVERIFY(w.view()->export_svg(dir.filePath(QStringLiteral("s.svg"))));
    QVERIFY(w.view()->export_png(dir.filePath(QStringLiteral("s.png"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("s.svg"))).size() > 1000);
    QVERIFY(!QImage(dir.filePath(QStringLiteral("s.png"))).isNull());
  }

  void screenshots() {
    QDir().mkpath(QStringLiteral(INVERSIZE_SCREENSHOT_DIR));
    for (const char* name : {"miller", "fcoa"}) {
      MainWindow w;
      w.resize(1600, 1000);
      w.show();
      QVERIFY(w.open(QStringLiteral("builtin:") + QLatin1String(name), true));
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      w.view()->fit_to_window();
      QTest::qWait(50);
      const QString file = QStringLiteral(INVERSIZE_SCREENSHOT_DIR "/") + QLatin1String(name) + QStringLiteral(".png");
      QVERIFY(w.grab().save(file));
      QVERIFY(w.view()->export_svg(QStringLiteral(INVERSIZE_SCREENSHOT_DIR "/") + QLatin1String(name) +
                                   QStringLiteral("_schematic.svg")));
      qInfo("screenshot: %s", qPrintable(file));
    }
  }
};

QTEST_MAIN(WindowTest)
#include "window_test.moc"
