// The Training tab: the per-block loss curves of the running (or last) training with its
// progress, and the actions that start and cancel it. The main window feeds it the training
// job's reports; it computes nothing.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;

namespace inversize::ui::exploration {
class LossPlot;
}

namespace inversize::ui::mainwindow {

class TrainingView : public QWidget {
  Q_OBJECT

 public:
  // `train` and `cancel` are the window's actions: their state and tooltips (why off) show here too.
  TrainingView(QAction* train, QAction* cancel, QWidget* parent = nullptr);
  exploration::LossPlot* loss_plot() const { return loss_; }
  void start(const QString& title);  // clears the curves
  void progress(qint64 done, qint64 total, const QString& message);
  void finish(const QString& message, bool completed);  // completed: the bar shows full
  QString status() const;

 private:
  exploration::LossPlot* loss_ = nullptr;
  QLabel* title_ = nullptr;
  QLabel* status_ = nullptr;  // an ElidedLabel
  QProgressBar* bar_ = nullptr;
};

}  // namespace inversize::ui::mainwindow
