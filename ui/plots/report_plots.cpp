#include "plots/report_plots.hpp"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "evaluation/report.hpp"
#include "plots/plot_export.hpp"

namespace inversize::ui {

using namespace inversize::evaluation;

namespace {

// The archive lookup is the grey dashed reference, the refined lookup the black dash-dotted
// one; the models take the colours in turn.
QPen series_pen(const std::string& arch, int& colour) {
  static const QColor colours[] = {QColor(200, 40, 40), QColor(40, 90, 180), QColor(40, 150, 70), QColor(150, 90, 30),
                                   QColor(130, 50, 160)};
  if (arch == kArchiveLookup) return QPen(QColor(120, 120, 120), 2, Qt::DashLine);
  if (arch == kBudgetLookup) return QPen(QColor(30, 30, 30), 2, Qt::DashDotLine);
  return QPen(colours[colour++ % 5], 2);
}

QString key_of(std::size_t k) { return QString::fromUtf8(kPerformances[k].key.data(), int(kPerformances[k].key.size())); }

// The two panels against training size, their series drawn: the error on the left (from 0, with
// `headroom` above its largest value), the share met on the right (0–100 %, holding the legend).
bool save_size_panels(QCustomPlot& plot, const QString& base, QCPAxisRect* error_rect, QCPAxisRect* met_rect,
                      const QString& error_label, double headroom, const QString& met_label) {
  for (auto* rect : {error_rect, met_rect}) {
    rect->axis(QCPAxis::atBottom)->setLabel(QStringLiteral("training designs"));
    for (auto* g : rect->graphs()) g->rescaleAxes(g != rect->graphs().front());
    rect->axis(QCPAxis::atBottom)->scaleRange(1.15);
  }
  error_rect->axis(QCPAxis::atLeft)->setLabel(error_label);
  error_rect->axis(QCPAxis::atLeft)->setRangeLower(0);
  error_rect->axis(QCPAxis::atLeft)->setRangeUpper(error_rect->axis(QCPAxis::atLeft)->range().upper * headroom);
  met_rect->axis(QCPAxis::atLeft)->setLabel(met_label);
  met_rect->axis(QCPAxis::atLeft)->setRange(0, 100);
  plot.legend->setVisible(true);
  // The legend lives in the right panel, where every series is drawn.
  met_rect->insetLayout()->addElement(plot.legend, Qt::AlignTop | Qt::AlignLeft);
  return save_plot(plot, base, 1100, 450);
}

bool box_plot(const QString& base, const ModelEvaluation& m, const QString& title) {
  QCustomPlot plot;
  QStringList labels;
  std::vector<BoxStats> boxes;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    // The offset is absolute (millivolts): it does not share the percent axis.
    if (!m.performances[k] || sizing::absolute_difference(k)) continue;
    labels << key_of(k);
    boxes.push_back(m.performances[k]->differences);
  }
  draw_box_plot(plot, labels, boxes, 100.0, QStringLiteral("relative difference [%]"));
  plot.plotLayout()->insertRow(0);
  plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, QFont("sans", 11, QFont::Bold)));
  return save_plot(plot, base, 900, 520);
}

bool histograms(const QString& base, const Exploration& e) {
  QCustomPlot plot;
  plot.plotLayout()->clear();
  std::vector<std::size_t> keys;
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (e.spec.given[k]) keys.push_back(k);
  const int columns = 4;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::size_t k = keys[i];
    std::vector<double> values;
    for (const auto& s : e.model)
      if (s.simulation.simulated && s.simulation.performances[k]) values.push_back(*s.simulation.performances[k]);
    draw_performance_histogram(plot, int(i) / columns, int(i) % columns, k, values, e.spec.values[k]);
  }
  int rows = int((keys.size() + columns - 1) / columns);
  return save_plot(plot, base, 1200, 260 * std::max(rows, 1));
}

// Left: the median |difference| of each model against its training size. Right: the share of
// specifications the best of N meets, with the archive lookup as the grey dashed reference (its
// neighbours straddle the specification, so their median difference says nothing: it is only
// on the right).
bool error_vs_size(const QString& base, const EvaluationResult& r) {
  QCustomPlot plot;
  auto* error_rect = plot.axisRect();
  auto* met_rect = new QCPAxisRect(&plot);
  plot.plotLayout()->addElement(0, 1, met_rect);
  struct Point {
    double designs, error, met;
  };
  std::map<std::string, std::vector<Point>> series;
  for (const auto& m : r.models)
    series[m.arch].push_back({double(m.training_designs), overall_error(m) * 100, m.best_of_n[index(r.headline)] * 100});
  int c = 0;
  for (auto& [arch, pts] : series) {
    std::sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) { return a.designs < b.designs; });
    const bool lookup = arch == kArchiveLookup;
    const QPen pen = series_pen(arch, c);
    const QCPScatterStyle dots(lookup ? QCPScatterStyle::ssSquare : QCPScatterStyle::ssCircle, 7);
    auto* met = plot.addGraph(met_rect->axis(QCPAxis::atBottom), met_rect->axis(QCPAxis::atLeft));
    met->setName(QString::fromStdString(arch));
    met->setPen(pen);
    met->setScatterStyle(dots);
    for (const auto& p : pts) met->addData(p.designs, p.met);
    if (lookup) continue;
    auto* err = plot.addGraph(error_rect->axis(QCPAxis::atBottom), error_rect->axis(QCPAxis::atLeft));
    err->setPen(pen);
    err->setScatterStyle(dots);
    err->removeFromLegend();
    for (const auto& p : pts) err->addData(p.designs, p.error);
  }
  return save_size_panels(plot, base, error_rect, met_rect, QStringLiteral("median |relative difference| [%]"), 1.15,
                          QString("best of %1 %2 the specification [%]")
                              .arg(r.samples)
                              .arg(QString::fromStdString(metric_name(r.headline))));
}

