// make_screenshots OUTDIR [WIDTHxHEIGHT]: the main views of the application at a laptop's
// 1366x768 (or the size given: a walk-through at 1920x1080 under xvfb-run), offscreen,
// in English, German and Portuguese (OUTDIR/<language>/<view>.png): the start page, the
// schematic with a simulated project, the exploration after sampling (clouds, histograms,
// device spread, three samples selected: the filter line), a short training (the fast `ann` model, its loss curve in the Training tab),
// the exported netlist, the new-project dialog, the Generate dialog, the keyboard shortcuts and
// the user guide. scripts/screenshots.sh runs it into docs/screenshots/;
// the user guide shows some of them. Everything shown is computed: the shipped Miller project,
// its trained model, ngspice.
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>

#include "circuit/input.hpp"
#include "exploration/exploration_view.hpp"
#include "exploration/explorer.hpp"
#include "exploration/sample_views.hpp"
#include "help/user_guide.hpp"
#include "jobs/job_runner.hpp"
#include "mainwindow/language.hpp"
#include "mainwindow/job_dialogs.hpp"
#include "mainwindow/main_window.hpp"
#include "mainwindow/new_project_dialog.hpp"
#include "mainwindow/shortcuts_dialog.hpp"
#include "mainwindow/performance_panel.hpp"
#include "simulation/worker_pool.hpp"
#include "technology/technology.hpp"

using namespace inversize;
using inversize::ui::mainwindow::MainWindow;

namespace {

// Runs the event loop until `done` holds (or `seconds` pass); false on time-out. Generous: on a
// shared, loaded machine the short training took more than 5 minutes.
bool wait_for(const std::function<bool()>& done, double seconds) {
  QElapsedTimer clock;
  clock.start();
  while (!done()) {
    if (clock.elapsed() > seconds * 1000) return false;
    QApplication::processEvents(QEventLoop::AllEvents, 50);
  }
  return true;
}

void settle() {
  for (int i = 0; i < 20; ++i) QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget& w, const QString& dir, const QString& name) {
  settle();
  const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
  const bool ok = w.grab().save(path, "PNG");
  std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
  return ok;
}

// One language's screenshots; false when a view could not be made.
bool shoot(const QString& language, const QString& out, const QString& project, const QSize& screen) {
  ui::mainwindow::store_language(language);
  ui::mainwindow::install_translators(*QCoreApplication::instance());
  const QString dir = QDir(out).filePath(language);
  QDir().mkpath(dir);
  // The start page as a first start shows it: no recent files (the language before opened the
  // project, and its temporary path showed in the German and Portuguese pictures).
  QSettings().remove(QStringLiteral("recentFiles"));
  bool ok = true;

  MainWindow w;
  w.set_quiet_close(true);
  w.resize(screen);
  w.show();
  ok &= save(w, dir, QStringLiteral("start_page"));
  if (!w.open(project, true)) {
    std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(project), qPrintable(w.last_error()));
    return false;
  }
  // The schematic with the nominal simulation's performances and a block chosen.
  wait_for([&] { return !w.jobs()->running(); }, 60);
  if (w.performance_panel()->value_text(0) == QStringLiteral("—")) {
    w.simulate();
    wait_for([&] { return !w.jobs()->running(); }, 120);
  }
  w.select_block(0);
  w.centre()->setCurrentIndex(0);
  ok &= save(w, dir, QStringLiteral("schematic"));

