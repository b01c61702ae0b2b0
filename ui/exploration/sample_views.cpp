#include "exploration/sample_views.hpp"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

#include "common/engineering.hpp"
#include "common/si_format.hpp"

namespace inversize::ui::exploration {

namespace {

bool spec_has_tolerance(const sizing::Specification& spec) {
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (spec.given[k] && spec.tolerance[k]) return true;
  return false;
}

QString perf_key(std::size_t k) { return QString::fromUtf8(kPerformances[k].key.data(), int(kPerformances[k].key.size())); }

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

}  // namespace

ScatterView::ScatterView(Space space, QWidget* parent) : QWidget(parent), space_(space) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* bar = new QHBoxLayout;
  x_ = new QComboBox(this);
  y_ = new QComboBox(this);
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
  plot_ = new QCustomPlot(this);
  plot_->setMinimumSize(240, 160);
  plot_->setInteractions(QCP::iSelectPlottables | QCP::iMultiSelect);
  plot_->setSelectionRectMode(QCP::srmSelect);
  layout->addWidget(plot_, 1);
  pending_ = make_curve(plot_, QColor(150, 150, 150), QCPScatterStyle::ssDisc, 6);
  misses_ = make_curve(plot_, QColor(215, 60, 40), QCPScatterStyle::ssDisc, 6);
  meets_ = make_curve(plot_, QColor(40, 160, 70), QCPScatterStyle::ssDisc, 6);
  // Short names: the legend is a band above the axes, never on the points.
  pending_->setName(tr("not verified yet"));
  misses_->setName(tr("misses"));
  plot_->legend->setVisible(true);
  plot_->legend->setFont(QFont(font().family(), 7));
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
  return QWidget::eventFilter(watched, event);
}

void ScatterView::fit_legend() {
  // As many entries side by side as the plot's width takes: the fewer rows, the taller the axes.
  auto* legend = plot_->legend;
  const int n = legend->itemCount();
  for (int wrap = std::max(1, n); wrap >= 1; --wrap) {
    legend->setWrap(wrap);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    if (legend->minimumOuterSizeHint().width() + 8 <= plot_->width()) break;
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
  meets_->setName(tr("meets the specification (%1)").arg(QString::fromStdString(sizing::tolerance_text(spec))));
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
    bool base = unit == "m" || unit == "F" || unit == "A" || unit == "Hz" || unit == "W" || unit == "V";
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
  near->setName(tr("nearest training designs"));
  near->setLineStyle(QCPGraph::lsNone);
  near->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(QColor(40, 70, 160), 1.5), Qt::NoBrush, 9));
  for (const auto& d : nearest_) {
    auto x = value(d.x, d.performances, x_axis());
    auto y = value(d.x, d.performances, y_axis());
    if (x && y) near->addData(*x / px.scale, *y / py.scale);
  }
  if (space_ == Space::Performance && x_axis() >= 0 && y_axis() >= 0 && spec_.values[x_axis()] && spec_.values[y_axis()]) {
    auto* target = plot_->addGraph();
    target->setName(tr("specification"));
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
  QStringList headers{tr("#"), tr("meets"), tr("sizing rules")};
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (spec.values[k]) headers << perf_key(k);
  if (!samples.empty())
    for (const auto& d : sizer.devices(samples.front().x))
      headers << QString::fromStdString(d.name) + QStringLiteral(" W") << QString::fromStdString(d.name) + QStringLiteral(" L");
  setColumnCount(headers.size());
  setHorizontalHeaderLabels(headers);
  // What "meets" means here: the right side of every given value, with the tolerance if any.
  const QString meets_rule = QString::fromStdString(sizing::tolerance_text(spec));
  horizontalHeaderItem(1)->setText(spec_has_tolerance(spec) ? tr("meets (tol.)") : tr("meets"));
  horizontalHeaderItem(1)->setToolTip(tr("Every given performance on the right side of its value, %1").arg(meets_rule));
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
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (!spec.values[k]) continue;
    const auto& v = s.simulation.performances[k];
    if (s.verified && v) {
      auto* it = new NumberItem(si(*v, QString::fromUtf8(kPerformances[k].unit.data(), int(kPerformances[k].unit.size()))), *v);
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
