// Monte Carlo throughput of `yield` against the nominal simulate throughput of the same worker
// pool, side by side, on the Miller opamp (generic180, mismatch; gf180mcu, global variation and
// mismatch): every performance (all benches), and the AC-only specification (operating point
// and AC bench). The goal: 200 runs of one Miller sizing, all performances, in 30 s.
// Run: build/tests/benchmarks/yield_benchmark --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <algorithm>
#include <numeric>

#include "circuit/input.hpp"
#include "robustness/yield.hpp"
#include "simulation/simulator.hpp"

using namespace inversize;

namespace {

struct Opamp {
  technology::Technology tech;
  circuit::OpenedCircuit opened;
};

const Opamp& opamp(bool gf180) {
  static const Opamp generic = [] {
    Opamp o{technology::load_named("generic180"), {}};
    o.opened = circuit::open_circuit("builtin:miller", o.tech);
    return o;
  }();
  static const Opamp gf = [] {
    Opamp o{technology::load_named("gf180mcu"), {}};
    o.opened = circuit::open_circuit("builtin:miller_gf180", o.tech);
    return o;
  }();
  return gf180 ? gf : generic;
}

robustness::YieldRequest request(const Opamp& o, int runs, bool ac_only) {
  robustness::YieldRequest q;
  q.deck = &o.opened.deck;
  q.circuit = o.opened.circuit;
  q.tech = &o.tech;
  q.conditions = simulation::nominal_conditions(o.opened.deck, o.opened.circuit, o.tech);
  // A slew-rate bound needs the transient: every bench runs.
  q.spec = sizing::parse_specification(ac_only ? std::vector<std::string>{"gain_db=40", "gbw_hz=1meg"}
                                               : std::vector<std::string>{"gain_db=40", "gbw_hz=1meg", "sr_v_per_us=1"});
  q.mc.runs = runs;
  return q;
}

// range(0): gf180mcu (1) or generic180 (0); range(1): AC-only (1) or all benches (0); range(2):
// Monte Carlo runs (the goal is for 200).
void BM_Yield(benchmark::State& state) {
  simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  simulation::enter_scratch_directory();
  simulation::WorkerPool pool(simulation::PoolOptions{2});
  const int mc = static_cast<int>(state.range(2));
  const auto q = request(opamp(state.range(0) == 1), mc, state.range(1) == 1);
  robustness::estimate_yield(request(opamp(state.range(0) == 1), 2, true), pool, {});  // workers started
  double runs = 0;
  for (auto _ : state) {
    auto r = robustness::estimate_yield(q, pool, {});
    if (r.runs != mc || !r.failed.empty()) state.SkipWithError("a Monte Carlo run failed");
    runs += r.runs + 1;  // and the nominal run
  }
  state.counters["designs_per_s"] = benchmark::Counter(runs, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Yield)
    ->ArgsProduct({{0, 1}, {0, 1}, {40}})
    ->Args({1, 0, 200})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

// The same pool simulating the nominal sizing 41 times: what the Monte Carlo costs on top.
void BM_Nominal(benchmark::State& state) {
  simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  simulation::enter_scratch_directory();
  simulation::WorkerPool pool(simulation::PoolOptions{2});
  const auto& o = opamp(state.range(0) == 1);
  auto s = simulation::make_setup(o.opened.deck, o.opened.circuit, o.tech,
                                  simulation::nominal_conditions(o.opened.deck, o.opened.circuit, o.tech));
  s.ac_only = state.range(1) == 1;
  pool.run({s}, {});
  std::vector<simulation::SimulationSetup> batch(41, s);
  double n = 0;
  for (auto _ : state) {
    for (const auto& r : pool.run(batch, {}).results)
      if (!r.ok()) state.SkipWithError(r.error.c_str());
    n += static_cast<double>(batch.size());
  }
  state.counters["designs_per_s"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Nominal)->ArgsProduct({{0, 1}, {0, 1}})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

// Where a die's time goes: every Monte Carlo run's own simulation seconds (measured in the
// worker, all benches), against the nominal sizing simulated as often. A few dies whose DC
// sweep starts with ngspice's gmin or source stepping cost tens of typical ones: the mean is
// theirs, the median the typical die's.
// range(0): gf180mcu (1) or generic180 (0).
void BM_DieSeconds(benchmark::State& state) {
  simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  simulation::enter_scratch_directory();
  simulation::WorkerPool pool(simulation::PoolOptions{2});
  const auto& o = opamp(state.range(0) == 1);
  const auto dies = robustness::yield_setups(request(o, 40, false));
  const std::vector<simulation::SimulationSetup> nominal(dies.size(), dies.front());
  auto seconds = [&](const std::vector<simulation::SimulationSetup>& batch) {
    std::vector<double> s;
    for (const auto& r : pool.run(batch, {}).results) s.push_back(r.seconds);
    std::sort(s.begin(), s.end());
    return s;
  };
  for (auto _ : state) {
    const auto mc = seconds(dies), nom = seconds(nominal);
    const double mc_median = mc[mc.size() / 2], nom_median = nom[nom.size() / 2];
    state.counters["die_mean_ms"] = 1e3 * std::accumulate(mc.begin(), mc.end(), 0.0) / mc.size();
    state.counters["die_median_ms"] = 1e3 * mc_median;
    state.counters["die_max_ms"] = 1e3 * mc.back();
    state.counters["slow_dies"] = std::count_if(mc.begin(), mc.end(), [&](double x) { return x > 5 * mc_median; });
    state.counters["nominal_mean_ms"] = 1e3 * std::accumulate(nom.begin(), nom.end(), 0.0) / nom.size();
    state.counters["nominal_median_ms"] = 1e3 * nom_median;
  }
}
BENCHMARK(BM_DieSeconds)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
