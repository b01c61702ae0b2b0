// Classifier-free guidance drops only the performance condition, never the chained sizes of
// the blocks before a block: in training's condition and performance dropout, and in the
// sampler's unconditional pass. (Looks inside: private headers, torch.)
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>

#include "diffusion/diffusion_model.hpp"
#include "diffusion/sampler_impl.hpp"
#include "diffusion/schedule.hpp"
#include "diffusion/torch_util_impl.hpp"
#include "diffusion/trainer_impl.hpp"

using namespace inversize;
using namespace inversize::diffusion;
using namespace inversize::diffusion::detail;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A denoiser that records the condition mask and null flags it is given; its output is a
// learnable scale of x_t, so the training loop has something to optimise.
struct SpyDenoiser : DenoiserBase {
  SpyDenoiser() { scale = register_parameter("scale", torch::ones({1})); }
  torch::Tensor forward(const torch::Tensor& x_t, const torch::Tensor&, const torch::Tensor&, const torch::Tensor& mask,
                        const torch::Tensor& uncond) override {
    masks.push_back(mask.clone());
    nulls.push_back(uncond.clone());
    return x_t * scale;
  }
  void initialise(at::Generator&) override {}
  torch::Tensor scale;
  std::vector<torch::Tensor> masks, nulls;
};
}  // namespace

// By hand: rows 0 and 2 dropped; the performances (columns 0, 1) of those rows masked out, the
// chained size (column 2) kept, and no row takes the learned null condition. Without chained
// columns a dropped row is the null condition, as before.
TEST(Guidance, DropPerformancesKeepsTheChainedColumns) {
  auto mask = torch::tensor({1.f, 1.f, 1.f, 1.f, 0.f, 1.f, 0.f, 1.f, 1.f}).reshape({3, 3});
  auto drop = torch::tensor({1, 0, 1}).to(torch::kBool);
  auto [m, u] = drop_performances(mask, drop, 1);
  EXPECT_TRUE(torch::equal(m, torch::tensor({0.f, 0.f, 1.f, 1.f, 0.f, 1.f, 0.f, 0.f, 1.f}).reshape({3, 3})));
  EXPECT_FALSE(u.any().item<bool>());
  auto [m0, u0] = drop_performances(mask, drop, 0);
  EXPECT_TRUE(torch::equal(m0, mask));
  EXPECT_TRUE(torch::equal(u0, drop));
}

// Training with heavy condition and performance dropout: the performances are dropped often,
// the chained column never, and no row is given the null condition.
TEST(Guidance, TrainingDropsOnlyThePerformances) {
  SpyDenoiser net;
  ModelConfig cfg;
  cfg.cond_dropout = 0.5;
  cfg.perf_dropout = 0.3;
  const auto schedule = NoiseSchedule::cosine(cfg.train_steps_T, cfg.zero_terminal_snr);
  auto gen = make_generator(1);
  DesignSet train{torch::randn({40, 2}, gen, torch::kFloat32), torch::randn({40, 3}, gen, torch::kFloat32),
                  torch::ones({40, 3})};
  TrainOptions opts;
  opts.max_steps = 20;
  opts.batch_size = 16;
  train_denoiser(net, cfg, schedule, 1, train, {}, opts, gen, {}, {});
  ASSERT_EQ(net.masks.size(), 20u);
  double performances_dropped = 0;
  for (std::size_t i = 0; i < net.masks.size(); ++i) {
    EXPECT_TRUE(torch::equal(net.masks[i].select(1, 2), torch::ones({16}))) << "chained size dropped at step " << i;
    EXPECT_FALSE(net.nulls[i].any().item<bool>());
    performances_dropped += (1 - net.masks[i].slice(1, 0, 2)).mean().item<double>() / net.masks.size();
  }
  // Expected share of dropped performance entries: 0.5 + 0.5 * 0.3 = 0.65.
  EXPECT_NEAR(performances_dropped, 0.65, 0.1);
}

// The sampler's guided batch: the conditional half sees everything, the unconditional half the
// chained sizes without the performances.
TEST(Guidance, UnconditionalPassSeesTheChainedSizes) {
  SpyDenoiser net;
  ModelConfig cfg;
  const auto schedule = NoiseSchedule::cosine(cfg.train_steps_T, cfg.zero_terminal_snr);
  SampleOptions so;
  so.guidance = 2.0;
  so.steps = 3;
  const int n = 4;
  sample_denoiser(net, cfg, schedule, 2, torch::tensor({0.5f, -0.2f, 1.0f, 0.3f}), n, 2, so);
  ASSERT_EQ(net.masks.size(), 3u);
  const auto& m = net.masks.front();
  ASSERT_EQ(m.size(0), 2 * n);
  EXPECT_TRUE(torch::equal(m.slice(0, 0, n), torch::ones({n, 4})));
  EXPECT_TRUE(torch::equal(m.slice(0, n).slice(1, 0, 2), torch::zeros({n, 2})));
  EXPECT_TRUE(torch::equal(m.slice(0, n).slice(1, 2), torch::ones({n, 2})));
  EXPECT_FALSE(net.nulls.front().any().item<bool>());
}

// End to end on a trained model with one performance p and one chained size c, x = c + p / 2
// (normalised units). At w = 0 the model is the block's unconditional model p(x | c): the same
// samples as the plain model given c and no performance, and they still follow c. (Dropping c
// as well would give the same samples for every c: a mean difference of 0.)
TEST(Guidance, GuidanceZeroIsTheModelGivenTheChainedSizesOnly) {
  DiffusionModel::Matrix x, y;
  for (int i = 0; i <= 10; ++i)
    for (int j = 0; j <= 10; ++j) {
      const double p = -1.0 + 0.2 * i, c = -1.0 + 0.2 * j;
      x.push_back({c + 0.5 * p});
      y.push_back({p, c});
    }
  std::vector<int> rows(x.size());
  std::iota(rows.begin(), rows.end(), 0);
  ModelConfig cfg;
  cfg.depth = 1;
  DiffusionModel m(cfg, 1, 2, 3, 1);
  EXPECT_EQ(m.chained(), 1);
  TrainOptions o;
  o.seed = 2;
  o.max_steps = 600;
  o.warmup_steps = 50;
  o.learning_rate = 3e-3;
  m.train(x, y, rows, {}, o, "block", {}, {});

  SampleOptions w0;
  w0.guidance = 0.0;
  w0.seed = 5;
  SampleOptions plain = w0;
  plain.guidance = 1.0;
  const auto a = m.sample({0.8, -1.0}, 16, w0), b = m.sample({kNaN, -1.0}, 16, plain);
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i][0], b[i][0], 1e-5) << i;

  auto mean = [](const DiffusionModel::Matrix& s) {
    double sum = 0;
    for (const auto& r : s) sum += r[0];
    return sum / s.size();
  };
  const double lo = mean(m.sample({0.8, -1.0}, 64, w0)), hi = mean(m.sample({0.8, 1.0}, 64, w0));
  std::printf("w = 0: mean x at c = -1: %.3f, at c = +1: %.3f (expected -1 and +1)\n", lo, hi);
  EXPECT_NEAR(hi - lo, 2.0, 0.4);
  // ... and the conditional model does see p: at p = 0.8 the mean moves by about +0.4.
  EXPECT_NEAR(mean(m.sample({0.8, 0.0}, 64, plain)), 0.4, 0.2);
}
