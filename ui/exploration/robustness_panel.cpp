#include "exploration/robustness_panel.hpp"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/si_format.hpp"
#include "common/vocabulary.hpp"
#include "exploration/explorer.hpp"
#include "exploration/sample_views.hpp"
#include "jobs/job_runner.hpp"
#include "common/elided_label.hpp"
#include "plots/plot_export.hpp"
#include "sizing/sample_export.hpp"

namespace inversize::ui::exploration {

// One estimate: what it needs, built on the UI thread (the job touches no project), and what it found.
struct RobustnessPanel::Job {
  quint64 generation = 0;
  technology::Technology tech;
  circuit::OpenedCircuit opened;
  sizing::Specification spec;
  std::vector<robustness::YieldRequest> requests;
  std::vector<std::size_t> samples;  // the sample of each request
  std::vector<robustness::YieldResult> results;
};


RobustnessPanel::RobustnessPanel(Explorer* explorer, QWidget* parent)
    : QWidget(parent), explorer_(explorer), jobs_(std::make_unique<jobs::JobRunner>()) {
  runs_ = new QSpinBox(this);
  runs_->setRange(0, 100000);
  runs_->setValue(100);
  runs_->setToolTip(tr("Monte Carlo runs per sizing: global variation and mismatch"));
  corner_choice_ = new QComboBox(this);
  corner_choice_->setEditable(true);  // or a list: ss,ff/high/cold
  // The corner sets by name in the user's language (corner_selection() gives core's keyword).
  corner_choice_->addItem(tr("default", "corner set"), QStringLiteral("default"));
  corner_choice_->addItem(tr("all", "corner set"), QStringLiteral("all"));
  corner_choice_->addItem(tr("none", "corner set"), QStringLiteral("none"));
  corner_choice_->setToolTip(tr("%1: every process corner and the supply/temperature extremes; %2; %3; "
                                "or a list PROCESS[/SUPPLY/TEMPERATURE], e.g. ss,ff/high/cold")
                                 .arg(corner_choice_->itemText(0), corner_choice_->itemText(1), corner_choice_->itemText(2)));
  start_ = new QPushButton(tr("Estimate yield"), this);
  stop_ = new QPushButton(tr("Cancel"), this);
  stop_->setEnabled(false);
  export_ = new QPushButton(tr("Export most robust…"), this);
  export_->setEnabled(false);
  progress_ = new QProgressBar(this);
  progress_->setVisible(false);
  // One line, cut with "…" where narrow (the tooltip has it whole): it neither widens nor heightens the view.
  status_ = new ElidedLabel(tr("Verify samples, then estimate their yield."), this);
  status_->setObjectName("robustness_status");

  table_ = new QTableWidget(this);
  table_->setObjectName("yield_table");
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->verticalHeader()->setVisible(false);
  corners_ = new QTableWidget(this);
  corners_->setObjectName("corner_table");
  corners_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  corners_->verticalHeader()->setVisible(false);
  cloud_ = new QCustomPlot(this);
  histograms_ = new QCustomPlot(this);
  for (auto* plot : {cloud_, histograms_}) add_export_menu(*plot);

  // Two lines of controls: on one they made the exploration view ~650 px wide at least.
  auto* settings = new QHBoxLayout;
  settings->addWidget(new QLabel(tr("Monte Carlo runs"), this));
  settings->addWidget(runs_);
  settings->addWidget(new QLabel(tr("Corners"), this));
  settings->addWidget(corner_choice_, 1);
  auto* controls = new QHBoxLayout;
  controls->addWidget(start_);
  controls->addWidget(stop_);
  controls->addWidget(progress_, 1);
  controls->addWidget(export_);

  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(table_);
  top->addWidget(cloud_);
  auto* bottom = new QSplitter(Qt::Horizontal, this);
  bottom->addWidget(histograms_);
  bottom->addWidget(corners_);
  bottom->setStretchFactor(0, 2);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(top);
  split->addWidget(bottom);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(settings);
  layout->addLayout(controls);
  layout->addWidget(split, 1);
  layout->addWidget(status_);

  connect(start_, &QPushButton::clicked, this, [this] {
    if (!run(runs_->value(), corner_selection())) emit message(status_->text());
  });
  connect(stop_, &QPushButton::clicked, this, &RobustnessPanel::cancel);
  connect(export_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the most robust sizing"), QString(),
                                                      tr("SPICE netlists (*.cir *.sp *.spice)"));
    if (path.isEmpty()) return;
    try {
      export_most_robust(path);
      emit message(tr("Wrote %1").arg(path));
    } catch (const std::exception& e) {
      emit message(QString::fromStdString(e.what()));
    }
  });
  connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
    const auto rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    const int sample = table_->item(rows.front().row(), 0)->data(Qt::UserRole).toInt();
    show_sample(sample);
    emit sampleChosen(sample);
  });
  connect(jobs_.get(), &jobs::JobRunner::progress, this, [this](const Progress& p) {
    progress_->setMaximum(int(std::max<long long>(p.total, 1)));
    progress_->setValue(int(p.done));
  });
  connect(jobs_.get(), &jobs::JobRunner::finished, this, [this](const JobOutcome& outcome) {
    on_finished();
    if (outcome.is_failed()) status_->setText(tr("The estimate failed: %1").arg(QString::fromStdString(outcome.reason)));
    emit finished();
  });
  // New samples: the estimates belong to the old ones.
  connect(explorer_, &Explorer::sampled, this, [this] {
    cancel();
    clear();
  });
}