  // Exploration: sample a specification inside the data, wait for the verification.
  bool finished = false;
  QObject::connect(w.exploration()->explorer(), &ui::exploration::Explorer::finished, &w, [&] { finished = true; });
  if (!w.explore({"gain_db=65", "gbw_hz=20meg", "pm_deg=60", "power_w=400u"}) || !wait_for([&] { return finished; }, 1200)) {
    std::fprintf(stderr, "sampling did not finish\n");
    return false;
  }
  auto* tabs = w.exploration()->findChild<QTabWidget*>();
  const QStringList views{QStringLiteral("exploration"), QStringLiteral("exploration_histograms"),
                          QStringLiteral("exploration_devices")};
  for (int i = 0; tabs && i < tabs->count() && i < views.size(); ++i) {
    tabs->setCurrentIndex(i);
    ok &= save(w, dir, views[i]);
  }
  // Three samples selected: the histograms and the device spread say they show these only.
  w.exploration()->table()->selectRow(0);
  w.exploration()->table()->selectionModel()->select(w.exploration()->table()->model()->index(1, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
  w.exploration()->table()->selectionModel()->select(w.exploration()->table()->model()->index(2, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
  if (tabs) tabs->setCurrentIndex(1);
  ok &= save(w, dir, QStringLiteral("exploration_filtered"));
  w.exploration()->table()->clearSelection();
  if (tabs) tabs->setCurrentIndex(0);

  // The exported netlist, as the designer's editor would show it.
  QTemporaryDir tmp;
  const QString exported = tmp.filePath(w.exploration()->suggested_netlist_name());
  w.exploration()->export_netlist(exported);
  QFile f(exported);
  f.open(QIODevice::ReadOnly);
  QPlainTextEdit text;
  text.setWindowTitle(QFileInfo(exported).fileName());
  text.setReadOnly(true);
  text.setLineWrapMode(QPlainTextEdit::NoWrap);
  QFont mono(QStringLiteral("monospace"));
  mono.setStyleHint(QFont::TypeWriter);
  text.setFont(mono);
  text.setPlainText(QString::fromUtf8(f.readAll()));
  text.resize(900, 460);
  text.show();
  ok &= save(text, dir, QStringLiteral("export"));

  // A training of the fast model: its loss curves and the finished run in the Training tab.
  // INVERSIZE_SHOTS_NO_TRAINING: a walk-through that looks at the views, not at a training.
  if (!qEnvironmentVariableIsSet("INVERSIZE_SHOTS_NO_TRAINING")) {
    // The chosen sample's simulation may still run: the one job runner takes one job at a time.
    wait_for([&] { return !w.jobs()->running(); }, 1200);
    if (!w.train(std::string("ann")) || !wait_for([&] { return !w.jobs()->running(); }, 1200)) {
      std::fprintf(stderr, "training did not finish\n");
      return false;
    }
    w.centre()->setCurrentIndex(MainWindow::kTrainingTab);
    ok &= save(w, dir, QStringLiteral("training"));
  }

  const auto tech = technology::load_default();
  const auto circuit = circuit::open_circuit(INVERSIZE_SOURCE_RESOURCE_DIR "/circuits/fcoa.cir", tech);
  ui::mainwindow::NewProjectDialog dialog(QStringLiteral(INVERSIZE_SOURCE_RESOURCE_DIR "/circuits/fcoa.cir"), circuit.circuit, tech, &w);
  dialog.show();
  ok &= save(dialog, dir, QStringLiteral("new_project"));
  dialog.close();

  // The Generate dialog (modal: shot from inside its loop, then cancelled).
  QTimer::singleShot(0, [&] {
    if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
      ok &= save(*d, dir, QStringLiteral("generate"));
      d->reject();
    }
  });
  ui::mainwindow::ask_generate_options(&w);

  ui::mainwindow::ShortcutsDialog shortcuts(*w.menuBar(), &w);
  shortcuts.show();
  ok &= save(shortcuts, dir, QStringLiteral("shortcuts"));
  shortcuts.close();

  ui::help::UserGuide guide(&w);
  guide.show();
  ok &= save(guide, dir, QStringLiteral("user_guide"));
  guide.close();
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: make_screenshots OUTDIR [WIDTHxHEIGHT]\n");
    return 2;
  }
  QStandardPaths::setTestModeEnabled(true);  // the user's settings stay untouched
  QCoreApplication::setOrganizationName(QStringLiteral("InverSizeScreenshots"));
  QSettings().clear();  // the start page's recent files are this run's, not those of runs before
  simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  // A private copy: exploring never writes into the shipped project.
  QTemporaryDir tmp;
  const QString project = tmp.filePath(QStringLiteral("miller.isz"));
  if (!QFile::copy(QStringLiteral(INVERSIZE_PROJECTS_DIR "/miller.isz"), project)) return 1;
  QSize screen(1366, 768);
  if (argc > 2) {
    const QStringList wh = QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x'));
    if (wh.size() == 2) screen = QSize(wh[0].toInt(), wh[1].toInt());
  }
  bool ok = true;
  // INVERSIZE_SHOTS_LANGUAGES="de pt": only these.
  const QStringList languages = qEnvironmentVariable("INVERSIZE_SHOTS_LANGUAGES", QStringLiteral("en de pt")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
  for (const QString& language : languages) ok &= shoot(language, QString::fromLocal8Bit(argv[1]), project, screen);
  return ok ? 0 : 1;
}
