// The diffusion engine on this machine:
//   - torch::matmul fp32 peak (the roofline for our models),
//   - sampling 100 sizings for one spec with guidance at default settings (structural model of
//     a Miller-like decomposition: 12 variables in 5 blocks, 7 performances), its FLOP rate
//     and the ratio to the matmul peak; the FLOPs are the sampled model's own
//     (sampling_flops in diffusion/flops.hpp, for the backbone it was built with),
//   - refining 100 sizings by the surrogate (kRefineSteps steps), beside sampling them,
//   - training one block model (6 variables, 800 designs) at default settings, and the same
//     after a simulation worker was started (Arg 1): the two should take the same time. Workers
//     once came from fork(), whose atfork handlers stopped OpenBLAS's threads: 100x slower.
// Run: build/tests/benchmarks/diffusion_benchmark --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <torch/torch.h>

#include <time.h>

#include <chrono>
#include <cstdlib>
#include <cmath>
#include <map>
#include <random>

#include "circuit/input.hpp"
#include "diffusion/flops.hpp"
#include "diffusion/sizing_model.hpp"
#include "diffusion/torch_util_impl.hpp"
#include "simulation/conditions.hpp"
#include "simulation/simulator.hpp"
#include "simulation/worker_pool.hpp"
#include "technology/technology.hpp"
#include "diffusion/structural_model.hpp"

using namespace inversize::diffusion;

namespace {
constexpr int kThreads = 2;

// A smooth synthetic opamp-like data set: 7 performances drive 12 positive variables.
TrainingData opamp_like(int designs, int variables, std::uint64_t seed) {
  TrainingData d;
  const int P = 7;
  for (int v = 0; v < variables; ++v) d.variable_names.push_back("x" + std::to_string(v)), d.variable_log.push_back(true);
  for (int p = 0; p < P; ++p) d.performance_names.push_back("p" + std::to_string(p));
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int i = 0; i < designs; ++i) {
    std::vector<double> z(4), x(variables), y(P);
    for (auto& zi : z) zi = u(rng);
    for (int v = 0; v < variables; ++v) x[v] = 1e-6 * std::exp(1.5 * z[v % 4] + 0.5 * z[(v + 1) % 4] * z[(v + 2) % 4]);
    for (int p = 0; p < P; ++p) y[p] = std::exp(2.0 * z[p % 4] - z[(p + 3) % 4]) * (p == 1 ? 1e6 : 1.0);
    d.x.push_back(x);
    d.y.push_back(y);
  }
  return d;
}

DesignContext miller_like() {
  DesignContext ctx;
  ctx.blocks = {{"DP_t", {0, 1}}, {"CM_l", {2, 3}}, {"CM_b", {4, 5, 6, 7}}, {"T_t", {8, 9}}, {"T_b", {6, 7, 10, 11}}};
  return ctx;
}

// CPU time of the calling thread: on a shared machine, work per CPU-second of the thread that
// does it (1 thread) is what the machine's load changes least.
double thread_cpu_s() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}
void load_counter(benchmark::State& state) {
  double load[1] = {0};
  if (::getloadavg(load, 1) == 1) state.counters["load1"] = load[0];
}

