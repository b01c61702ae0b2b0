// Runs one job of the core job interface on a worker thread: its progress arrives here as
// signals on the UI thread, cancel() sets its CancelToken. The UI thread never waits on it.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <functional>

#include "common/job.hpp"

namespace inversize::ui::jobs {

class JobRunner : public QObject {
  Q_OBJECT

 public:
  // The work runs on the worker thread; `on_done` (optional) runs afterwards on the UI thread.
  using Work = std::function<void(const JobContext&)>;

  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels and joins a job still running

  // False when a job is already running.
  bool start(const QString& title, Work work, std::function<void()> on_done = {});
  bool running() const { return thread_ != nullptr; }
  QString title() const { return title_; }

 public slots:
  void cancel();

 signals:
  void started(const QString& title);
  void progress(qint64 done, qint64 total, const QString& message);
  // ok: finished normally; otherwise `error` says why ("cancelled" when cancelled).
  void finished(bool ok, const QString& error);

 private:
  QThread* thread_ = nullptr;
  CancelToken token_;
  QString title_;
};

}  // namespace inversize::ui::jobs
