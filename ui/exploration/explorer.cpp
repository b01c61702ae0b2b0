#include "exploration/explorer.hpp"

#include <chrono>
#include <mutex>
#include <optional>

#include "diffusion/cancel_scope.hpp"
#include "jobs/job_runner.hpp"

namespace inversize::ui::exploration {

// What the running request found, handed from its job to the UI thread; the job's progress
// signal says when to look.
struct Explorer::Results {
  explicit Results(quint64 g) : generation(g) {}
  const quint64 generation;
  std::mutex mutex;
  bool sampled = false;  // spec and samples are set
  bool sampled_taken = false;
  bool ranked = false;   // the samples are the refined and ranked ones, not the model's first draw
  int round = 0;         // of simulation whose ranking the samples are (SampleOptions::rounds)
  sizing::Specification spec;
  Aim aim;
  std::vector<sizing::SampledSizing> samples;
  std::vector<std::size_t> verified;  // indices verified since the UI last looked
  double sample_seconds = 0, verify_seconds = 0;
  double draw_seconds = 0;  // to the model's draw
};

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

}  // namespace

Explorer::Explorer(QObject* parent) : QObject(parent), jobs_(std::make_unique<jobs::JobRunner>()) {
  debounce_.setSingleShot(true);
  // A drag's moves come ~16 ms apart: 50 ms without one is a hand at rest. Short, because the
  // slider-to-cloud budget (300 ms) includes it; a request started too soon is cancelled
  // between steps by the next one.
  debounce_.setInterval(50);
  connect(&debounce_, &QTimer::timeout, this, &Explorer::start_pending);
  connect(jobs_.get(), &jobs::JobRunner::progress, this, &Explorer::take_results);
  connect(jobs_.get(), &jobs::JobRunner::finished, this, &Explorer::on_finished);
}

Explorer::~Explorer() = default;

bool Explorer::busy() const { return jobs_->running(); }

void Explorer::load(const QString& project_path, const std::string& arch) {
  auto project = std::make_shared<dataset::Project>(dataset::Project::open(project_path.toStdString()));
  auto sizer = std::make_shared<const sizing::InverseSizer>(*project, arch);
  jobs_->cancel();  // a running request ends early with the old model; its results are stale
  sizer_ = std::move(sizer);
  project_ = std::move(project);
  samples_.clear();
  ranked_ = false;
  round_ = 0;
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
  if (jobs_->running()) {
    jobs_->cancel();  // the running request ends early; the waiting one starts after it
    return;
  }
  auto results = std::make_shared<Results>(pending_generation_);
  // The job holds the project and model it started with: a load() meanwhile does not wait.
  auto work = [project = project_, sizer = sizer_, r = std::move(*pending_), results,
               runner = jobs_.get()](const JobContext& ctx) {
    auto t0 = Clock::now();
    auto spec = sizer->complete(r.spec);
    const auto* aimed = sizer->aimed_design(spec, r.options);
    const Aim aim{sizing::InverseSizer::aiming(r.options), aimed ? std::optional(aimed->id) : std::nullopt};
    // The model's draw is shown at once, the refined and ranked samples replace it; a view that
    // has not taken the draw yet takes only the ranked ones. A newer request cancels all of it.
    auto publish = [&](const std::vector<sizing::SampledSizing>& s, bool ranked) {
      {
        std::lock_guard lock(results->mutex);
        results->spec = spec;
        results->aim = aim;
        results->samples = s;
        results->sampled = true;
        results->sampled_taken = false;
        if (ranked) ++results->round;
        results->ranked = ranked;
        if (results->round <= 1) results->sample_seconds = seconds_since(t0);
        if (!ranked) results->draw_seconds = results->sample_seconds;
      }
      ctx.report(0, static_cast<long long>(s.size()), ranked ? "sampled" : "drawn");
    };
    const diffusion::CancelScope scope(ctx.cancel);  // a newer request stops the model between steps
    auto drawn = [&](const auto& d) { publish(d, false); };
    if (!r.verify) {
      publish(sizer->sample(spec, r.n, r.options, drawn), true);
      return;
    }
    // The verification streams in; the samples of a later round replace the unverified ones.
    std::vector<sizing::SampledSizing> samples;
    std::optional<Clock::time_point> t1;
    long long done = 0;
    const JobContext quiet{{}, ctx.cancel};  // reported below, once a result is there to take
    auto outcome = sizer->sample_verified(
        samples, spec, r.n, r.options, runner->pool(), quiet, drawn,
        [&](const auto& shown) {
          publish(shown, true);
          ctx.throw_if_cancelled();
          if (!t1) t1 = Clock::now();
        },
        [&](std::size_t i) {
          {
            std::lock_guard lock(results->mutex);
            if (i < results->samples.size()) results->samples[i] = samples[i];
            results->verified.push_back(i);
          }
          ctx.report(++done, r.n, "verified");
        });
    {
      std::lock_guard lock(results->mutex);
      if (t1) results->verify_seconds = seconds_since(*t1);
    }
    outcome.rethrow();
  };
  pending_.reset();
  running_ = results;
  ++jobs_started_;
  jobs_->start(QStringLiteral("sampling"), std::move(work));
}

void Explorer::take_results() {
  const auto results = running_;
  if (!results) return;
  const bool current = results->generation == generation_;
  bool new_samples = false;
  std::vector<std::size_t> simulated;
  {
    std::lock_guard lock(results->mutex);
    if (results->sampled && !results->sampled_taken) {
      results->sampled_taken = true;
      new_samples = current;
      if (current) {
        spec_ = results->spec;
        aim_ = results->aim;
        samples_ = results->samples;
        ranked_ = results->ranked;
        round_ = results->round;
        sample_seconds_ = results->sample_seconds;
        draw_seconds_ = results->draw_seconds > 0 ? results->draw_seconds : results->sample_seconds;
      } else {
        ++stale_dropped_;
      }
    }
    simulated.swap(results->verified);
    for (std::size_t i : simulated)
      if (current && i < samples_.size()) samples_[i] = results->samples[i];
  }
  // Signals last: a receiver may make a new request.
  const quint64 gen = results->generation;
  if (new_samples) emit sampled(gen);
  for (std::size_t i : simulated) {
    if (gen != generation_ || i >= samples_.size()) {
      ++stale_dropped_;
      continue;
    }
    emit verified(gen, static_cast<int>(i));
  }
}

void Explorer::on_finished(const JobOutcome& outcome) {
  take_results();
  const auto results = std::move(running_);
  if (results && results->generation == generation_) {
    // The job's thread has ended: its results are ours alone now.
    if (outcome.is_failed()) emit failed(results->generation, QString::fromStdString(outcome.reason));
    else emit finished(results->generation, results->sample_seconds, results->verify_seconds);
  }
  start_pending();
}

}  // namespace inversize::ui::exploration
