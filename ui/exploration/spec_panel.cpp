#include "exploration/spec_panel.hpp"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QSpinBox>
#include <QStyleOptionSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "common/si_format.hpp"
#include "common/si_spin_box.hpp"
#include "common/vocabulary.hpp"
#include "sizing/specification.hpp"

namespace inversize::ui::exploration {

namespace {

constexpr int kSteps = 1000;

// A slider position as a value a designer would type: 3 significant digits (16.2 MHz, 62.4 dB;
// one slider step is 0.1-1 % of the range, finer than the third digit of most values).
double round_significant(double v, int digits = 3) {
  if (v == 0 || !std::isfinite(v)) return v;
  const double scale = std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(std::abs(v)))));
  return std::round(v * scale) / scale;
}

// The tolerance field's assignments in core's notation (sizing::parse_tolerances). Between
// them blanks, ';' or a ',' that is no decimal comma; a value may be written as everywhere in
// the window ("power_w=10 µW", "gain_db=0,5 dB" in German), a percent stays a percent.
// Throws std::invalid_argument for a value that is not one in its performance's unit.
std::vector<std::string> tolerance_words(const QString& text, const QLocale& locale) {
  QString t = text;
  t.replace(QLatin1Char(';'), QLatin1Char(' '));
  if (locale.decimalPoint() == QStringLiteral(","))
    t.replace(QRegularExpression(QStringLiteral("(?<!\\d),|,(?!\\d)")), QStringLiteral(" "));
  else
    t.replace(QLatin1Char(','), QLatin1Char(' '));
  QStringList words;
  for (const QString& w : t.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    if (!words.isEmpty() && !w.contains(QLatin1Char('='))) words.back() += w;  // "10 µW": the unit
    else words << w;
  }
  std::vector<std::string> out;
  for (const QString& w : words) {
    const qsizetype eq = w.indexOf(QLatin1Char('='));
    const auto k = eq > 0 ? performance_index(w.left(eq).toStdString()) : std::nullopt;
    const QString value = eq > 0 ? w.mid(eq + 1) : QString();
    if (k && value.endsWith(QLatin1Char('%'))) {  // "2,5%" in German
      out.push_back(QString(w).replace(locale.decimalPoint(), QStringLiteral(".")).toStdString());
      continue;
    }
    if (k) {
      const auto v = parse_si(value, kPerformances[*k].unit, locale);
      // SPICE would read "10mV" as 10 m in any unit: here a wrong unit is an error.
      if (!v)
        throw std::invalid_argument(
            QCoreApplication::translate("inversize::ui::exploration::SpecPanel", "tolerance '%1': not a value in %2")
                .arg(w, display_unit(kPerformances[*k].unit))
                .toStdString());
      out.push_back(w.left(eq + 1).toStdString() + QString::number(*v, 'g', 17).toStdString());
      continue;
    }
    out.push_back(w.toStdString());  // core says what is wrong with it
  }
  return out;
}

// Dragging with Shift held moves the handle this many times slower: a log slider spans the
// training data's decades (the Miller's transit frequency: 4 decades, ~6 % a pixel), too coarse
// to set a value by hand.
constexpr int kFineDrag = 10;

// A slider with a faint band over the part its training data covers, and a fine drag (Shift).
class BandSlider : public QSlider {
 public:
  BandSlider() : QSlider(Qt::Horizontal) {}
  void set_band(double from, double to) {  // fractions of the range
    from_ = from, to_ = to;
    update();
  }

