#include "mainwindow/disabled_reasons.hpp"

#include <QEvent>
#include <QHoverEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPointer>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace inversize::ui::mainwindow {

namespace {

class Explainer : public QObject {
 public:
  Explainer(QTabWidget& tabs, QStatusBar& status) : QObject(&status), tabs_(&tabs), status_(&status) {}

  void watch(QMenu& menu) {
    menu.setToolTipsVisible(true);
    menu.installEventFilter(this);
    for (QAction* a : menu.actions())
      if (a->menu()) watch(*a->menu());
  }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    QPoint at;
    if (event->type() == QEvent::MouseMove) at = static_cast<QMouseEvent*>(event)->position().toPoint();
    else if (event->type() == QEvent::HoverMove) at = static_cast<QHoverEvent*>(event)->position().toPoint();
    else if (event->type() == QEvent::Leave || event->type() == QEvent::Hide) return say({}), false;
    else return false;
    if (auto* menu = qobject_cast<QMenu*>(watched)) {
      QAction* a = menu->actionAt(at);
      say(a && !a->isEnabled() ? a->statusTip() : QString());
    } else if (tabs_ && watched == tabs_->tabBar()) {
      int tab = -1;  // tabAt() passes over disabled tabs
      for (int i = 0; i < tabs_->count() && tab < 0; ++i)
        if (tabs_->tabBar()->tabRect(i).contains(at)) tab = i;
      say(tab >= 0 && !tabs_->isTabEnabled(tab) ? tabs_->tabToolTip(tab) : QString());
    }
    return false;
  }

 private:
  // Shows a reason; clears only the one it showed (another message stays).
  void say(const QString& reason) {
    if (!status_) return;
    if (!reason.isEmpty()) status_->showMessage(shown_ = reason);
    else if (!shown_.isEmpty() && status_->currentMessage() == shown_) status_->clearMessage();
    if (reason.isEmpty()) shown_.clear();
  }

  QPointer<QTabWidget> tabs_;
  QPointer<QStatusBar> status_;
  QString shown_;
};

}  // namespace

void explain_disabled_entries(QMenuBar& bar, QTabWidget& tabs, QStatusBar& status) {
  auto* explainer = new Explainer(tabs, status);
  for (QAction* a : bar.actions())
    if (a->menu()) explainer->watch(*a->menu());
  tabs.tabBar()->setMouseTracking(true);
  tabs.tabBar()->installEventFilter(explainer);
}

}  // namespace inversize::ui::mainwindow
