// inversize: the desktop application. Only wiring: the application object, translations,
// the worker executable, the main window, and the file from the command line.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPointer>
#include <QTimer>

#include "mainwindow/command_line.hpp"
#include "mainwindow/language.hpp"
#include "mainwindow/main_window.hpp"
#include "schematic/schematic_view.hpp"
#include "simulation/worker_pool.hpp"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("InverSize"));
  QApplication::setApplicationName(QStringLiteral("inversize"));
  QApplication::setApplicationDisplayName(QStringLiteral("InverSize"));
  QApplication::setApplicationVersion(QStringLiteral(INVERSIZE_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/inversize.svg")));
  QApplication::setDesktopFileName(QStringLiteral("inversize"));
  inversize::ui::mainwindow::install_translators(app);

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "Inverse sizing of CMOS opamps"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("file"),
                               QApplication::translate("main", "A netlist, builtin:NAME or an .isz project to open."));
  QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                QStringLiteral("FILE"));
  parser.addOption(screenshot);
  QCommandLineOption spec(QStringLiteral("spec"),
                          QApplication::translate("main", "Open the exploration view with this specification (KEY=VALUE, repeatable) and sample at once."),
                          QStringLiteral("KEY=VALUE"));
  parser.addOption(spec);
  parser.process(app);

  inversize::simulation::set_worker_executable(
      QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("inversize-worker")).toStdString());

  // On the heap: a language change replaces the window by one built in the new language.
  auto* window = new inversize::ui::mainwindow::MainWindow;
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->show();
  const auto start = inversize::ui::mainwindow::split_start_arguments(parser.positionalArguments(), parser.values(spec));
  const QStringList& files = start.files;
  const QStringList& spec_values = start.spec;
  // Without a file the start page shows: recent files, the examples, New and Open.
  if (!files.isEmpty()) window->open(files.first());
  if (!spec_values.isEmpty()) {
    std::vector<std::string> assignments;
    for (const QString& a : spec_values) assignments.push_back(a.toStdString());
    try {
      if (!window->explore(assignments)) window->log(QApplication::translate("main", "--spec: the open document has no trained model"));
    } catch (const std::exception& e) {
      window->log(QString::fromStdString(e.what()));
    }
  }

  if (parser.isSet(screenshot)) {
    const QString file = parser.value(screenshot);
    // With --spec, wait for the samples and part of their verification.
    QTimer::singleShot(!spec_values.isEmpty() ? 6000 : 800, &app, [window = QPointer(window), file] {
      if (window) {
        window->view()->fit_to_window();
        window->grab().save(file);
      }
      QApplication::quit();
    });
  }
  return QApplication::exec();
}