 protected:
  void paintEvent(QPaintEvent* e) override {
    {
      QPainter p(this);
      QStyleOptionSlider opt;
      initStyleOption(&opt);
      QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
      int x0 = groove.left() + static_cast<int>(from_ * groove.width());
      int x1 = groove.left() + static_cast<int>(to_ * groove.width());
      p.fillRect(QRect(x0, groove.center().y() - 5, std::max(2, x1 - x0), 10), QColor(70, 130, 180, 60));
    }
    QSlider::paintEvent(e);
  }
  void mousePressEvent(QMouseEvent* e) override {
    QSlider::mousePressEvent(e);
    fine_ = isSliderDown() && (e->modifiers() & Qt::ShiftModifier);  // fine from the press on
    anchor_x_ = e->position().x();
    anchor_value_ = sliderPosition();
  }
  void mouseMoveEvent(QMouseEvent* e) override {
    if (!isSliderDown() || !(e->modifiers() & Qt::ShiftModifier)) {
      fine_ = false;
      QSlider::mouseMoveEvent(e);
      return;
    }
    const double x = e->position().x();
    if (!fine_) {  // Shift went down: the fine drag starts where the handle is
      fine_ = true;
      anchor_x_ = x;
      anchor_value_ = sliderPosition();
    }
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    // The pixels a plain drag spreads the range over: the groove less the handle (QSlider's).
    const auto rect = [&](QStyle::SubControl c) { return style()->subControlRect(QStyle::CC_Slider, &opt, c, this); };
    const int span = std::max(1, rect(QStyle::SC_SliderGroove).width() - rect(QStyle::SC_SliderHandle).width());
    const double steps_per_pixel = double(maximum() - minimum()) / span / kFineDrag;
    setSliderPosition(anchor_value_ + static_cast<int>(std::lround((x - anchor_x_) * steps_per_pixel)));
  }

 private:
  double from_ = 0, to_ = 1;
  bool fine_ = false;
  double anchor_x_ = 0;
  int anchor_value_ = 0;
};

}  // namespace

