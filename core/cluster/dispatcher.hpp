// Rank 0's side of the cluster: the SimulationBackend every WorkerPool of rank 0 hands its
// batches to. It spreads a batch's designs over the ranks (rank 0's own workers among them),
// a few more in flight per rank than it has workers, and hears every rank's heartbeat: a rank
// silent for longer than a design may take is lost, and its designs in flight go to the other
// ranks once (a second loss fails them with the reason). Results come back indexed, so the
// batch is the same whoever simulated it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "cluster/channel.hpp"
#include "cluster/job_end.hpp"
#include "cluster/rank_workers.hpp"
#include "simulation/worker_pool.hpp"

namespace inversize::cluster {

class Dispatcher : public simulation::SimulationBackend {
 public:
  // Waits for every other rank's hello. Starts the heartbeat thread.
  Dispatcher(Channel& channel, Say say);
  ~Dispatcher() override;  // ends the job (end()) and stops rank 0's workers

  // The end of the job (job_end.hpp): stops every rank, waits for their answers, tells them
  // whether to finalise. True when every rank answered and none was lost: MPI_Finalize is safe.
  // Once; later calls return the first answer.
  bool end();

  int workers(const simulation::PoolOptions& options) override;
  simulation::BatchResults run(const std::vector<simulation::SimulationSetup>& setups, const JobContext& ctx,
                               const simulation::OnResult& on_result, const simulation::PoolOptions& options) override;

 // Whether a rank was lost during this job: MPI_Finalize would then wait for it forever.
  bool lost_a_rank() const;

 private:
  struct Rank {
    int default_workers = 1;
    std::string host;
    bool alive = true;
    std::chrono::steady_clock::time_point last_heard;
    std::vector<std::size_t> in_flight;  // of the current run
  };
  struct Batch;
  int workers_of(const Rank& r, const simulation::PoolOptions& options) const;
  RankWorkers& local(const simulation::PoolOptions& options);
  void heartbeats();
  void lose(int rank, const std::string& why, Batch& batch);

  Channel& channel_;
  Say say_;
  mutable std::mutex ranks_mutex_;  // ranks_' liveness is shared with the heartbeat thread
  std::vector<Rank> ranks_;
  std::unique_ptr<RankWorkers> local_;
  std::uint64_t runs_ = 0;
  std::string announced_;
  bool stopping_ = false;
  bool ended_ = false, finalize_ = false;
  std::mutex stop_mutex_;
  std::condition_variable stop_cv_;
  std::thread heartbeat_thread_;
};

}  // namespace inversize::cluster
