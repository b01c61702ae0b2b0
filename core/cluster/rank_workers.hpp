// One rank's simulation workers, fed one design at a time: a pool of one worker per thread, so
// that a slow design holds up only its own worker (WorkerPool::run returns when its whole
// batch is done, and a rank must take new designs while others are still running).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/job.hpp"
#include "simulation/result.hpp"
#include "simulation/setup.hpp"

namespace inversize::cluster {

struct Assignment {
  std::uint64_t run = 0;  // which WorkerPool::run() of rank 0 it belongs to
  std::size_t id = 0;     // index of the setup in that batch
  simulation::SimulationSetup setup;
};

struct Finished {
  std::uint64_t run = 0;
  std::size_t id = 0;
  simulation::SimulationResult result;
};

class RankWorkers {
 public:
  RankWorkers(int workers, double timeout_s);
  ~RankWorkers();  // stops the threads; the pools kill their workers
  RankWorkers(const RankWorkers&) = delete;
  RankWorkers& operator=(const RankWorkers&) = delete;

  int workers() const { return static_cast<int>(threads_.size()); }
  double timeout_s() const { return timeout_s_; }

  void submit(std::vector<Assignment> items);
  // Drops the queued designs of `run` and abandons its designs in flight (their workers are
  // restarted); what they report is dropped too.
  void cancel(std::uint64_t run);
  std::vector<Finished> take();                     // finished since the last call
  void wait_for_finished(std::chrono::milliseconds limit);

 private:
  struct Slot {
    std::uint64_t run = 0;  // in flight, 0: idle
    CancelToken cancel;
  };
  void serve(std::size_t slot);

  double timeout_s_;
  std::mutex mutex_;
  std::condition_variable work_ready_, finished_ready_;
  std::deque<Assignment> queue_;
  std::vector<Finished> finished_;
  std::vector<Slot> slots_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// Simulation workers a rank runs when the command does not say (--workers): the cores it may
// use (its CPU affinity, which mpirun and Slurm set), not every core of the node.
int default_workers();
std::string host_name();  // of this rank's node, for the notices

}  // namespace inversize::cluster