SpecPanel::SpecPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* perf_box = new QGroupBox(tr("Specification"), this);
  auto* grid = grid_ = new QGridLayout(perf_box);
  grid->setColumnStretch(1, 1);
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    auto& r = rows_[k];
    const auto& info = kPerformances[k];
    r.log = info.log_scale;
    r.use = new QCheckBox(performance_name(k), perf_box);
    r.use->setToolTip(tr("%1 (%2): %3 — uncheck to leave it out: it is then filled from the nearest training design")
                          .arg(performance_name(k), QString::fromUtf8(info.key.data(), int(info.key.size())),
                               performance_definition(k)));
    r.slider = new BandSlider();
    r.slider->setRange(0, kSteps);
    r.slider->setMinimumWidth(150);  // a drag of a few pixels must not skip a decade
    r.slider->setToolTip(tr("Drag with Shift held for a %1× finer setting").arg(kFineDrag));
    r.spin = new SiSpinBox(perf_box);
    r.spin->set_unit(info.unit);
    // Four significant digits: a training design's 49.2573 dB claimed a precision no simulation
    // or tolerance (2 %) has; the value itself is kept until the designer edits it.
    r.spin->set_digits(4);
    r.spin->setMinimumWidth(100);
    r.spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);  // the slider takes the room
    r.spin->setKeyboardTracking(false);
    connect(r.use, &QCheckBox::toggled, this, [this] {
      if (!updating_) emit changed();
    });
    connect(r.slider, &QSlider::valueChanged, this, [this, k](int pos) {
      if (updating_) return;
      auto& row = rows_[k];
      updating_ = true;
      row.spin->setValue(round_significant(from_slider(row, pos)));
      row.use->setChecked(true);
      updating_ = false;
      flag(k);
      emit changed();
    });
    connect(r.spin, &QDoubleSpinBox::valueChanged, this, [this, k] {
      if (updating_) return;
      updating_ = true;
      rows_[k].use->setChecked(true);
      sync_slider(k);
      updating_ = false;
      flag(k);
      emit changed();
    });
  }
  tolerance_ = new QLineEdit(perf_box);
  tolerance_->setObjectName("tolerance");
  tolerance_->setPlaceholderText(tr("none: met strictly (e.g. gain_db=0.5 pm_deg=1 gbw_hz=2%)"));
  tolerance_->setToolTip(tr("How far on the bad side of a value a simulated sizing may lie and still meet it: in the "
                            "performance's own unit (gain_db=0.5 dB, pm_deg=1°, power_w=10 µW) or, for linear "
                            "quantities, in percent (gbw_hz=2%). Empty: a value is met when the simulation is on its "
                            "right side."));
  auto* tol_row = tolerance_row_ = new QHBoxLayout;
  tol_row->addWidget(new QLabel(tr("Tolerance"), perf_box));
  tol_row->addWidget(tolerance_, 1);
  arrange(false);
  connect(tolerance_, &QLineEdit::editingFinished, this, [this] {
    const QString error = tolerance_error();
    tolerance_->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #ffd0c8; }"));
    tolerance_->setToolTip(error.isEmpty() ? QString() : error + tr(" — ignored: values are met strictly"));
    if (!updating_) emit changed();
  });
  layout->addWidget(perf_box);

  auto* opts = new QGroupBox(tr("Sampling"), this);
  auto* form = new QFormLayout(opts);
  samples_ = new QSpinBox(opts);
  samples_->setRange(1, 1000);
  samples_->setValue(64);
  guidance_ = new SiSpinBox(opts);  // a plain number: "1", "1.25", not "1.00"
  guidance_->set_unit("");
  guidance_->setRange(0, 10);
  guidance_->setSingleStep(0.25);
  guidance_->setValue(1.0);
  steps_ = new QSpinBox(opts);
  steps_->setRange(1, 1000);
  steps_->setValue(10);  // live view: 10 DDIM steps sample as well as 25 here (docs/evaluation.md), 2.5x sooner
  candidates_ = new QSpinBox(opts);
  candidates_->setObjectName("candidates");
  candidates_->setRange(1, 100);
  // 4 per sample: most of the gain of 10 (docs/results, "Ranking by the surrogate") at under a
  // second per request for the live view (FCOA, 64 samples: 1.6 s with 10 per sample)
  candidates_->setValue(4);
  candidates_->setPrefix(QStringLiteral("× "));
  candidates_->setToolTip(tr("Draw this many sizings per sample and keep the samples that the model's surrogate "
                             "finds likeliest to meet the specification, likeliest first (1: keep every sizing drawn)"));
  aim_ = new QCheckBox(tr("Aim at a training design that meets it"), opts);
  aim_->setObjectName("aim");
  aim_->setChecked(true);
  aim_->setToolTip(tr("Condition the model on the nearest training design that meets the specification, where "
                      "one does: a point of the Pareto front the model knows, rather than a relaxed specification "
                      "off it. The samples are still judged by the specification."));
  refine_ = new QCheckBox(tr("Refine with the surrogate"), opts);
  refine_->setObjectName("refine");
  refine_->setChecked(true);
  refine_->setToolTip(tr("Move every drawn sizing a little, by the model's surrogate, towards meeting the "
                         "specification before the samples are ranked and simulated; the simulation still judges "
                         "them."));
  goal_ = new QComboBox(opts);
  goal_->setObjectName("refine_goal");
  goal_->addItem(tr("meet the specification"), static_cast<int>(diffusion::RefineGoal::meet));
  const QString tol = QString::fromStdString(sizing::protocol_tolerance_text());
  goal_->addItem(tr("match the values (±%1)").arg(tol), static_cast<int>(diffusion::RefineGoal::match));
  goal_->setToolTip(tr("What the ranking and the refinement aim at. Meet: every performance on the right side of its "
                       "value (with the tolerance, if any). Match: within %1 of every value on both sides, to "
                       "reproduce a performance vector (e.g. one loaded from a design); no aiming at a training "
                       "design then.")
                        .arg(tol));
  rounds_ = new QSpinBox(opts);
  rounds_->setObjectName("rounds");
  rounds_->setRange(1, 5);
  rounds_->setValue(diffusion::kRounds);
  rounds_->setToolTip(tr("Simulate the samples in this many rounds: after each, the surrogate is corrected by what "
                         "ngspice measured, the samples not simulated yet are chosen again, and a sizing that missed "
                         "is tried again nearby. 1: all at once."));
  seed_ = new QSpinBox(opts);
  seed_->setRange(0, 1 << 30);
  form->addRow(tr("Samples"), samples_);
  form->addRow(tr("Candidates per sample"), candidates_);
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow panel puts the field under its label
  form->addRow(aim_);
  form->addRow(refine_);
  form->addRow(tr("Surrogate aims to"), goal_);
  form->addRow(tr("Simulation rounds"), rounds_);
  form->addRow(tr("Guidance weight"), guidance_);
  form->addRow(tr("Steps"), steps_);
  form->addRow(tr("Seed"), seed_);
  auto* from = new QWidget(opts);
  auto* from_layout = new QHBoxLayout(from);
  from_layout->setContentsMargins(0, 0, 0, 0);
  design_ = new QSpinBox(from);
  design_->setRange(1, 1);
  auto* load = new QPushButton(tr("From design"), from);
  load->setToolTip(tr("Use the simulated performances of this dataset design as the specification"));
  from_layout->addWidget(design_, 1);
  from_layout->addWidget(load);
  form->addRow(tr("Design"), from);
  connect(load, &QPushButton::clicked, this, [this] { load_design(design_->value()); });
  for (auto* s : {samples_, steps_, seed_, candidates_, rounds_}) connect(s, &QSpinBox::valueChanged, this, [this] { emit changed(); });
  connect(guidance_, &QDoubleSpinBox::valueChanged, this, [this] { emit changed(); });
  for (auto* c : {aim_, refine_}) connect(c, &QCheckBox::toggled, this, [this] { emit changed(); });
  connect(goal_, &QComboBox::currentIndexChanged, this, [this] {
    aim_->setEnabled(goal_->currentData().toInt() == static_cast<int>(diffusion::RefineGoal::meet));
    emit changed();
  });
  layout->addWidget(opts);
  layout->addStretch(1);
  // The wheel scrolls the panel: over a slider, spin box or choice it changed the value under
  // the mouse (and drew new samples) on the way. A focused control (clicked or tabbed to)
  // still takes the wheel.
  for (QWidget* w : findChildren<QWidget*>())
    if (qobject_cast<QAbstractSlider*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w)) {
      w->setFocusPolicy(Qt::StrongFocus);
      w->installEventFilter(this);
    }
}

