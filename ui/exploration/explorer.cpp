#include "exploration/explorer.hpp"

#include <QThread>
#include <chrono>

#include "simulation/worker_pool.hpp"

namespace inversize::ui::exploration {

Explorer::Explorer(QObject* parent) : QObject(parent) {
  debounce_.setSingleShot(true);
  debounce_.setInterval(150);
  connect(&debounce_, &QTimer::timeout, this, &Explorer::start_pending);
}

Explorer::~Explorer() {
  cancel_.cancel();
  if (thread_) {
    thread_->wait();
    delete thread_;
  }
}

void Explorer::load(const QString& project_path, const std::string& arch) {
  if (running_) cancel_.cancel();
  if (thread_) {
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    running_ = false;
  }
  auto project = std::make_unique<dataset::Project>(dataset::Project::open(project_path.toStdString()));
  auto sizer = std::make_unique<evaluation::InverseSizer>(*project, arch);
  sizer_ = std::move(sizer);
  project_ = std::move(project);
  samples_.clear();
  ++generation_;
}

quint64 Explorer::request(const SampleRequest& r) {
  pending_ = std::make_unique<SampleRequest>(r);
  pending_generation_ = ++generation_;
  debounce_.start();  // restarts: a slider drag makes one request when it rests
  return pending_generation_;
}

quint64 Explorer::request_now(const SampleRequest& r) {
  auto gen = request(r);
  debounce_.stop();
  start_pending();
  return gen;
}

void Explorer::start_pending() {
  if (!pending_ || !sizer_) return;
  if (running_) {
    cancel_.cancel();  // the running request ends early; the waiting one starts after it
    return;
  }
  auto r = std::move(*pending_);
  pending_.reset();
  const quint64 gen = pending_generation_;
  if (thread_) {
    thread_->wait();
    delete thread_;
  }
  running_ = true;
  ++jobs_started_;
  cancel_ = CancelToken();
  thread_ = QThread::create([this, gen, r = std::move(r)]() mutable { run(gen, std::move(r)); });
  thread_->start();
}

void Explorer::run(quint64 gen, SampleRequest r) {
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  try {
    auto spec = sizer_->complete(r.spec);
    auto samples = std::make_shared<std::vector<evaluation::SampledSizing>>(sizer_->sample(spec, r.n, r.options));
    double sample_s = std::chrono::duration<double>(Clock::now() - t0).count();
    // Results go to the UI thread as copies; there the generation decides whether they count.
    QMetaObject::invokeMethod(this, [this, gen, spec, sample_s, copy = *samples] {
      if (gen != generation_) return void(++stale_dropped_);
      spec_ = spec;
      samples_ = copy;
      sample_seconds_ = sample_s;
      emit sampled(gen);
    }, Qt::QueuedConnection);
    auto t1 = Clock::now();
    if (r.verify && !cancel_.cancelled()) {
      if (!pool_) pool_ = std::make_unique<simulation::WorkerPool>(simulation::PoolOptions{});
      JobContext ctx{{}, cancel_};
      sizer_->verify(*samples, spec, *pool_, ctx, [this, gen, samples](std::size_t i) {
        QMetaObject::invokeMethod(this, [this, gen, i, s = (*samples)[i]] {
          if (gen != generation_ || i >= samples_.size()) return void(++stale_dropped_);
          samples_[i] = s;
          emit verified(gen, static_cast<int>(i));
        }, Qt::QueuedConnection);
      });
    }
    double verify_s = std::chrono::duration<double>(Clock::now() - t1).count();
    QMetaObject::invokeMethod(this, [this, gen, sample_s, verify_s] {
      running_ = false;
      if (gen == generation_) emit finished(gen, sample_s, verify_s);
      start_pending();
    }, Qt::QueuedConnection);
  } catch (const std::exception& e) {
    QString reason = QString::fromStdString(e.what());
    QMetaObject::invokeMethod(this, [this, gen, reason] {
      running_ = false;
      if (gen == generation_) emit failed(gen, reason);
      start_pending();
    }, Qt::QueuedConnection);
  }
}

}  // namespace inversize::ui::exploration
