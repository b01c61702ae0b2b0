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
//   the machine's own limit for this work: the 16 designs' benches in one plain `ngspice -b`
//   (one device thread), one such process against two at once  (NgspiceSideBySide/.../processes)
//   and, for the cores alone, a loop in registers and a walk over 64 MiB per thread, one thread
//   against two                                                     (CoreScaling/kind/threads)
// Each row reports designs/s, the CPU time per design (this process, or the workers) and the
// load average when it finished: read ratios between rows of one run.
// Run: build/tests/benchmarks/simulation_benchmark --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "circuit/build.hpp"
#include "circuit/input.hpp"
#include "simulation/batch_reference.hpp"
#include "simulation/simulator.hpp"
#include "simulation/testbench.hpp"
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

// Fields of another process's (a worker's) /proc stat: user + system time, minor page faults.
struct ProcessUsage {
  double cpu_s = 0, system_s = 0, minor_faults = 0;
};
ProcessUsage process_usage(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string field;
  ProcessUsage u;
  const double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
  for (int i = 1; i <= 15 && in >> field; ++i) {  // the name (field 2) holds no space: inversize-worker
    if (i == 10) u.minor_faults = std::atof(field.c_str());
    if (i == 14 || i == 15) u.cpu_s += std::atof(field.c_str()) / tick;
    if (i == 15) u.system_s = std::atof(field.c_str()) / tick;
  }
  return u;
}
double process_cpu_s(int pid) { return process_usage(pid).cpu_s; }

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
  // batch: the 16 designs this many times in one run() (a larger batch dilutes its end, where
  // one worker simulates the last design alone).
  std::vector<SimulationSetup> setups;
  for (long k = 0; k < std::max<long>(1, state.range(3)); ++k)
    setups.insert(setups.end(), designs(static_cast<int>(state.range(0))).begin(), designs(static_cast<int>(state.range(0))).end());
  PoolOptions options{static_cast<int>(state.range(1))};
  options.queue_ahead = static_cast<int>(state.range(2));
  WorkerPool pool(options);
  pool.run(setups, JobContext{});  // warm up: workers load libngspice and the circuits
  auto workers_cpu = [&] {
    double s = 0;
    for (int pid : pool.pids()) s += process_cpu_s(pid);
    return s;
  };
  auto workers_usage = [&] {
    ProcessUsage s;
    for (int pid : pool.pids()) {
      const auto u = process_usage(pid);
      s.system_s += u.system_s;
      s.minor_faults += u.minor_faults;
    }
    return s;
  };
  const auto usage0 = workers_usage();
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
  const auto usage = workers_usage();  // the kernel's share: page faults of memory freed and taken again
  state.counters["system_ms_per_design"] = n > 0 ? 1e3 * (usage.system_s - usage0.system_s) / n : 0;
  state.counters["faults_per_design"] = n > 0 ? (usage.minor_faults - usage0.minor_faults) / n : 0;
  // How much of the time the workers had a design (the rest they waited for this process, or
  // for the batch's last design elsewhere), and this process's own CPU per design (the requests'
  // and results' JSON, the poll loop).
  state.counters["busy"] = (busy() - busy0) / (wall * static_cast<double>(pool.workers()));
  state.counters["pool_cpu_ms_per_design"] = n > 0 ? 1e3 * (process_cpu_s() - own0) / n : 0;
}
// Args: gf180 (0 generic180, 1 gf180mcu), workers, queue_ahead (PoolOptions: 0 one design per
// worker at a time, 1 the next design waiting behind the running one), batch (the 16 designs
// repeated in one run).
BENCHMARK(BM_WorkerPool)
    ->ArgNames({"gf180", "workers", "ahead", "batch"})
    ->ArgsProduct({{0, 1}, {1, 2}, {0, 1}, {1}})
    ->Args({1, 1, 0, 4})->Args({1, 2, 0, 4})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The machine's limit for this work, without anything of ours: the benches of the 16 designs
