// The denoising loss (looks inside: private headers, torch). The v-model's loss is its error in
// epsilon space, computed by hand from the v-parameterisation.
#include <gtest/gtest.h>

#include "diffusion/schedule.hpp"
#include "diffusion/torch_util_impl.hpp"
#include "diffusion/trainer_impl.hpp"

using namespace inversize::diffusion;
using namespace inversize::diffusion::detail;

TEST(DenoisingLoss, VModelLossIsItsEpsilonError) {
  auto gen = make_generator(3);
  const long B = 64, V = 5;
  auto x0 = torch::randn({B, V}, gen, torch::kFloat32), eps = torch::randn({B, V}, gen, torch::kFloat32);
  // steps from pure noise (alpha_bar 0, zero terminal SNR) to nearly clean
  auto a = torch::linspace(0.0, 0.999, B, torch::kFloat32).unsqueeze(1);
  auto x_t = torch::sqrt(a) * x0 + torch::sqrt(1 - a) * eps;
  auto v = torch::sqrt(a) * eps - torch::sqrt(1 - a) * x0;
  auto v_hat = v + 0.1 * torch::randn({B, V}, gen, torch::kFloat32);

  ModelConfig cfg;  // v-prediction
  TrainOptions opts;
  opts.epsilon_weighting = true;
  // By hand: eps_hat = sqrt(1 - a) x_t + sqrt(a) v_hat, and the floor where a is tiny.
  auto eps_hat = torch::sqrt(1 - a) * x_t + torch::sqrt(a) * v_hat;
  auto eps_err = (eps_hat - eps).pow(2);
  auto floor_err = (v_hat - v).pow(2) * kMinLossWeight;
  auto expected = torch::where(a < kMinLossWeight, floor_err, eps_err).mean().item<double>();
  EXPECT_NEAR(denoising_loss(cfg, opts, v_hat, v, a).item<double>(), expected, 1e-6);

  // Off, or an epsilon model: the plain mean squared error.
  opts.epsilon_weighting = false;
  const double mse = (v_hat - v).pow(2).mean().item<double>();
  EXPECT_NEAR(denoising_loss(cfg, opts, v_hat, v, a).item<double>(), mse, 1e-7);
  opts.epsilon_weighting = true;
  cfg.prediction = Prediction::epsilon;
  EXPECT_NEAR(denoising_loss(cfg, opts, v_hat, v, a).item<double>(), mse, 1e-7);
}