RobustnessPanel::~RobustnessPanel() = default;

bool RobustnessPanel::running() const { return jobs_->running(); }

void RobustnessPanel::cancel() { jobs_->cancel(); }

void RobustnessPanel::clear() {
  yields_.clear();
  shown_ = -1;
  table_->setRowCount(0);
  corners_->setRowCount(0);
  histograms_->plotLayout()->clear();  // deletes the axis rects: their plottables go with them
  histograms_->clearPlottables();
  histograms_->clearItems();
  histograms_->replot();
  cloud_->clearGraphs();
  cloud_->replot();
  export_->setEnabled(false);
  status_->setText(tr("Verify samples, then estimate their yield."));
}

QString RobustnessPanel::corner_selection() const {
  const int named = corner_choice_->findText(corner_choice_->currentText().trimmed(), Qt::MatchFixedString);
  return named >= 0 ? corner_choice_->itemData(named).toString() : corner_choice_->currentText().trimmed();
}

bool RobustnessPanel::run(int mc_runs, const QString& corners) {
  if (jobs_->running()) {
    status_->setText(tr("An estimate is running."));
    return false;
  }
  const auto* project = explorer_->project();
  const auto& samples = explorer_->samples();
  if (!project || samples.empty()) {
    status_->setText(tr("No samples to estimate yet."));
    return false;
  }
  auto job = std::make_shared<Job>();
  job->generation = explorer_->generation();
  job->tech = robustness::variation_technology(project->setup().technology);
  job->opened = project->open_circuit();
  job->spec = explorer_->spec();
  bool any_meets = false;
  for (const auto& s : samples) any_meets = any_meets || s.meets;
  try {
    robustness::MonteCarloOptions mc;
    mc.runs = mc_runs;
    const auto chosen = robustness::select_corners(job->tech, corners.toStdString());
    for (std::size_t i = 0; i < samples.size(); ++i) {
      const auto& s = samples[i];
      if (!s.verified || !s.simulation.simulated || (any_meets && !s.meets)) continue;
      // The job's own technology: the project may close meanwhile.
      job->requests.push_back(robustness::project_request(
          *project, job->opened, job->tech, s.simulation.x.empty() ? s.x : s.simulation.x, job->spec, mc, chosen));
      job->samples.push_back(i);
    }
  } catch (const std::exception& e) {
    status_->setText(QString::fromStdString(e.what()));
    return false;
  }
  if (job->requests.empty()) {
    status_->setText(tr("No verified sample yet: wait for the verification."));
    return false;
  }
  auto work = [job, runner = jobs_.get()](const JobContext& ctx) {
    job->results = robustness::estimate_yields(job->requests, runner->pool(), ctx);
  };
  job_ = job;
  start_->setEnabled(false);
  stop_->setEnabled(true);
  progress_->setValue(0);
  progress_->setVisible(true);
  status_->setText(tr("Estimating the yield of %1 sizings: %2 Monte Carlo runs and %3 corners each…")
                       .arg(job->requests.size())
                       .arg(mc_runs)
                       .arg(job->requests.front().corners.size()));
  jobs_->start(QStringLiteral("yield"), std::move(work));
  return true;
}

