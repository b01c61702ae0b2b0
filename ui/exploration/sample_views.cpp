#include "exploration/sample_views.hpp"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

#include "common/elided_combo_box.hpp"
#include "common/engineering.hpp"
#include "common/si_format.hpp"
#include "common/vocabulary.hpp"
#include "plots/tick_labels.hpp"

namespace inversize::ui::exploration {

namespace {

bool spec_has_tolerance(const sizing::Specification& spec) {
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (spec.given[k] && spec.tolerance[k]) return true;
  return false;
}

QString perf_key(std::size_t k) { return QString::fromUtf8(kPerformances[k].key.data(), int(kPerformances[k].key.size())); }

// A performance column's heading: its name in the user's language; key and definition on hover.
QTableWidgetItem* performance_header(std::size_t k) {
  auto* h = new QTableWidgetItem(performance_name(k));
  h->setToolTip(perf_key(k) + QStringLiteral(": ") + performance_definition(k));
  return h;
}

// Sorts by the number in Qt::UserRole, shows the text.
class NumberItem : public QTableWidgetItem {
 public:
  NumberItem(const QString& text, double value) : QTableWidgetItem(text) {
    setData(Qt::UserRole, value);
    setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  }
  bool operator<(const QTableWidgetItem& other) const override {
    return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
  }
};

QCPCurve* make_curve(QCustomPlot* plot, QColor colour, QCPScatterStyle::ScatterShape shape, double size) {
  auto* c = new QCPCurve(plot->xAxis, plot->yAxis);
  c->setLineStyle(QCPCurve::lsNone);
  c->setScatterStyle(QCPScatterStyle(shape, colour, colour.lighter(130), size));
  c->setSelectable(QCP::stMultipleDataRanges);
  QCPSelectionDecorator* d = new QCPSelectionDecorator;
  d->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 2), QBrush(colour), size + 3),
                     QCPScatterStyle::spAll);
  c->setSelectionDecorator(d);
  return c;
}

// The yield bins a cloud colours by, best first: lower bound and the colour of a value inside.
struct YieldBin {
  double from;
  const char* name;
};
constexpr YieldBin kYieldBins[] = {{0.99, QT_TRANSLATE_NOOP("inversize::ui::exploration::ScatterView", "yield ≥ 99 %")},
                                   {0.9, QT_TRANSLATE_NOOP("inversize::ui::exploration::ScatterView", "yield 90–99 %")},
                                   {0.5, QT_TRANSLATE_NOOP("inversize::ui::exploration::ScatterView", "yield 50–90 %")},
                                   {0.0, QT_TRANSLATE_NOOP("inversize::ui::exploration::ScatterView", "yield < 50 %")}};
constexpr int kStudyColumn = 4;  // the Yield column: after "sizing rules"

}  // namespace

QColor yield_colour(double y) {
  y = std::clamp(y, 0.0, 1.0);
  return y < 0.5 ? QColor(220, int(40 + 2 * y * 170), 40) : QColor(int(220 - 2 * (y - 0.5) * 180), 190, 40);
}

