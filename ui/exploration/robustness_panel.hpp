// The exploration's Robustness step: for the samples shown, Monte Carlo runs and corners in the
// background (its own JobRunner: exploring goes on meanwhile; progress and cancel), each
// sizing's yield in a table and as the colour of a performance cloud, the Monte Carlo spread of
// the chosen sizing as histograms with the specification's line, its corner table, and export of
// the most robust sizing. Core computes (robustness/yield.hpp); this presents.
#pragma once

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "robustness/yield.hpp"

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace inversize::ui::jobs {
class JobRunner;
}

namespace inversize::ui::exploration {

class Explorer;

class RobustnessPanel : public QWidget {
  Q_OBJECT

 public:
  explicit RobustnessPanel(Explorer* explorer, QWidget* parent = nullptr);
  ~RobustnessPanel() override;  // cancels and joins a running estimate

  // Estimates the yield of the explorer's samples that meet the specification (of every
  // verified one when none does). False when nothing is verified yet or an estimate runs.
  bool run(int mc_runs, const QString& corners);
  // The corners chosen, as core names them: "default", "all", "none" for the named sets shown
  // in the user's language, or the list typed (ss,ff/high/cold).
  QString corner_selection() const;
  QComboBox* corner_choice() const { return corner_choice_; }
  void cancel();
  bool running() const;
  // The estimates of the last finished run, by sample (empty: not estimated); dropped when
  // the explorer's samples change.
  const std::vector<std::optional<robustness::YieldResult>>& yields() const { return yields_; }
  std::optional<std::size_t> most_robust() const;
  void show_sample(int index);  // histograms and corners of this sample
  // The most robust sizing as the designer's netlist. Throws std::runtime_error without one.
  void export_most_robust(const QString& path) const;

  QTableWidget* table() const { return table_; }
  QCustomPlot* cloud() const { return cloud_; }
  QCustomPlot* histograms() const { return histograms_; }
  QTableWidget* corner_table() const { return corners_; }

 signals:
  void finished();  // an estimate ended (done, cancelled or failed); yields() holds it
  void sampleChosen(int index);
  void message(const QString& text);

 private:
  struct Job;
  void on_finished();
  void redraw();
  void clear();

  Explorer* explorer_;
  QSpinBox* runs_ = nullptr;
  QComboBox* corner_choice_ = nullptr;
  QPushButton *start_ = nullptr, *stop_ = nullptr, *export_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  QTableWidget* table_ = nullptr;
  QTableWidget* corners_ = nullptr;
  QCustomPlot* cloud_ = nullptr;
  QCustomPlot* histograms_ = nullptr;
  std::vector<std::optional<robustness::YieldResult>> yields_;
  sizing::Specification spec_;  // of the estimate shown
  int shown_ = -1;
  std::shared_ptr<Job> job_;
  std::unique_ptr<jobs::JobRunner> jobs_;  // last: destroyed (job joined) first
};

}  // namespace inversize::ui::exploration
