#include "mainwindow/main_window.hpp"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QElapsedTimer>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWhatsThis>
#include <QScreen>

#include "common/elided_label.hpp"
#include "common/resources.hpp"
#include "dataset/project.hpp"
#include "sizing/specification.hpp"
#include "exploration/exploration_view.hpp"
#include "exploration/explorer.hpp"
#include "exploration/spec_panel.hpp"
#include "jobs/job_runner.hpp"
#include "jobs/project_jobs.hpp"
#include "jobs/simulate_job.hpp"
#include "mainwindow/job_dialogs.hpp"
#include "exploration/loss_plot.hpp"
#include "help/user_guide.hpp"
#include "mainwindow/about_dialog.hpp"
#include "mainwindow/block_panel.hpp"
#include "mainwindow/circuit_tree.hpp"
#include "mainwindow/disabled_reasons.hpp"
#include "mainwindow/language.hpp"
#include "mainwindow/new_project_dialog.hpp"
#include "mainwindow/performance_panel.hpp"
#include "technology/choice.hpp"
#include "netlist/parser.hpp"
#include "project/document.hpp"
#include "project/examples.hpp"
#include "mainwindow/shortcuts_dialog.hpp"
#include "mainwindow/start_page.hpp"
#include "mainwindow/training_view.hpp"
#include "exploration/whats_this.hpp"
#include "schematic/schematic_scene.hpp"
#include "structure/diagnostics.hpp"
#include "schematic/schematic_view.hpp"

namespace inversize::ui::mainwindow {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
// Why Exploration is off before anything is open.
QString no_model_hint() {
  return QCoreApplication::translate("inversize::ui::mainwindow::MainWindow",
                                     "Exploration needs a project with a trained model (File → Open example lists trained ones).");
}
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      scene_(new schematic::SchematicScene(this)),
      jobs_(new jobs::JobRunner(this)),
      nominal_(new jobs::JobRunner(this)) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/inversize.svg")));
  view_ = new schematic::SchematicView(scene_, this);
  exploration_ = new exploration::ExplorationView(this);
  centre_ = new QTabWidget(this);
  centre_->addTab(view_, tr("Schematic"));
  centre_->addTab(exploration_, tr("Exploration"));
  centre_->setTabEnabled(kExplorationTab, false);
  start_ = new StartPage(this);
  connect(start_, &StartPage::openRequested, this, [this](const QString& spec) { open(spec); });
  connect(start_, &StartPage::newRequested, this, &MainWindow::new_from_netlist);
  connect(start_, &StartPage::openDialogRequested, this, &MainWindow::open_dialog);
  stack_ = new QStackedWidget(this);
  stack_->addWidget(start_);
  stack_->addWidget(centre_);
  stack_->setCurrentWidget(centre_);
  setCentralWidget(stack_);
  connect(exploration_, &exploration::ExplorationView::message, this, [this](const QString& m) {
    log(m);
    statusBar()->showMessage(m, 5000);
  });
  // A chosen sample shows its sizes on the schematic (hover a device for W and L).
  connect(exploration_, &exploration::ExplorationView::sampleChosen, this, [this](int i) {
    if (!doc_ || i < 0 || std::size_t(i) >= exploration_->explorer()->samples().size()) return;
    scene_->show_circuit(exploration_->explorer()->sizer()->sized(exploration_->explorer()->samples()[i].x),
                         doc_->decomposition);
    log(tr("Sample %1 on the schematic.").arg(i + 1));
  });
  explore_hint_ = no_model_hint();
  build_docks();
  build_actions();
  training_ = new TrainingView(train_action_, cancel_action_, this);
  centre_->addTab(training_, tr("Training"));
  exploration::add_whats_this(*exploration_);

  // Elided: the circuit's summary never widens the window, in any language.
  status_circuit_ = new ElidedLabel(QString(), this);
  progress_ = new QProgressBar(this);
  // Fixed: with only a maximum it took the room the elided summary leaves while a status tip
  // hides it (a hovered menu entry), and the status bar's widgets jumped.
  progress_->setFixedWidth(220);
  progress_->setRange(0, 1);
  progress_->setValue(0);
  progress_->setTextVisible(false);
  cancel_button_ = new QToolButton(this);
  cancel_button_->setDefaultAction(cancel_action_);
  // both stay in place (idle) so that a starting job does not re-lay out the window
  statusBar()->addWidget(status_circuit_, 1);
  statusBar()->addPermanentWidget(progress_);
  statusBar()->addPermanentWidget(cancel_button_);