bool SpecPanel::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::Wheel) {
    auto* w = qobject_cast<QWidget*>(watched);
    if (w && !w->hasFocus()) {
      event->ignore();  // on to the scroll area
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

void SpecPanel::arrange(bool compact) {
  compact_ = compact;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    const auto& r = rows_[k];
    for (QWidget* w : {static_cast<QWidget*>(r.use), static_cast<QWidget*>(r.slider), static_cast<QWidget*>(r.spin)})
      grid_->removeWidget(w);
    const int row = compact ? 2 * int(k) : int(k);
    grid_->addWidget(r.use, row, 0, 1, compact ? 2 : 1);
    grid_->addWidget(r.spin, row, 2);
    if (compact)
      grid_->addWidget(r.slider, row + 1, 0, 1, 3);
    else
      grid_->addWidget(r.slider, row, 1);
  }
  grid_->removeItem(tolerance_row_);
  grid_->addLayout(tolerance_row_, compact ? 2 * int(kPerformanceCount) : int(kPerformanceCount), 0, 1, 3);
}

void SpecPanel::fit_width(int width) {
  int names = 0, values = 0;
  for (const auto& r : rows_) {
    names = std::max(names, r.use->sizeHint().width());
    values = std::max(values, r.spin->sizeHint().width());
  }
  const QMargins outer = layout()->contentsMargins(), inner = grid_->contentsMargins();
  const int frame = 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 8;  // the group box's
  const int wide = names + rows_[0].slider->minimumWidth() + values + 2 * grid_->horizontalSpacing() + outer.left() +
                   outer.right() + inner.left() + inner.right() + frame;
  if ((width < wide) != compact_) arrange(width < wide);
}

double SpecPanel::to_slider(const Row& r, double v) const {
  return r.log ? std::log10(std::max(v, 1e-300)) : v;
}

double SpecPanel::from_slider(const Row& r, int pos) const {
  double s = r.slo + (r.shi - r.slo) * pos / kSteps;
  return r.log ? std::pow(10.0, s) : s;
}

void SpecPanel::sync_slider(std::size_t k) {
  auto& r = rows_[k];
  const QSignalBlocker block(r.slider);
  double s = to_slider(r, r.spin->value());
  r.slider->setValue(static_cast<int>(std::lround((s - r.slo) / (r.shi - r.slo) * kSteps)));
}

bool SpecPanel::out_of_range(std::size_t k) const {
  const auto& r = rows_[k];
  double v = r.spin->value();
  const double tol = 1e-9 * std::max(std::abs(r.lo), std::abs(r.hi));
  return v < r.lo - tol || v > r.hi + tol;
}

void SpecPanel::flag(std::size_t k) {
  auto& r = rows_[k];
  bool out = out_of_range(k);
  r.spin->setStyleSheet(out ? QStringLiteral("QDoubleSpinBox { background: #ffe0b0; }") : QString());
  r.spin->setToolTip(out ? tr("Outside the training data (%1 … %2): the model extrapolates")
                               .arg(r.spin->textFromValue(r.lo), r.spin->textFromValue(r.hi))
                         : QString());
}

void SpecPanel::set_data(const std::vector<dataset::Design>& training, const std::vector<dataset::Design>& designs) {
  designs_ = designs;
  updating_ = true;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    auto& r = rows_[k];
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& d : training)
      if (d.performances[k]) lo = std::min(lo, *d.performances[k]), hi = std::max(hi, *d.performances[k]);
    if (!(hi >= lo)) lo = 0, hi = 1;
    r.log = kPerformances[k].log_scale && lo > 0;  // per project: a log scale needs positive data
    r.lo = lo, r.hi = hi;
    double a = to_slider(r, lo), b = to_slider(r, hi);
    double span = b > a ? b - a : std::max(1.0, std::abs(a));
    r.slo = a - 0.15 * span, r.shi = b + 0.15 * span;  // room to ask beyond the data
    double margin = 10 * (hi - lo + std::abs(hi));
    r.spin->setRange(r.log ? 0 : lo - margin, hi + margin);
    r.spin->setSingleStep(round_significant((hi - lo) / 100, 1));
    // A log quantity steps by its own decade (16 -> 17 MHz, 143 -> 153 MHz), not by a hundredth
    // of a range spanning decades.
    r.spin->setStepType(r.log ? QAbstractSpinBox::AdaptiveDecimalStepType : QAbstractSpinBox::DefaultStepType);
    static_cast<BandSlider*>(r.slider)->set_band((a - r.slo) / (r.shi - r.slo), (b - r.slo) / (r.shi - r.slo));
  }
  std::int64_t max_id = 1;
  for (const auto& d : designs) max_id = std::max(max_id, d.id);
  design_->setRange(1, static_cast<int>(max_id));
  updating_ = false;
  if (!training.empty()) show_design(training.front().id);
  // The designer's usual four; the rest come from the nearest training design. One request, for
  // what is shown (a request for the design's whole vector judged the samples by all of it).
  updating_ = true;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    auto key = kPerformances[k].key;
    rows_[k].use->setChecked(key == "gain_db" || key == "gbw_hz" || key == "pm_deg" || key == "power_w");
  }
  updating_ = false;
  if (!training.empty()) emit changed();
}

