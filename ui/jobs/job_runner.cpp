#include "jobs/job_runner.hpp"

#include <QMetaObject>
#include <QPointer>
#include <exception>
#include <memory>

namespace inversize::ui::jobs {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() {
  if (thread_) {
    token_.cancel();
    thread_->wait();
  }
}

bool JobRunner::start(const QString& title, Work work, std::function<void()> on_done) {
  if (thread_) return false;
  token_ = CancelToken();
  title_ = title;
  auto outcome = std::make_shared<std::pair<bool, QString>>(false, QString());
  QPointer<JobRunner> self(this);
  JobContext ctx;
  ctx.cancel = token_;
  // progress crosses to the UI thread as a queued call; at most one in flight is plenty
  auto pending = std::make_shared<std::atomic<bool>>(false);
  ctx.progress = [self, pending](const Progress& p) {
    if (pending->exchange(true)) return;
    QMetaObject::invokeMethod(
        self.data(),
        [self, pending, p] {
          pending->store(false);
          if (self) emit self->progress(p.done, p.total, QString::fromStdString(p.message));
        },
        Qt::QueuedConnection);
  };
  thread_ = QThread::create([work = std::move(work), ctx, outcome] {
    try {
      work(ctx);
      outcome->first = true;
    } catch (const Cancelled&) {
      outcome->second = QStringLiteral("cancelled");
    } catch (const std::exception& e) {
      outcome->second = QString::fromStdString(e.what());
    } catch (...) {
      outcome->second = QStringLiteral("unknown error");
    }
  });
  connect(thread_, &QThread::finished, this, [this, outcome, on_done = std::move(on_done)] {
    thread_->deleteLater();
    thread_ = nullptr;
    if (outcome->first && on_done) on_done();
    emit finished(outcome->first, outcome->second);
  });
  emit started(title);
  thread_->start();
  return true;
}

void JobRunner::cancel() { token_.cancel(); }

}  // namespace inversize::ui::jobs