  connect(scene_, &schematic::SchematicScene::blockClicked, this, &MainWindow::select_block);
  connect(tree_, &CircuitTree::blockSelected, this, &MainWindow::select_block);
  connect(scene_, &schematic::SchematicScene::deviceClicked, this, [this](int device) {
    if (const int b = block_of(device); b >= 0) select_block(b);
  });
  // A device chosen in the tree shows its first block's variables; the tree keeps the device.
  connect(tree_, &CircuitTree::deviceSelected, this, [this](int device) {
    const int b = block_of(device);
    if (b < 0) return;
    scene_->select_block(b);
    block_panel_->show_block(doc_.get(), b);
  });
  connect(jobs_, &jobs::JobRunner::started, this, [this](const QString& title) {
    progress_->setRange(0, 0);
    update_actions();
    statusBar()->showMessage(title);
    log(title);
    if (training_job_) training_->start(title);
    job_clock_.start();
    job_first_done_ = -1;
  });
  connect(jobs_, &jobs::JobRunner::progress, this, [this](const Progress& p) {
    for (const auto& point : p.points)  // training's loss curves
      training_->loss_plot()->add(QString::fromStdString(point.curve), point.x, point.y.at(0), point.y.at(1));
    const qint64 done = p.done, total = p.total;
    const QString message = QString::fromStdString(p.message);
    if (total > 0) progress_->setRange(0, static_cast<int>(total)), progress_->setValue(static_cast<int>(done));
    // ETA from the rate since the first report (a resumed run starts part-way).
    if (job_first_done_ < 0) job_first_done_ = done, job_clock_.restart();
    QString eta;
    double s = job_clock_.elapsed() / 1000.0;
    if (total > 0 && done > job_first_done_ && s > 1)
      eta = tr(" — ETA %1 s").arg(std::lround(s * double(total - done) / double(done - job_first_done_)));
    if (!message.isEmpty()) statusBar()->showMessage(message + eta);
    if (training_job_) training_->progress(done, total, message + eta);
  });
  connect(jobs_, &jobs::JobRunner::finished, this, [this](const JobOutcome& outcome) {
    progress_->setRange(0, 1);
    progress_->setValue(0);
    update_actions();
    const QString title = jobs_->title();
    QString msg;
    switch (outcome.state) {
      case JobOutcome::State::done: msg = tr("Finished: %1").arg(title); break;
      case JobOutcome::State::cancelled:
        msg = on_cancelled_ ? tr("Cancelled: %1").arg(on_cancelled_()) : tr("Cancelled: %1").arg(title);
        break;
      case JobOutcome::State::failed: msg = tr("Failed: %1 %2").arg(title, QString::fromStdString(outcome.reason)); break;
    }
    on_cancelled_ = nullptr;
    if (training_job_) training_->finish(msg, outcome.state == JobOutcome::State::done);
    training_job_ = false;
    statusBar()->showMessage(msg, 8000);
    log(msg);
  });
  connect(nominal_, &jobs::JobRunner::finished, this, [this] {
    // A document opened while the previous one was simulated gets its own simulation.
    if (doc_ && !doc_->result && nominal_for_.lock() != doc_) simulate_on_open();
  });

  QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  if (!settings.contains(QStringLiteral("window/geometry"))) {
    // Most of the screen it opens on, at most 1600 x 1000; a laptop's whole screen.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    if (screen.width() <= 1440) {
      resize(screen.size());
    } else {
      resize(std::min(1600, screen.width() * 9 / 10), std::min(1000, screen.height() * 9 / 10));
    }
  }
  docks_sized_ = settings.contains(QStringLiteral("window/state"));
  update_title();
  show_start_page(true);
  refresh_recent_menu();
}

MainWindow::~MainWindow() = default;

void MainWindow::build_docks() {
  // The object name keys the dock's stored place and size (and size_docks finds it by it).
  auto dock = [this](const QString& title, const char* name, QWidget* content, Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(title, this);
    d->setObjectName(QLatin1String(name));
    d->setWidget(content);
    addDockWidget(area, d);
    return d;
  };
  tree_ = new CircuitTree(this);
  dock(tr("Circuit"), "CircuitDock", tree_, Qt::LeftDockWidgetArea);
  block_panel_ = new BlockPanel(this);
  dock(tr("Block variables"), "BlockDock", block_panel_, Qt::RightDockWidgetArea);
  performance_panel_ = new PerformancePanel(this);
  dock(tr("Performances"), "PerformanceDock", performance_panel_, Qt::RightDockWidgetArea);

  log_ = new QPlainTextEdit(this);
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(2000);
  auto* log_dock = dock(tr("Log"), "LogDock", log_, Qt::BottomDockWidgetArea);
  // The bottom dock is dragged at its edge to resize it: a drag on the title bar moves it
  // between areas but never leaves a floating window behind by accident.
  log_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
}

