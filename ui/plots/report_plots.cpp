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

QString key_of(std::size_t k) { return QString::fromUtf8(kPerformances[k].key.data(), int(kPerformances[k].key.size())); }

bool box_plot(const QString& base, const ModelEvaluation& m, const QString& title) {
  QCustomPlot plot;
  QStringList labels;
  std::vector<BoxStats> boxes;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    // The offset is absolute (millivolts): it does not share the percent axis.
    if (!m.performances[k] || absolute_difference(k)) continue;
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

bool error_vs_size(const QString& base, const EvaluationResult& r) {
  QCustomPlot plot;
  std::map<std::string, std::vector<std::pair<double, double>>> series;
  for (const auto& m : r.models) series[m.arch].push_back({double(m.training_designs), overall_error(m) * 100});
  const QColor colours[] = {QColor(200, 40, 40), QColor(40, 90, 180), QColor(40, 150, 70), QColor(150, 90, 30)};
  int c = 0;
  for (auto& [arch, pts] : series) {
    const bool lookup = arch == kArchiveLookup;
    std::sort(pts.begin(), pts.end());
    auto* g = plot.addGraph();
    g->setName(QString::fromStdString(arch));
    for (const auto& [x, y] : pts) g->addData(x, y);
    // The lookup is the reference, grey and dashed, not a fifth model colour.
    g->setPen(lookup ? QPen(QColor(120, 120, 120), 2, Qt::DashLine) : QPen(colours[c++ % 4], 2));
    g->setScatterStyle(QCPScatterStyle(lookup ? QCPScatterStyle::ssSquare : QCPScatterStyle::ssCircle, 7));
  }
  plot.xAxis->setLabel(QStringLiteral("training designs"));
  plot.yAxis->setLabel(QStringLiteral("median |relative difference| [%]"));
  plot.rescaleAxes();
  plot.xAxis->scaleRange(1.15);
  plot.yAxis->setRangeLower(0);
  plot.yAxis->setRangeUpper(plot.yAxis->range().upper * 1.15);
  plot.legend->setVisible(true);
  return save_plot(plot, base, 700, 450);
}

}  // namespace

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
  return ok;
}

}  // namespace inversize::ui