// Args: n (n x n times n x n), threads. GFLOP_per_cpu_s (1 thread only): per CPU-second of this
// thread, the figure sampling's own GFLOP per CPU-second is set against.
void BM_MatmulPeak(benchmark::State& state) {
  const int n = int(state.range(0)), threads = int(state.range(1));
  inversize::diffusion::detail::use_threads(threads);  // torch's and OpenBLAS's threads, as sampling sets them
  auto a = torch::randn({n, n}), b = torch::randn({n, n});
  const double cpu0 = thread_cpu_s();
  for (auto _ : state) benchmark::DoNotOptimize(torch::matmul(a, b));
  const double flop = 2.0 * n * n * n * double(state.iterations());
  state.counters["GFLOP_per_s"] = benchmark::Counter(2.0 * n * n * n * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
  if (threads == 1) state.counters["GFLOP_per_cpu_s"] = 1e-9 * flop / (thread_cpu_s() - cpu0);
  load_counter(state);
  inversize::diffusion::detail::use_threads(kThreads);
}
BENCHMARK(BM_MatmulPeak)
    ->ArgsProduct({{128, 256, 1024}, {1, 2}})
    ->ArgNames({"n", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The chained structural model of the Miller-like decomposition with the given denoiser (the
// default's, or the paper's transformer), built once.
const StructuralModel& structural_model(Backbone backbone) {
  static std::map<Backbone, std::unique_ptr<StructuralModel>> models;
  auto& m = models[backbone];
  if (!m) {
    m = std::make_unique<StructuralModel>(miller_like(), with_backbone(default_config(kStructuralChained), backbone));
    TrainOptions o;
    o.max_steps = 1;  // timing only: the network's size, not its weights, sets the cost
    o.threads = kThreads;
    m->train(opamp_like(200, 12, 1), o);
  }
  return *m;
}

void BM_Sample100WithGuidance(benchmark::State& state) {
  const auto& model = structural_model(static_cast<Backbone>(state.range(1)));
  const auto data = opamp_like(1, 12, 2);
  SampleOptions so;  // DDIM, 25 trailing steps; guidance 2 so both passes (the guided cost) are measured
  so.guidance = 2.0;
  so.threads = int(state.range(0));
  const double flops = sampling_flops(model, 100, so), executed = sampling_flops(model, 100, so, FlopCount::executed);
  const double cpu0 = thread_cpu_s();
  for (auto _ : state) benchmark::DoNotOptimize(model.sample(data.y[0], 100, so));
  // GFLOP_per_s: the network's full pass per row and step; executed_*: what sampling computes
  // (the condition's and timesteps' terms once per call, flops.hpp); per CPU-second of this
  // thread on 1 thread (on 2, the helper's CPU is not this thread's).
  if (so.threads == 1)
    state.counters["executed_GFLOP_per_cpu_s"] = 1e-9 * executed * double(state.iterations()) / (thread_cpu_s() - cpu0);
  load_counter(state);
  state.counters["GFLOP_per_s"] = benchmark::Counter(flops * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["GFLOP"] = flops * 1e-9;
  state.counters["executed_GFLOP_per_s"] = benchmark::Counter(executed * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["executed_GFLOP"] = executed * 1e-9;
}
// Args: threads (1: one core; 2: the rows in two blocks, one per core, row_blocks_impl.hpp) and
// the denoiser (Backbone: 1 the default MLP, 0 the paper's transformer).
BENCHMARK(BM_Sample100WithGuidance)
    ->ArgsProduct({{1, 2}, {int(Backbone::mlp), int(Backbone::transformer)}})
    ->ArgNames({"threads", "backbone"})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->UseRealTime();

// Guided sampling as above at 50, 100 and 256 samples (the window's defaults: 64 samples x 4
// candidates), MLP blocks; threads 1 against 2 (the rows in two blocks): how the split pays with the batch.
void BM_SampleCandidatesWithGuidance(benchmark::State& state) {
  const auto& model = structural_model(Backbone::mlp);
  const auto data = opamp_like(1, 12, 2);
  SampleOptions so;
  so.guidance = 2.0;
  so.threads = int(state.range(0));
  const int n = int(state.range(1));
  const double executed = sampling_flops(model, n, so, FlopCount::executed);
  for (auto _ : state) benchmark::DoNotOptimize(model.sample(data.y[0], n, so));
  load_counter(state);
  state.counters["executed_GFLOP_per_s"] = benchmark::Counter(executed * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_SampleCandidatesWithGuidance)
    ->ArgsProduct({{1, 2}, {50, 100, 256}})
    ->ArgNames({"threads", "samples"})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->UseRealTime();

// Same, one block model in isolation, at larger batches: how the rate scales with the batch.
void BM_SampleOneBlock(benchmark::State& state) {
  static auto model = [] {
    auto m = make_sizing_model("monolithic", {}, default_config("monolithic"));
    TrainOptions o;
    o.max_steps = 1;
    m->train(opamp_like(200, 6, 3), o);
    return m;
  }();
  const int n = int(state.range(0));
  SampleOptions so;
  so.threads = kThreads;
  const auto y = opamp_like(1, 6, 4).y[0];
  const double flops = sampling_flops(*model, n, so);
  for (auto _ : state) benchmark::DoNotOptimize(model->sample(y, n, so));
  state.counters["GFLOP_per_s"] = benchmark::Counter(flops * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_SampleOneBlock)->Arg(100)->Arg(400)->Unit(benchmark::kMillisecond)->UseRealTime();

// Refinement by the surrogate (SampleOptions::refine): kRefineSteps Adam steps for 100 sizings,
// beside BM_Sample100WithGuidance. Forward and input gradient of the 3 x 256 MLP, ~2 forwards.
// Arg: threads, as above.
void BM_Refine100(benchmark::State& state) {
  const auto& model = structural_model(default_config(kStructuralChained).backbone);
  const auto data = opamp_like(100, 12, 6);
  std::vector<double> lo(7), hi(7, INFINITY);
  for (int p = 0; p < 7; ++p) lo[p] = data.y[0][p];
  const double W = 256, forward = 2.0 * (12 * W + 2 * W * W + W * 7);
  const double flops = 2.0 * forward * 100 * kRefineSteps;
  const int threads = int(state.range(0));
  const double cpu0 = thread_cpu_s();
  for (auto _ : state) benchmark::DoNotOptimize(model.refine(data.x, lo, hi, kRefineSteps, threads));
  if (threads == 1) state.counters["GFLOP_per_cpu_s"] = 1e-9 * flops * double(state.iterations()) / (thread_cpu_s() - cpu0);
  load_counter(state);
  state.counters["GFLOP_per_s"] = benchmark::Counter(flops * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["GFLOP"] = flops * 1e-9;
}
BENCHMARK(BM_Refine100)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

void BM_TrainOneBlock(benchmark::State& state) {
  const auto data = opamp_like(800, 6, 5);
  if (state.range(0) == 1) {  // a simulation in a worker process first, as the window does
    using namespace inversize;
    simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
    const auto tech = technology::load_default();
    const auto miller = circuit::open_circuit("builtin:miller", tech);
    simulation::simulate(miller.deck, miller.circuit, tech, simulation::nominal_conditions(miller.deck, miller.circuit, tech));
  }
  long long steps = 0;
  for (auto _ : state) {
    auto m = make_sizing_model("monolithic", {}, default_config("monolithic"));
    TrainOptions o;  // defaults: TrainOptions::max_steps AdamW steps, batch 64
    o.threads = kThreads;
    m->train(data, o, {}, [&](const TrainProgress& p) { steps = p.step; });
  }
  state.counters["steps"] = double(steps);
  state.counters["ms_per_step"] = benchmark::Counter(double(steps) * 1e-3, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_TrainOneBlock)->Arg(0)->Arg(1)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
