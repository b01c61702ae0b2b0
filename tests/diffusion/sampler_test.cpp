// The samplers against the exact probability-flow ODE. For data x0 ~ N(mu, s^2) the exact
// v-prediction is known in closed form, and the ODE carries pure noise z to mu + s z exactly
// (every marginal is N(alpha mu, alpha^2 s^2 + sigma^2) and the flow keeps z). A sampler's
// distance from mu + s z is then its discretisation error alone. (Looks inside: private headers.)
#include <gtest/gtest.h>

#include <dlfcn.h>

#include <cmath>

#include "diffusion/denoiser_impl.hpp"
#include "diffusion/sampler_impl.hpp"
#include "diffusion/schedule.hpp"
#include "diffusion/torch_util_impl.hpp"

using namespace inversize::diffusion;
using namespace inversize::diffusion::detail;

namespace {
// The exact v of Gaussian data: x0_hat = E[x0 | x_t] = mu + alpha s^2 / (alpha^2 s^2 + sigma^2)
// (x_t - alpha mu), v = (alpha x_t - x0_hat) / sigma.
struct GaussianDenoiser : DenoiserBase {
  GaussianDenoiser(const NoiseSchedule& s, double mu, double sd) : schedule(s), mu(mu), sd(sd) {}
  torch::Tensor forward(const torch::Tensor& x_t, const torch::Tensor& t, const torch::Tensor&, const torch::Tensor&,
                        const torch::Tensor&) override {
    const double a = schedule.alpha_bar(static_cast<int>(t[0].item<long>()));
    const double alpha = std::sqrt(a), sigma = std::sqrt(1.0 - a);
    auto x0 = mu + alpha * sd * sd / (a * sd * sd + 1.0 - a) * (x_t - alpha * mu);
    return (alpha * x_t - x0) / sigma;
  }
  void initialise(at::Generator&) override {}
  const NoiseSchedule& schedule;
  double mu, sd;
};

// Every step is affine in x, so a sampler carries z to mu + k z: the relative error of the
// spread, |k - s| / s, fitted over 500 samples of 2 variables, is its discretisation error.
double ode_error(SamplerKind kind, int steps, double sd) {
  const auto schedule = NoiseSchedule::cosine(1000, true);
  const double mu = 0.7;
  GaussianDenoiser net(schedule, mu, sd);
  SampleOptions o;
  o.sampler = kind;
  o.steps = steps;
  o.seed = 3;
  o.threads = 1;
  const int n = 500, vars = 2;
  auto x = sample_denoiser(net, ModelConfig{}, schedule, 0, torch::zeros({1}), n, vars, o);
  auto gen = make_generator(o.seed);
  auto z = torch::randn({n, vars}, gen, torch::kFloat32);  // the sampler's x_T: its first draw
  const double k = ((x - mu) * z).sum().item<double>() / (z * z).sum().item<double>();
  return std::abs(k - sd) / sd;
}
}  // namespace

// Unit-variance data (standardised sizings before the condition narrows them): DDIM is first
// order, DPM-Solver++(2M) second. Hand-run of the same recursions in double precision
// (docs/diffusion.md): 10 steps 0.117 (DDIM) against 0.0239 (2M), 25 steps 0.0482 against 0.0024.
TEST(Sampler, DpmSolverSecondOrderOnTheExactOde) {
  const double ddim10 = ode_error(SamplerKind::ddim, 10, 1.0), dpm10 = ode_error(SamplerKind::dpmpp_2m, 10, 1.0);
  const double ddim25 = ode_error(SamplerKind::ddim, 25, 1.0), dpm25 = ode_error(SamplerKind::dpmpp_2m, 25, 1.0);
  EXPECT_NEAR(ddim10, 0.117, 0.002);
  EXPECT_NEAR(dpm10, 0.0239, 0.001);
  EXPECT_NEAR(ddim25, 0.0482, 0.001);
  EXPECT_NEAR(dpm25, 0.0024, 0.0005);
  EXPECT_GT(ddim10 / ddim25, 2.0);  // first order: 2.5x the steps, ~2.5x less error
  EXPECT_GT(dpm10 / dpm25, 6.0);    // second order: ~6x less
}

// One step from pure noise to clean data is the same for both: x0_hat at alpha_bar = 0 (mu).
TEST(Sampler, OneStepIsTheCleanPrediction) {
  EXPECT_NEAR(ode_error(SamplerKind::dpmpp_2m, 1, 1.0), ode_error(SamplerKind::ddim, 1, 1.0), 1e-6);
}

