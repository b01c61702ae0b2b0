#include "simulation/batch_results.hpp"

#include <utility>

namespace inversize::simulation {

BatchRecorder::BatchRecorder(std::size_t size, const JobContext& ctx, const OnResult& on_result)
    : ctx_(ctx), on_result_(on_result) {
  batch_.results.resize(size);
  batch_.finished.assign(size, false);
}

void BatchRecorder::finish(std::size_t i, SimulationResult r) {
  if (batch_.finished[i]) return;
  // A design that fails once the job is cancelled (its worker died with the Ctrl-C that
  // cancelled us) did not fail: it was not simulated, as end() says. No caller records it.
  if (!r.ok() && ctx_.cancel.cancelled()) return;
  batch_.results[i] = std::move(r);
  batch_.finished[i] = true;
  ++done_;
  if (on_result_) on_result_(i, batch_.results[i]);
  ctx_.report(static_cast<long long>(done_), static_cast<long long>(batch_.results.size()), "simulated");
}

BatchResults BatchRecorder::end() && {
  if (complete()) {
    batch_.outcome = JobOutcome::done();
  } else {
    batch_.outcome = JobOutcome::cancelled();
    for (std::size_t i = 0; i < batch_.results.size(); ++i)
      if (!batch_.finished[i]) batch_.results[i] = SimulationResult::failed("not simulated: the batch was cancelled");
  }
  return std::move(batch_);
}

}  // namespace inversize::simulation
