// The specification panel: one row per performance (use it or leave it out, a slider over the
// range of the training data with that range shaded, a value editor in engineering notation), the tolerance
// "meets" allows (none: strictly), the sampling options, and "from design" to load any
// dataset design's performances.
#pragma once

#include <QWidget>
#include <array>
#include <vector>

#include "common/engineering.hpp"
#include "common/performance.hpp"
#include "dataset/project.hpp"
#include "exploration/explorer.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace inversize::ui {
class SiSpinBox;
}

namespace inversize::ui::exploration {

class SpecPanel : public QWidget {
  Q_OBJECT

 public:
  explicit SpecPanel(QWidget* parent = nullptr);

  // The training designs set the ranges; `designs` are all designs "from design" may load.
  void set_data(const std::vector<dataset::Design>& training, const std::vector<dataset::Design>& designs);
  SampleRequest request() const;
  // Shows a request's specification and options without emitting changed().
  void set_request(const SampleRequest& request);
  void set_value(std::size_t performance, double value);  // SI units; checks the row
  void set_used(std::size_t performance, bool used);
  void set_samples(int n);
  bool load_design(std::int64_t id);  // false when there is no such design; emits changed()
  QSlider* slider(std::size_t performance) const { return rows_[performance].slider; }
  SiSpinBox* editor(std::size_t performance) const { return rows_[performance].spin; }
  bool out_of_range(std::size_t performance) const;
  QLineEdit* tolerance_field() const { return tolerance_; }
  // The tolerance field's error (empty when it parses); a bad field counts as no tolerance.
  QString tolerance_error() const;
  // Lays the rows out for this width (the scroll area's, less a scroll bar): name, slider and
  // value on one line where they fit, else the slider on a line of its own under name and value,
  // so that the panel never scrolls sideways.
  void fit_width(int width);
  bool compact() const { return compact_; }

 signals:
  void changed();  // any value, checkbox or option

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;  // the wheel scrolls, changes no unfocused value

 private:
  // A design's performances into the rows, each checked, without emitting changed().
  bool show_design(std::int64_t id);
  struct Row {
    QCheckBox* use = nullptr;
    QSlider* slider = nullptr;
    SiSpinBox* spin = nullptr;    // SI units
    double lo = 0, hi = 1;        // training range, SI
    double slo = 0, shi = 1;      // slider range on its scale (log10 for log performances)
    bool log = false;
  };
  double to_slider(const Row& r, double v) const;
  double from_slider(const Row& r, int pos) const;
  void sync_slider(std::size_t k);
  void flag(std::size_t k);
  void arrange(bool compact);

  std::array<Row, kPerformanceCount> rows_{};
  std::vector<dataset::Design> designs_;
  QSpinBox* samples_ = nullptr;
  SiSpinBox* guidance_ = nullptr;
  QSpinBox* steps_ = nullptr;
  QSpinBox* candidates_ = nullptr;
  QSpinBox* rounds_ = nullptr;
  QCheckBox* aim_ = nullptr;
  QCheckBox* refine_ = nullptr;
  QComboBox* goal_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QSpinBox* design_ = nullptr;
  QLineEdit* tolerance_ = nullptr;
  QGridLayout* grid_ = nullptr;
  QHBoxLayout* tolerance_row_ = nullptr;
  bool compact_ = false;
  bool updating_ = false;
};

}  // namespace inversize::ui::exploration
