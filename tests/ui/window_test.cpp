// Widget tests of the main window (offscreen): open a built-in, the circuit tree lists its
// blocks, selecting a block selects its devices and fills the side panel, a bad netlist shows
// an error with file:line and keeps the open circuit; values in engineering notation, the
// nominal simulation on opening, the examples menu, the Project menu after saving a circuit
// as a project, the shortcuts list; screenshots of both built-ins.
#include <QHeaderView>
#include <QtTest>

#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QToolButton>
#include <qcustomplot.h>
#include <QTemporaryDir>

#include "common/elided_label.hpp"
#include "common/performance.hpp"
#include "common/si_format.hpp"
#include "jobs/job_runner.hpp"
#include "exploration/loss_plot.hpp"
#include "mainwindow/block_panel.hpp"
#include "mainwindow/performance_panel.hpp"
#include "mainwindow/shortcuts_dialog.hpp"
#include "simulation/worker_pool.hpp"
#include "mainwindow/circuit_tree.hpp"
#include "mainwindow/command_line.hpp"
#include "mainwindow/main_window.hpp"
#include "project/document.hpp"
#include "schematic/schematic_scene.hpp"
#include "schematic/schematic_view.hpp"
#include "ui_test_setup.hpp"

using namespace inversize;
using inversize::ui::mainwindow::MainWindow;

namespace {
// The window shown at a screen's size (1366x768: a designer's laptop), on screen before a test looks at it.
bool shown(MainWindow& w, int width, int height) {
  w.set_quiet_close(true);
  w.resize(width, height);
  w.show();
  return QTest::qWaitForWindowExposed(&w);
}
}  // namespace

class WindowTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    start_ui_test();
  }

  // Side panels showed "2.631e+07 Hz", "710.000 mV" and cut "2.631e-".
  void values_read_as_engineers_write_them() {
    using ui::performance_text;
    auto k = [](const char* key) { return *performance_index(key); };
    QCOMPARE(performance_text(k("gbw_hz"), 2.631e7), QStringLiteral("26.31 MHz"));
    QCOMPARE(performance_text(k("icmr_max_v"), 0.71), QStringLiteral("710 mV"));
    QCOMPARE(performance_text(k("power_w"), 1.2e-3), QStringLiteral("1.2 mW"));
    QCOMPARE(performance_text(k("power_w"), 2.5e-5), QStringLiteral("25 µW"));
    QCOMPARE(performance_text(k("gain_db"), 62.3456), QStringLiteral("62.35 dB"));
    QCOMPARE(performance_text(k("pm_deg"), 60.0), QStringLiteral("60°"));
    QCOMPARE(performance_text(k("sr_v_per_us"), 7.5), QStringLiteral("7.5 V/µs"));
    QCOMPARE(performance_text(k("area_um2"), 13862.4), QStringLiteral("13862 µm²"));
    QCOMPARE(performance_text(k("area_um2"), 382.0), QStringLiteral("382 µm²"));
    QCOMPARE(performance_text(k("offset_v"), -1.234e-3), QStringLiteral("-1.234 mV"));
    QCOMPARE(performance_text(k("gain_db"), std::nan("")), QStringLiteral("—"));
  }

  // The README says the nominal simulation runs on opening: its performances reach the panel,
  // written with their units, on a runner of its own that leaves the project jobs free.
  void opening_simulates_the_nominal_design() {
    MainWindow w;
    w.set_quiet_close(true);
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QVERIFY(!w.jobs()->running());
    QTRY_VERIFY_WITH_TIMEOUT(w.document()->result.has_value(), 60000);
    QVERIFY(w.document()->result->ok());
    const auto gbw = *performance_index("gbw_hz");
    const QString text = w.performance_panel()->value_text(int(gbw));
    QVERIFY2(text.endsWith(QStringLiteral("Hz")) && !text.contains(QLatin1Char('e')), qPrintable(text));
    QCOMPARE(text, ui::performance_text(gbw, *w.document()->result->performances[gbw].value));
  }

  // Choosing a device in the tree's device list cleared the block panel.
  void a_device_in_the_tree_keeps_the_panel() {
    MainWindow w;
    w.set_quiet_close(true);
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    auto items = w.circuit_tree()->findItems(QStringLiteral("M1"), Qt::MatchRecursive | Qt::MatchFixedString);
    QTreeWidgetItem* in_list = nullptr;  // M1 under "Devices", not under a block
    for (auto* it : items)
      if (it->parent() && !it->parent()->parent() && it->parent()->text(0).startsWith(QStringLiteral("Devices")))
        in_list = it;
    QVERIFY(in_list);
    w.circuit_tree()->setCurrentItem(in_list);
    QVERIFY(w.block_panel()->rows() >= 2);
    QVERIFY(w.scene()->selected_block() >= 0);
    QCOMPARE(w.circuit_tree()->currentItem(), in_list);  // the tree keeps the device
    const int rows = w.block_panel()->rows();
    w.circuit_tree()->setCurrentItem(w.circuit_tree()->topLevelItem(1));  // the "Devices" heading
    QCOMPARE(w.block_panel()->rows(), rows);
  }

  // Every shipped project (trained first) and every built-in circuit is one click away; the
  // toolbar no longer opens untrained built-ins without a word.
  void examples_menu_offers_the_shipped_projects() {
    MainWindow w;
    w.set_quiet_close(true);
    QStringList texts;
    QList<QAction*> entries;
    for (QAction* a : w.examples_menu()->actions())
      if (!a->isSeparator()) texts << a->text(), entries << a;
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(texts.size() >= 8, qPrintable(all));  // four shipped projects, four built-ins
    for (int i = 0; i < 4; ++i) QVERIFY2(texts[i].contains(QStringLiteral("(trained")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Folded-cascode opamp (trained")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Folded-cascode opamp, GF180MCU (trained")), qPrintable(all));
    QVERIFY(entries.back()->toolTip().contains(QStringLiteral("Exploration needs a trained model")));
    QCOMPARE(entries[0]->shortcut(), QKeySequence(QStringLiteral("Ctrl+1")));
  }

  // After a netlist, the Project menu says why it is off; saved as a project, it is on.
  void save_as_project_turns_the_project_menu_on() {
    MainWindow w;
    w.set_quiet_close(true);
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QVERIFY(!w.generate_action()->isEnabled() && !w.train_action()->isEnabled());
    QVERIFY2(w.generate_action()->toolTip().contains(QStringLiteral("Save as project")),
             qPrintable(w.generate_action()->toolTip()));
    QVERIFY(w.generate_action()->statusTip() == w.generate_action()->toolTip());
    QTemporaryDir dir;
    QVERIFY(w.save_project_as(dir.filePath(QStringLiteral("m.isz")), true));
    QVERIFY(w.generate_action()->isEnabled() && w.train_action()->isEnabled());
    QCOMPARE(w.document()->project_path, dir.filePath(QStringLiteral("m.isz")));
    // The log names the application's entries, not the command line.
    const QString log = qobject_cast<QPlainTextEdit*>(w.findChild<QDockWidget*>(QStringLiteral("LogDock"))->widget())->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("Project → Train sizing models")) && !log.contains(QStringLiteral("inversize-cli")),
             qPrintable(log));
    QVERIFY(!w.centre()->isTabEnabled(1));
    QVERIFY2(w.centre()->tabToolTip(1).contains(QStringLiteral("Generate training data")), qPrintable(w.centre()->tabToolTip(1)));
  }

  void shortcuts_are_listed() {
    MainWindow w;
    w.set_quiet_close(true);
    ui::mainwindow::ShortcutsDialog d(*w.menuBar());
    QStringList rows;
    for (int r = 0; r < d.table()->rowCount(); ++r) rows << d.table()->item(r, 0)->text() + QLatin1Char('=') + d.table()->item(r, 1)->text();
    const QString all = rows.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Simulate → Simulate nominal design=F5")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Project → Train sizing models=Ctrl+T")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("File → Open example → ")), qPrintable(all));
    // Every shortcut shows whole in the dialog as it opens (the column once lay beyond its edge).
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QHeaderView* header = d.table()->horizontalHeader();
    const int shortcut_right = header->sectionViewportPosition(1) + header->sectionSize(1);
    QVERIFY2(shortcut_right <= d.table()->viewport()->width(),
             qPrintable(QStringLiteral("the shortcut column ends at %1 px, the view at %2 px")
                            .arg(shortcut_right)
                            .arg(d.table()->viewport()->width())));
    for (int r = 0; r < d.table()->rowCount(); ++r)
      QVERIFY(header->sectionSize(1) >= d.table()->fontMetrics().horizontalAdvance(d.table()->item(r, 1)->text()));
  }

  // Every disabled entry says why, in its tool tip and, under the mouse, in the status bar (the
  // schematic's view and export entries were on without a circuit and did nothing; Qt's menus
  // never hover a disabled entry, so its status tip never showed).
  void disabled_entries_say_why() {
    MainWindow w;
    QVERIFY(shown(w, 1366, 768));
    QStringList silent;
    auto check = [&](QMenu* menu) {
      for (QAction* a : menu->actions()) {
        if (a->isSeparator() || a->menu() || a->isEnabled() || a->text().isEmpty()) continue;
        if (!a->toolTip().contains(QStringLiteral(" — off: "))) silent << a->text() + QStringLiteral(": ") + a->toolTip();
      }
    };
    QMenu* file = nullptr;
    for (QAction* m : w.menuBar()->actions())
      if (m->menu()) {
        check(m->menu());
        QVERIFY2(m->menu()->toolTipsVisible(), qPrintable(m->text()));
        if (!file) file = m->menu();
      }
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QLatin1Char('\n'))));
    QAction* svg = nullptr;
    for (QAction* a : file->actions())
      if (a->text().contains(QStringLiteral("SVG"))) svg = a;
    QVERIFY(svg && !svg->isEnabled());
    QVERIFY2(svg->toolTip().endsWith(QStringLiteral("open a circuit first")), qPrintable(svg->toolTip()));
    // The mouse over the disabled entry: the status bar says why; moved off it, the line clears.
    file->popup(w.mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QTest::mouseMove(file, file->actionGeometry(svg).center());
    QTRY_COMPARE(w.statusBar()->currentMessage(), svg->statusTip());
    QAction* open = file->actions().at(1);
    QVERIFY(open->isEnabled());
    QTest::mouseMove(file, file->actionGeometry(open).center());
    QTRY_VERIFY(w.statusBar()->currentMessage() != svg->statusTip());
    file->hide();
    // A circuit open: the entries are on, with what they do as their tool tip.
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QVERIFY(svg->isEnabled());
    QCOMPARE(svg->toolTip(), QStringLiteral("Export schematic as SVG…"));
    // Exploration is off for an untrained circuit: its tab says why in the status bar too.
    QTabBar* tabs = w.centre()->tabBar();
    QVERIFY(!w.centre()->isTabEnabled(MainWindow::kExplorationTab));
    const QPoint at = tabs->tabRect(MainWindow::kExplorationTab).center();
    QMouseEvent move(QEvent::MouseMove, at, tabs->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tabs, &move);  // offscreen, QTest's move reaches no tab bar
    QTRY_VERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Exploration needs a trained model")),
                 qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(w.statusBar()->currentMessage(), w.centre()->tabToolTip(MainWindow::kExplorationTab));
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

  // A hovered menu entry's status tip hides the circuit summary; the progress bar took its room
  // (~100 -> 220 px) and the Cancel button moved. The status bar's widgets keep their places.
  void status_tips_leave_the_status_bar_widgets_in_place() {
    MainWindow w;
    QVERIFY(shown(w, 1366, 768));
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QTRY_VERIFY(!w.jobs()->running());
    auto* progress = w.statusBar()->findChild<QProgressBar*>();
    auto* cancel = w.statusBar()->findChild<QToolButton*>();
    QVERIFY(progress && cancel);
    QCoreApplication::processEvents();
    const QRect bar = progress->geometry(), button = cancel->geometry();
    QMenu* file = w.menuBar()->actions().at(0)->menu();
    QAction* entry = nullptr;
    for (QAction* a : file->actions())
      if (!a->isSeparator() && !a->menu() && a->isEnabled() && !a->statusTip().isEmpty()) entry = a;
    QVERIFY(entry);
    // What a hovered entry does (offscreen, a popup's hover sends no status tip).
    QVERIFY(entry->showStatusText(&w));
    QTRY_COMPARE(w.statusBar()->currentMessage(), entry->statusTip());
    QVERIFY(!w.statusBar()->findChild<ui::ElidedLabel*>()->isVisible());  // the summary gives way
    QCoreApplication::processEvents();
    QCOMPARE(progress->geometry(), bar);
    QCOMPARE(cancel->geometry(), button);
    w.statusBar()->clearMessage();
    // And while a job runs and reports (its messages are status messages too).
    QVERIFY(w.simulate());
    QCoreApplication::processEvents();
    QCOMPARE(progress->geometry(), bar);
    QCOMPARE(cancel->geometry(), button);
    QTRY_VERIFY(!w.jobs()->running());
  }

  // On the start page the View menu's Schematic entry did nothing and its panel entries showed
  // empty docks beside the start page; Open recent was off without a word. Now they are off
  // with their reason, and on again with a circuit.
  void start_page_entries_are_off_with_their_reason() {
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow w;
    w.set_quiet_close(true);
    QVERIFY(w.showing_start_page());
    QMenu* file = w.menuBar()->actions().at(0)->menu();
    QMenu* view = w.menuBar()->actions().at(1)->menu();
    QAction* recent = file->actions().at(3);
    QVERIFY(recent->menu());
    QVERIFY(!recent->isEnabled());
    QVERIFY2(recent->statusTip().contains(QStringLiteral(" — off: ")), qPrintable(recent->statusTip()));
    QList<QAction*> docks;
    for (QDockWidget* d : w.findChildren<QDockWidget*>()) docks << d->toggleViewAction();
    QCOMPARE(docks.size(), 4);
    QAction* schematic = nullptr;
    for (QAction* a : view->actions())
      if (a->shortcut() == QKeySequence(QStringLiteral("Alt+1"))) schematic = a;
    QVERIFY(schematic);
    for (QAction* a : docks + QList<QAction*>{schematic}) {
      QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
      QVERIFY2(a->statusTip().endsWith(QStringLiteral(" — off: open a circuit first")), qPrintable(a->statusTip()));
    }
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    for (QAction* a : docks + QList<QAction*>{schematic}) QVERIFY2(a->isEnabled(), qPrintable(a->text()));
    QVERIFY(recent->isEnabled());
    QVERIFY(!recent->statusTip().contains(QStringLiteral(" — off: ")));
    w.close_document();
    for (QAction* a : docks) QVERIFY(!a->isEnabled());
  }

  // The shortcuts dialog lists exactly the shortcuts the window's actions have: every one,
  // and none that does not work.
  void shortcuts_dialog_lists_exactly_the_actions_shortcuts() {
    MainWindow w;
    w.set_quiet_close(true);
    QStringList actual, listed;
    for (QAction* a : w.findChildren<QAction*>())
      if (!a->shortcuts().isEmpty()) actual << ui::mainwindow::keys_text(*a);
    ui::mainwindow::ShortcutsDialog d(*w.menuBar());
    for (int r = 0; r < d.table()->rowCount(); ++r) listed << d.table()->item(r, 1)->text();
    actual.sort();
    listed.sort();
    QCOMPARE(listed, actual);
    QVERIFY(listed.size() >= 20);
    // Save as project has one on every platform (plain X11 has no standard Save As key).
    bool save_as = false;
    for (int r = 0; r < d.table()->rowCount(); ++r)
      save_as |= d.table()->item(r, 0)->text() == QStringLiteral("File → Save as project");
    QVERIFY(save_as);
    // Wide enough that no menu path is elided on a laptop's screen.
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    for (int r = 0; r < d.table()->rowCount(); ++r) {
      const QString path = d.table()->item(r, 0)->text();
      QVERIFY2(d.table()->fontMetrics().horizontalAdvance(path) < d.table()->columnWidth(0), qPrintable(path));
    }
  }

  // Before a training the loss plot had an empty legend box; with a curve, the legend names it.
  void the_loss_legend_shows_with_its_curves() {
    MainWindow w;
    w.set_quiet_close(true);
    QVERIFY(!w.loss_plot()->plot()->legend->visible());
    w.loss_plot()->add(QStringLiteral("DP_t"), 10, 0.5, 0.6);
    QVERIFY(w.loss_plot()->plot()->legend->visible());
    QCOMPARE(w.loss_plot()->plot()->legend->itemCount(), 1);
    w.loss_plot()->clear();
    QVERIFY(!w.loss_plot()->plot()->legend->visible());
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