void SpecPanel::set_value(std::size_t k, double value) {
  auto& r = rows_[k];
  updating_ = true;
  r.spin->setValue(value);
  r.use->setChecked(true);
  sync_slider(k);
  updating_ = false;
  flag(k);
  emit changed();
}

void SpecPanel::set_request(const SampleRequest& request) {
  const QSignalBlocker quiet(this);  // one restore, not a sampling request per row
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (request.spec.given[k] && request.spec.values[k]) set_value(k, *request.spec.values[k]);
    set_used(k, request.spec.given[k]);
  }
  QStringList tolerances;  // as the designer writes them: "gain_db=0.5 dB gbw_hz=2% power_w=10 µW"
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (const auto& t = request.spec.tolerance[k])
      tolerances << QString::fromUtf8(kPerformances[k].key.data(), qsizetype(kPerformances[k].key.size())) + QLatin1Char('=') +
                        (t->relative ? QString::number(t->value * 100, 'g', 6).replace(QLatin1Char('.'), locale().decimalPoint()) +
                                           QLatin1Char('%')
                                     : si_edit_text(t->value, kPerformances[k].unit, 6, locale()));
  tolerance_->setText(tolerances.join(' '));
  samples_->setValue(request.n);
  guidance_->setValue(request.options.guidance);
  steps_->setValue(request.options.steps);
  candidates_->setValue(request.n > 0 && request.options.candidates > request.n ? request.options.candidates / request.n : 1);
  seed_->setValue(static_cast<int>(request.options.seed));
  rounds_->setValue(request.options.rounds);
  aim_->setChecked(request.options.aim);
  refine_->setChecked(request.options.refine > 0);
}