ScatterView::ScatterView(Space space, QWidget* parent) : QWidget(parent), space_(space) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* bar = new QHBoxLayout;
  x_ = new ElidedComboBox(this);
  y_ = new ElidedComboBox(this);
  // As narrow as the clouds need: a long variable name must not widen the window.
  for (QComboBox* axis : {x_, y_}) {
    axis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    axis->setMinimumContentsLength(6);
  }
  // The heading above the axis choice: side by side they made each cloud ~300 px wide at least.
  layout->addWidget(new QLabel(space == Space::Sizing ? tr("Sizing space:") : tr("Performance space:"), this));
  bar->addWidget(x_, 1);
  bar->addWidget(new QLabel(QStringLiteral("×"), this));
  bar->addWidget(y_, 1);
  layout->addLayout(bar);
  by_yield_ = new QCheckBox(tr("Colour by yield"), this);
  by_yield_->setObjectName("colour_by_yield");
  by_yield_->setToolTip(tr("Ring every sample whose yield was estimated (Robustness tab) in the colour of its yield"));
  by_yield_->setVisible(false);
  layout->addWidget(by_yield_);
  plot_ = new QCustomPlot(this);
  plot_->setMinimumSize(240, 160);
  plot_->setInteractions(QCP::iSelectPlottables | QCP::iMultiSelect);
  plot_->setSelectionRectMode(QCP::srmSelect);
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) fit_tick_labels(*axis, 5);
  layout->addWidget(plot_, 1);
  pending_ = make_curve(plot_, QColor(150, 150, 150), QCPScatterStyle::ssDisc, 6);
  misses_ = make_curve(plot_, QColor(215, 60, 40), QCPScatterStyle::ssDisc, 6);
  meets_ = make_curve(plot_, QColor(40, 160, 70), QCPScatterStyle::ssDisc, 6);
  // Short names: the legend is a band above the axes, never on the points; what an entry means
  // in full is its tool tip.
  set_legend_entry(pending_, tr("not verified", "cloud legend"),
                   tr("Drawn and ranked, not simulated yet: the performance cloud shows the surrogate's prediction"));
  set_legend_entry(misses_, tr("misses", "cloud legend"), tr("Verified by SPICE: misses the specification"));
  plot_->legend->setVisible(true);
  plot_->legend->setFont(QFont(font().family(), 7));
  plot_->legend->setIconSize(14, 10);  // the markers are 6–16 px: a wide icon only took the words' room
  plot_->legend->setIconTextPadding(4);
  // The yield rings lie under the verdict's dots: both stay visible, and so does the selection.
  plot_->addLayer(QStringLiteral("yield"), plot_->layer(QStringLiteral("main")), QCustomPlot::limBelow);
  connect(by_yield_, &QCheckBox::toggled, this, [this] { redraw(); });
  plot_->legend->setBorderPen(Qt::NoPen);
  plot_->legend->setRowSpacing(0);
  plot_->legend->setColumnSpacing(6);
  auto* legend_cell = new QCPLayoutGrid;
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, legend_cell);
  legend_cell->addElement(0, 0, plot_->legend);
  legend_cell->setMargins(QMargins(4, 2, 4, 0));
  plot_->plotLayout()->setRowStretchFactor(0, 0.001);
  plot_->installEventFilter(this);
  connect(x_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
  connect(y_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
  connect(plot_, &QCustomPlot::selectionChangedByUser, this, [this] { emit selectionChanged(selection()); });
}

bool ScatterView::eventFilter(QObject* watched, QEvent* event) {
  if (watched == plot_ && event->type() == QEvent::Resize) fit_legend();
  if (watched == plot_ && event->type() == QEvent::ToolTip) {
    // A legend entry's tool tip: what it means in full (the entry itself may be elided).
    const QPoint at = static_cast<QHelpEvent*>(event)->pos();
    for (int i = 0; i < plot_->legend->itemCount(); ++i) {
      auto* item = qobject_cast<QCPPlottableLegendItem*>(plot_->legend->item(i));
      if (item && item->outerRect().contains(at)) {
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), legend_tooltip(i), plot_);
        return true;
      }
    }
    QToolTip::hideText();
    return true;
  }
  return QWidget::eventFilter(watched, event);
}

void ScatterView::set_legend_entry(QCPAbstractPlottable* p, const QString& label, const QString& description) {
  p->setProperty("legend_label", label);
  p->setProperty("legend_description", description);
  p->setName(label);
}

QString ScatterView::legend_tooltip(int item) const {
  auto* entry = qobject_cast<QCPPlottableLegendItem*>(plot_->legend->item(item));
  if (!entry) return {};
  const QString label = entry->plottable()->property("legend_label").toString();
  const QString description = entry->plottable()->property("legend_description").toString();
  return description.isEmpty() ? label : description;
}