// The share of specifications that one of the first k samples meets, against k: what a share
// costs in simulations. Models on all training designs only; the lookup grey and dashed.
bool met_by_samples(const QString& base, const EvaluationResult& r, std::size_t all) {
  QCustomPlot plot;
  int c = 0;
  for (const auto& m : r.models) {
    const auto& shares = m.best_of_k[index(r.headline)];
    if (m.training_designs != all || shares.empty()) continue;
    auto* g = plot.addGraph();
    g->setName(QString::fromStdString(m.arch));
    g->setPen(series_pen(m.arch, c));
    for (std::size_t k = 0; k < shares.size(); ++k) g->addData(double(k + 1), shares[k] * 100);
  }
  plot.xAxis->setLabel(QStringLiteral("samples simulated per specification (k)"));
  plot.xAxis->setRange(1, std::max(r.samples, 2));
  if (r.samples > 10) {  // many samples: the first few matter most
    plot.xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  }
  plot.yAxis->setLabel(
      QString("best of k %1 the specification [%]").arg(QString::fromStdString(metric_name(r.headline))));
  plot.yAxis->setRange(0, 100);
  plot.legend->setVisible(true);
  plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  return save_plot(plot, base, 700, 450);
}

// The seed study: the same two panels as error_vs_size, each point the mean over the training
// seeds with a bar of ± one standard deviation.
bool seed_study_plot(const QString& base, const SeedStudy& s) {
  QCustomPlot plot;
  auto* error_rect = plot.axisRect();
  auto* met_rect = new QCPAxisRect(&plot);
  plot.plotLayout()->addElement(0, 1, met_rect);
  std::vector<std::string> archs;
  for (const auto& p : s.points)
    if (std::find(archs.begin(), archs.end(), p.arch) == archs.end()) archs.push_back(p.arch);
  int c = 0;
  auto series = [&](QCPAxisRect* rect, const QPen& pen, const QCPScatterStyle& dots) {
    auto* g = plot.addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setPen(pen);
    g->setScatterStyle(dots);
    auto* bars = new QCPErrorBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    bars->setDataPlottable(g);
    bars->setPen(pen);
    bars->removeFromLegend();
    return std::pair{g, bars};
  };
  for (const auto& arch : archs) {
    const bool lookup = arch == kArchiveLookup;
    const QPen pen = series_pen(arch, c);
    const QCPScatterStyle dots(lookup ? QCPScatterStyle::ssSquare : QCPScatterStyle::ssCircle, 7);
    auto [met, met_bars] = series(met_rect, pen, dots);
    met->setName(QString::fromStdString(arch));
    std::pair<QCPGraph*, QCPErrorBars*> err{nullptr, nullptr};
    if (!lookup) {
      err = series(error_rect, pen, dots);
      err.first->removeFromLegend();
    }
    for (const auto& p : s.points) {
      if (p.arch != arch) continue;
      const double x = double(p.training_designs);
      met->addData(x, p.best_stats.mean * 100);
      met_bars->addData(p.best_stats.std * 100);
      if (err.first) {
        err.first->addData(x, p.error_stats.mean * 100);
        err.second->addData(p.error_stats.std * 100);
      }
    }
  }
  return save_size_panels(plot, base, error_rect, met_rect,
                          QStringLiteral("median |relative difference| [%], mean ± sd over seeds"), 1.3,
                          QString("best of %1 %2 [%], mean ± sd over seeds")
                              .arg(s.samples)
                              .arg(QString::fromStdString(metric_name(s.headline))));
}

}  // namespace

bool draw_seed_study_plot(const std::string& dir, const SeedStudy& s) {
  return seed_study_plot(QString::fromStdString(dir) + "/" + kTrainingSizeName, s);
}

bool draw_report_plots(const std::string& dir, const EvaluationResult& r) {
  const QString d = QString::fromStdString(dir) + "/";
  std::size_t all = 0;
  for (const auto& m : r.models) all = std::max(all, m.training_designs);
  bool ok = true;
  for (const auto& m : r.models) {
    auto label = model_label(m, all);
    ok = box_plot(d + QString::fromStdString(boxplot_name(label)), m,
                  QString::fromStdString(label + ": " + std::to_string(m.training_designs) + " training designs, " +
                                         std::to_string(r.test_designs) + " test specifications")) && ok;
  }
  if (r.exploration) ok = histograms(d + kHistogramsName, *r.exploration) && ok;
  if (r.models.size() > 1) ok = error_vs_size(d + kTrainingSizeName, r) && ok;
  ok = met_by_samples(d + kSamplesName, r, all) && ok;
  return ok;
}

}  // namespace inversize::ui
