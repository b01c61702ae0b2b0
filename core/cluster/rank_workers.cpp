#include "cluster/rank_workers.hpp"

#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <thread>

#include "simulation/worker_pool.hpp"

namespace inversize::cluster {

int default_workers() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

std::string host_name() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  return host;
}

RankWorkers::RankWorkers(int workers, double timeout_s) : timeout_s_(timeout_s) {
  const auto n = static_cast<std::size_t>(std::max(1, workers));
  slots_.resize(n);
  for (std::size_t k = 0; k < n; ++k) threads_.emplace_back([this, k] { serve(k); });
}

RankWorkers::~RankWorkers() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    for (auto& s : slots_) s.cancel.cancel();
  }
  work_ready_.notify_all();
  for (auto& t : threads_) t.join();
}

void RankWorkers::serve(std::size_t k) {
  std::unique_ptr<simulation::WorkerPool> pool;
  std::string no_pool;  // why this slot has no worker process: its designs fail with it
  try {
    pool = std::make_unique<simulation::WorkerPool>(simulation::PoolOptions{1, timeout_s_, true});
  } catch (const std::exception& e) {
    no_pool = e.what();
  }
  for (;;) {
    Assignment a;
    CancelToken token;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      a = std::move(queue_.front());
      queue_.pop_front();
      slots_[k] = Slot{a.run, CancelToken{}};
      token = slots_[k].cancel;
    }
    simulation::SimulationResult r;
    if (!pool) {
      r = simulation::SimulationResult::failed(no_pool);
    } else {
      try {
        JobContext ctx;
        ctx.cancel = token;
        r = pool->run({a.setup}, ctx).results.at(0);
      } catch (const std::exception& e) {
        r = simulation::SimulationResult::failed(std::string("simulation worker pool: ") + e.what());
      }
    }
    {
      std::lock_guard lock(mutex_);
      slots_[k].run = 0;
      if (token.cancelled()) continue;
      finished_.push_back({a.run, a.id, std::move(r)});
    }
    finished_ready_.notify_all();
  }
}

void RankWorkers::submit(std::vector<Assignment> items) {
  {
    std::lock_guard lock(mutex_);
    for (auto& a : items) queue_.push_back(std::move(a));
  }
  work_ready_.notify_all();
}

void RankWorkers::cancel(std::uint64_t run) {
  std::lock_guard lock(mutex_);
  std::erase_if(queue_, [&](const Assignment& a) { return a.run == run; });
  std::erase_if(finished_, [&](const Finished& f) { return f.run == run; });
  for (auto& s : slots_)
    if (s.run == run) s.cancel.cancel();
}

std::vector<Finished> RankWorkers::take() {
  std::lock_guard lock(mutex_);
  return std::exchange(finished_, {});
}

void RankWorkers::wait_for_finished(std::chrono::milliseconds limit) {
  std::unique_lock lock(mutex_);
  finished_ready_.wait_for(lock, limit, [&] { return !finished_.empty(); });
}

}  // namespace inversize::cluster
