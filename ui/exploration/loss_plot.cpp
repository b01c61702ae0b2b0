#include "exploration/loss_plot.hpp"

#include "plots/plot_export.hpp"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <cmath>

namespace inversize::ui::exploration {

LossPlot::LossPlot(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  plot_ = new QCustomPlot(this);
  // Small enough that the bottom dock it shares with the log leaves the samples table room;
  // at 160 px the dock kept ~190 px and the table showed one row.
  plot_->setMinimumHeight(70);
  plot_->xAxis->setLabel(tr("step"));
  plot_->yAxis->setLabel(tr("loss (thin: training, thick: validation)"));
  plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
  plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  plot_->yAxis->setNumberFormat(QStringLiteral("eb"));
  plot_->yAxis->setNumberPrecision(0);
  // The legend (one entry per block) in its own column right of the axes: it never covers
  // the curves, however many blocks there are.
  plot_->legend->setVisible(false);  // until a curve has a name: an empty legend is an empty box
  plot_->legend->setFont(QFont(font().family(), 8));
  plot_->legend->setRowSpacing(0);
  auto* legend_cell = new QCPLayoutGrid;
  plot_->plotLayout()->addElement(0, 1, legend_cell);
  legend_cell->addElement(0, 0, plot_->legend);
  legend_cell->addElement(1, 0, new QCPLayoutElement(plot_));  // takes the height: the entries stay together at the top
  legend_cell->setRowStretchFactor(0, 0.001);
  legend_cell->setMargins(QMargins(0, 4, 4, 4));
  plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
  layout->addWidget(plot_);
  add_export_menu(*plot_);
}

void LossPlot::clear() {
  plot_->clearGraphs();
  plot_->legend->setVisible(false);
  loss_.clear();
  validation_.clear();
  plot_->replot();
}

void LossPlot::add(const QString& block, double step, double loss, double validation_loss) {
  static const QColor colours[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40),
                                   QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127)};
  if (!loss_.contains(block)) {
    QColor c = colours[loss_.size() % 8];
    // Core names the forward model's curve "surrogate"; blocks and models keep their ids.
    const QString shown = block == QLatin1String("surrogate") ? tr("performance surrogate") : block;
    auto* l = plot_->addGraph();
    l->setName(shown);
    l->setPen(QPen(c.lighter(130), 1));
    l->removeFromLegend();
    auto* v = plot_->addGraph();
    v->setName(shown);
    v->setPen(QPen(c, 2.5));
    loss_[block] = l;
    validation_[block] = v;
    plot_->legend->setVisible(true);
  }
  if (loss > 0) loss_[block]->addData(step, loss);
  if (std::isfinite(validation_loss) && validation_loss > 0) validation_[block]->addData(step, validation_loss);
  plot_->rescaleAxes();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace inversize::ui::exploration
