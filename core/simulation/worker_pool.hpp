// Parallel and isolated simulation: worker processes, each holding its own libngspice (ngspice
// is one global state per process). A crash or hang of one simulation costs that design only:
// the worker is killed after the timeout (or found dead), restarted, and the design is reported
// as failed with the reason.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/job.hpp"
#include "simulation/batch_results.hpp"
#include "simulation/result.hpp"
#include "simulation/setup.hpp"

namespace inversize::simulation {

// Seconds one design's simulation may take before it counts as failed (an oscillating or
// stiff design; a healthy one takes well under a second). The one limit for every caller.
inline constexpr double kSimulationTimeoutS = 30;

// The worker executable: `inversize-worker` (app/worker, the core and libngspice only, so it
// starts in milliseconds), or `inversize-cli` with its hidden `worker` command where that is
// missing. Started as `EXE worker --fd 3`. Set once by each main; tests set it from their build.
void set_worker_executable(const std::string& path);
std::string worker_executable();

// The worker's side: serves requests on file descriptor `fd` until it closes. Returns an exit code.
int worker_main(int fd);

struct PoolOptions {
  int workers = 0;                         // 0: one per core
  double timeout_s = kSimulationTimeoutS;  // per design
  bool local = false;                      // this process's workers even when a backend is set
  // Designs queued at each busy worker behind the one it runs, so that it goes on without
  // waiting for this process to answer its result (0: one design at a time). Off by default:
  // on the quiet machine 2 workers against 1 made 1.86x with none queued and 1.79x with one
  // (generic180, 4 repetitions; docs/benchmarks.md): the pool's answer is not what they wait for.
  int queue_ahead = 0;
};

// Another place where run()'s setups may be simulated: the MPI cluster (core/cluster/). Set
// once by a main; a pool made while one is set starts no workers of its own and hands every
// batch to it (unless PoolOptions::local).
class SimulationBackend {
 public:
  virtual ~SimulationBackend() = default;
  virtual int workers(const PoolOptions& options) = 0;
  virtual BatchResults run(const std::vector<SimulationSetup>& setups, const JobContext& ctx, const OnResult& on_result,
                           const PoolOptions& options) = 0;
};
void set_simulation_backend(SimulationBackend* backend);  // nullptr: local workers again

class WorkerPool {
 public:
  explicit WorkerPool(PoolOptions options = {});
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  int workers() const;

  // Simulates every setup; `on_result` (optional) is called in this thread as each finishes,
  // in completion order. On cancellation the designs in flight are dropped (their workers
  // killed), the rest never start, and the batch ends cancelled (batch_results.hpp).
  BatchResults run(const std::vector<SimulationSetup>& setups, const JobContext& ctx, const OnResult& on_result = {});

  int restarts() const { return restarts_; }
  std::vector<int> pids() const;  // of the worker processes, for diagnostics
  // Seconds each worker had a design in flight since the pool started (ends of runs), for
  // diagnostics: against the wall time it says how long the workers waited for this process.
  std::vector<double> busy_seconds() const;

 private:
  struct Worker;
  struct Batch;
  void spawn(Worker& w);
  void kill(Worker& w);
  void restart(Worker& w, Batch& batch, const std::string& why);
  void hand_out(Batch& batch);
  void flush(Worker& w, Batch& batch);
  void end_busy(Worker& w);
  void collect(Batch& batch);
  void read_from(Worker& w, Batch& batch);
  void enforce_timeout(Worker& w, Batch& batch);
  void abandon();
  std::vector<Worker> workers_;
  PoolOptions options_;
  SimulationBackend* backend_ = nullptr;
  int restarts_ = 0;
};

}  // namespace inversize::simulation