namespace {
// The reverse process as tensor ops over the whole batch, with the network's full forward pass
// at every step: sampling as written before its step became one fused pass over preallocated
// buffers (sampler.cpp). The same draws from the generator in the same order.
torch::Tensor reference_sample(DenoiserBase& net, const ModelConfig& cfg, const NoiseSchedule& schedule,
                               const torch::Tensor& y, int n, int V, const SampleOptions& o) {
  c10::InferenceMode inference;
  auto gen = make_generator(o.seed);
  auto [yv, ym] = values_and_mask(y.reshape({1, -1}).expand({n, y.size(0)}));
  const bool guided = o.guidance != 1.0;
  auto Y = guided ? torch::cat({yv, yv}, 0) : yv;
  auto drop = torch::zeros({guided ? 2 * n : n}, torch::kBool);
  if (guided) drop.slice(0, n).fill_(true);
  auto [M, U] = drop_performances(guided ? torch::cat({ym, ym}, 0) : ym, drop, 0);
  auto x = torch::randn({n, V}, gen, torch::kFloat32) * o.temperature;
  const auto ts = schedule.trailing_timesteps(o.steps);
  std::vector<torch::Tensor> noise;
  if (o.sampler == SamplerKind::ddpm)
    for (std::size_t i = 0; i + 1 < ts.size(); ++i) noise.push_back(torch::randn({n, V}, gen, torch::kFloat32));
  torch::Tensor x0_last;
  double h_last = 0;
  for (std::size_t i = 0; i < ts.size(); ++i) {
    const int t = ts[i], prev = i + 1 < ts.size() ? ts[i + 1] : -1;
    const double a = schedule.alpha_bar(t), ap = schedule.alpha_bar(prev);
    auto in = guided ? torch::cat({x, x}, 0) : x;
    auto out = net.forward(in, torch::full({in.size(0)}, t, torch::kLong), Y, M, U);
    auto pred = guided ? out.slice(0, n) + o.guidance * (out.slice(0, 0, n) - out.slice(0, n)) : out;
    torch::Tensor x0, eps;
    if (cfg.prediction == Prediction::v) {
      x0 = x0_from_v(x, pred, a);
      eps = eps_from_v(x, pred, a);
    } else {
      x0 = x0_from_eps(x, pred, std::max(a, 1e-12)).clamp(-6.0, 6.0);
      eps = (x - std::sqrt(a) * x0) / std::sqrt(1.0 - a);
    }
    if (o.sampler == SamplerKind::dpmpp_2m) {
      const double h = prev < 0 || a <= 0 ? 0.0 : 0.5 * (std::log(ap / (1.0 - ap)) - std::log(a / (1.0 - a)));
      auto d = x0;
      if (x0_last.defined() && h > 0 && h_last > 0) d = (1.0 + 0.5 * h / h_last) * x0 - 0.5 * h / h_last * x0_last;
      x = prev < 0 ? d : std::sqrt(ap) * d + std::sqrt(1.0 - ap) * (x - std::sqrt(a) * d) / std::sqrt(1.0 - a);
      x0_last = x0;
      h_last = h;
    } else if (o.sampler == SamplerKind::ddim) {
      x = std::sqrt(ap) * x0 + std::sqrt(1.0 - ap) * eps;
    } else {
      const double alpha = a / ap, beta = 1.0 - alpha;
      auto mean = (std::sqrt(ap) * beta / (1.0 - a)) * x0 + (std::sqrt(alpha) * (1.0 - ap) / (1.0 - a)) * x;
      x = prev < 0 ? mean : mean + std::sqrt((1.0 - ap) / (1.0 - a) * beta) * noise[i];
    }
  }
  return x;
}
}  // namespace