void MainWindow::size_docks() {
  docks_sized_ = true;
  // Now and once laid out: the docks just shown have no size yet.
  auto apply = [this] {
    auto* tree_dock = findChild<QDockWidget*>(QStringLiteral("CircuitDock"));
    auto* block_dock = findChild<QDockWidget*>(QStringLiteral("BlockDock"));
    auto* log_dock = findChild<QDockWidget*>(QStringLiteral("LogDock"));
    auto* perf_dock = findChild<QDockWidget*>(QStringLiteral("PerformanceDock"));
    resizeDocks({log_dock}, {90}, Qt::Vertical);
    // Every performance's row where the height allows; the block's devices above.
    const int right = block_dock->height() + perf_dock->height();
    resizeDocks({block_dock, perf_dock}, {right * 45 / 100, right * 55 / 100}, Qt::Vertical);
    // Side docks by the window's width: on 1366 px the exploration view keeps ~900 px.
    resizeDocks({tree_dock, block_dock}, {std::clamp(width() * 14 / 100, 190, 240), std::clamp(width() * 19 / 100, 250, 340)},
                Qt::Horizontal);
  };
  apply();
  QTimer::singleShot(0, this, apply);
}

bool MainWindow::showing_start_page() const { return stack_->currentWidget() == start_; }

void MainWindow::show_start_page(bool on) {
  if (on == showing_start_page()) return;
  if (on) {
    for (QDockWidget* d : findChildren<QDockWidget*>())
      if (!d->isHidden()) start_hidden_ << d, d->hide();
    stack_->setCurrentWidget(start_);
  } else {
    stack_->setCurrentWidget(centre_);
    for (QDockWidget* d : std::as_const(start_hidden_)) d->show();
    start_hidden_.clear();
    if (!docks_sized_) size_docks();
  }
}

void MainWindow::close_document() {
  set_document(nullptr);
  log(tr("Closed."));
}

exploration::LossPlot* MainWindow::loss_plot() const { return training_->loss_plot(); }

QByteArray MainWindow::layout_state() {
  if (!showing_start_page()) return saveState();
  // The docks as the designer left them, not as the start page hid them.
  for (QDockWidget* d : std::as_const(start_hidden_)) d->setVisible(true);
  const QByteArray state = saveState();
  for (QDockWidget* d : std::as_const(start_hidden_)) d->setVisible(false);
  return state;
}

