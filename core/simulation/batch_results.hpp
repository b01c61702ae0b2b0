// A batch of designs simulated by a WorkerPool (or the backend it hands batches to): each
// design's result in the setups' order, and how the batch ended. The one bookkeeping of both.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "common/job.hpp"
#include "simulation/result.hpp"

namespace inversize::simulation {

// Heard in the caller's thread as each design finishes, in completion order.
using OnResult = std::function<void(std::size_t, const SimulationResult&)>;

// What a batch gave. A design that failed (no convergence, a crash, a timeout) is a result with
// its reason; the batch itself ends done, or cancelled: then the designs that had not finished
// were never simulated (finished[i] false; their result is a failure that says so, for display).
struct BatchResults {
  std::vector<SimulationResult> results;  // results[i] of setups[i]
  std::vector<bool> finished;
  JobOutcome outcome;
};

// The running side: records results as they come, tells `on_result` and the job's progress.
class BatchRecorder {
 public:
  BatchRecorder(std::size_t size, const JobContext& ctx, const OnResult& on_result);
  // The result of setups[i]; a second one for the same design is ignored (a retried design), a
  // failure after the job was cancelled too (the design was not simulated).
  void finish(std::size_t i, SimulationResult r);
  bool finished(std::size_t i) const { return batch_.finished[i]; }
  bool complete() const { return done_ == batch_.results.size(); }
  // The batch as it stands: done when every design finished, cancelled otherwise.
  BatchResults end() &&;

 private:
  BatchResults batch_;
  std::size_t done_ = 0;
  const JobContext& ctx_;
  const OnResult& on_result_;
};

}  // namespace inversize::simulation
