// Full performance set per second, side by side in one run, for the Miller opamp in generic180
// and in gf180mcu (arg 0 / 1), over 16 designs that differ in their sizes (as generated data does):
//   in-process libngspice, circuits kept loaded and altered      (InProcess/.../1: the engine's
//     default, which loads new sizes afresh under binned models such as gf180mcu's)
//   the same, altering sizes under binned models too              (InProcess/.../2)
//   in-process libngspice, every deck loaded afresh               (InProcess/.../0)
//   one `ngspice -b` process per design, same decks: as installed (2 device threads) and with
//   num_threads=1                                                  (NgspiceProcessPerDesign/../threads)
//   gf180mcu decks with the whole corner instead of the models and bins the DUT uses, as a
//   designer's deck that includes the PDK                          (.../whole:1)
//   the worker pool with 1 and 2 workers, one design per worker at a time or the next one
//   queued behind it                                               (WorkerPool/.../workers/ahead)
// Each row reports designs/s, the CPU time per design (this process, or the workers) and the
// load average when it finished: read ratios between rows of one run.
// Run: build/tests/benchmarks/simulation_benchmark --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "circuit/build.hpp"
#include "circuit/input.hpp"
#include "simulation/batch_reference.hpp"
#include "simulation/simulator.hpp"
#include "technology/library_section.hpp"
#include "simulation/worker_pool.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {
// 16 designs of the circuit: every transistor's W scaled by 0.8 ... 1.55 in steps of 5 %.
// `whole`: the decks carry the technology's whole corner text (as before 2026-12-07, and as a
// designer's own deck that includes the PDK does), not only the models and bins the DUT uses.
const std::vector<SimulationSetup>& designs(int which, bool whole = false) {
  static std::vector<SimulationSetup> cache[2][2];
  auto& d = cache[which][whole];
  if (d.empty()) {
    auto tech = technology::load_named(which == 0 ? "generic180" : "gf180mcu");
    auto o = circuit::open_circuit(which == 0 ? "builtin:miller" : "builtin:miller_gf180", tech);
    for (int i = 0; i < 16; ++i) {
      circuit::Circuit c = o.circuit;
      for (auto& dev : c.devices)
        if (circuit::is_mos(dev.kind)) dev.w = tech.snap_w(dev.w * (0.8 + 0.05 * i));
      d.push_back(make_setup(o.deck, c, tech, nominal_conditions(o.deck, tech)));
      if (whole) d.back().dut.text = circuit::dut_subckt(o.deck, c, kDutName) + technology::spice_models(tech);
    }
  }
  return d;
}

double process_cpu_s() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// User + system time of another process (a worker), from /proc.
double process_cpu_s(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string field;
  double ticks = 0;
  for (int i = 1; i <= 15 && in >> field; ++i)
    if (i == 14 || i == 15) ticks += std::atof(field.c_str());
  return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

void report(benchmark::State& state, double designs, double cpu_s) {
  state.counters["designs_per_s"] = benchmark::Counter(designs, benchmark::Counter::kIsRate);
  state.counters["cpu_ms_per_design"] = designs > 0 ? 1e3 * cpu_s / designs : 0;
  double load[1] = {0};
  if (::getloadavg(load, 1) == 1) state.counters["load1"] = load[0];
}
}  // namespace