void MainWindow::build_actions() {
  // File
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* new_action = file->addAction(tr("&New from netlist…"), this, &MainWindow::new_from_netlist);
  new_action->setShortcut(QKeySequence::New);
  QAction* open_action = file->addAction(tr("&Open…"), this, &MainWindow::open_dialog);
  open_action->setShortcut(QKeySequence::Open);
  examples_menu_ = file->addMenu(tr("Open &example"));
  fill_examples_menu();
  recent_menu_ = file->addMenu(tr("Open &recent"));
  refresh_recent_menu();
  file->addSeparator();
  save_action_ = file->addAction(tr("&Save as project…"), this, [this] { save_as(); });
  save_action_->setShortcut(QKeySequence::SaveAs);
  // Platforms without a Save As key (plain X11, Windows) get the one most programs use.
  if (save_action_->shortcut().isEmpty()) save_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  circuit_actions_ << file->addAction(tr("Export schematic as &SVG…"), this, [this] { export_drawing(true); })
                   << file->addAction(tr("Export schematic as &PNG…"), this, [this] { export_drawing(false); });
  file->addSeparator();
  close_action_ = file->addAction(tr("&Close"), this, &MainWindow::close_document);
  close_action_->setShortcut(QKeySequence::Close);
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  // View
  view_menu_ = menuBar()->addMenu(tr("&View"));
  QAction* blocks = view_menu_->addAction(tr("Show structural &blocks"));
  blocks->setCheckable(true);
  blocks->setChecked(true);
  blocks->setShortcut(QKeySequence(tr("Ctrl+B")));
  connect(blocks, &QAction::toggled, scene_, &schematic::SchematicScene::set_blocks_visible);
  QAction* functions = view_menu_->addAction(tr("Show device &functions"));
  functions->setCheckable(true);
  functions->setChecked(true);
  functions->setShortcut(QKeySequence(tr("Ctrl+F")));
  connect(functions, &QAction::toggled, scene_, &schematic::SchematicScene::set_functions_visible);
  view_menu_->addSeparator();
  QAction* fit = view_menu_->addAction(tr("&Fit to window"), view_, &schematic::SchematicView::fit_to_window);
  fit->setShortcut(QKeySequence(tr("Ctrl+0")));
  QAction* zin = view_menu_->addAction(tr("Zoom &in"), this, [this] { view_->zoom_by(1.25); });
  zin->setShortcut(QKeySequence::ZoomIn);
  QAction* zout = view_menu_->addAction(tr("Zoom &out"), this, [this] { view_->zoom_by(0.8); });
  zout->setShortcut(QKeySequence::ZoomOut);
  circuit_actions_ << blocks << functions << fit << zin << zout;
  // What each does, kept apart from the tool tip that adds why it is off.
  for (QAction* a : std::as_const(circuit_actions_)) a->setProperty("what", a->text().remove(QLatin1Char('&')));
  view_menu_->addSeparator();
  QAction* schematic_tab = view_menu_->addAction(tr("&Schematic"), this, [this] { centre_->setCurrentIndex(kSchematicTab); });
  schematic_tab->setShortcut(QKeySequence(tr("Alt+1")));
  explore_tab_action_ = view_menu_->addAction(tr("&Exploration"), this, [this] { centre_->setCurrentIndex(kExplorationTab); });
  explore_tab_action_->setShortcut(QKeySequence(tr("Alt+2")));
  training_tab_action_ = view_menu_->addAction(tr("&Training"), this, [this] { centre_->setCurrentIndex(kTrainingTab); });
  training_tab_action_->setShortcut(QKeySequence(tr("Alt+3")));
  view_menu_->addSeparator();
  for (QDockWidget* dock : findChildren<QDockWidget*>()) view_menu_->addAction(dock->toggleViewAction());
  // On the start page the tabs and docks have nothing to show: a dock shown there stood empty
  // beside the start page.
  circuit_actions_ << schematic_tab;
  schematic_tab->setProperty("what", tr("The schematic view"));
  for (QDockWidget* dock : findChildren<QDockWidget*>()) {
    circuit_actions_ << dock->toggleViewAction();
    dock->toggleViewAction()->setProperty("what", tr("Show or hide the %1 panel").arg(dock->windowTitle()));
  }

  // Simulate
  QMenu* sim = menuBar()->addMenu(tr("&Simulate"));
  simulate_action_ = sim->addAction(tr("&Simulate nominal design"), this, [this] { simulate(); });
  simulate_action_->setObjectName(QStringLiteral("simulate"));
  simulate_action_->setShortcut(QKeySequence(Qt::Key_F5));
  cancel_action_ = sim->addAction(tr("&Cancel"), jobs_, &jobs::JobRunner::cancel);
  cancel_action_->setObjectName(QStringLiteral("cancel"));
  cancel_action_->setShortcut(QKeySequence(Qt::Key_Escape));

  // Data and training of the open project, as background jobs
  QMenu* proj = menuBar()->addMenu(tr("&Project"));
  proj->setToolTipsVisible(true);  // a disabled entry says why
  generate_action_ = proj->addAction(tr("&Generate training data…"), this, [this] { generate(); });
  generate_action_->setShortcut(QKeySequence(tr("Ctrl+G")));
  train_action_ = proj->addAction(tr("&Train sizing models…"), this, [this] { train(); });
  train_action_->setShortcut(QKeySequence(tr("Ctrl+T")));
  sim->setToolTipsVisible(true);

  // Language
  QMenu* lang = menuBar()->addMenu(tr("&Language"));
  auto* group = language_group_ = new QActionGroup(this);
  const QString current = chosen_language();
  const std::pair<QString, QString> languages[] = {{QString(), tr("System language")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                   {QStringLiteral("pt"), QStringLiteral("Português")}};
  for (const auto& [code, name] : languages) {
    QAction* a = lang->addAction(name);
    a->setCheckable(true);
    a->setData(code);
    a->setChecked(code == current);
    group->addAction(a);
    connect(a, &QAction::triggered, this, [this, code = code] { change_language(code); });
  }

  // Help
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] { help::UserGuide(this).exec(); });
  QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] { ShortcutsDialog(*menuBar(), this).exec(); });
  keys->setShortcut(QKeySequence(tr("Ctrl+F1")));
  QAction* whats_this = QWhatsThis::createAction(this);
  whats_this->setText(tr("&What's this?"));
  whats_this->setStatusTip(tr("Click a control of the exploration view to read what it does"));
  help->addAction(whats_this);
  help->addSeparator();
  help->addAction(tr("&About InverSize"), this, [this] { AboutDialog(this).exec(); });

  QToolBar* bar = addToolBar(tr("Main"));
  bar->setObjectName(QStringLiteral("MainToolBar"));
  bar->addAction(new_action);
  bar->addAction(open_action);
  // The examples as a menu: the trained projects first, so the first click can explore.
  auto* examples = new QToolButton(bar);
  examples->setText(tr("Examples"));
  examples->setToolTip(tr("Open a shipped project (trained ones explore at once) or a built-in circuit"));
  examples->setMenu(examples_menu_);
  examples->setPopupMode(QToolButton::InstantPopup);
  examples->setToolButtonStyle(Qt::ToolButtonTextOnly);
  bar->addWidget(examples);
  bar->addSeparator();
  bar->addAction(blocks);
  bar->addAction(functions);
  bar->addAction(fit);
  bar->addSeparator();
  bar->addAction(simulate_action_);
  bar->addAction(cancel_action_);
  update_actions();
  explain_disabled_entries(*menuBar(), *centre_, *statusBar());
}