void ScatterView::fit_legend() {
  // As many entries side by side as the plot's width takes: the fewer rows, the taller the axes.
  // At most kLegendRows rows: where even that is too wide, the entries are elided to their
  // column's width (the tool tip says them whole).
  constexpr int kLegendRows = 3, kRoom = 8;
  auto* legend = plot_->legend;
  const int n = legend->itemCount();
  auto label = [legend](int i) {
    auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
    return item ? item->plottable() : nullptr;
  };
  auto arrange = [legend](int wrap) {  // `wrap` entries a row
    legend->setWrap(wrap);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
  };
  for (int i = 0; i < n; ++i)
    if (auto* p = label(i); p && p->property("legend_label").isValid()) p->setName(p->property("legend_label").toString());
  int wrap = std::max(1, n);
  for (; wrap > 1; --wrap) {
    arrange(wrap);
    if (legend->minimumOuterSizeHint().width() + kRoom <= plot_->width()) break;
  }
  arrange(wrap);
  if (n > 0 && (n + wrap - 1) / wrap > kLegendRows) {
    wrap = (n + kLegendRows - 1) / kLegendRows;
    arrange(wrap);
    const QFontMetrics metrics(legend->font());
    const int column = (plot_->width() - kRoom - legend->columnSpacing() * (wrap - 1)) / wrap;
    const int text = std::max(metrics.horizontalAdvance(QStringLiteral("M…")),
                              column - legend->iconSize().width() - legend->iconTextPadding() - 8);
    for (int i = 0; i < n; ++i)
      if (auto* p = label(i)) p->setName(metrics.elidedText(p->name(), Qt::ElideRight, text));
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScatterView::set_axes(const QStringList& names, const QStringList& units, int x, int y) {
  const QSignalBlocker bx(x_), by(y_);
  units_ = units;
  x_->clear();
  y_->clear();
  x_->addItems(names);
  y_->addItems(names);
  x_->setCurrentIndex(x);
  y_->setCurrentIndex(y);
}

void ScatterView::set_yields(const SampleYields& yields) {
  const bool had = !yields_.empty();
  yields_.clear();
  for (const auto& y : yields) yields_.push_back(y && y->runs ? std::optional<double>(y->yield.value) : std::nullopt);
  {
    const QSignalBlocker quiet(by_yield_);
    by_yield_->setVisible(!yields_.empty());
    if (!had && !yields_.empty()) by_yield_->setChecked(true);  // the designer ran the study to see it
  }
  redraw();
}

int ScatterView::x_axis() const { return x_->currentIndex(); }
int ScatterView::y_axis() const { return y_->currentIndex(); }

std::optional<double> ScatterView::value(const std::vector<double>& x, const dataset::PerformanceValues& p, int axis) const {
  if (axis < 0) return std::nullopt;
  if (space_ == Space::Sizing) {
    if (std::size_t(axis) < x.size()) return x[axis];
    return std::nullopt;
  }
  if (std::size_t(axis) < kPerformanceCount && p[axis]) return *p[axis];
  return std::nullopt;
}

void ScatterView::show(const std::vector<sizing::SampledSizing>& samples, const sizing::Specification& spec,
                       const std::vector<dataset::Design>& nearest) {
  set_legend_entry(meets_, spec_has_tolerance(spec) ? tr("meets (tol.)", "cloud legend") : tr("meets", "cloud legend"),
                   tr("meets the specification (%1)").arg(tolerance_description(spec)));
  samples_ = samples;
  spec_ = spec;
  nearest_ = nearest;
  redraw();
}

void ScatterView::redraw() {
  const QSet<int> keep = selection();
  // SI prefixes per axis from the largest magnitude shown ("µm", "MHz"), for readable ticks.
  double mx = 0, my = 0;
  auto consider = [&](const std::vector<double>& xv, const dataset::PerformanceValues& p) {
    if (auto x = value(xv, p, x_axis())) mx = std::max(mx, std::abs(*x));
    if (auto y = value(xv, p, y_axis())) my = std::max(my, std::abs(*y));
  };
  // Until SPICE has verified a sample, the performance cloud shows the surrogate's prediction
  // of it (ranked samples): the cloud follows the slider before the simulations do.
  auto performances = [](const sizing::SampledSizing& s) -> const dataset::PerformanceValues& {
    return !s.verified && s.predicted ? *s.predicted : s.simulation.performances;
  };
  for (const auto& s : samples_) consider(s.x, performances(s));
  for (const auto& d : nearest_) consider(d.x, d.performances);
  auto prefix_of = [this](int axis, double m) {
    QString unit = axis >= 0 && axis < units_.size() ? units_[axis] : QString();
    const bool base = takes_prefix(unit.toStdString());
    return std::make_pair(base ? si_prefix(m, "µ") : SiPrefix{}, unit);
  };
  const auto [px, ux] = prefix_of(x_axis(), mx);
  const auto [py, uy] = prefix_of(y_axis(), my);
  QVector<double> t[3], xs[3], ys[3];
  for (std::size_t i = 0; i < samples_.size(); ++i) {
    const auto& s = samples_[i];
    auto x = value(s.x, performances(s), x_axis());
    auto y = value(s.x, performances(s), y_axis());
    if (!x || !y) continue;
    int group = !s.verified ? 0 : s.meets ? 2 : 1;
    t[group] << double(i);
    xs[group] << *x / px.scale;
    ys[group] << *y / py.scale;
  }
  pending_->setData(t[0], xs[0], ys[0], true);
  misses_->setData(t[1], xs[1], ys[1], true);
  meets_->setData(t[2], xs[2], ys[2], true);
  // Markers: the target and the nearest training designs.
  for (int i = plot_->graphCount() - 1; i >= 0; --i) plot_->removeGraph(i);
  auto* near = plot_->addGraph();
  set_legend_entry(near, tr("nearest training", "cloud legend"), tr("nearest training designs"));
  near->setLineStyle(QCPGraph::lsNone);
  near->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(QColor(40, 70, 160), 1.5), Qt::NoBrush, 9));
  for (const auto& d : nearest_) {
    auto x = value(d.x, d.performances, x_axis());
    auto y = value(d.x, d.performances, y_axis());
    if (x && y) near->addData(*x / px.scale, *y / py.scale);
  }
  if (by_yield_->isChecked() && !yields_.empty()) {
    for (const auto& bin : kYieldBins) {
      auto* ring = plot_->addGraph();
      ring->setLayer(QStringLiteral("yield"));
      set_legend_entry(ring, tr(bin.name), tr("The ring's colour: the sample's yield, estimated in the Robustness tab"));
      ring->setSelectable(QCP::stNone);
      ring->setLineStyle(QCPGraph::lsNone);
      const double upper = &bin == &kYieldBins[0] ? 1.0 : (&bin)[-1].from;
      const QColor colour = yield_colour((bin.from + upper) / 2);
      ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 13));
    }
    for (std::size_t i = 0; i < samples_.size() && i < yields_.size(); ++i) {
      if (!yields_[i]) continue;
      const auto& s = samples_[i];
      auto x = value(s.x, performances(s), x_axis());
      auto y = value(s.x, performances(s), y_axis());
      if (!x || !y) continue;
      int bin = 0;
      while (*yields_[i] < kYieldBins[bin].from) ++bin;
      plot_->graph(plot_->graphCount() - 4 + bin)->addData(*x / px.scale, *y / py.scale);
    }
    for (int g = plot_->graphCount() - 4; g < plot_->graphCount(); ++g)
      if (plot_->graph(g)->dataCount() == 0) plot_->graph(g)->removeFromLegend();
  }
  if (space_ == Space::Performance && x_axis() >= 0 && y_axis() >= 0 && spec_.values[x_axis()] && spec_.values[y_axis()]) {
    auto* target = plot_->addGraph();
    set_legend_entry(target, tr("target", "cloud legend"), tr("specification"));
    target->setLineStyle(QCPGraph::lsNone);
    target->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(QColor(200, 20, 20), 2), Qt::NoBrush, 16));
    target->addData(*spec_.values[x_axis()] / px.scale, *spec_.values[y_axis()] / py.scale);
  }
  auto label = [](const QString& name, const SiPrefix& p, const QString& unit) {
    return unit.isEmpty() ? name : name + " [" + QString::fromUtf8(p.prefix) + unit + "]";
  };
  plot_->xAxis->setLabel(label(x_->currentText(), px, ux));
  plot_->yAxis->setLabel(label(y_->currentText(), py, uy));
  plot_->rescaleAxes();
  plot_->xAxis->scaleRange(1.1);
  plot_->yAxis->scaleRange(1.1);
  fit_legend();
  set_selection(keep);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScatterView::set_selection(const QSet<int>& samples) {
  for (auto* c : {pending_, misses_, meets_}) {
    QCPDataSelection sel;
    for (int i = 0; i < c->dataCount(); ++i)
      if (samples.contains(static_cast<int>(c->data()->at(i)->t))) sel.addDataRange(QCPDataRange(i, i + 1), false);
    sel.simplify();
    c->setSelection(sel);
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

QSet<int> ScatterView::selection() const {
  QSet<int> out;
  for (auto* c : {pending_, misses_, meets_})
    for (const auto& range : c->selection().dataRanges())
      for (int i = range.begin(); i < range.end(); ++i) out.insert(static_cast<int>(c->data()->at(i)->t));
  return out;
}

SamplesTable::SamplesTable(QWidget* parent) : QTableWidget(parent) {
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setSelectionMode(QAbstractItemView::ExtendedSelection);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSortingEnabled(true);
  verticalHeader()->setVisible(false);
  connect(this, &QTableWidget::itemSelectionChanged, this, [this] {
    if (!updating_) emit selectionChanged(selection());
  });
}

void SamplesTable::show(const sizing::InverseSizer& sizer, const std::vector<sizing::SampledSizing>& samples,
                        const sizing::Specification& spec) {
  updating_ = true;
  setSortingEnabled(false);
  clear();
  QStringList headers{tr("#"), tr("origin"), tr("meets"), tr("sizing rules")};
  if (!yields_.empty()) headers << tr("Yield");
  const int first_performance = int(headers.size());
  std::vector<std::size_t> shown;  // the performance columns
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (spec.values[k]) headers << performance_name(k), shown.push_back(k);
  if (!samples.empty())
    for (const auto& d : sizer.devices(samples.front().x))
      headers << QString::fromStdString(d.name) + QStringLiteral(" W") << QString::fromStdString(d.name) + QStringLiteral(" L");
  setColumnCount(headers.size());
  setHorizontalHeaderLabels(headers);
  for (std::size_t c = 0; c < shown.size(); ++c) setHorizontalHeaderItem(first_performance + int(c), performance_header(shown[c]));
  if (!yields_.empty()) setHorizontalHeaderItem(kStudyColumn, yield_header());
  // What "meets" means here: the right side of every given value, with the tolerance if any.
  const QString meets_rule = tolerance_description(spec);
  horizontalHeaderItem(1)->setToolTip(tr("Where the sample comes from: drawn by the diffusion model, a training design "
                                          "near the specification (archive), or a sample of an earlier simulation round "
                                          "that missed, refined again (retry)"));
  horizontalHeaderItem(2)->setText(spec_has_tolerance(spec) ? tr("meets (tol.)") : tr("meets"));
  horizontalHeaderItem(2)->setToolTip(tr("Every given performance on the right side of its value, %1").arg(meets_rule));
  setRowCount(static_cast<int>(samples.size()));
  for (std::size_t i = 0; i < samples.size(); ++i) {
    auto* id = new NumberItem(QString::number(i + 1), double(i));
    setItem(int(i), 0, id);
  }
  for (std::size_t i = 0; i < samples.size(); ++i) update_row(sizer, samples[i], int(i), spec);
  setSortingEnabled(true);
  resizeColumnsToContents();
  updating_ = false;
}

int SamplesTable::row_of(int sample) const {
  for (int r = 0; r < rowCount(); ++r)
    if (item(r, 0) && item(r, 0)->data(Qt::UserRole).toInt() == sample) return r;
  return -1;
}

void SamplesTable::update_row(const sizing::InverseSizer& sizer, const sizing::SampledSizing& s, int index,
                              const sizing::Specification& spec) {
  const bool sorting = isSortingEnabled();
  setSortingEnabled(false);
  int row = row_of(index);
  if (row < 0) return setSortingEnabled(sorting);
  int col = 1;
  setItem(row, col++, origin_item(s));
  QString meets = !s.verified ? tr("…") : !s.simulation.simulated ? tr("failed") : s.meets ? tr("yes") : tr("no");
  auto* m = new NumberItem(meets, !s.verified ? 2 : s.meets ? 0 : 1);
  m->setTextAlignment(Qt::AlignCenter);  // words, not numbers
  if (s.verified) m->setForeground(s.meets ? QColor(30, 130, 60) : QColor(190, 50, 30));
  if (s.verified && !s.simulation.simulated) m->setToolTip(QString::fromStdString(s.simulation.failure));
  setItem(row, col++, m);
  // Whether it keeps the project's sizing rules and criteria, as every archive design does.
  const bool judged = s.verified && s.simulation.simulated;
  auto* rules = new NumberItem(!judged ? QString() : s.simulation.feasible ? tr("kept") : tr("broken"),
                               !judged ? 2 : s.simulation.feasible ? 0 : 1);
  rules->setTextAlignment(Qt::AlignCenter);
  if (judged && !s.simulation.feasible) {
    rules->setForeground(QColor(190, 50, 30));
    rules->setToolTip(QString::fromStdString(s.simulation.failure));
  }
  setItem(row, col++, rules);
  if (!yields_.empty()) setItem(row, col++, yield_item(index));
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (!spec.values[k]) continue;
    const auto& v = s.simulation.performances[k];
    if (s.verified && v) {
      auto* it = new NumberItem(performance_text(k, *v), *v);
      if (spec.given[k] && !sizing::meets(spec, k, *v)) it->setForeground(QColor(190, 50, 30));
      setItem(row, col++, it);
    } else {
      setItem(row, col++, new NumberItem(QString(), -1e300));
    }
  }
  for (const auto& d : sizer.devices(s.x)) {
    setItem(row, col++, new NumberItem(si(d.w, QStringLiteral("m")), d.w));
    setItem(row, col++, new NumberItem(si(d.l, QStringLiteral("m")), d.l));
  }
  setSortingEnabled(sorting);
}

QTableWidgetItem* SamplesTable::origin_item(const sizing::SampledSizing& s) const {
  // Sorted drawn, archive, retries (by the sample retried); the CSV and `sample` say the same.
  const QString text = s.retry_of ? tr("retry of #%1").arg(*s.retry_of + 1) : s.from_archive ? tr("archive") : tr("drawn");
  auto* item = new NumberItem(text, s.retry_of ? 2.0 + double(*s.retry_of) / 1e6 : s.from_archive ? 1.0 : 0.0);
  item->setTextAlignment(Qt::AlignCenter);  // words, not numbers
  item->setToolTip(s.retry_of ? tr("Sample #%1 missed the specification when simulated; this is it refined again by the "
                                   "surrogate, corrected by what SPICE measured there")
                                    .arg(*s.retry_of + 1)
                   : s.from_archive ? tr("A training design near the specification, refined by the surrogate like a draw")
                                    : tr("Drawn by the diffusion model"));
  return item;
}

int SamplesTable::yield_column() const { return yields_.empty() || columnCount() <= kStudyColumn ? -1 : kStudyColumn; }

QTableWidgetItem* SamplesTable::yield_header() const {
  auto* h = new QTableWidgetItem(tr("Yield"));
  h->setToolTip(tr("Share of the Monte Carlo runs that meet the specification (Robustness tab); its 95 % "
                   "(Wilson) interval on hover"));
  return h;
}

QTableWidgetItem* SamplesTable::yield_item(int sample) const {
  const auto& e = std::size_t(sample) < yields_.size() ? yields_[sample] : std::nullopt;
  if (!e) return new NumberItem(QString(), -1);  // not estimated: sorts last
  auto* item = new NumberItem(percent_text(e->share.value), e->share.value);
  item->setBackground(yield_colour(e->share.value));
  item->setToolTip(tr("%1 of %2 Monte Carlo runs meet; 95 % (Wilson) interval %3 – %4%5")
                       .arg(e->share.k)
                       .arg(e->share.n)
                       .arg(percent_text(e->share.lo), percent_text(e->share.hi))
                       .arg(e->cancelled ? tr(" (cancelled: fewer runs than asked)") : QString()));
  return item;
}

void SamplesTable::set_yields(const SampleYields& yields) {
  const bool had = yield_column() >= 0;
  yields_.clear();
  for (const auto& y : yields)
    yields_.push_back(y && y->runs ? std::optional<Estimate>(Estimate{y->yield, y->runs, y->outcome.is_cancelled()}) : std::nullopt);
  if (columnCount() < kStudyColumn) return;  // nothing shown yet: show() adds the column
  const bool sorting = isSortingEnabled();
  setSortingEnabled(false);
  updating_ = true;
  if (yields_.empty()) {
    if (had) removeColumn(kStudyColumn);
  } else {
    if (!had) insertColumn(kStudyColumn);
    setHorizontalHeaderItem(kStudyColumn, yield_header());
    for (int r = 0; r < rowCount(); ++r)
      if (item(r, 0)) setItem(r, kStudyColumn, yield_item(item(r, 0)->data(Qt::UserRole).toInt()));
    resizeColumnToContents(kStudyColumn);
  }
  updating_ = false;
  setSortingEnabled(sorting);
}

void SamplesTable::set_selection(const QSet<int>& samples) {
  updating_ = true;
  clearSelection();
  auto* model = selectionModel();
  for (int s : samples) {
    int r = row_of(s);
    if (r >= 0) model->select(this->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
  }
  updating_ = false;
}

QSet<int> SamplesTable::selection() const {
  QSet<int> out;
  for (const auto& idx : selectionModel()->selectedRows()) out.insert(item(idx.row(), 0)->data(Qt::UserRole).toInt());
  return out;
}

}  // namespace inversize::ui::exploration
