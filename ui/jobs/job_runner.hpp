// Runs one job of the core job interface at a time on a worker thread: its progress arrives
// here as signals on the UI thread, cancel() sets its CancelToken, and it ends with the job's
// JobOutcome. The UI thread never waits on it (only the destructor joins a job still running).
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "common/job.hpp"

class QThread;

namespace inversize::simulation {
class WorkerPool;
}

namespace inversize::ui::jobs {

class JobRunner : public QObject {
  Q_OBJECT

 public:
  // The work runs on the worker thread; stopping early is `throw Cancelled`.
  using Work = std::function<void(const JobContext&)>;

  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels and joins a job still running

  // False when a job is already running. `on_done` (optional) runs on the UI thread when the
  // work is done, before finished().
  bool start(const QString& title, Work work, std::function<void()> on_done = {});
  bool running() const { return thread_ != nullptr; }
  QString title() const { return title_; }

  // The simulation workers of this runner's jobs, started at the first call and kept between
  // jobs (a worker process costs its start-up). One job runs at a time, so one job uses them;
  // call it from the job's work.
  simulation::WorkerPool& pool();

 public slots:
  void cancel();

 signals:
  void started(const QString& title);
  // The latest progress, with every curve point reported since the previous signal: reports
  // that come faster than the UI thread takes them are merged, points are never dropped.
  void progress(const inversize::Progress& progress);
  void finished(const inversize::JobOutcome& outcome);

 private:
  struct Channel;
  QThread* thread_ = nullptr;
  CancelToken token_;
  QString title_;
  std::unique_ptr<simulation::WorkerPool> pool_;
};

}  // namespace inversize::ui::jobs

Q_DECLARE_METATYPE(inversize::Progress)
Q_DECLARE_METATYPE(inversize::JobOutcome)