void MainWindow::log(const QString& line) {
  log_->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

void MainWindow::show_error(const QString& what, const QString& reason, bool quiet) {
  last_error_ = reason;
  log(tr("Error: %1").arg(reason));
  statusBar()->showMessage(reason, 15000);
  if (!quiet)
    QMessageBox::warning(this, what, tr("%1\n\nThe circuit open before is still open.").arg(reason));
}

bool MainWindow::open(const QString& spec, bool quiet) {
  try {
    set_document(project::open_any(spec));
    add_recent(spec);
    return true;
  } catch (const netlist::ParseError& e) {
    show_error(tr("Cannot read the netlist"), QString::fromStdString(e.what()), quiet);
  } catch (const dataset::ProjectError& e) {
    show_error(tr("Cannot open the project"), QString::fromStdString(e.what()), quiet);
  } catch (const std::exception& e) {
    show_error(tr("Cannot open"), tr("%1: %2").arg(spec, QString::fromStdString(e.what())), quiet);
  }
  return false;
}

void MainWindow::set_document(std::shared_ptr<project::Document> doc) {
  doc_ = std::move(doc);
  if (doc_) {
    scene_->show_circuit(doc_->circuit(), doc_->decomposition);
    // The same warnings and notes as decompose, simulate and new print (structure::netlist_warnings).
    for (const auto& w : structure::netlist_warnings(doc_->opened.deck, doc_->circuit(), doc_->decomposition))
      log(tr("Warning: %1").arg(QString::fromStdString(w)));
    for (const auto& n : doc_->circuit().notes) log(tr("Note: %1").arg(QString::fromStdString(n)));
    log(tr("Opened %1: %2 devices, %3 blocks.")
            .arg(doc_->source)
            .arg(doc_->circuit().devices.size())
            .arg(doc_->decomposition.blocks.size()));
  } else {
    scene_->clear_circuit();
  }
  tree_->show_document(doc_.get());
  block_panel_->show_block(doc_.get(), -1);
  performance_panel_->show_result(doc_ && doc_->result ? &*doc_->result : nullptr);
  view_->fit_to_window();
  update_title();
  // A project with a trained model opens for exploration.
  bool explorable = false;
  explore_hint_ = no_model_hint();
  if (doc_ && !doc_->project_path.isEmpty()) {
    try {
      exploration_->load(doc_->project_path);
      explorable = true;
    } catch (const std::exception& e) {
      explore_hint_ = exploration_hint(QString::fromStdString(e.what()));
      log(tr("Exploration: %1").arg(explore_hint_));
    }
  } else if (doc_) {
    explore_hint_ = tr("Exploration needs a trained model: save the circuit as a project (File → Save as project…), "
                       "then Project → Generate training data… and Project → Train sizing models…");
  }
  centre_->setTabEnabled(kExplorationTab, explorable);
  if (!explorable && centre_->currentIndex() == kExplorationTab) centre_->setCurrentIndex(kSchematicTab);
  show_start_page(!doc_);
  update_actions();
  simulate_on_open();  // the nominal design's performances and operating points, in the background
}

QString MainWindow::exploration_hint(const QString& reason) const {
  // What the designer does next, in this application's words (the core's reason names the CLI).
  try {
    const auto project = dataset::Project::open(doc_->project_path.toStdString());
    if (project.list_models().empty()) {
      const auto train = project.counts().train;
      if (train == 0)
        return tr("no training data and no trained model yet: generate training data first (Project → Generate "
                  "training data…, Ctrl+G), then train (Project → Train sizing models…, Ctrl+T).");
      return tr("no trained model yet (%1 training designs): train one with Project → Train sizing models… (Ctrl+T).")
          .arg(train);
    }
  } catch (const std::exception&) {
  }
  return reason;
}

void MainWindow::update_actions() {
  const bool idle = !jobs_->running();
  const bool project = doc_ && !doc_->project_path.isEmpty();
  // A disabled action says why, in its tooltip and (hovered) in the status bar.
  const QString busy = tr("a job is running (%1): wait for it or cancel it (Esc)").arg(jobs_->title());
  const QString why = !idle    ? busy
                      : !doc_  ? tr("open a circuit or a project first (File → Open example)")
                      : !project ? tr("%1 is a circuit, not a project: save it as a project first (File → Save as project…)")
                                      .arg(doc_->title())
                               : QString();
  auto say = [](QAction* a, bool on, const QString& what, const QString& reason) {
    a->setEnabled(on);
    const QString tip = on || reason.isEmpty() ? what : tr("%1 — off: %2").arg(what, reason);
    a->setToolTip(tip);
    a->setStatusTip(tip);
  };
  say(generate_action_, idle && project, tr("Simulate designs of the design space for the training archive"), why);
  say(train_action_, idle && project, tr("Train one sizing model per block on the training archive"), why);
  say(simulate_action_, idle && doc_, tr("Simulate the open circuit at its nominal sizes"),
      !idle ? busy : tr("open a circuit first"));
  say(save_action_, bool(doc_), tr("Save the open circuit as a project, to generate data and train models"),
      tr("open a circuit first"));
  say(cancel_action_, !idle, tr("Cancel the running job; what it finished is kept"), tr("no job is running"));
  say(explore_tab_action_, centre_->isTabEnabled(kExplorationTab), tr("The exploration view"), explore_hint_);
  centre_->setTabToolTip(kExplorationTab, centre_->isTabEnabled(kExplorationTab) ? QString() : explore_hint_);
  // The Training tab keeps the last run's curves, also when the project is no longer open.
  say(training_tab_action_, doc_ != nullptr, tr("The training view: loss curves and progress"), tr("open a project first"));
  say(close_action_, doc_ != nullptr, tr("Close the circuit or project and show the start page"), tr("no circuit is open"));
  for (QAction* a : std::as_const(circuit_actions_))
    say(a, doc_ != nullptr, a->property("what").toString(), tr("open a circuit first"));
}

int MainWindow::block_of(int device) const {
  if (!doc_) return -1;
  // a device shows its first block's variables
  for (std::size_t b = 0; b < doc_->decomposition.blocks.size(); ++b) {
    const auto& devs = doc_->decomposition.blocks[b].devices;
    if (std::find(devs.begin(), devs.end(), device) != devs.end()) return static_cast<int>(b);
  }
  return -1;
}

void MainWindow::fill_examples_menu() {
  examples_menu_->clear();
  examples_menu_->setToolTipsVisible(true);
  QString section;
  int shortcut = 1;
  for (const auto& e : project::examples()) {
    const auto label = project::example_label(e);
    if (label.section != section) examples_menu_->addSection(section = label.section);
    QAction* a = examples_menu_->addAction(label.text, this, [this, spec = e.spec] { open(spec); });
    a->setToolTip(label.tip);
    a->setStatusTip(label.tip);
    if (shortcut <= 4) a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(shortcut++)));
  }
}

