#include "jobs/job_runner.hpp"

#include <QMetaObject>
#include <QThread>
#include <mutex>

#include "simulation/worker_pool.hpp"

namespace inversize::ui::jobs {

// Between the job's thread and the UI thread: the latest report and the points not yet taken.
// At most one delivery is queued at a time, so a job reporting every step cannot flood the
// event loop.
struct JobRunner::Channel {
  std::mutex mutex;
  Progress latest;
  bool queued = false;
};

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() {
  if (thread_) {
    token_.cancel();
    thread_->wait();
    delete thread_;
  }
}

simulation::WorkerPool& JobRunner::pool() {
  if (!pool_) pool_ = std::make_unique<simulation::WorkerPool>();
  return *pool_;
}

bool JobRunner::start(const QString& title, Work work, std::function<void()> on_done) {
  if (thread_) return false;
  token_ = CancelToken();
  title_ = title;
  auto channel = std::make_shared<Channel>();
  auto deliver = [this, channel] {
    Progress p;
    {
      std::lock_guard lock(channel->mutex);
      p = channel->latest;
      channel->latest.points.clear();
      channel->queued = false;
    }
    emit progress(p);
  };
  JobContext ctx;
  ctx.cancel = token_;
  ctx.progress = [this, channel, deliver](const Progress& p) {
    std::lock_guard lock(channel->mutex);
    auto& latest = channel->latest;
    latest.done = p.done;
    latest.total = p.total;
    latest.message = p.message;
    latest.points.insert(latest.points.end(), p.points.begin(), p.points.end());
    if (channel->queued) return;
    channel->queued = true;
    QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
  };
  auto outcome = std::make_shared<JobOutcome>();
  thread_ = QThread::create([work = std::move(work), ctx, outcome] { *outcome = run_job([&] { work(ctx); }); });
  // Queued behind the job's last progress, so the UI sees every report before the end.
  connect(thread_, &QThread::finished, this, [this, outcome, on_done = std::move(on_done)] {
    thread_->deleteLater();
    thread_ = nullptr;
    if (outcome->is_done() && on_done) on_done();
    emit finished(*outcome);
  });
  emit started(title);
  thread_->start();
  return true;
}

void JobRunner::cancel() { token_.cancel(); }

}  // namespace inversize::ui::jobs
