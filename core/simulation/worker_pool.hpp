// Parallel simulation: worker processes, each holding its own libngspice (ngspice is one global
// state per process). A crash or hang of one simulation costs that design only: the worker is
// killed after the timeout, restarted, and the design is reported as failed with the reason.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/job.hpp"
#include "simulation/simulator.hpp"

namespace inversize::simulation {

// The executable that serves as a worker when started with the argument "worker"
// (inversize-cli). Set once by the application; tests set it from their build.
void set_worker_executable(const std::string& path);
std::string worker_executable();

// The worker's side: serves requests on file descriptor `fd` until it closes. Returns an exit code.
int worker_main(int fd);

struct PoolOptions {
  int workers = 0;            // 0: one per core
  double timeout_s = 60;      // per design
};

class WorkerPool {
 public:
  explicit WorkerPool(PoolOptions options = {});
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  int workers() const;

  // Simulates every setup; `on_result` (optional) is called in this thread as each finishes,
  // in completion order. On cancellation the designs in flight are dropped (their workers
  // killed) and the rest are returned with error "cancelled".
  std::vector<SimulationResult> run(const std::vector<SimulationSetup>& setups, const JobContext& ctx,
                                    const std::function<void(std::size_t, const SimulationResult&)>& on_result = {});

  int restarts() const { return restarts_; }
  std::vector<int> pids() const;  // of the worker processes, for diagnostics

 private:
  struct Worker;
  void spawn(Worker& w);
  void kill(Worker& w);
  std::vector<Worker> workers_;
  PoolOptions options_;
  int restarts_ = 0;
};

}  // namespace inversize::simulation
