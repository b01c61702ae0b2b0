// The exploration engine of the window: a trained project, and sampling requests from the
// specification panel, each one job on the window's job interface (its own JobRunner, so that
// exploring goes on while the window's runner generates data or trains). Requests are
// debounced; a request arriving while one runs cancels the running one (its sampling between
// steps, its refinement, its verification) and replaces any waiting one (dropped, not queued):
// a drag computes only its latest value. The model's draw arrives first, the refined and ranked
// samples replace it, their SPICE verification streams in through the job's progress (in
// rounds: after each, the samples not simulated yet are replaced by those the corrected
// surrogate ranks first); results of a stale request never reach the views.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "common/job.hpp"
#include "dataset/project.hpp"
#include "diffusion/options.hpp"
#include "sizing/inverse_sizer.hpp"

namespace inversize::ui::jobs {
class JobRunner;
}

namespace inversize::ui::exploration {

// What the current samples' draws are conditioned on (SampleOptions::aim).
struct Aim {
  bool aiming = false;                // asked to aim at a training design that meets the spec
  std::optional<std::int64_t> design;  // the one aimed at; none while aiming: none meets it
};

struct SampleRequest {
  sizing::Specification spec;  // as the designer set it (left-out performances get filled)
  int n = 64;
  diffusion::SampleOptions options;
  bool verify = true;
};

class Explorer : public QObject {
  Q_OBJECT

 public:
  explicit Explorer(QObject* parent = nullptr);
  ~Explorer() override;  // cancels and joins a running request

  // Opens the project and its newest model of `arch`; a request still running goes on with
  // the old model and its results are dropped. Throws dataset::ProjectError.
  void load(const QString& project_path, const std::string& arch = diffusion::default_architecture());
  bool loaded() const { return sizer_ != nullptr; }
  const sizing::InverseSizer* sizer() const { return sizer_.get(); }
  const dataset::Project* project() const { return project_.get(); }

  // Debounced (debounce_ms) request; returns its generation number.
  quint64 request(const SampleRequest& r);
  // Starts at once, without the debounce (the command line's --spec, tests).
  quint64 request_now(const SampleRequest& r);
  void set_debounce_ms(int ms) { debounce_.setInterval(ms); }
  quint64 generation() const { return generation_; }
  bool busy() const;
  bool waiting() const { return pending_ != nullptr; }  // a request not started yet
  int jobs_started() const { return jobs_started_; }
  int stale_results_dropped() const { return stale_dropped_; }
  jobs::JobRunner* jobs() const { return jobs_.get(); }

  // The current request's results.
  const sizing::Specification& spec() const { return spec_; }
  const Aim& aim() const { return aim_; }
  const std::vector<sizing::SampledSizing>& samples() const { return samples_; }
  // False while samples() is the model's first draw, before the surrogate refined and ranked it.
  bool ranked() const { return ranked_; }
  // The round of simulation whose ranking samples() is (SampleOptions::rounds; 0: the draw):
  // from the second on, the samples before that round's are the same, verified.
  int round() const { return round_; }
  double sample_seconds() const { return sample_seconds_; }  // model time of the current samples
  double draw_seconds() const { return draw_seconds_; }      // of which the model's own draw

 signals:
  void sampled(quint64 generation);                 // samples() holds new sizings (see ranked())
  void verified(quint64 generation, int index);     // samples()[index] was simulated
  void finished(quint64 generation, double sample_seconds, double verify_seconds);
  void failed(quint64 generation, const QString& reason);

 private:
  struct Results;
  void start_pending();
  void take_results();  // on the UI thread: what the running job found since the last call
  void on_finished(const JobOutcome& outcome);

  std::shared_ptr<dataset::Project> project_;
  std::shared_ptr<const sizing::InverseSizer> sizer_;  // shared with a running job
  QTimer debounce_;
  std::unique_ptr<SampleRequest> pending_;
  quint64 pending_generation_ = 0;
  quint64 generation_ = 0;
  int jobs_started_ = 0;
  int stale_dropped_ = 0;
  sizing::Specification spec_;
  Aim aim_;
  std::vector<sizing::SampledSizing> samples_;
  bool ranked_ = false;
  int round_ = 0;
  double sample_seconds_ = 0, draw_seconds_ = 0;
  std::shared_ptr<Results> running_;  // of the running job
  std::unique_ptr<jobs::JobRunner> jobs_;  // last: destroyed (job joined) first
};

}  // namespace inversize::ui::exploration
