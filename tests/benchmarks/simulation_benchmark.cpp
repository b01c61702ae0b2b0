// Full performance set of the Miller opamp per second:
//   in-process libngspice  vs  one `ngspice -b` process per design (same decks, same measurements),
//   and the worker pool with 1 and 2 workers.
// Run: build/tests/benchmarks/simulation_benchmark --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <filesystem>
#include <unistd.h>

#include "circuit/input.hpp"
#include "simulation/batch_reference.hpp"
#include "simulation/simulator.hpp"
#include "simulation/worker_pool.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {
const SimulationSetup& miller_setup() {
  static SimulationSetup setup = [] {
    auto tech = technology::load_default();
    auto o = circuit::open_circuit("builtin:miller", tech);
    return make_setup(o.deck, o.circuit, tech, nominal_conditions(o.deck, tech));
  }();
  return setup;
}

void designs_per_second(benchmark::State& state, double designs) {
  state.counters["designs_per_s"] = benchmark::Counter(designs, benchmark::Counter::kIsRate);
}
}  // namespace

static void BM_Miller_InProcess(benchmark::State& state) {
  const auto& s = miller_setup();
  enter_scratch_directory();
  double n = 0;
  for (auto _ : state) {
    auto r = run_setup(process_engine(), s);
    if (!r.ok()) state.SkipWithError(r.error.c_str());
    ++n;
  }
  designs_per_second(state, n);
}
BENCHMARK(BM_Miller_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime();

static void BM_Miller_NgspiceProcessPerDesign(benchmark::State& state) {
  const auto& s = miller_setup();
  auto dir = std::filesystem::temp_directory_path() / ("inversize_bench_" + std::to_string(::getpid()));
  double n = 0;
  for (auto _ : state) {
    auto r = run_setup_with_ngspice_program(s, dir.string());
    if (!r.ok()) state.SkipWithError(r.error.c_str());
    ++n;
  }
  std::filesystem::remove_all(dir);
  designs_per_second(state, n);
}
BENCHMARK(BM_Miller_NgspiceProcessPerDesign)->Unit(benchmark::kMillisecond)->UseRealTime();

static void BM_Miller_WorkerPool(benchmark::State& state) {
  set_worker_executable(INVERSIZE_WORKER_EXE);
  const int workers = static_cast<int>(state.range(0));
  WorkerPool pool(PoolOptions{workers});
  std::vector<SimulationSetup> batch(16, miller_setup());
  pool.run({miller_setup()}, JobContext{});  // warm up: workers load libngspice
  double n = 0;
  for (auto _ : state) {
    auto results = pool.run(batch, JobContext{});
    for (const auto& r : results)
      if (!r.ok()) state.SkipWithError(r.error.c_str());
    n += static_cast<double>(batch.size());
  }
  designs_per_second(state, n);
}
BENCHMARK(BM_Miller_WorkerPool)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
