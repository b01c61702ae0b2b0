// The denoising loss (looks inside: private headers, torch). The v-model's loss is its error in
// epsilon space, computed by hand from the v-parameterisation.
#include <gtest/gtest.h>

#include "diffusion/schedule.hpp"
#include "diffusion/torch_util_impl.hpp"
#include "diffusion/trainer_impl.hpp"

using namespace inversize::diffusion;
using namespace inversize::diffusion::detail;

namespace {

// A batch of B = 64 noised designs of V variables at steps from pure noise (alpha_bar 0, zero
// terminal SNR) to nearly clean, with the v target and a v-model's prediction 0.1 off it.
struct NoisedBatch {
  torch::Tensor x0, eps, a, x_t, v, v_hat;
};
NoisedBatch noised_batch(std::uint64_t seed, long V) {
  auto gen = make_generator(seed);
  const long B = 64;
  NoisedBatch n;
  n.x0 = torch::randn({B, V}, gen, torch::kFloat32);
  n.eps = torch::randn({B, V}, gen, torch::kFloat32);
  n.a = torch::linspace(0.0, 0.999, B, torch::kFloat32).unsqueeze(1);
  n.x_t = torch::sqrt(n.a) * n.x0 + torch::sqrt(1 - n.a) * n.eps;
  n.v = torch::sqrt(n.a) * n.eps - torch::sqrt(1 - n.a) * n.x0;
  n.v_hat = n.v + 0.1 * torch::randn({B, V}, gen, torch::kFloat32);
  return n;
}

}  // namespace

TEST(DenoisingLoss, VModelLossIsItsEpsilonError) {
  const auto [x0, eps, a, x_t, v, v_hat] = noised_batch(3, 5);

  ModelConfig cfg;  // v-prediction
  TrainOptions opts;
  opts.min_snr_gamma = 0;  // the default loss; it takes precedence
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

// min-SNR-gamma (Hang et al. 2023): the x0 error weighted by min(SNR, gamma), computed by hand
// from the v-parameterisation; where that weight in v space falls below the floor, the floor.
TEST(DenoisingLoss, MinSnrWeightsTheX0ErrorByTheClampedSnr) {
  const auto [x0, eps, a, x_t, v, v_hat] = noised_batch(5, 4);

  ModelConfig cfg;
  TrainOptions opts;
  opts.min_snr_gamma = 5.0;
  auto x0_hat = torch::sqrt(a) * x_t - torch::sqrt(1 - a) * v_hat;
  auto snr = a / (1 - a);
  auto weight = torch::clamp_max(snr, 5.0);
  auto x0_err = (x0_hat - x0).pow(2) * weight;
  auto v_weight = weight / (snr + 1);
  auto floor_err = (v_hat - v).pow(2) * kMinLossWeight;
  auto expected = torch::where(v_weight < kMinLossWeight, floor_err, x0_err).mean().item<double>();
  EXPECT_NEAR(denoising_loss(cfg, opts, v_hat, v, a).item<double>(), expected, 1e-5);
  // Below gamma it is the epsilon weighting: SNR / (SNR + 1) = alpha_bar (SNR here at most 999).
  opts.min_snr_gamma = 1e6;
  TrainOptions eps_opts;
  eps_opts.min_snr_gamma = 0;
  eps_opts.epsilon_weighting = true;
  EXPECT_NEAR(denoising_loss(cfg, opts, v_hat, v, a).item<double>(),
              denoising_loss(cfg, eps_opts, v_hat, v, a).item<double>(), 1e-6);
}
