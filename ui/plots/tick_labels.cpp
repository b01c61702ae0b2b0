#include "plots/tick_labels.hpp"

#include <qcustomplot.h>

#include <QFontMetrics>

namespace inversize::ui {

namespace {

class FittingTicker : public QCPAxisTicker {
 public:
  FittingTicker(QCPAxis& axis, int most) : axis_(axis), most_(std::max(1, most)) {}

  void generate(const QCPRange& range, const QLocale& locale, QChar format, int precision, QVector<double>& ticks,
                QVector<double>* sub_ticks, QVector<QString>* labels) override {
    for (int count = most_;; --count) {
      setTickCount(count);
      QCPAxisTicker::generate(range, locale, format, precision, ticks, sub_ticks, labels);
      if (!labels || count == 1 || fits(ticks, *labels)) break;
    }
    if (labels) leave_out_touching(ticks, *labels);
  }

 private:
  // The label's extent along the axis and the least air between two labels, in pixels.
  double extent(const QString& label) const {
    const QFontMetrics metrics(axis_.tickLabelFont());
    return axis_.orientation() == Qt::Horizontal ? metrics.boundingRect(label).width() : metrics.height();
  }
  double gap() const { return QFontMetrics(axis_.tickLabelFont()).horizontalAdvance(QLatin1Char(' ')); }
  // Laid out (a fresh axis rect has no size yet: then every count fits, the next layout decides).
  bool laid_out() const {
    const QRect r = axis_.axisRect()->rect();
    return axis_.orientation() == Qt::Horizontal ? r.width() > 1 : r.height() > 1;
  }
  bool apart(double a, const QString& label_a, double b, const QString& label_b) const {
    const double distance = std::abs(axis_.coordToPixel(b) - axis_.coordToPixel(a));
    return distance >= (extent(label_a) + extent(label_b)) / 2 + gap();
  }
  bool fits(const QVector<double>& ticks, const QVector<QString>& labels) const {
    if (!laid_out()) return true;
    for (int i = 1; i < ticks.size() && i < labels.size(); ++i)
      if (!apart(ticks[i - 1], labels[i - 1], ticks[i], labels[i])) return false;
    return true;
  }
  void leave_out_touching(const QVector<double>& ticks, QVector<QString>& labels) const {
    if (!laid_out()) return;
    int kept = -1;
    for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
      if (kept >= 0 && !apart(ticks[kept], labels[kept], ticks[i], labels[i])) labels[i].clear();
      else kept = i;
    }
  }

  QCPAxis& axis_;
  const int most_;
};

}  // namespace

void fit_tick_labels(QCPAxis& axis, int most) {
  axis.setTicker(QSharedPointer<QCPAxisTicker>(new FittingTicker(axis, most)));
  // Once laid out for this draw, the ticks are chosen again for the axes' new lengths (the
  // margins do not change with it: the labels' height is one line whatever their number).
  QCustomPlot* plot = axis.parentPlot();
  if (plot->property("fitting_tick_labels").toBool()) return;
  plot->setProperty("fitting_tick_labels", true);
  QObject::connect(plot, &QCustomPlot::afterLayout, plot,
                   [plot] { plot->plotLayout()->update(QCPLayoutElement::upPreparation); });
}

}  // namespace inversize::ui
