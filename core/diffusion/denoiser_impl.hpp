// PRIVATE (torch): the denoiser interface shared by the transformer and the MLP backbones,
// and the conditioning embedders. Include only from core/diffusion .cpp files and tests.
#pragma once

#include <torch/torch.h>

#include "diffusion/options.hpp"

namespace inversize::diffusion::detail {

// Sinusoidal embedding of (possibly fractional) timesteps, as in DDPM/DiT: [B] -> [B, dim].
torch::Tensor timestep_frequencies(const torch::Tensor& t, int dim, double max_period = 10000.0);

// Timestep embedding: sinusoidal frequencies, then Linear-SiLU-Linear.
struct TimestepEmbedderImpl : torch::nn::Module {
  TimestepEmbedderImpl(int frequency_dim, int width);
  torch::Tensor forward(const torch::Tensor& t);
  void initialise(at::Generator& gen);  // weights N(0, 0.02), biases zero (DiT)
  int frequency_dim;
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(TimestepEmbedder);

// The condition embedder's input, [B, (2 + 2K) P]: [y * mask, mask, sin(pi y) * mask,
// cos(pi y) * mask, ..., sin(2^(K-1) pi y) * mask, cos(2^(K-1) pi y) * mask] for K frequencies.
torch::Tensor condition_features(const torch::Tensor& y, const torch::Tensor& mask, int frequencies);

// Embedding of the normalised performance vector with its mask of given performances.
// Rows flagged `uncond` (CFG dropout, or the unconditional half of a guided batch) and rows
// with no given performance get the learned null condition instead.
struct ConditionEmbedderImpl : torch::nn::Module {
  // frequencies > 0: Fourier features of every given value as well (ModelConfig::cond_frequencies).
  ConditionEmbedderImpl(int n_performances, int width, int frequencies = 0);
  // y: [B, P] with missing entries 0, mask: [B, P] 1 = given, uncond: [B] bool
  torch::Tensor forward(const torch::Tensor& y, const torch::Tensor& mask, const torch::Tensor& uncond);
  void initialise(at::Generator& gen);  // xavier layers, null condition N(0, 0.02)
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
  torch::Tensor null_condition;  // [width]
  int frequencies = 0;
};
TORCH_MODULE(ConditionEmbedder);

// What the reverse process reuses at every step: the same rows' condition, and the timesteps it
// visits. A backbone computes here once what depends on them alone (the MLP: its first layer's
// terms of the condition and of each timestep), instead of at each of the steps.
struct Conditioned {
  torch::Tensor y, mask, uncond;  // [B, P], [B, P], [B]: as forward() takes them
  std::vector<int> timesteps;     // denoise()'s step k is at timesteps[k]
  torch::Tensor per_row;          // backbone-specific, one row per row of y (sliced with it)
  torch::Tensor per_step;         // backbone-specific, one row per timestep
  Conditioned rows(long begin, long end) const;  // the rows [begin, end), for a row block
};

// A conditional denoiser: predicts v (or epsilon) for noisy designs x_t: [B, V] at steps t: [B].
struct DenoiserBase : torch::nn::Module {
  virtual torch::Tensor forward(const torch::Tensor& x_t, const torch::Tensor& t, const torch::Tensor& y,
                                const torch::Tensor& mask, const torch::Tensor& uncond) = 0;
  // Sampling: forward() for the rows of `c` at its step k, with what condition() computed once.
  // The defaults keep the inputs and call forward().
  virtual Conditioned condition(const torch::Tensor& y, const torch::Tensor& mask, const torch::Tensor& uncond,
                                std::vector<int> timesteps);
  virtual torch::Tensor denoise(const torch::Tensor& x_t, std::size_t k, const Conditioned& c);
  // All initialisation in one place, from the given generator (no global RNG state).
  virtual void initialise(at::Generator& gen) = 0;
};

// Classifier-free guidance's null condition for the rows flagged `drop` ([B] bool): the
// performances (the first P - n_chained columns of mask [B, P]) masked out, the chained sizes
// of earlier blocks kept. Without chained columns it is the learned null condition, as before
// there were any. Returns (mask, uncond) for DenoiserBase::forward.
std::pair<torch::Tensor, torch::Tensor> drop_performances(const torch::Tensor& mask, const torch::Tensor& drop,
                                                          int n_chained);

std::shared_ptr<DenoiserBase> make_denoiser(const ModelConfig& cfg, int n_variables, int n_performances);

// Initialisers drawing from a generator (torch::nn::init has no generator argument in 1.13).
void xavier_uniform(torch::Tensor w, at::Generator& gen);
void normal_init(torch::Tensor w, double std, at::Generator& gen);
void zero_init(torch::Tensor w);
void init_linear(torch::nn::Linear& l, at::Generator& gen);  // xavier weight, zero bias

}  // namespace inversize::diffusion::detail