void SpecPanel::set_used(std::size_t k, bool used) { rows_[k].use->setChecked(used); }

void SpecPanel::set_samples(int n) { samples_->setValue(n); }

bool SpecPanel::load_design(std::int64_t id) {
  if (!show_design(id)) return false;
  emit changed();
  return true;
}

bool SpecPanel::show_design(std::int64_t id) {
  auto it = std::find_if(designs_.begin(), designs_.end(), [id](const auto& d) { return d.id == id; });
  if (it == designs_.end()) return false;
  updating_ = true;
  design_->setValue(static_cast<int>(id));
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    auto& r = rows_[k];
    if (!it->performances[k]) {
      r.use->setChecked(false);
      continue;
    }
    r.spin->setValue(*it->performances[k]);
    r.use->setChecked(true);
    sync_slider(k);
    flag(k);
  }
  updating_ = false;
  return true;
}

QString SpecPanel::tolerance_error() const {
  try {
    sizing::Specification probe;
    sizing::parse_tolerances(probe, tolerance_words(tolerance_->text(), locale()));
    return {};
  } catch (const std::invalid_argument& e) {
    return QString::fromStdString(e.what());
  }
}

SampleRequest SpecPanel::request() const {
  SampleRequest r;
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (rows_[k].use->isChecked()) {
      r.spec.values[k] = rows_[k].spin->value();
      r.spec.given[k] = true;
    }
  if (tolerance_error().isEmpty()) sizing::parse_tolerances(r.spec, tolerance_words(tolerance_->text(), locale()));
  r.n = samples_->value();
  r.options.guidance = guidance_->value();
  r.options.steps = steps_->value();
  r.options.candidates = candidates_->value() > 1 ? candidates_->value() * r.n : 0;
  r.options.aim = aim_->isChecked();
  r.options.archive_share = diffusion::kArchiveShare;
  r.options.rounds = rounds_->value();
  r.options.refine = refine_->isChecked() ? diffusion::kRefineSteps : 0;
  r.options.goal = static_cast<diffusion::RefineGoal>(goal_->currentData().toInt());
  r.options.seed = static_cast<std::uint64_t>(seed_->value());
  return r;
}

}  // namespace inversize::ui::exploration
