#include "plots/plot_export.hpp"

#include "common/engineering.hpp"
#include "common/performance.hpp"
#include "common/si_format.hpp"
#include "common/vocabulary.hpp"
#include "plots/tick_labels.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace inversize::ui {

void lay_out(QCustomPlot& plot) {
  for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
    plot.plotLayout()->update(phase);
}

namespace {

// The size an export needs so that its legend fits whole inside the axis rect it is inset in:
// at a small on-screen size the legend overflows the plot and the export cut it off.
QSize size_for_legend(QCustomPlot& plot, int width, int height) {
  if (!plot.legend || !plot.legend->visible() || !plot.axisRect() || plot.legend->itemCount() == 0) return {width, height};
  // Laid out at the export's size: what the axis rect's margins (ticks, labels) take there.
  const QRect screen = plot.viewport();
  plot.setViewport(QRect(0, 0, width, height));
  lay_out(plot);
  const QRect outer = plot.viewport(), inner = plot.axisRect()->rect();
  const QSize legend = plot.legend->minimumOuterSizeHint();
  plot.setViewport(screen);
  lay_out(plot);
  const int inset = 12;  // the inset layout's margins around the legend, and some air
  return {std::max(width, legend.width() + outer.width() - inner.width() + 2 * inset),
          std::max(height, legend.height() + outer.height() - inner.height() + 2 * inset)};
}

}  // namespace

bool save_plot(QCustomPlot& plot, const QString& base, int width, int height) {
  // An export is a document, not the screen: without the selection's highlight (restored
  // afterwards), with the whole legend.
  std::vector<std::pair<QCPAbstractPlottable*, QCPDataSelection>> selections;
  for (int i = 0; i < plot.plottableCount(); ++i)
    if (auto* p = plot.plottable(i); p->selected()) {
      selections.emplace_back(p, p->selection());
      p->setSelection(QCPDataSelection());
    }
  const QSize size = size_for_legend(plot, width, height);
  bool ok = plot.savePng(base + ".png", size.width(), size.height(), 1.0);
  QSvgGenerator svg;
  svg.setFileName(base + ".svg");
  svg.setSize(size);
  svg.setViewBox(QRect(QPoint(0, 0), size));
  svg.setTitle(QFileInfo(base).baseName());
  QCPPainter painter;
  if (painter.begin(&svg)) {
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
  } else {
    ok = false;
  }
  for (auto& [p, selection] : selections) p->setSelection(selection);
  plot.replot(QCustomPlot::rpQueuedReplot);
  return ok && QFileInfo::exists(base + ".svg");
}

void add_export_menu(QCustomPlot& plot) {
  plot.setContextMenuPolicy(Qt::CustomContextMenu);
  QObject::connect(&plot, &QWidget::customContextMenuRequested, &plot, [p = &plot](const QPoint& at) {
    QMenu menu(p);
    menu.addAction(QCoreApplication::translate("inversize::ui::Plots", "Export as PNG and SVG…"), p, [p] {
      QString file = QFileDialog::getSaveFileName(p, QCoreApplication::translate("inversize::ui::Plots", "Export the plot"),
                                                  QString(), QCoreApplication::translate("inversize::ui::Plots", "PNG and SVG (*.png)"));
      if (file.isEmpty()) return;
      if (file.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) || file.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        file.chop(4);
      save_plot(*p, file, p->width(), p->height());
    });
    menu.exec(p->mapToGlobal(at));
  });
}

