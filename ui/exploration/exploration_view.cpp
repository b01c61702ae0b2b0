#include "exploration/exploration_view.hpp"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <functional>

#include "common/elided_label.hpp"
#include "common/si_format.hpp"
#include "common/vocabulary.hpp"
#include "diffusion/project_models.hpp"
#include "evaluation/evaluation.hpp"
#include "sizing/sample_export.hpp"
#include "evaluation/statistics.hpp"
#include "exploration/robustness_panel.hpp"
#include "exploration/sample_views.hpp"
#include "exploration/spec_panel.hpp"
#include "plots/plot_export.hpp"

namespace inversize::ui::exploration {

namespace {

void write_text(const QString& path, const std::string& text) { sizing::write_text_file(path.toStdString(), text); }

// The specification panel's scroll area: it scrolls down, never sideways; the panel lays its
// rows out for the width it gets (SpecPanel::fit_width).
class SpecScroll : public QScrollArea {
 public:
  SpecScroll(SpecPanel* panel, QWidget* parent) : QScrollArea(parent), panel_(panel) {
    setWidget(panel);
    setWidgetResizable(true);
    setMinimumWidth(270);  // the panel's rows laid out narrow, and a scroll bar
  }
  QSize sizeHint() const override { return {380, QScrollArea::sizeHint().height()}; }

 protected:
  void resizeEvent(QResizeEvent* e) override {
    // The width with a vertical scroll bar, shown or not: the choice does not flip with it.
    panel_->fit_width(width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width());
    QScrollArea::resizeEvent(e);
  }

 private:
  SpecPanel* panel_;
};

// The histograms' scroll area: a grid of as many columns as its width takes at a readable size,
// scrolled down when there are more rows than fit. One plot of every histogram had set the
// view's least height (the window grew past a 768 px screen) and squeezed each to unreadable.
class HistogramScroll : public QScrollArea {
 public:
  static constexpr int kCellWidth = 190, kCellHeight = 150;
  HistogramScroll(QCustomPlot* plot, std::function<void()> relayout, QWidget* parent)
      : QScrollArea(parent), relayout_(std::move(relayout)) {
    setWidget(plot);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    plot->setMinimumSize(kCellWidth, kCellHeight);
  }
  int columns() const { return std::max(1, (width() - verticalScrollBar()->sizeHint().width()) / kCellWidth); }

 protected:
  void resizeEvent(QResizeEvent* e) override {
    const int before = columns_;
    QScrollArea::resizeEvent(e);
    columns_ = columns();
    if (columns_ != before) relayout_();
  }

