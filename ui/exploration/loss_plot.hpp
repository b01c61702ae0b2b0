// The live loss curves of training: one training and one validation curve per block.
#pragma once

#include <QMap>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace inversize::ui::exploration {

class LossPlot : public QWidget {
  Q_OBJECT

 public:
  explicit LossPlot(QWidget* parent = nullptr);
  void clear();
  void add(const QString& block, double step, double loss, double validation_loss);
  QCustomPlot* plot() const { return plot_; }

 private:
  QCustomPlot* plot_ = nullptr;
  QMap<QString, QCPGraph*> loss_, validation_;
};

}  // namespace inversize::ui::exploration