void MainWindow::simulate_on_open() {
  if (!doc_ || doc_->result || nominal_for_.lock() == doc_) return;
  if (nominal_->running()) {
    nominal_->cancel();  // its end starts this document's simulation
    return;
  }
  nominal_for_ = doc_;
  auto snapshot = std::make_shared<project::Document>(*doc_);
  auto result = std::make_shared<simulation::SimulationResult>();
  std::weak_ptr<project::Document> target = doc_;
  nominal_->start(
      tr("Simulating %1…").arg(doc_->title()),
      [snapshot, result](const JobContext& ctx) { *result = jobs::simulate_document(*snapshot, ctx); },
      [this, target, result] { show_simulation(target.lock(), *result); });
}

void MainWindow::show_simulation(const std::shared_ptr<project::Document>& doc, const simulation::SimulationResult& result) {
  if (!doc || doc != doc_) return;
  doc->result = result;
  scene_->set_operating_points(result.operating_points);
  performance_panel_->show_result(&*doc->result);
  block_panel_->show_block(doc.get(), scene_->selected_block());
  if (!result.ok()) log(tr("The design failed: %1").arg(QString::fromStdString(result.error)));
  for (const auto& v : result.sizing_rules.violations) log(tr("Sizing rule: %1").arg(QString::fromStdString(v)));
}

bool MainWindow::generate(std::optional<dataset::GenerateOptions> options) {
  if (!doc_ || doc_->project_path.isEmpty() || jobs_->running()) return false;
  if (!options) options = ask_generate_options(this);
  if (!options) return false;
  const QString path = doc_->project_path;
  auto summary = std::make_shared<dataset::GenerateSummary>();
  // A cancelled run keeps what finished: the end says how much, and the view takes it in.
  on_cancelled_ = [this, summary] {
    if (doc_) set_document(doc_);
    return tr("%1 designs kept (%2 in the training archive).").arg(summary->simulated).arg(summary->archive);
  };
  const bool started = jobs_->start(
      tr("Generating training data for %1…").arg(doc_->title()),
      [path, o = *options, summary](const JobContext& ctx) { jobs::generate_data(path, o, ctx, *summary); },
      [this, summary] {
        log(tr("%1 designs simulated (%2 feasible), %3 in the training archive.")
                .arg(summary->simulated)
                .arg(summary->feasible)
                .arg(summary->archive));
        if (doc_) set_document(doc_);  // new ranges and training designs
      });
  if (!started) on_cancelled_ = nullptr;
  return started;
}

bool MainWindow::train(std::optional<std::string> arch) {
  if (!doc_ || doc_->project_path.isEmpty() || jobs_->running()) return false;
  std::optional<TrainChoice> choice;
  if (arch) choice = TrainChoice{*arch, {}};
  else choice = ask_train_options(this);
  if (!choice) return false;
  const QString path = doc_->project_path;
  auto summary = std::make_shared<jobs::TrainSummary>();
  training_job_ = true;  // before start: its started() fills the Training tab
  centre_->setCurrentIndex(kTrainingTab);
  const bool started = jobs_->start(
      tr("Training the %1 model of %2…").arg(QString::fromStdString(choice->arch), doc_->title()),
      [path, c = *choice, summary](const JobContext& ctx) { *summary = jobs::train_models(path, c.arch, c.options, ctx); },
      [this, summary] {
        log(tr("Model %1 trained on %2 designs in %3 s.").arg(summary->model).arg(summary->designs).arg(summary->seconds, 0, 'f', 0));
        if (doc_) set_document(doc_);  // the exploration view loads the new model
      });
  if (!started) training_job_ = false;
  return started;
}