 private:
  std::function<void()> relayout_;
  int columns_ = 0;
};

}  // namespace

ExplorationView::ExplorationView(QWidget* parent) : QWidget(parent) {
  explorer_ = new Explorer(this);
  spec_ = new SpecPanel(this);
  sizing_ = new ScatterView(ScatterView::Space::Sizing, this);
  performance_ = new ScatterView(ScatterView::Space::Performance, this);
  table_ = new SamplesTable(this);
  histograms_ = new QCustomPlot(this);
  devices_ = new QTableWidget(this);
  devices_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  devices_->verticalHeader()->setVisible(false);
  status_ = new ElidedLabel(tr("Open a trained project to explore its sizings."), this);
  status_->setObjectName("status");
  for (auto* plot : {histograms_, sizing_->plot(), performance_->plot()}) add_export_menu(*plot);

  auto* scroll = new SpecScroll(spec_, this);

  auto* clouds = new QSplitter(Qt::Horizontal, this);
  clouds->addWidget(sizing_);
  clouds->addWidget(performance_);
  tabs_ = new QTabWidget(this);
  tabs_->addTab(clouds, tr("Sample clouds"));
  histogram_scroll_ = new HistogramScroll(histograms_, [this] { update_statistics(); }, this);
  tabs_->addTab(histogram_scroll_, tr("Histograms"));
  tabs_->addTab(devices_, tr("Device spread"));
  robustness_ = new RobustnessPanel(explorer_, this);
  // In a scroll area: its two lines of controls and four panes would otherwise set the least
  // height of the whole view (a 1366x768 window grew past the screen in German).
  auto* robustness_scroll = new QScrollArea(this);
  robustness_scroll->setWidget(robustness_);
  robustness_scroll->setWidgetResizable(true);
  robustness_scroll->setFrameShape(QFrame::NoFrame);
  tabs_->addTab(robustness_scroll, tr("Robustness"));
  connect(robustness_, &RobustnessPanel::message, this, &ExplorationView::message);
  connect(robustness_, &RobustnessPanel::sampleChosen, this, &ExplorationView::sampleChosen);
  // A finished study shows where the designer looks: a Yield column, yield colours on the clouds.
  connect(robustness_, &RobustnessPanel::finished, this, [this] {
    table_->set_yields(robustness_->yields());
    sizing_->set_yields(robustness_->yields());
    performance_->set_yields(robustness_->yields());
  });

  auto* buttons = new QHBoxLayout;
  auto* netlist = new QPushButton(tr("Export netlist…"), this);
  auto* csv = new QPushButton(tr("Samples as CSV…"), this);
  auto* spec_json = new QPushButton(tr("Specification as JSON…"), this);
  buttons->addStretch(1);
  buttons->addWidget(netlist);
  buttons->addWidget(csv);
  buttons->addWidget(spec_json);

  auto* right = new QSplitter(Qt::Vertical, this);
  right->addWidget(tabs_);
  right->addWidget(table_);
  right->setStretchFactor(0, 3);
  right->setStretchFactor(1, 2);
  right->setSizes({420, 280});  // the table shows several rows from the start
  auto* right_box = new QWidget(this);
  auto* right_layout = new QVBoxLayout(right_box);
  right_layout->setContentsMargins(0, 0, 0, 0);
  // A selection filters the statistics: said above them, with the way back.
  filter_ = new QLabel(this);
  filter_->setObjectName("filter");
  filter_->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; padding: 3px; }"));
  filter_->setVisible(false);
  filter_->setWordWrap(true);
  connect(filter_, &QLabel::linkActivated, this, [this] { select({}, nullptr); });
  right_layout->addWidget(filter_);
  right_layout->addWidget(right, 1);
  right_layout->addWidget(status_);  // a line of its own: beside the buttons it widened the window
  right_layout->addLayout(buttons);

  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(scroll);
  split->addWidget(right_box);
  split->setStretchFactor(1, 1);
  split->setChildrenCollapsible(false);
  split->setSizes({380, 620});  // the specification's rows on one line where the window allows
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);

  connect(spec_, &SpecPanel::changed, this, [this] {
    if (explorer_->loaded()) explorer_->request(spec_->request());
  });
  connect(explorer_, &Explorer::sampled, this, [this] {
    sample_seconds_ = explorer_->sample_seconds();
    // A later round of simulation keeps the samples verified before it, and their selection.
    QSet<int> kept;
    const auto& now = explorer_->samples();
    if (explorer_->round() > 1)
      for (int i : std::as_const(selection_))
        if (i < int(now.size()) && now[std::size_t(i)].verified) kept.insert(i);
    selection_ = kept;
    update_filter();
    for (auto* cloud : {sizing_, performance_}) cloud->set_yields({});  // the study was of the old samples
    table_->set_yields({});
    redraw_clouds();
    table_->show(*explorer_->sizer(), explorer_->samples(), explorer_->spec());
    if (!selection_.isEmpty()) select(selection_, this);
    update_status();
    if (explorer_->ranked()) update_statistics();  // the model's draw is replaced in a moment
  });
  // Verification streams in: the table row at once, the clouds redrawn at most every 100 ms.
  redraw_.setSingleShot(true);
  redraw_.setInterval(100);
  connect(&redraw_, &QTimer::timeout, this, &ExplorationView::redraw_clouds);
  connect(explorer_, &Explorer::verified, this, [this](quint64, int i) {
    table_->update_row(*explorer_->sizer(), explorer_->samples()[i], i, explorer_->spec());
    update_status();
    if (!redraw_.isActive()) redraw_.start();
  });
  connect(explorer_, &Explorer::finished, this, [this](quint64, double, double) {
    redraw_.stop();
    // The columns were sized before the simulated values came in: "74.05 dB" wrapped in PSRR's.
    table_->resizeColumnsToContents();
    redraw_clouds();
    update_status();
    update_statistics();
  });
  connect(explorer_, &Explorer::failed, this, [this](quint64, const QString& reason) {
    status_->setText(tr("Sampling failed: %1").arg(reason));
    emit message(status_->text());
  });
  connect(sizing_, &ScatterView::selectionChanged, this, [this](const QSet<int>& s) { select(s, sizing_); });
  connect(performance_, &ScatterView::selectionChanged, this, [this](const QSet<int>& s) { select(s, performance_); });
  connect(table_, &SamplesTable::selectionChanged, this, [this](const QSet<int>& s) { select(s, table_); });

  // The save dialog opens where the last export went (else beside the project), with a name.
  auto ask = [this](const QString& title, const QString& filter, const QString& name, auto write) {
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), folder_).toString();
    QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name), filter);
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    try {
      write(path);
      emit message(tr("Wrote %1").arg(path));
    } catch (const std::exception& e) {
      emit message(QString::fromStdString(e.what()));
    }
  };
  connect(netlist, &QPushButton::clicked, this, [this, ask] {
    ask(tr("Export the sizing as a netlist"), tr("SPICE netlists (*.cir *.sp *.spice)"), suggested_netlist_name(),
        [this](const QString& p) { export_netlist(p); });
  });
  connect(csv, &QPushButton::clicked, this, [this, ask] {
    ask(tr("Export the samples"), tr("CSV files (*.csv)"), QStringLiteral("samples.csv"), [this](const QString& p) { export_csv(p); });
  });
  connect(spec_json, &QPushButton::clicked, this, [this, ask] {
    ask(tr("Export the specification"), tr("JSON files (*.json)"), QStringLiteral("specification.json"), [this](const QString& p) { export_spec(p); });
  });
}