void RobustnessPanel::on_finished() {
  start_->setEnabled(true);
  stop_->setEnabled(false);
  progress_->setVisible(false);
  const auto job = std::move(job_);
  if (!job || job->generation != explorer_->generation() || job->results.size() != job->requests.size()) return;
  yields_.assign(explorer_->samples().size(), std::nullopt);
  for (std::size_t k = 0; k < job->samples.size(); ++k) yields_[job->samples[k]] = std::move(job->results[k]);
  spec_ = job->spec;
  const bool cancelled = !job->results.empty() && job->results.front().outcome.is_cancelled();
  redraw();
  if (auto best = most_robust()) show_sample(int(*best));
  status_->setText((cancelled ? tr("Cancelled: ") : QString()) +
                   tr("yield of %1 sizings; the most robust is sample %2 (%3).")
                       .arg(job->samples.size())
                       .arg(most_robust() ? QString::number(*most_robust() + 1) : QStringLiteral("–"))
                       .arg(most_robust() && yields_[*most_robust()]->runs ? percent_text(yields_[*most_robust()]->yield.value)
                                                                            : QStringLiteral("–")));
}

std::optional<std::size_t> RobustnessPanel::most_robust() const {
  std::vector<const robustness::YieldResult*> ys;
  for (const auto& y : yields_) ys.push_back(y ? &*y : nullptr);
  return robustness::most_robust(ys);
}

void RobustnessPanel::redraw() {
  const auto robust = most_robust();
  export_->setEnabled(robust.has_value());
  // The yield column, per estimated sample.
  table_->clear();
  table_->setColumnCount(6);
  table_->setHorizontalHeaderLabels({tr("sample"), tr("yield"), tr("95 % interval"), tr("nominal"), tr("corners"), tr("limiting")});
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < yields_.size(); ++i)
    if (yields_[i]) rows.push_back(i);
  table_->setRowCount(int(rows.size()));
  for (int r = 0; r < int(rows.size()); ++r) {
    const auto& y = *yields_[rows[r]];
    auto* sample = new QTableWidgetItem(QString::number(rows[r] + 1) + (robust == rows[r] ? tr(" (most robust)") : QString()));
    sample->setData(Qt::UserRole, int(rows[r]));
    auto* yield = new QTableWidgetItem(y.runs ? percent_text(y.yield.value) : QStringLiteral("–"));
    yield->setData(Qt::UserRole, y.yield.value);
    if (y.runs) yield->setBackground(yield_colour(y.yield.value));
    table_->setItem(r, 0, sample);
    table_->setItem(r, 1, yield);
    table_->setItem(r, 2, new QTableWidgetItem(y.runs ? percent_text(y.yield.lo) + QStringLiteral(" – ") + percent_text(y.yield.hi)
                                                      : QStringLiteral("–")));
    table_->setItem(r, 3, new QTableWidgetItem(y.nominal_meets ? tr("meets") : tr("misses")));
    table_->setItem(r, 4, new QTableWidgetItem(y.corners.empty() ? QStringLiteral("–") : y.corners_meet ? tr("all meet") : tr("some miss")));
    table_->setItem(r, 5, new QTableWidgetItem(y.limiting ? performance_name(*y.limiting) : QStringLiteral("–")));
  }
  table_->resizeColumnsToContents();

  // The performance cloud (gbw against gain at the nominal point), each sizing in its yield's colour.
  cloud_->clearGraphs();
  const auto gx = *performance_index("gbw_hz"), gy = *performance_index("gain_db");
  for (std::size_t i : rows) {
    const auto& y = *yields_[i];
    const auto& px = y.nominal.performances[gx].value;
    const auto& py = y.nominal.performances[gy].value;
    if (!px || !py) continue;
    auto* g = cloud_->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    const QColor c = y.runs ? yield_colour(y.yield.value) : QColor(Qt::gray);
    g->setScatterStyle(QCPScatterStyle(robust == i ? QCPScatterStyle::ssStar : QCPScatterStyle::ssDisc, c, c,
                                       robust == i ? 14 : 9));
    g->addData(*px, *py);
  }
  cloud_->xAxis->setScaleType(QCPAxis::stLogarithmic);
  cloud_->xAxis->setLabel(performance_heading(gx));
  cloud_->yAxis->setLabel(performance_heading(gy));
  cloud_->rescaleAxes();
  cloud_->xAxis->scaleRange(1.2);
  cloud_->yAxis->scaleRange(1.2);
  cloud_->replot();
}

