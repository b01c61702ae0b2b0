// Parallel simulation in worker processes: same answers as in-process, and a crash, a hang
// or a cancel costs only the designs concerned.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
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
  auto results = pool.run(setups, JobContext{}, [&](std::size_t, const SimulationResult&) { ++seen; }).results;
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
  auto results = pool.run(setups, JobContext{}, [](std::size_t, const SimulationResult&) {}).results;
  ASSERT_TRUE(results[0].ok()) << results[0].error;
  EXPECT_TRUE(results[0].stopped_early);
  EXPECT_FALSE(results[0].performance("sr_v_per_us").value);
  EXPECT_TRUE(results[0].performance("gain_db").value);
  EXPECT_FALSE(results[1].stopped_early);
  EXPECT_TRUE(results[1].performance("sr_v_per_us").value) << results[1].performance("sr_v_per_us").reason;
}

TEST(WorkerPool, HangIsKilledAfterTimeoutAndOthersGoOn) {
  use_cli_as_worker();
  PoolOptions o{1, 0.5};
  o.queue_ahead = 1;
  WorkerPool pool(o);
  // Design 1 waits in the worker's socket behind design 0 (PoolOptions::queue_ahead): it goes
  // to the restarted worker, as design 2 does.
  auto results = pool.run({slow_setup(), ideal_opamp_setup(), ideal_opamp_setup()}, JobContext{}).results;
  EXPECT_FALSE(results[0].ok());
  EXPECT_NE(results[0].error.find("timed out"), std::string::npos) << results[0].error;
  EXPECT_TRUE(results[1].ok()) << results[1].error;
  EXPECT_TRUE(results[2].ok()) << results[2].error;
  EXPECT_EQ(pool.restarts(), 1);
}

TEST(WorkerPool, CrashedWorkerCostsOneDesign) {
  use_cli_as_worker();
  PoolOptions o{1};
  o.queue_ahead = 1;  // design 1 queued behind the one that dies
  WorkerPool pool(o);
  auto pid = pool.pids().at(0);
  std::thread killer([pid] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ::kill(pid, SIGKILL);
  });
  auto results = pool.run({slow_setup(), ideal_opamp_setup(), ideal_opamp_setup()}, JobContext{}).results;
  killer.join();
  EXPECT_FALSE(results[0].ok());
  EXPECT_NE(results[0].error.find("died"), std::string::npos) << results[0].error;
  EXPECT_TRUE(results[1].ok()) << results[1].error;  // was queued behind design 0: sent again
  EXPECT_TRUE(results[2].ok()) << results[2].error;
}

TEST(WorkerPool, CancelStopsAndMarksTheRest) {
  use_cli_as_worker();
  WorkerPool pool(PoolOptions{1});
  JobContext ctx;
  std::vector<SimulationSetup> setups(5, ideal_opamp_setup());
  int finished = 0;
  auto batch = pool.run(setups, ctx, [&](std::size_t, const SimulationResult&) {
    if (++finished == 2) ctx.cancel.cancel();
  });
  EXPECT_EQ(finished, 2);
  // The batch says it was cancelled; the three designs it dropped say they were not simulated.
  EXPECT_TRUE(batch.outcome.is_cancelled());
  EXPECT_EQ(std::count(batch.finished.begin(), batch.finished.end(), true), 2);
  for (std::size_t i = 0; i < setups.size(); ++i) {
    if (batch.finished[i]) EXPECT_TRUE(batch.results[i].ok()) << batch.results[i].error;
    else EXPECT_FALSE(batch.results[i].ok());
  }
  // The same pool serves the next batch whole, and that one ends done.
  auto next = pool.run(setups, JobContext{});
  EXPECT_TRUE(next.outcome.is_done());
  EXPECT_EQ(std::count(next.finished.begin(), next.finished.end(), true), 5);
}

// The bookkeeping of the pool and of the cluster's dispatcher: a design's result once (a retried
// design's late second answer is ignored), heard and reported as it comes, and the batch's
// outcome from what finished.
TEST(BatchRecorder, EndsDoneWhenEveryDesignFinishedAndCancelledOtherwise) {
  JobContext ctx;
  std::vector<long long> reported;
  ctx.progress = [&](const Progress& p) { reported.push_back(p.done); };
  std::vector<std::size_t> heard;
  OnResult on_result = [&](std::size_t i, const SimulationResult&) { heard.push_back(i); };
  {
    BatchRecorder rec(3, ctx, on_result);
    rec.finish(2, SimulationResult::failed("no convergence"));
    rec.finish(0, SimulationResult{});
    rec.finish(2, SimulationResult{});  // a second answer for design 2
    EXPECT_FALSE(rec.complete());
    auto batch = std::move(rec).end();
    EXPECT_TRUE(batch.outcome.is_cancelled());
    EXPECT_EQ(batch.finished, (std::vector<bool>{true, false, true}));
    EXPECT_EQ(batch.results[2].error, "no convergence");  // the first answer stands
    EXPECT_TRUE(batch.results[0].ok());
    EXPECT_FALSE(batch.results[1].ok());  // never simulated: not a design that passed
  }
  EXPECT_EQ(heard, (std::vector<std::size_t>{2, 0}));
  EXPECT_EQ(reported, (std::vector<long long>{1, 2}));
  BatchRecorder rec(2, ctx, on_result);
  rec.finish(1, SimulationResult{});
  rec.finish(0, SimulationResult::failed("timed out"));
  auto batch = std::move(rec).end();
  EXPECT_TRUE(batch.outcome.is_done());  // a design's failure is its own, not the batch's
  EXPECT_FALSE(batch.results[0].ok());
  // Once cancelled, a failure is the cancel's (a worker killed by the same Ctrl-C): not simulated,
  // not heard; a design that came through still counts.
  heard.clear();
  ctx.cancel.cancel();
  BatchRecorder late(2, ctx, on_result);
  late.finish(0, SimulationResult::failed("worker died (signal 2)"));
  late.finish(1, SimulationResult{});
  auto cut = std::move(late).end();
  EXPECT_TRUE(cut.outcome.is_cancelled());
  EXPECT_EQ(cut.finished, (std::vector<bool>{false, true}));
  EXPECT_EQ(heard, (std::vector<std::size_t>{1}));
  EXPECT_NE(cut.results[0].error.find("not simulated"), std::string::npos) << cut.results[0].error;
}
