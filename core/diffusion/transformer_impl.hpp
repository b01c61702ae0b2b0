// PRIVATE (torch): the DiT-style denoiser with adaLN-Zero conditioning (Peebles & Xie 2023).
// Each sizing variable is a token: its noisy value embedded plus a learned variable-id
// embedding. The condition c = timestep embedding + performance embedding modulates every
// block through adaptive LayerNorm; each block's modulation and the final layer start at
// zero, so an untrained model is the identity on its tokens and predicts 0.
#pragma once

#include "diffusion/denoiser_impl.hpp"

namespace inversize::diffusion::detail {

// x * (1 + scale) + shift, with per-example scale/shift broadcast over tokens.
torch::Tensor modulate(const torch::Tensor& x, const torch::Tensor& shift, const torch::Tensor& scale);

struct DiTBlockImpl : torch::nn::Module {
  DiTBlockImpl(int width, int heads, int mlp_ratio);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& c);  // x: [B, N, W], c: [B, W]
  torch::Tensor attention(const torch::Tensor& h);
  void initialise(at::Generator& gen);
  int heads;
  torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
  torch::nn::Linear qkv{nullptr}, proj{nullptr}, fc1{nullptr}, fc2{nullptr};
  torch::nn::Linear adaLN_modulation{nullptr};  // c -> shift, scale, gate for attention and MLP
};
TORCH_MODULE(DiTBlock);

struct FinalLayerImpl : torch::nn::Module {
  explicit FinalLayerImpl(int width);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& c);  // -> [B, N]
  torch::nn::LayerNorm norm{nullptr};
  torch::nn::Linear adaLN_modulation{nullptr}, linear{nullptr};
};
TORCH_MODULE(FinalLayer);

struct TransformerDenoiser : DenoiserBase {
  TransformerDenoiser(const ModelConfig& cfg, int n_variables, int n_performances);
  torch::Tensor forward(const torch::Tensor& x_t, const torch::Tensor& t, const torch::Tensor& y,
                        const torch::Tensor& mask, const torch::Tensor& uncond) override;
  void initialise(at::Generator& gen) override;
  // The pieces, for tests of the adaLN-Zero start.
  torch::Tensor tokens(const torch::Tensor& x_t);
  torch::Tensor condition(const torch::Tensor& t, const torch::Tensor& y, const torch::Tensor& mask,
                          const torch::Tensor& uncond);

  torch::nn::Linear value_embed{nullptr};  // scalar value -> token
  torch::Tensor variable_embed;            // [V, W] learned variable-id embedding
  TimestepEmbedder t_embedder{nullptr};
  ConditionEmbedder y_embedder{nullptr};
  torch::nn::ModuleList blocks;
  FinalLayer final_layer{nullptr};
};

}  // namespace inversize::diffusion::detail
