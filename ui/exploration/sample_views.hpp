// The views of a sample cloud: a scatter plot over two chosen axes (sizing space: design
// variables; performance space: verified performances), and the samples table. Selections
// are sets of sample indices, so the views link through the exploration view. After a yield
// study (the Robustness tab) the table has a Yield column and the clouds can colour by yield.
#pragma once

#include <QColor>
#include <QList>
#include <QSet>
#include <QTableWidget>
#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

#include "dataset/project.hpp"
#include "robustness/yield.hpp"
#include "sizing/inverse_sizer.hpp"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPAbstractPlottable;
class QCPCurve;

namespace inversize::ui::exploration {

// A yield's colour: red (no run meets) through yellow to green (every run meets).
QColor yield_colour(double yield);

// The yields of a study by sample (nullopt: not estimated; empty: no study).
using SampleYields = std::vector<std::optional<robustness::YieldResult>>;

class ScatterView : public QWidget {
  Q_OBJECT

 public:
  enum class Space { Sizing, Performance };
  ScatterView(Space space, QWidget* parent = nullptr);

  // Axis choices: design variables or performances with their units (SI base units get a
  // prefix on the axis: "µm", "MHz"). Default axes (x, y).
  void set_axes(const QStringList& names, const QStringList& units, int x, int y);
  // Redraws the samples; `training` are drawn as small grey reference points, `target` (in
  // performance space) as a star; `nearest` designs as hollow diamonds.
  void show(const std::vector<sizing::SampledSizing>& samples, const sizing::Specification& spec,
            const std::vector<dataset::Design>& nearest);
  void set_selection(const QSet<int>& samples);
  QSet<int> selection() const;
  // A study's yields: "colour by yield" becomes available (and on); empty: off again.
  void set_yields(const SampleYields& yields);
  QCheckBox* colour_by_yield() const { return by_yield_; }
  QCustomPlot* plot() const { return plot_; }
  // The tool tip of the legend's item `item`: what the entry means in full.
  QString legend_tooltip(int item) const;
  int x_axis() const;
  int y_axis() const;

 signals:
  void selectionChanged(const QSet<int>& samples);

 private:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void fit_legend();
  // A legend entry: its short label, and what it means in full (the entry's tool tip).
  static void set_legend_entry(QCPAbstractPlottable* p, const QString& label, const QString& description);
  std::optional<double> value(const std::vector<double>& x, const dataset::PerformanceValues& p, int axis) const;
  void redraw();

  Space space_;
  QComboBox *x_ = nullptr, *y_ = nullptr;
  QCheckBox* by_yield_ = nullptr;
  std::vector<std::optional<double>> yields_;  // by sample
  QStringList units_;
  QCustomPlot* plot_ = nullptr;
  QCPCurve *meets_ = nullptr, *misses_ = nullptr, *pending_ = nullptr;
  std::vector<sizing::SampledSizing> samples_;
  sizing::Specification spec_;
  std::vector<dataset::Design> nearest_;
};

class SamplesTable : public QTableWidget {
  Q_OBJECT

 public:
  explicit SamplesTable(QWidget* parent = nullptr);
  void show(const sizing::InverseSizer& sizer, const std::vector<sizing::SampledSizing>& samples,
            const sizing::Specification& spec);
  void update_row(const sizing::InverseSizer& sizer, const sizing::SampledSizing& s, int index,
                  const sizing::Specification& spec);
  void set_selection(const QSet<int>& samples);
  QSet<int> selection() const;
  // A study's yields: a Yield column after "sizing rules" (the Wilson interval on hover),
  // sortable; empty: no column. Takes effect at once and in later show()s.
  void set_yields(const SampleYields& yields);
  int yield_column() const;  // -1: none

 signals:
  void selectionChanged(const QSet<int>& samples);

 private:
  int row_of(int sample) const;
  QTableWidgetItem* origin_item(const sizing::SampledSizing& s) const;  // drawn, archive, retry of #K
  QTableWidgetItem* yield_item(int sample) const;
  QTableWidgetItem* yield_header() const;
  struct Estimate {
    robustness::Share share;
    int runs = 0;
    bool cancelled = false;
  };
  std::vector<std::optional<Estimate>> yields_;
  bool updating_ = false;
};

}  // namespace inversize::ui::exploration
