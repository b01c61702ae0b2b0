// PRIVATE (torch): the MLP networks of the baselines. MlpDenoiser is the epsilon-predicting
// DDPM denoiser of Eid et al. 2024 (noisy sizing, timestep and performance embeddings
// concatenated into an MLP); MlpRegressor is the ANN of Lourenco et al. 2018 (performances ->
// sizing); MlpForward is the performance surrogate (sizing -> performances).
#pragma once

#include "diffusion/denoiser_impl.hpp"

namespace inversize::diffusion::detail {

struct MlpDenoiser : DenoiserBase {
  MlpDenoiser(const ModelConfig& cfg, int n_variables, int n_performances);
  torch::Tensor forward(const torch::Tensor& x_t, const torch::Tensor& t, const torch::Tensor& y,
                        const torch::Tensor& mask, const torch::Tensor& uncond) override;
  void initialise(at::Generator& gen) override;
  // The first layer's input is [x_t, t embedding, y embedding]: its product splits into a term
  // of x_t, one of the timestep and one of the condition; the last two are computed once.
  Conditioned condition(const torch::Tensor& y, const torch::Tensor& mask, const torch::Tensor& uncond,
                        std::vector<int> timesteps) override;
  torch::Tensor denoise(const torch::Tensor& x_t, std::size_t k, const Conditioned& c) override;
  int n_variables = 0;
  TimestepEmbedder t_embedder{nullptr};
  ConditionEmbedder y_embedder{nullptr};
  torch::nn::ModuleList layers;  // Linear layers; SiLU between them
};

struct MlpRegressor : torch::nn::Module {
  MlpRegressor(const ModelConfig& cfg, int n_variables, int n_performances);
  // y: [B, P] normalised with missing entries 0, mask: [B, P] -> normalised sizing [B, V]
  torch::Tensor forward(const torch::Tensor& y, const torch::Tensor& mask);
  void initialise(at::Generator& gen);
  torch::nn::ModuleList layers;  // Linear layers; ReLU between them
};

// The surrogate's forward model: sizing [B, V] -> performances [B, P], SiLU between layers.
struct MlpForward : torch::nn::Module {
  MlpForward(int n_in, int width, int depth, int n_out);
  torch::Tensor forward(const torch::Tensor& x);
  void initialise(at::Generator& gen);
  torch::nn::ModuleList layers;
};

}  // namespace inversize::diffusion::detail