// The fused step over preallocated buffers (and the MLP's condition computed once) gives the
// samples of the plain formulation for a fixed seed, to fp32 rounding: every sampler, with and
// without guidance, both backbones and both predictions, on one thread and on two (DDIM). (Epsilon-
// prediction divides by sqrt(alpha_bar) near pure noise: its rounding differs by up to 2.4e-5
// after 8 steps, hence the absolute tolerance of 1e-4; a wrong coefficient differs by 0.1.)
TEST(Sampler, FusedStepsGiveTheSamplesOfThePlainFormulation) {
  const auto schedule = NoiseSchedule::cosine(1000, true);
  const int V = 4, P = 3, n = 40;
  const auto y = torch::tensor({0.4f, std::nanf(""), -0.8f});
  // The transformer (the default pass, no buffers of its own) with v-prediction only: the step is
  // the same code for both backbones.
  for (auto [backbone, prediction] : {std::pair{Backbone::mlp, Prediction::v}, std::pair{Backbone::mlp, Prediction::epsilon},
                                      std::pair{Backbone::transformer, Prediction::v}}) {
      ModelConfig cfg;
      cfg.backbone = backbone;
      cfg.prediction = prediction;
      auto net = make_denoiser(cfg, V, P);
      auto gen = make_generator(21);
      {
        torch::NoGradGuard ng;  // every weight random: an untrained network's zeros prove nothing
        for (auto& p : net->parameters()) p.normal_(0.0, 0.2, gen);
      }
      net->eval();
      for (SamplerKind kind : {SamplerKind::ddim, SamplerKind::ddpm, SamplerKind::dpmpp_2m})
        for (double guidance : {1.0, 2.5})
          for (int threads : {1, 2}) {
            if (threads == 2 && kind != SamplerKind::ddim) continue;  // the split is the sampler's alike
            SampleOptions o;
            o.sampler = kind;
            o.steps = 8;
            o.seed = 13;
            o.guidance = guidance;
            o.threads = threads;
            const auto fused = sample_denoiser(*net, cfg, schedule, 0, y, n, V, o);
            const auto plain = reference_sample(*net, cfg, schedule, y, n, V, o);
            const std::string what = std::string(backbone_name(backbone)) + " " + sampler_name(kind) + " v=" +
                                     std::to_string(prediction == Prediction::v) + " w=" + std::to_string(guidance) +
                                     " threads=" + std::to_string(threads);
            ASSERT_EQ(fused.sizes(), plain.sizes()) << what;
            EXPECT_TRUE(torch::allclose(fused, plain, 1e-4, 1e-4)) << what << ": " << (fused - plain).abs().max().item<double>();
            EXPECT_GT(plain.std().item<double>(), 0.1) << what;  // samples that differ
          }
    }
}

// The MLP layers' bias and SiLU of sampling (its own exp) against torch's silu over the float
// range: the vector path and a tail (20 columns), with and without per-row terms, through both
// tails of the exp (exp(-x) above the float range for x < -88, x itself for large x).
TEST(Sampler, BiasSiluIsTorchsSilu) {
  const long rows = 301, W = 20;
  auto x = torch::linspace(-150.0, 150.0, rows * W).reshape({rows, W});
  x.index_put_({0, 0}, 0.0f);
  x.index_put_({0, 1}, -1e4f);
  x.index_put_({0, 2}, 1e4f);
  auto gen = make_generator(5);
  const auto bias = torch::randn({W}, gen), terms = torch::randn({rows, W}, gen);
  for (bool with_terms : {false, true}) {
    auto h = x.clone();
    bias_silu(h, with_terms ? terms : torch::Tensor(), bias);
    const auto pre = with_terms ? x + bias + terms : x + bias;
    const auto expected = torch::silu(pre);
    // Relative to the value, or to 1e-20 where silu is below it (x < -50: the reciprocal of a
    // denominator above 2^126 is flushed to 0, against a true value under 1e-36).
    const double worst = ((h - expected).abs() / expected.abs().clamp_min(1e-20)).max().item<double>();
    EXPECT_LT(worst, 1e-6) << "with_terms=" << with_terms;
    EXPECT_TRUE(torch::isfinite(h).all().item<bool>());
  }
}

// Sampling on two threads computes the condition's terms on one BLAS thread (a product on two
// woke OpenBLAS's second thread, which then spun beside the row blocks; docs/benchmarks.md), and
// leaves the threads as it found them: two, also where the rows were too few to split.
TEST(Sampler, LeavesTwoThreadsAsItFoundThem) {
  using GetThreads = int (*)();
  const auto openblas = reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
  if (!openblas) GTEST_SKIP() << "not OpenBLAS";
  const auto schedule = NoiseSchedule::cosine(1000, true);
  ModelConfig cfg;
  cfg.backbone = Backbone::mlp;
  auto net = make_denoiser(cfg, 4, 3);
  net->eval();
  for (int n : {8, 64}) {  // 8 rows: one block on this thread; 64: two blocks
    use_threads(2);
    SampleOptions o;
    o.steps = 4;
    o.guidance = 2.0;
    o.threads = 2;
    sample_denoiser(*net, cfg, schedule, 0, torch::tensor({0.1f, 0.2f, 0.3f}), n, 4, o);
    EXPECT_EQ(openblas(), 2) << n << " samples";
  }
}