bool MainWindow::explore(const std::vector<std::string>& assignments) {
  if (!exploration_->loaded()) return false;
  auto spec = sizing::parse_specification(assignments);
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (spec.given[k]) exploration_->spec_panel()->set_value(k, *spec.values[k]);
  for (std::size_t k = 0; k < kPerformanceCount; ++k) exploration_->spec_panel()->set_used(k, spec.given[k]);
  centre_->setCurrentIndex(kExplorationTab);
  exploration_->explorer()->request_now(exploration_->spec_panel()->request());
  return true;
}

void MainWindow::select_block(int block) {
  scene_->select_block(block);
  tree_->select_block(block);
  block_panel_->show_block(doc_.get(), block);
}

bool MainWindow::simulate() {
  if (!doc_ || jobs_->running()) return false;
  // the job works on its own copy; the result goes to the document it was started for
  auto snapshot = std::make_shared<project::Document>(*doc_);
  auto result = std::make_shared<simulation::SimulationResult>();
  std::weak_ptr<project::Document> target = doc_;
  return jobs_->start(
      tr("Simulating %1…").arg(doc_->title()),
      [snapshot, result](const JobContext& ctx) { *result = jobs::simulate_document(*snapshot, ctx); },
      [this, target, result] { show_simulation(target.lock(), *result); });
}

void MainWindow::new_from_netlist() {
  QSettings settings;
  const QString file = QFileDialog::getOpenFileName(this, tr("New from netlist"), settings.value(QStringLiteral("lastDir")).toString(),
                                                    tr("SPICE netlists (*.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)"));
  if (file.isEmpty()) return;
  settings.setValue(QStringLiteral("lastDir"), QFileInfo(file).absolutePath());
  new_project_from(file);
}

void MainWindow::new_project_from(const QString& file) {
  try {
    const auto tech = technology::technology_for_circuit(file.toStdString());
    auto first = project::open_netlist(file, tech);
    NewProjectDialog dialog(file, first->circuit(), tech, this);
    if (dialog.exec() != QDialog::Accepted) return;
    auto overrides = dialog.port_overrides();
    const auto biases = dialog.bias_voltages();
    const auto chosen = dialog.technology();
    if (overrides.empty() && biases.empty() && chosen.source_file == tech.source_file)
      set_document(first);
    else
      set_document(project::open_netlist(file, chosen, overrides, biases));
    add_recent(file);
    // A new project: where to keep its data and models, beside the netlist by default.
    const QFileInfo netlist(file);
    save_as(netlist.absolutePath() + QLatin1Char('/') + netlist.completeBaseName() + QStringLiteral(".isz"));
  } catch (const netlist::ParseError& e) {
    show_error(tr("Cannot read the netlist"), QString::fromStdString(e.what()), false);
  } catch (const std::exception& e) {
    show_error(tr("Cannot open"), tr("%1: %2").arg(file, QString::fromStdString(e.what())), false);
  }
}

void MainWindow::open_dialog() {
  QSettings settings;
  const QString file = QFileDialog::getOpenFileName(
      this, tr("Open"), settings.value(QStringLiteral("lastDir")).toString(),
      tr("InverSize projects and netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)"));
  if (file.isEmpty()) return;
  settings.setValue(QStringLiteral("lastDir"), QFileInfo(file).absolutePath());
  open(file);
}

void MainWindow::save_as(const QString& suggested) {
  if (!doc_) return;
  QString file = QFileDialog::getSaveFileName(this, tr("Save as project"),
                                              suggested.isEmpty() ? doc_->title() + QStringLiteral(".isz") : suggested,
                                              tr("InverSize projects (*.isz)"));
  if (file.isEmpty()) {
    if (doc_->project_path.isEmpty())
      log(tr("Not saved as a project: the Project menu (data generation, training) needs one — File → Save as "
             "project…"));
    return;
  }
  if (!project::is_project_file(file)) file += QStringLiteral(".isz");
  // the dialog asked about replacing; the project layer never overwrites by itself
  if (QFile::exists(file) && !QFile::remove(file)) {
    show_error(tr("Cannot save"), tr("%1 cannot be replaced.").arg(file), false);
    return;
  }
  save_project_as(file, false);
}

bool MainWindow::save_project_as(const QString& file, bool quiet) {
  if (!doc_) return false;
  try {
    project::save_project(*doc_, file);
  } catch (const std::exception& e) {
    show_error(tr("Cannot save"), QString::fromStdString(e.what()), quiet);
    return false;
  }
  add_recent(file);
  log(tr("Saved %1. Next: Project → Generate training data… (Ctrl+G), then Project → Train sizing models… (Ctrl+T).")
          .arg(file));
  set_document(doc_);  // the open document is the project now: its Project menu works
  return true;
}

