#include "mainwindow/training_view.hpp"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/elided_label.hpp"
#include "exploration/loss_plot.hpp"

namespace inversize::ui::mainwindow {

TrainingView::TrainingView(QAction* train, QAction* cancel, QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("TrainingView"));
  title_ = new QLabel(tr("No training in this session: Project → Train sizing models… (Ctrl+T) trains one conditional "
                         "diffusion model per block; its loss curves show here."),
                      this);
  title_->setWordWrap(true);
  loss_ = new exploration::LossPlot(this);
  bar_ = new QProgressBar(this);
  bar_->setRange(0, 1);
  bar_->setValue(0);
  status_ = new ElidedLabel(QString(), this);
  status_->setObjectName(QStringLiteral("status"));
  auto* row = new QHBoxLayout;
  row->addWidget(bar_, 1);
  for (QAction* a : {train, cancel}) {
    auto* b = new QToolButton(this);
    b->setDefaultAction(a);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(b);
  }
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(loss_, 1);
  layout->addWidget(status_);
  layout->addLayout(row);
}

void TrainingView::start(const QString& title) {
  loss_->clear();
  title_->setText(title);
  status_->setText(QString());
  bar_->setRange(0, 0);  // busy until the first report says how far
}

void TrainingView::progress(qint64 done, qint64 total, const QString& message) {
  if (total > 0) bar_->setRange(0, static_cast<int>(total)), bar_->setValue(static_cast<int>(done));
  if (!message.isEmpty()) status_->setText(message);
}

void TrainingView::finish(const QString& message, bool completed) {
  bar_->setRange(0, 1);
  bar_->setValue(completed ? 1 : 0);
  status_->setText(message);
}

QString TrainingView::status() const { return status_->text(); }

}  // namespace inversize::ui::mainwindow