// (decks and analyses as the engine runs them, one device thread, nothing written) sourced in
// turn by one plain `ngspice -b`, and by two such processes at once, each its own copy. If two
// processes get less than twice the designs/s of one, that is the machine (caches, memory, the
// host's cores), not the pool. Args: gf180, processes.
static void BM_NgspiceSideBySide(benchmark::State& state) {
  const auto& setups = designs(static_cast<int>(state.range(0)));
  const int processes = static_cast<int>(state.range(1));
  const auto root = std::filesystem::temp_directory_path() / ("inversize_side_" + std::to_string(::getpid()));
  std::vector<std::string> scripts;
  for (int p = 0; p < processes; ++p) {
    const auto dir = root / std::to_string(p);
    std::filesystem::create_directories(dir);
    std::ofstream script(dir / "run.sp");
    script << "* 16 designs\n.control\nset noaskquit\nset num_threads=1\n";
    for (std::size_t d = 0; d < setups.size(); ++d)
      for (const auto& bench : make_benches(setups[d].dut, setups[d].conditions)) {
        const auto deck = dir / (std::to_string(d) + "_" + bench.name + ".cir");
        std::ofstream(deck) << bench.deck;
        script << "source " << deck.string() << "\n";
        for (const auto& a : bench.analyses) script << a << "\n";
        script << "destroy all\nremcirc\n";
      }
    script << "quit\n.endc\n.end\n";
    scripts.push_back((dir / "run.sp").string());
  }
  auto run_all = [&] {
    std::vector<pid_t> pids;
    for (const auto& path : scripts) {
      posix_spawn_file_actions_t io;
      posix_spawn_file_actions_init(&io);
      posix_spawn_file_actions_addopen(&io, 1, "/dev/null", O_WRONLY, 0);
      posix_spawn_file_actions_addopen(&io, 2, "/dev/null", O_WRONLY, 0);
      std::string program = "ngspice", flag = "-b", file = path;
      char* argv[] = {program.data(), flag.data(), file.data(), nullptr};
      pid_t pid = 0;
      if (::posix_spawnp(&pid, "ngspice", &io, nullptr, argv, environ) == 0) pids.push_back(pid);
      posix_spawn_file_actions_destroy(&io);
    }
    bool ok = pids.size() == scripts.size();
    for (pid_t pid : pids) {
      int status = 0;
      ::waitpid(pid, &status, 0);
      ok = ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return ok;
  };
  run_all();  // warm up: the decks and ngspice's code in the page cache
  rusage before{};
  ::getrusage(RUSAGE_CHILDREN, &before);
  double n = 0;
  for (auto _ : state) {
    if (!run_all()) state.SkipWithError("ngspice -b failed");
    n += static_cast<double>(setups.size() * scripts.size());
  }
  rusage after{};
  ::getrusage(RUSAGE_CHILDREN, &after);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec); };
  std::filesystem::remove_all(root);
  report(state, n, seconds(after.ru_utime) + seconds(after.ru_stime) - seconds(before.ru_utime) - seconds(before.ru_stime));
  state.counters["system_ms_per_design"] = n > 0 ? 1e3 * (seconds(after.ru_stime) - seconds(before.ru_stime)) / n : 0;
  state.counters["faults_per_design"] = n > 0 ? static_cast<double>(after.ru_minflt - before.ru_minflt) / n : 0;
}
BENCHMARK(BM_NgspiceSideBySide)
    ->ArgNames({"gf180", "processes"})
    ->ArgsProduct({{0, 1}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

namespace {
// Work for one core: kind 0 a dependent chain in registers (no memory traffic: the cores
// alone), kind 1 a read-modify-write walk over 64 MiB (the shared L3 and memory).
double core_work(int kind) {
  if (kind == 0) {
    std::uint64_t x = 88172645463325252ull;
    for (int i = 0; i < 200'000'000; ++i) x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return static_cast<double>(x & 1);
  }
  static thread_local std::vector<std::uint64_t> buffer(8u << 20, 1);
  std::uint64_t sum = 0;
  for (int pass = 0; pass < 8; ++pass)
    for (std::size_t i = 0; i < buffer.size(); i += 8) sum += (buffer[i] += static_cast<std::uint64_t>(pass));
  return static_cast<double>(sum & 1);
}
double thread_cpu_s() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}
}  // namespace

// One thread against two doing the same work at once: `work_per_s` is units of work per second
// of wall time (2.0x the one thread's if the cores share nothing), `cpu_s_per_work` each
// unit's CPU time. Args: kind (0 registers, 1 memory walk), threads.
static void BM_CoreScaling(benchmark::State& state) {
  const int kind = static_cast<int>(state.range(0)), threads = static_cast<int>(state.range(1));
  std::atomic<double> cpu{0};
  core_work(kind);  // the buffer allocated and touched
  double n = 0;
  for (auto _ : state) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        const double c0 = thread_cpu_s();
        benchmark::DoNotOptimize(core_work(kind));
        cpu.fetch_add(thread_cpu_s() - c0);
      });
    for (auto& t : pool) t.join();
    n += threads;
  }
  state.counters["work_per_s"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
  state.counters["cpu_s_per_work"] = n > 0 ? cpu.load() / n : 0;
  double load[1] = {0};
  if (::getloadavg(load, 1) == 1) state.counters["load1"] = load[0];
}
BENCHMARK(BM_CoreScaling)
    ->ArgNames({"kind", "threads"})
    ->ArgsProduct({{0, 1}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK_MAIN();
