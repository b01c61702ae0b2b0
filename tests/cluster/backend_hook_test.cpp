// The hook the cluster hangs on: a WorkerPool made while a backend is set starts no worker of
// its own and hands run() to the backend; a local pool (the cluster's own) and every pool made
// after the backend is unset start their worker processes as before.
#include <gtest/gtest.h>
#include <signal.h>

#include "simulation/worker_pool.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {

// Records what reaches it; answers each setup with a failure naming its index.
class RecordingBackend : public SimulationBackend {
 public:
  int workers(const PoolOptions& options) override { return 10 * std::max(1, options.workers); }
  BatchResults run(const std::vector<SimulationSetup>& setups, const JobContext&, const OnResult& on_result,
                   const PoolOptions& options) override {
    ++runs;
    last_timeout = options.timeout_s;
    BatchResults out;
    for (std::size_t i = 0; i < setups.size(); ++i) {
      out.results.push_back(SimulationResult::failed("backend " + std::to_string(i)));
      out.finished.push_back(true);
      if (on_result) on_result(i, out.results.back());
    }
    return out;
  }
  int runs = 0;
  double last_timeout = 0;
};

struct BackendScope {
  explicit BackendScope(SimulationBackend* b) { set_simulation_backend(b); }
  ~BackendScope() { set_simulation_backend(nullptr); }
};

}  // namespace

TEST(BackendHook, PoolHandsItsBatchesToTheBackend) {
  RecordingBackend backend;
  BackendScope scope(&backend);
  WorkerPool pool(PoolOptions{3, 7.5});
  EXPECT_TRUE(pool.pids().empty());  // no worker process of its own
  EXPECT_EQ(pool.workers(), 30);
  std::size_t heard = 0;
  auto results = pool.run(std::vector<SimulationSetup>(4), {}, [&](std::size_t, const SimulationResult&) { ++heard; }).results;
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[2].error, "backend 2");
  EXPECT_EQ(heard, 4u);
  EXPECT_EQ(backend.runs, 1);
  EXPECT_DOUBLE_EQ(backend.last_timeout, 7.5);
}

TEST(BackendHook, LocalPoolsAndLaterPoolsStartTheirWorkers) {
  RecordingBackend backend;
  {
    BackendScope scope(&backend);
    WorkerPool local(PoolOptions{1, kSimulationTimeoutS, true});
    ASSERT_EQ(local.pids().size(), 1u);
    EXPECT_EQ(::kill(local.pids()[0], 0), 0);  // a live worker process
    EXPECT_EQ(local.workers(), 1);
  }
  WorkerPool after(PoolOptions{2});
  EXPECT_EQ(after.pids().size(), 2u);
  EXPECT_EQ(backend.runs, 0);
}