void draw_box_plot(QCustomPlot& plot, const QStringList& labels, const std::vector<evaluation::BoxStats>& boxes,
                   double scale, const QString& value_label) {
  auto* box = new QCPStatisticalBox(plot.xAxis, plot.yAxis);
  box->setBrush(QColor(70, 130, 180, 90));
  box->setPen(QPen(QColor(30, 60, 110)));
  box->setMedianPen(QPen(QColor(200, 40, 40), 2));
  box->setWidth(0.5);
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int i = 0; i < static_cast<int>(boxes.size()); ++i) {
    const auto& b = boxes[i];
    QVector<double> outliers;
    for (double o : b.outliers) outliers << o * scale;
    box->addData(i + 1, b.whisker_lo * scale, b.q1 * scale, b.median * scale, b.q3 * scale, b.whisker_hi * scale, outliers);
    ticker->addTick(i + 1, i < labels.size() ? labels[i] : QString());
  }
  plot.xAxis->setTicker(ticker);
  plot.xAxis->setTickLabelRotation(40);
  plot.xAxis->setSubTicks(false);
  plot.xAxis->setRange(0.3, boxes.size() + 0.7);
  plot.yAxis->setLabel(value_label);
  // Range on the whiskers: outliers far away would squeeze every box into a line.
  double lo = 0, hi = 0;
  for (const auto& b : boxes) lo = std::min(lo, b.whisker_lo * scale), hi = std::max(hi, b.whisker_hi * scale);
  double pad = std::max(1e-9, (hi - lo) * 0.15);
  plot.yAxis->setRange(lo - pad, hi + pad);
  auto* zero = new QCPItemStraightLine(&plot);
  zero->point1->setCoords(0, 0);
  zero->point2->setCoords(1, 0);
  zero->setPen(QPen(Qt::gray, 1, Qt::DashLine));
}

void draw_histogram(QCustomPlot& plot, int row, int column, const std::vector<double>& values,
                    std::optional<double> marker, const QString& title, int bins) {
  auto* rect = new QCPAxisRect(&plot);
  plot.plotLayout()->addElement(row, column, rect);
  rect->axis(QCPAxis::atBottom)->setLabel(title);
  rect->axis(QCPAxis::atLeft)->setLabel(QCoreApplication::translate("inversize::ui::Plots", "count"));
  // A histogram is a small cell of a grid: as many ticks as its width takes (the slew rate's
  // labels ran into each other at a fixed count of four).
  fit_tick_labels(*rect->axis(QCPAxis::atBottom), 5);
  fit_tick_labels(*rect->axis(QCPAxis::atLeft), 4);
  if (values.empty()) return;
  double lo = *std::min_element(values.begin(), values.end());
  double hi = *std::max_element(values.begin(), values.end());
  if (marker) lo = std::min(lo, *marker), hi = std::max(hi, *marker);
  if (hi <= lo) hi = lo + std::max(1e-12, std::abs(lo) * 1e-3);
  const double width = (hi - lo) / bins;
  QVector<double> centres(bins), counts(bins, 0);
  for (int i = 0; i < bins; ++i) centres[i] = lo + (i + 0.5) * width;
  for (double v : values) counts[std::clamp(static_cast<int>((v - lo) / width), 0, bins - 1)] += 1;
  auto* bars = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
  bars->setWidth(width * 0.95);
  bars->setData(centres, counts, true);
  bars->setBrush(QColor(70, 130, 180, 160));
  bars->setPen(Qt::NoPen);
  double top = *std::max_element(counts.begin(), counts.end());
  rect->axis(QCPAxis::atBottom)->setRange(lo - width, hi + width);
  rect->axis(QCPAxis::atLeft)->setRange(0, top * 1.15 + 1);
  if (marker) {
    auto* g = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setData({*marker, *marker}, {0, top * 1.15 + 1});
    g->setPen(QPen(QColor(210, 30, 30), 2));
    auto* star = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    star->setData({*marker}, {top * 1.05 + 0.5});
    star->setLineStyle(QCPGraph::lsNone);
    star->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QColor(210, 30, 30), 12));
  }
}

void draw_performance_histogram(QCustomPlot& plot, int row, int column, std::size_t performance,
                                std::vector<double> values, std::optional<double> marker, int bins) {
  const auto& info = kPerformances[performance];
  const std::string unit(info.unit);
  double largest = marker ? std::abs(*marker) : 0;
  for (double v : values) largest = std::max(largest, std::abs(v));
  SiPrefix p;
  if (takes_prefix(unit)) p = si_prefix(largest, "µ");
  for (double& v : values) v /= p.scale;
  if (marker) *marker /= p.scale;
  draw_histogram(plot, row, column, values, marker, performance_heading(performance, QString::fromUtf8(p.prefix)), bins);
}

}  // namespace inversize::ui
