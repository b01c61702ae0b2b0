// The window a designer lives in: the schematic in the centre, dockable circuit tree, block
// variables, performances and log; projects, built-ins, recent files; the Simulate job.
#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

#include "dataset/generator.hpp"
#include <string>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;

namespace inversize::ui::project {
struct Document;
}
namespace inversize::simulation {
struct SimulationResult;
}
namespace inversize::ui::schematic {
class SchematicScene;
class SchematicView;
}  // namespace inversize::ui::schematic
namespace inversize::ui::jobs {
class JobRunner;
}
namespace inversize::ui::exploration {
class ExplorationView;
class LossPlot;
}
class QDockWidget;
class QStackedWidget;
class QTabWidget;

namespace inversize::ui::mainwindow {

class BlockPanel;
class CircuitTree;
class PerformancePanel;
class StartPage;
class TrainingView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens a netlist, builtin:NAME or .isz. On failure the error is shown (a message box
  // unless `quiet`, and always the log and status bar) and the open document stays.
  bool open(const QString& spec, bool quiet = false);
  void set_document(std::shared_ptr<project::Document> doc);
  const project::Document* document() const { return doc_.get(); }
  QString last_error() const { return last_error_; }

  void select_block(int block);
  // Opens the exploration view with this specification (KEY=VALUE) and samples at once.
  // False when the open document has no trained model. Throws std::invalid_argument.
  bool explore(const std::vector<std::string>& assignments);
  exploration::ExplorationView* exploration() const { return exploration_; }
  // The tabs: Schematic, Exploration, Training (kSchematicTab, ...). While no circuit is open
  // the start page shows in their place, without the docks.
  QTabWidget* centre() const { return centre_; }
  static constexpr int kSchematicTab = 0, kExplorationTab = 1, kTrainingTab = 2;
  StartPage* start_page() const { return start_; }
  bool showing_start_page() const;
  TrainingView* training_view() const { return training_; }
  // Closes the open circuit or project (a running job goes on): the start page shows.
  void close_document();
  bool simulate();  // starts the job; false when one is running or nothing is open
  // Data generation and training of the open project as background jobs; without options
  // the option dialog asks. False when no project is open or a job runs.
  bool generate(std::optional<dataset::GenerateOptions> options = std::nullopt);
  bool train(std::optional<std::string> arch = std::nullopt);
  // Saves the open circuit as a new project FILE (never overwrites) and goes on with it: the
  // Project menu is on. False with the reason shown (a message box unless `quiet`).
  bool save_project_as(const QString& file, bool quiet = false);
  QAction* generate_action() const { return generate_action_; }
  QAction* train_action() const { return train_action_; }
  QMenu* examples_menu() const { return examples_menu_; }
  exploration::LossPlot* loss_plot() const;
  // Switches the interface language at once: the window is rebuilt in the new language with
  // the same document, layout, tab, specification and log, and this one closes (deleted
  // later). Returns the new window; nullptr while a job runs (the user is told why).
  MainWindow* change_language(const QString& code);
  // Closing without asking whether to cancel a running job (tests).
  void set_quiet_close(bool on) { quiet_close_ = on; }

  schematic::SchematicScene* scene() const { return scene_; }
  schematic::SchematicView* view() const { return view_; }
  CircuitTree* circuit_tree() const { return tree_; }
  BlockPanel* block_panel() const { return block_panel_; }
  PerformancePanel* performance_panel() const { return performance_panel_; }
  jobs::JobRunner* jobs() const { return jobs_; }
  void log(const QString& line);
  // New from netlist with the file chosen: the new-project dialog (technology, ports, biases),
  // then where to save the project.
  void new_project_from(const QString& file);

 protected:
  void closeEvent(QCloseEvent* e) override;

 private:
  void build_actions();
  void build_docks();
  void new_from_netlist();
  void open_dialog();
  void save_as(const QString& suggested = {});  // asks for the file; then save_project_as
  void export_drawing(bool svg);
  void add_recent(const QString& spec);
  void refresh_recent_menu();
  void update_title();
  void update_actions();  // the one place that enables the job actions and says why not
  void fill_examples_menu();
  void show_start_page(bool on);  // hides the docks while it shows; brings back those that were shown
  void size_docks();              // the first layout's dock sizes, by the window's size
  QByteArray layout_state();      // saveState() with the docks the start page hid shown
  int block_of(int device) const;  // the first block holding the device; -1 without one
  // The nominal simulation that opening a document starts, on its own runner so that it never
  // keeps the project jobs waiting.
  void simulate_on_open();
  void show_simulation(const std::shared_ptr<project::Document>& doc, const simulation::SimulationResult& result);
  QString exploration_hint(const QString& reason) const;  // what to do so that Exploration opens
  void show_error(const QString& what, const QString& reason, bool quiet);
  void take_over(MainWindow& old);  // the state a language change carries over

  std::shared_ptr<project::Document> doc_;
  schematic::SchematicScene* scene_;
  schematic::SchematicView* view_;
  exploration::ExplorationView* exploration_ = nullptr;
  TrainingView* training_ = nullptr;
  StartPage* start_ = nullptr;
  QStackedWidget* stack_ = nullptr;  // the start page or the tabs
  QList<QDockWidget*> start_hidden_;  // the docks the start page hid
  bool docks_sized_ = false;          // by a stored layout or size_docks()
  bool training_job_ = false;         // the running job is a training: the Training tab follows it
  QAction* generate_action_ = nullptr;
  QAction* train_action_ = nullptr;
  bool quiet_close_ = false;
  QElapsedTimer job_clock_;
  qint64 job_first_done_ = -1;
  QTabWidget* centre_ = nullptr;
  CircuitTree* tree_ = nullptr;
  BlockPanel* block_panel_ = nullptr;
  PerformancePanel* performance_panel_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  jobs::JobRunner* jobs_;
  jobs::JobRunner* nominal_;                 // the simulation on opening
  std::weak_ptr<project::Document> nominal_for_;  // the document it was last started for
  std::function<QString()> on_cancelled_;    // what a cancelled job kept, for its last message
  QString explore_hint_;                     // why Exploration is off
  QMenu* examples_menu_ = nullptr;
  QAction* save_action_ = nullptr;
  QAction* explore_tab_action_ = nullptr;
  QAction* training_tab_action_ = nullptr;
  QAction* close_action_ = nullptr;
  QList<QAction*> circuit_actions_;  // the schematic's view and export: off without a circuit
  QMenu* recent_menu_ = nullptr;
  QMenu* view_menu_ = nullptr;
  QAction* simulate_action_ = nullptr;
  QAction* cancel_action_ = nullptr;
  QActionGroup* language_group_ = nullptr;
  QLabel* status_circuit_ = nullptr;  // an ElidedLabel
  QProgressBar* progress_ = nullptr;
  QToolButton* cancel_button_ = nullptr;
  QString last_error_;
};

}  // namespace inversize::ui::mainwindow