void ExplorationView::load(const QString& project_path) {
  explorer_->load(project_path);
  folder_ = QFileInfo(project_path).absolutePath();
  const auto& sizer = *explorer_->sizer();
  training_ = sizer.training_designs();
  spec_->set_data(training_, explorer_->project()->designs());
  QStringList variables, variable_units;
  for (const auto& v : explorer_->project()->setup().space.variables) {
    variables << QString::fromStdString(v.name);
    variable_units << (v.kind == dataset::VariableKind::Capacitance   ? QStringLiteral("F")
                       : v.kind == dataset::VariableKind::BiasCurrent ? QStringLiteral("A")
                                                                     : QStringLiteral("m"));
  }
  QStringList perfs, perf_units;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    perfs << performance_name(k);
    perf_units << display_unit(kPerformances[k].unit);
  }
  // Defaults: the first two variables; gain against transit frequency.
  sizing_->set_axes(variables, variable_units, 0, std::min<int>(1, int(variables.size()) - 1));
  performance_->set_axes(perfs, perf_units, int(*performance_index("gbw_hz")), int(*performance_index("gain_db")));
  status_->setText(tr("%1 training designs; set the specification.").arg(training_.size()));
}

void ExplorationView::redraw_clouds() {
  std::vector<dataset::Design> near;
  for (const auto* d : sizing::nearest_designs(explorer_->spec(), training_, 5)) near.push_back(*d);
  sizing_->show(explorer_->samples(), explorer_->spec(), near);
  performance_->show(explorer_->samples(), explorer_->spec(), near);
}

void ExplorationView::select(const QSet<int>& samples, QObject* origin) {
  selection_ = samples;
  if (origin != sizing_) sizing_->set_selection(samples);
  if (origin != performance_) performance_->set_selection(samples);
  if (origin != table_) table_->set_selection(samples);
  if (samples.size() == 1) emit sampleChosen(*samples.begin());
  update_filter();
  update_statistics();
}

void ExplorationView::update_filter() {
  filter_->setVisible(!selection_.isEmpty());
  if (selection_.isEmpty()) return;
  filter_->setText(tr("%1 of %2 samples selected: the histograms and the device spread show these only · "
                      "<a href=\"all\">show all</a>")
                       .arg(selection_.size())
                       .arg(explorer_->samples().size()));
}

int ExplorationView::chosen_sample() const {
  const auto& s = explorer_->samples();
  if (s.empty()) return -1;
  if (!selection_.isEmpty()) return *std::min_element(selection_.begin(), selection_.end());
  return static_cast<int>(sizing::InverseSizer::best(s));
}

