// The one job interface for all long work (simulation batches, data generation, training,
// evaluation): a progress callback, a cancellation token, and how the job ended.
// Inside a job, stopping early is `throw Cancelled` (JobContext::throw_if_cancelled); at its
// edge, run_job turns the work into a JobOutcome. The CLI draws the job as a progress bar and
// its outcome as the last line and exit status (cli/progress.hpp), the UI as progress widgets
// and a status bar message (ui/jobs/job_runner.hpp).
#pragma once

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace inversize {

// A point of a curve that a job draws as it goes (training: a block's losses over the steps).
struct CurvePoint {
  std::string curve;      // e.g. the block "DP_t"
  double x = 0;           // e.g. the step
  std::vector<double> y;  // e.g. training and validation loss (NaN: none yet)
};

struct Progress {
  long long done = 0;
  long long total = 0;  // 0 when unknown
  std::string message;  // e.g. "design 12/100, 9 feasible"
  std::vector<CurvePoint> points{};  // curve points since the previous report, in order
};

using ProgressFn = std::function<void(const Progress&)>;

// Shared between the job and whoever may cancel it; cheap to copy.
class CancelToken {
 public:
  CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
  void cancel() const { flag_->store(true); }
  bool cancelled() const { return flag_->load(); }

 private:
  std::shared_ptr<std::atomic<bool>> flag_;
};

// Thrown by a job that stops because its token was cancelled.
class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("cancelled") {}
};

// How a job ended: done, cancelled by its token, or failed with a reason.
struct JobOutcome {
  enum class State { done, cancelled, failed };
  State state = State::done;
  std::string reason;  // why it failed; empty otherwise

  static JobOutcome done() { return {}; }
  static JobOutcome cancelled() { return {State::cancelled, {}}; }
  static JobOutcome failed(std::string why) { return {State::failed, std::move(why)}; }
  bool is_done() const { return state == State::done; }
  bool is_cancelled() const { return state == State::cancelled; }
  bool is_failed() const { return state == State::failed; }
  // Back into the job's own convention, for work that gets an outcome from a part of it:
  // throws Cancelled, or std::runtime_error with the reason; nothing when done.
  void rethrow() const {
    if (is_cancelled()) throw Cancelled();
    if (is_failed()) throw std::runtime_error(reason);
  }
};

struct JobContext {
  ProgressFn progress;  // may be empty
  CancelToken cancel;
  void report(long long done, long long total, const std::string& message = {}) const {
    if (progress) progress(Progress{done, total, message});
  }
  void throw_if_cancelled() const {
    if (cancel.cancelled()) throw Cancelled();
  }
};

// Runs a job's work at its edge: Cancelled becomes cancelled, any other exception failed with
// its message. Work that returns a JobOutcome (a job that keeps what it finished and says how
// it stopped) passes it on.
template <class Work>
JobOutcome run_job(Work&& work) noexcept {
  try {
    if constexpr (std::is_same_v<std::invoke_result_t<Work&>, JobOutcome>) {
      return work();
    } else {
      work();
      return JobOutcome::done();
    }
  } catch (const Cancelled&) {
    return JobOutcome::cancelled();
  } catch (const std::exception& e) {
    return JobOutcome::failed(e.what());
  } catch (...) {
    return JobOutcome::failed("unknown error");
  }
}

}  // namespace inversize
