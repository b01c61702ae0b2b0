// Training-data generation for the built-in opamps: time to N designs in the training archive
// (goal: 1000 in at most 5 minutes each on a 2-core machine), simulation rate, feasible share
// and the spread of every performance over the archive.
// Run: build/tests/benchmarks/dataset_benchmark [--benchmark_filter=miller]
//      INVERSIZE_BENCH_DESIGNS=1000 (default), INVERSIZE_BENCH_METHOD=nsga2|random
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "dataset/generator.hpp"
#include "dataset/project.hpp"
#include "simulation/worker_pool.hpp"
#include "technology/technology.hpp"

using namespace inversize;
using namespace inversize::dataset;

namespace {

std::int64_t target() {
  const char* s = std::getenv("INVERSIZE_BENCH_DESIGNS");
  return s ? std::max(1LL, std::atoll(s)) : 1000;
}

void print_spread(const Project& p, const std::string& label) {
  std::printf("\n%s: spread over the training archive (min / median / max)\n", label.c_str());
  auto designs = p.designs();
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    std::vector<double> v;
    for (const auto& d : designs)
      if (d.pareto && d.performances[k]) v.push_back(*d.performances[k]);
    if (v.empty()) continue;
    std::sort(v.begin(), v.end());
    std::printf("  %-12s %12.4g %12.4g %12.4g %s\n", std::string(kPerformances[k].key).c_str(), v.front(),
                v[v.size() / 2], v.back(), std::string(kPerformances[k].unit).c_str());
  }
  std::fflush(stdout);
}

double cpu_seconds(int who) {
  rusage u{};
  ::getrusage(who, &u);
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec); };
  return s(u.ru_utime) + s(u.ru_stime);
}

void BM_Generate(benchmark::State& state, const std::string& circuit, const std::string& tech) {
  simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  const char* m = std::getenv("INVERSIZE_BENCH_METHOD");
  GenerateOptions o;
  o.method = method_from_string(m ? m : "nsga2");
  o.target = target();
  o.seed = 1;
  for (auto _ : state) {
    auto path = std::filesystem::temp_directory_path() /
                ("inversize_bench_" + std::to_string(::getpid()) + "_" + circuit.substr(8) + ".isz");
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
    auto p = Project::create(path.string(), make_project_setup(circuit, technology::load_named(tech)));
    const double cpu0 = cpu_seconds(RUSAGE_SELF) + cpu_seconds(RUSAGE_CHILDREN);
    auto s = generate(p, o, JobContext{});
    // The workers ended with the generator's pool: their time is in RUSAGE_CHILDREN now.
    const double cpu = cpu_seconds(RUSAGE_SELF) + cpu_seconds(RUSAGE_CHILDREN) - cpu0;
    state.counters["cpu_ms_per_design"] = s.simulated ? 1e3 * cpu / static_cast<double>(s.simulated) : 0;
    double load[1] = {0};
    if (::getloadavg(load, 1) == 1) state.counters["load1"] = load[0];
    state.counters["archive"] = static_cast<double>(s.archive);
    state.counters["simulated"] = static_cast<double>(s.simulated);
    state.counters["failed"] = static_cast<double>(s.failed);
    state.counters["feasible_share"] = s.simulated ? static_cast<double>(s.feasible) / static_cast<double>(s.simulated) : 0;
    state.counters["designs_per_s"] = static_cast<double>(s.simulated) / s.seconds;
    state.counters["seconds"] = s.seconds;
    // Against the goal of 1000 archive designs in 5 minutes, scaled to the target: <= 1 meets it.
    state.counters["of_goal_time"] = s.seconds / (300.0 * static_cast<double>(o.target) / 1000.0);
    auto c = p.counts();
    state.counters["train"] = static_cast<double>(c.train);
    state.counters["test"] = static_cast<double>(c.test);
    print_spread(p, circuit + " (" + to_string(o.method) + ")");
  }
}

}  // namespace

BENCHMARK_CAPTURE(BM_Generate, miller, std::string("builtin:miller"), std::string("generic180"))->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Generate, fcoa, std::string("builtin:fcoa"), std::string("generic180"))->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

BENCHMARK_CAPTURE(BM_Generate, miller_gf180, std::string("builtin:miller_gf180"), std::string("gf180mcu"))
    ->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

BENCHMARK_MAIN();