void ExplorationView::update_status() {
  const auto& s = explorer_->samples();
  int verified = 0, met = 0, met_feasible = 0;
  for (const auto& x : s) {
    verified += x.verified ? 1 : 0;
    met += x.meets ? 1 : 0;
    met_feasible += x.meets && x.simulation.feasible ? 1 : 0;
  }
  if (!explorer_->ranked() && !s.empty()) {
    status_->setText(tr("%1 samples drawn by the model; refining and ranking them…").arg(s.size()));
    return;
  }
  QString filled = explorer_->spec().filled_from ? tr("; left-out performances from design #%1").arg(*explorer_->spec().filled_from) : QString();
  // What the draws are conditioned on; a specification beyond every training design comes first.
  const auto& aim = explorer_->aim();
  QString beyond, aimed;
  if (aim.design) aimed = tr("; drawn for design #%1, the nearest training design that meets it").arg(*aim.design);
  else if (aim.aiming) beyond = tr("No training design meets this specification: fewer samples may meet it. ");
  status_->setText(beyond + tr("%1 samples (%2 s), %3 verified, %4 meet the specification %7 (%5 keeping every sizing rule)%6")
                       .arg(s.size())
                       .arg(sample_seconds_, 0, 'f', 2)
                       .arg(verified)
                       .arg(met)
                       .arg(met_feasible)
                       .arg(filled)
                       .arg(tolerance_description(explorer_->spec())) +
                   aimed);
}

void ExplorationView::update_statistics() {
  const auto& all = explorer_->samples();
  if (!explorer_->loaded() || all.empty()) return;
  // Of the selection when there is one, else of every sample.
  std::vector<const sizing::SampledSizing*> use;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (selection_.isEmpty() || selection_.contains(int(i))) use.push_back(&all[i]);

  histograms_->plotLayout()->clear();
  histograms_->clearPlottables();
  histograms_->clearItems();
  const auto& spec = explorer_->spec();
  const int columns = static_cast<HistogramScroll*>(histogram_scroll_)->columns();
  int cell = 0;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (!spec.values[k]) continue;
    std::vector<double> values;
    for (const auto* s : use)
      if (s->verified && s->simulation.performances[k]) values.push_back(*s->simulation.performances[k]);
    draw_performance_histogram(*histograms_, cell / columns, cell % columns, k, values, spec.values[k], 15);
    ++cell;
  }
  const int rows = std::max(1, (cell + columns - 1) / columns);
  histograms_->setMinimumHeight(rows * HistogramScroll::kCellHeight);
  histograms_->replot(QCustomPlot::rpQueuedReplot);

  // Table I: mean and standard deviation of W and L per device.
  const auto spread = evaluation::device_spread(*explorer_->sizer(), use);
  devices_->clear();
  devices_->setColumnCount(5);
  devices_->setHorizontalHeaderLabels({tr("device"), tr("W mean"), tr("W std"), tr("L mean"), tr("L std")});
  devices_->setRowCount(int(spread.size()));
  for (std::size_t r = 0; r < spread.size(); ++r) {
    const auto& d = spread[r];
    QStringList cells{QString::fromStdString(d.device), si(d.w.mean, "m"), si(d.w.std, "m"), si(d.l.mean, "m"), si(d.l.std, "m")};
    for (int c = 0; c < cells.size(); ++c) devices_->setItem(int(r), c, new QTableWidgetItem(cells[c]));
  }
  devices_->resizeColumnsToContents();
}

void ExplorationView::export_netlist(const QString& path) const {
  int i = chosen_sample();
  if (i < 0) throw std::runtime_error(tr("No samples to export yet.").toStdString());
  const sizing::ExportNote note{INVERSIZE_VERSION, sizing::today_iso(), i + 1};
  write_text(path, sizing::exported_netlist(*explorer_->sizer(), explorer_->samples()[i], explorer_->spec(), note));
}

QString ExplorationView::suggested_netlist_name() const {
  if (!explorer_->loaded()) return {};
  return QString::fromStdString(
      sizing::suggested_netlist_name(explorer_->project()->setup().circuit_source, std::max(1, chosen_sample() + 1)));
}

void ExplorationView::export_csv(const QString& path) const {
  write_text(path, sizing::samples_csv(explorer_->project()->setup().space, explorer_->samples()));
}

void ExplorationView::export_spec(const QString& path) const {
  write_text(path, sizing::specification_json(spec_->request().spec).dump(2) + "\n");
}

}  // namespace inversize::ui::exploration
