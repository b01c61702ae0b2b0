// Parallel simulation in worker processes: same answers as in-process, and a crash, a hang
// or a cancel costs only the designs concerned.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "ideal_opamp.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/worker_pool.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {
void use_cli_as_worker() { set_worker_executable(INVERSIZE_WORKER_EXE); }

// A setup whose transient takes seconds: a long RC ladder hanging off the output.
SimulationSetup slow_setup() {
  auto s = ideal_opamp_setup();
  std::string ladder;
  for (int i = 0; i < 4000; ++i)
    ladder += "rl" + std::to_string(i) + " n" + std::to_string(i) + " n" + std::to_string(i + 1) + " 1k\ncl" +
              std::to_string(i) + " n" + std::to_string(i + 1) + " vss 1f\n";
  s.dut.text.insert(s.dut.text.find(".ends"), "rlin out n0 1k\n" + ladder);
  return s;
}
}  // namespace

TEST(WorkerPool, ParallelResultsEqualInProcessResults) {
  use_cli_as_worker();
  std::vector<SimulationSetup> setups;
  for (double cl : {0.5e-12, 1e-12, 2e-12, 4e-12}) {
    auto s = ideal_opamp_setup();
    s.conditions.cl_f = cl;
    setups.push_back(s);
  }
  WorkerPool pool(PoolOptions{2});
  std::atomic<int> seen{0};
  auto results = pool.run(setups, JobContext{}, [&](std::size_t, const SimulationResult&) { ++seen; });
  EXPECT_EQ(seen.load(), 4);
  for (std::size_t i = 0; i < setups.size(); ++i) {
    auto local = run_setup(process_engine(), setups[i]);
    ASSERT_TRUE(results[i].ok()) << results[i].error;
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      ASSERT_EQ(results[i].performances[k].value.has_value(), local.performances[k].value.has_value());
      if (local.performances[k].value)
        EXPECT_NEAR(*results[i].performances[k].value, *local.performances[k].value,
                    1e-9 * std::max(1.0, std::abs(*local.performances[k].value)));
    }
  }
  // The transit frequency scales as 1/CL: a real, per-design answer came back for each.
  EXPECT_NEAR(*results[0].performance("gbw_hz").value / *results[3].performance("gbw_hz").value, 8.0, 0.1);
}

// The feasibility gate travels to the worker: an unreachable phase margin stops each design
// after its AC bench, and an ungated one in the same batch runs every bench.
TEST(WorkerPool, FeasibilityGateReachesTheWorker) {
  use_cli_as_worker();
  std::vector<SimulationSetup> setups(2, ideal_opamp_setup());
  setups[0].gate = FeasibilityGate{SizingRuleLimits{}, 179.0};
  WorkerPool pool(PoolOptions{2});
  auto results = pool.run(setups, JobContext{}, [](std::size_t, const SimulationResult&) {});
  ASSERT_TRUE(results[0].ok()) << results[0].error;
  EXPECT_TRUE(results[0].stopped_early);
  EXPECT_FALSE(results[0].performance("sr_v_per_us").value);
  EXPECT_TRUE(results[0].performance("gain_db").value);
  EXPECT_FALSE(results[1].stopped_early);
  EXPECT_TRUE(results[1].performance("sr_v_per_us").value) << results[1].performance("sr_v_per_us").reason;
}

TEST(WorkerPool, HangIsKilledAfterTimeoutAndOthersGoOn) {
  use_cli_as_worker();
  WorkerPool pool(PoolOptions{1, 0.5});
  auto results = pool.run({slow_setup(), ideal_opamp_setup()}, JobContext{});
  EXPECT_FALSE(results[0].ok());
  EXPECT_NE(results[0].error.find("timed out"), std::string::npos) << results[0].error;
  EXPECT_TRUE(results[1].ok()) << results[1].error;
  EXPECT_EQ(pool.restarts(), 1);
}

TEST(WorkerPool, CrashedWorkerCostsOneDesign) {
  use_cli_as_worker();
  WorkerPool pool(PoolOptions{1});
  auto pid = pool.pids().at(0);
  std::thread killer([pid] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ::kill(pid, SIGKILL);
  });
  auto results = pool.run({slow_setup(), ideal_opamp_setup()}, JobContext{});
  killer.join();
  EXPECT_FALSE(results[0].ok());
  EXPECT_NE(results[0].error.find("died"), std::string::npos) << results[0].error;
  EXPECT_TRUE(results[1].ok()) << results[1].error;
}

TEST(WorkerPool, CancelStopsAndMarksTheRest) {
  use_cli_as_worker();
  WorkerPool pool(PoolOptions{1});
  JobContext ctx;
  std::vector<SimulationSetup> setups(5, ideal_opamp_setup());
  int finished = 0;
  auto results = pool.run(setups, ctx, [&](std::size_t, const SimulationResult&) {
    if (++finished == 2) ctx.cancel.cancel();
  });
  EXPECT_EQ(finished, 2);
  int cancelled = 0;
  for (const auto& r : results) cancelled += r.error == "cancelled";
  EXPECT_EQ(cancelled, 3);
}
