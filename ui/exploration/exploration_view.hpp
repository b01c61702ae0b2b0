// The exploration view: the specification panel, the linked sample clouds (sizing space and
// performance space), the samples table, the histograms of Fig. 7 with Table I, and export.
#pragma once

#include <QTimer>
#include <QWidget>
#include <memory>

#include "exploration/explorer.hpp"

class QCustomPlot;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace inversize::ui::exploration {

class RobustnessPanel;
class SamplesTable;
class ScatterView;
class SpecPanel;

class ExplorationView : public QWidget {
  Q_OBJECT

 public:
  explicit ExplorationView(QWidget* parent = nullptr);

  // Loads the project's trained model; throws dataset::ProjectError with the reason.
  void load(const QString& project_path);
  bool loaded() const { return explorer_->loaded(); }
  Explorer* explorer() const { return explorer_; }
  SpecPanel* spec_panel() const { return spec_; }
  ScatterView* sizing_view() const { return sizing_; }
  ScatterView* performance_view() const { return performance_; }
  SamplesTable* table() const { return table_; }
  QCustomPlot* histograms() const { return histograms_; }
  RobustnessPanel* robustness() const { return robustness_; }
  QSet<int> selection() const { return selection_; }

  // Export: the selected (else the best) sample as the designer's netlist (with a header saying
  // what was exported), every sample as CSV, the specification as JSON. Throw
  // std::runtime_error when the file cannot be written.
  void export_netlist(const QString& path) const;
  QString suggested_netlist_name() const;  // "<circuit>_sized_<n>.cir" for chosen_sample()
  void export_csv(const QString& path) const;
  void export_spec(const QString& path) const;
  int chosen_sample() const;  // the selected sample, else the best one; -1 without samples

 signals:
  // One sample is chosen: its sized circuit for the schematic.
  void sampleChosen(int index);
  void message(const QString& text);

 private:
  void select(const QSet<int>& samples, QObject* origin);
  void redraw_clouds();  // both scatter views, with the 5 nearest training designs
  void update_status();
  void update_statistics();
  void update_filter();  // the "3 of 64 samples selected · show all" line

  Explorer* explorer_ = nullptr;
  SpecPanel* spec_ = nullptr;
  ScatterView *sizing_ = nullptr, *performance_ = nullptr;
  SamplesTable* table_ = nullptr;
  QCustomPlot* histograms_ = nullptr;
  QWidget* histogram_scroll_ = nullptr;  // scrolls the histograms' grid down, never sideways
  QTableWidget* devices_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  RobustnessPanel* robustness_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* filter_ = nullptr;
  QSet<int> selection_;
  std::vector<dataset::Design> training_;
  double sample_seconds_ = 0;
  QString folder_;  // the project's, where exports are suggested first
  QTimer redraw_;
};

}  // namespace inversize::ui::exploration
