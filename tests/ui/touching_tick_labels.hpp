// Tick labels of a plot that run into each other, measured on the plot as drawn: every pair of
// neighbouring labels of an axis must be a space apart (the axis' font; centred on their ticks,
// as QCustomPlot draws them unrotated).
#pragma once

#include <QFontMetrics>
#include <QStringList>

#include <qcustomplot.h>

inline QStringList touching_tick_labels(QCustomPlot& plot) {
  plot.replot();
  QStringList out;
  for (QCPAxisRect* rect : plot.axisRects())
    for (QCPAxis* axis : rect->axes()) {
      if (!axis->visible() || !axis->tickLabels()) continue;
      const QFontMetrics metrics(axis->tickLabelFont());
      const bool across = axis->orientation() == Qt::Horizontal;
      const QVector<double> ticks = axis->tickVector();
      const QVector<QString> labels = axis->tickVectorLabels();
      int previous = -1;
      for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
        if (labels[i].isEmpty()) continue;
        if (previous >= 0) {
          const double distance = std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[previous]));
          const double a = across ? metrics.boundingRect(labels[previous]).width() : metrics.height();
          const double b = across ? metrics.boundingRect(labels[i]).width() : metrics.height();
          const double air = distance - (a + b) / 2;
          if (air < metrics.horizontalAdvance(QLatin1Char(' ')) - 0.5)
            out << QStringLiteral("%1: \"%2\" and \"%3\" %4 px apart")
                       .arg(axis->label().isEmpty() ? rect->axis(QCPAxis::atBottom)->label() + QStringLiteral(" (count)")
                                                    : axis->label(),
                            labels[previous], labels[i])
                       .arg(air, 0, 'f', 1);
        }
        previous = i;
      }
    }
  return out;
}