static void BM_InProcess(benchmark::State& state) {
  const auto& setups = designs(static_cast<int>(state.range(0)), state.range(2) == 1);
  enter_scratch_directory();
  auto& engine = process_engine();
  engine.reuse_circuits = state.range(1) != 0;
  engine.alter_binned_sizes = state.range(1) == 2;
  run_setup(engine, setups.back());  // libngspice loaded, the circuits of another design resident
  double n = 0, cpu0 = process_cpu_s();
  for (auto _ : state)
    for (const auto& s : setups) {
      auto r = run_setup(engine, s);
      if (!r.ok()) state.SkipWithError(r.error.c_str());
      ++n;
    }
  engine.reuse_circuits = true;
  engine.alter_binned_sizes = false;
  report(state, n, process_cpu_s() - cpu0);
}
// Args: gf180, reuse (1 the default, 2 altering sizes under binned models too, 0 loading every
// deck afresh), whole (1: the decks carry the whole gf180mcu corner).
BENCHMARK(BM_InProcess)
    ->ArgNames({"gf180", "reuse", "whole"})
    ->Args({0, 1, 0})->Args({0, 2, 0})->Args({0, 0, 0})
    ->Args({1, 1, 0})->Args({1, 2, 0})->Args({1, 0, 0})->Args({1, 1, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

static void BM_NgspiceProcessPerDesign(benchmark::State& state) {
  const auto& setups = designs(static_cast<int>(state.range(0)), state.range(2) == 1);
  auto dir = std::filesystem::temp_directory_path() / ("inversize_bench_" + std::to_string(::getpid()));
  double n = 0;
  rusage before{};
  ::getrusage(RUSAGE_CHILDREN, &before);
  for (auto _ : state)
    for (const auto& s : setups) {
      auto r = run_setup_with_ngspice_program(s, dir.string(), "ngspice", static_cast<int>(state.range(1)));
      if (!r.ok()) state.SkipWithError(r.error.c_str());
      ++n;
    }
  rusage after{};
  ::getrusage(RUSAGE_CHILDREN, &after);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec); };
  std::filesystem::remove_all(dir);
  report(state, n, seconds(after.ru_utime) + seconds(after.ru_stime) - seconds(before.ru_utime) - seconds(before.ru_stime));
}
// threads 0: ngspice's default (2 OpenMP threads for the devices), as a user's `ngspice -b` runs.
// whole 1: the gf180mcu decks with the whole corner, as a designer's deck that includes the PDK.
BENCHMARK(BM_NgspiceProcessPerDesign)
    ->ArgNames({"gf180", "threads", "whole"})
    ->Args({0, 0, 0})->Args({0, 1, 0})
    ->Args({1, 0, 1})->Args({1, 1, 1})->Args({1, 0, 0})->Args({1, 1, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

static void BM_WorkerPool(benchmark::State& state) {
  set_worker_executable(INVERSIZE_WORKER_EXE);
  const auto& setups = designs(static_cast<int>(state.range(0)));
  PoolOptions options{static_cast<int>(state.range(1))};
  options.queue_ahead = static_cast<int>(state.range(2));
  WorkerPool pool(options);
  pool.run(setups, JobContext{});  // warm up: workers load libngspice and the circuits
  auto workers_cpu = [&] {
    double s = 0;
    for (int pid : pool.pids()) s += process_cpu_s(pid);
    return s;
  };
  auto busy = [&] {
    double s = 0;
    for (double b : pool.busy_seconds()) s += b;
    return s;
  };
  double n = 0, cpu0 = workers_cpu(), busy0 = busy(), own0 = process_cpu_s();
  const auto wall0 = std::chrono::steady_clock::now();
  for (auto _ : state) {
    for (const auto& r : pool.run(setups, JobContext{}).results)
      if (!r.ok()) state.SkipWithError(r.error.c_str());
    n += static_cast<double>(setups.size());
  }
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  report(state, n, workers_cpu() - cpu0);
  // How much of the time the workers had a design (the rest they waited for this process, or
  // for the batch's last design elsewhere), and this process's own CPU per design (the requests'
  // and results' JSON, the poll loop).
  state.counters["busy"] = (busy() - busy0) / (wall * static_cast<double>(pool.workers()));
  state.counters["pool_cpu_ms_per_design"] = n > 0 ? 1e3 * (process_cpu_s() - own0) / n : 0;
}
// Args: gf180 (0 generic180, 1 gf180mcu), workers, queue_ahead (PoolOptions: 0 one design per
// worker at a time, 1 the next design waiting behind the running one).
BENCHMARK(BM_WorkerPool)
    ->ArgNames({"gf180", "workers", "ahead"})
    ->ArgsProduct({{0, 1}, {1, 2}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK_MAIN();