void RobustnessPanel::show_sample(int index) {
  if (index < 0 || index >= int(yields_.size()) || !yields_[index]) return;
  shown_ = index;
  const auto& y = *yields_[index];
  // The Monte Carlo spread of every given performance, with the specification's value.
  histograms_->plotLayout()->clear();
  histograms_->clearPlottables();
  histograms_->clearItems();
  int cell = 0;
  for (const auto& s : y.per_performance) {
    draw_performance_histogram(*histograms_, cell / 3, cell % 3, s.performance, s.values, spec_.values[s.performance], 20);
    ++cell;
  }
  histograms_->replot();
  // The corner table: each corner's given performances and verdict.
  corners_->clear();
  corners_->setColumnCount(int(y.per_performance.size()) + 2);
  QStringList header{tr("corner"), tr("meets")};
  for (const auto& s : y.per_performance) header << performance_name(s.performance);
  corners_->setHorizontalHeaderLabels(header);
  corners_->setRowCount(int(y.corners.size()));
  for (int r = 0; r < int(y.corners.size()); ++r) {
    const auto& c = y.corners[r];
    corners_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(c.corner.name)));
    auto* verdict = new QTableWidgetItem(!c.result.ok() ? tr("failed") : c.meets ? tr("yes") : tr("no"));
    if (!c.result.ok()) verdict->setToolTip(QString::fromStdString(c.result.error));
    verdict->setBackground(c.meets ? QColor(200, 235, 200) : QColor(245, 200, 200));
    corners_->setItem(r, 1, verdict);
    for (int k = 0; k < int(y.per_performance.size()); ++k) {
      const auto p = y.per_performance[k].performance;
      const auto& m = c.result.performances[p];
      auto* item = new QTableWidgetItem(m.value ? performance_text(p, *m.value) : QStringLiteral("–"));
      if (m.value && !sizing::meets(spec_, p, *m.value)) item->setForeground(QColor(190, 30, 30));
      if (y.per_performance[k].worst_corner == c.corner.name) item->setToolTip(tr("the worst corner of %1").arg(performance_name(p)));
      corners_->setItem(r, 2 + k, item);
    }
  }
  corners_->resizeColumnsToContents();
}

void RobustnessPanel::export_most_robust(const QString& path) const {
  const auto robust = most_robust();
  if (!robust) throw std::runtime_error("no yield estimated yet");
  const auto& s = explorer_->samples()[*robust];
  sizing::write_text_file(path.toStdString(), explorer_->sizer()->sized_netlist(s.x));
}

}  // namespace inversize::ui::exploration