void MainWindow::export_drawing(bool svg) {
  if (!doc_) return;
  const QString filter = svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
  const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
  QString file = QFileDialog::getSaveFileName(this, tr("Export schematic"), doc_->title() + suffix, filter);
  if (file.isEmpty()) return;
  if (!file.endsWith(suffix, Qt::CaseInsensitive)) file += suffix;
  const bool ok = svg ? view_->export_svg(file, doc_->title()) : view_->export_png(file);
  if (ok)
    log(tr("Exported %1.").arg(file));
  else
    show_error(tr("Cannot export"), tr("%1 cannot be written.").arg(file), false);
}

void MainWindow::add_recent(const QString& spec) {
  QSettings settings;
  QStringList recent = settings.value(kRecentKey).toStringList();
  const QString entry = spec.startsWith(QLatin1String("builtin:")) ? spec : QFileInfo(spec).absoluteFilePath();
  recent.removeAll(entry);
  recent.prepend(entry);
  while (recent.size() > kMaxRecent) recent.removeLast();
  settings.setValue(kRecentKey, recent);
  refresh_recent_menu();
}

void MainWindow::refresh_recent_menu() {
  recent_menu_->clear();
  const QStringList recent = QSettings().value(kRecentKey).toStringList();
  for (const QString& entry : recent) recent_menu_->addAction(entry, this, [this, entry] { open(entry); });
  recent_menu_->setEnabled(!recent.isEmpty());
  // A disabled entry says why, as the actions of update_actions() do.
  const QString what = tr("The files opened before, newest first");
  const QString tip = recent.isEmpty() ? tr("%1 — off: %2").arg(what, tr("no file has been opened yet")) : what;
  recent_menu_->menuAction()->setToolTip(tip);
  recent_menu_->menuAction()->setStatusTip(tip);
  if (start_) start_->show_entries(recent);
}

void MainWindow::update_title() {
  setWindowTitle(doc_ ? tr("%1 — InverSize").arg(doc_->title()) : tr("InverSize"));
  if (!status_circuit_) return;
  status_circuit_->setText(doc_ ? tr("%1: %2 devices, %3 nets, %4 blocks, %5 symmetric pairs — technology %6")
                                      .arg(QString::fromStdString(doc_->circuit().name))
                                      .arg(doc_->circuit().devices.size())
                                      .arg(doc_->circuit().nets.size())
                                      .arg(doc_->decomposition.blocks.size())
                                      .arg(doc_->decomposition.symmetry.size())
                                      .arg(QString::fromStdString(doc_->tech.name))
                                : tr("No circuit open"));
}

MainWindow* MainWindow::change_language(const QString& code) {
  if (jobs_->running()) {
    // A rebuilt window cannot adopt a running job: it would lose its progress and results.
    QMessageBox::information(this, tr("Language"),
                             tr("The language can change when no job runs. Wait for \"%1\" or cancel it.").arg(jobs_->title()));
    for (QAction* a : language_group_->actions()) a->setChecked(a->data().toString() == chosen_language());
    return nullptr;
  }
  store_language(code);
  install_translators(*QCoreApplication::instance());
  auto* next = new MainWindow;
  next->setAttribute(Qt::WA_DeleteOnClose, testAttribute(Qt::WA_DeleteOnClose));
  next->take_over(*this);
  next->show();
  quiet_close_ = true;
  close();
  deleteLater();
  return next;
}

void MainWindow::take_over(MainWindow& old) {
  restoreGeometry(old.saveGeometry());
  restoreState(old.layout_state());
  docks_sized_ = old.docks_sized_;
  if (showing_start_page()) {  // the docks the old window showed come back with its document
    start_hidden_.clear();
    for (QDockWidget* d : findChildren<QDockWidget*>())
      if (!d->isHidden()) start_hidden_ << d, d->hide();
  }
  if (old.doc_) {
    set_document(old.doc_);
    centre_->setCurrentIndex(old.centre_->currentIndex());
    if (exploration_->loaded() && old.exploration_->loaded()) {
      // Replaces the request that loading the project queued for its default specification.
      exploration_->spec_panel()->set_request(old.exploration_->spec_panel()->request());
      exploration_->explorer()->request_now(exploration_->spec_panel()->request());
    }
  }
  log_->setPlainText(old.log_->toPlainText());  // after set_document, whose lines it already holds
}

void MainWindow::closeEvent(QCloseEvent* e) {
  if (jobs_->running() && !quiet_close_) {
    auto answer = QMessageBox::question(this, tr("A job is running"),
                                        tr("%1\nCancel it and close? What it finished is saved.").arg(jobs_->title()),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) return e->ignore();
  }
  jobs_->cancel();
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  if (docks_sized_) settings.setValue(QStringLiteral("window/state"), layout_state());
  QMainWindow::closeEvent(e);
}

}  // namespace inversize::ui::mainwindow
