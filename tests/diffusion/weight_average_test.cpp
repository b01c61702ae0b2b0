// The moving average of the weights (TrainOptions::ema_decay), looked at inside the training
// loop (private header, torch): what is validated and kept is the average of the trajectory,
// recomputed here by hand from the live weights each step started from.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "diffusion/torch_util_impl.hpp"
#include "diffusion/trainer_impl.hpp"

using namespace inversize::diffusion;
using namespace inversize::diffusion::detail;

namespace {
constexpr int kSteps = 1000, kEvery = 20;

struct Scalar : torch::nn::Module {
  torch::Tensor p;
  Scalar() { p = register_parameter("p", torch::ones({1})); }  // at the optimum: only jitter
};

struct Run {
  std::vector<double> live;       // the weight at the start of each step
  std::vector<double> validated;  // the weight the validation loss saw
  double kept = 0;                // the weight after training
};

// Minimises (p - 1 - noise)^2: a noisy gradient, so the live weight wanders around 1.
Run train(double ema_decay) {
  Scalar net;
  TrainOptions opts;
  opts.max_steps = kSteps;
  opts.eval_every = kEvery;
  opts.patience = kSteps;  // no early stop
  opts.warmup_steps = 1;
  opts.learning_rate = 0.05;
  opts.weight_decay = 0;
  opts.ema_decay = ema_decay;
  Run run;
  std::mt19937_64 rng(7);
  std::normal_distribution<double> noise(0.0, 0.3);
  auto batch_loss = [&](const torch::Tensor&) {
    run.live.push_back(net.p.item<double>());
    return (net.p - (1.0 + noise(rng))).pow(2).sum();
  };
  auto val_loss = [&] {
    run.validated.push_back(net.p.item<double>());
    return std::pow(run.validated.back() - 1.0, 2);
  };
  auto gen = make_generator(1);
  inversize::CancelToken cancel;
  optimise(net, 64, batch_loss, val_loss, opts, gen, {{}, cancel}, {});
  run.kept = net.p.item<double>();
  return run;
}
}  // namespace

TEST(WeightAverage, ValidatesAndKeepsTheMovingAverageOfTheWeights) {
  const double decay = 0.99;
  auto avg = train(decay);
  ASSERT_EQ(avg.live.size(), std::size_t(kSteps));
  ASSERT_EQ(avg.validated.size(), std::size_t(kSteps / kEvery));
  // By hand: ema_0 = p_0, ema_s = d_s ema_{s-1} + (1 - d_s) p_s with the warmed-up decay
  // d_s = min(decay, (1 + s) / (10 + s)); p_s (after step s) is where step s + 1 started.
  double ema = avg.live[0];
  for (int s = 1; s < kSteps; ++s) {
    const double d = std::min(decay, (1.0 + s) / (10.0 + s));
    ema = d * ema + (1 - d) * avg.live[s];
    if (s % kEvery == 0) EXPECT_NEAR(avg.validated[s / kEvery - 1], ema, 1e-5) << "step " << s;
  }
  // Kept: the average of the best validation.
  double best = avg.validated[0];
  for (double v : avg.validated) best = std::abs(v - 1) < std::abs(best - 1) ? v : best;
  EXPECT_DOUBLE_EQ(avg.kept, best);

  // Without the average, the live weights are validated.
  auto plain = train(0.0);
  ASSERT_EQ(plain.validated.size(), avg.validated.size());
  for (std::size_t i = 0; i + 1 < plain.validated.size(); ++i)
    EXPECT_DOUBLE_EQ(plain.validated[i], plain.live[kEvery * (i + 1)]);

  // The point of it: the average sits closer to the optimum than the wandering live weights
  // at the same steps (after the average's warm-up).
  double err_avg = 0, err_live = 0;
  for (std::size_t i = 200 / kEvery; i + 1 < avg.validated.size(); ++i) {
    err_avg += std::abs(avg.validated[i] - 1);
    err_live += std::abs(avg.live[kEvery * (i + 1)] - 1);
  }
  EXPECT_LT(err_avg, 0.6 * err_live);  // 0.45 here
}
