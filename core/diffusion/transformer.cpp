#include <cmath>

#include "diffusion/transformer_impl.hpp"

namespace inversize::diffusion::detail {

torch::Tensor modulate(const torch::Tensor& x, const torch::Tensor& shift, const torch::Tensor& scale) {
  return x * (1 + scale.unsqueeze(1)) + shift.unsqueeze(1);
}

namespace {
torch::nn::LayerNorm plain_norm(int width) {
  // No affine parameters: adaLN supplies scale and shift.
  return torch::nn::LayerNorm(torch::nn::LayerNormOptions({width}).elementwise_affine(false).eps(1e-6));
}
}  // namespace

DiTBlockImpl::DiTBlockImpl(int width, int heads_, int mlp_ratio) : heads(heads_) {
  TORCH_CHECK(width % heads == 0, "width must be divisible by heads");
  norm1 = register_module("norm1", plain_norm(width));
  qkv = register_module("qkv", torch::nn::Linear(width, 3 * width));
  proj = register_module("proj", torch::nn::Linear(width, width));
  norm2 = register_module("norm2", plain_norm(width));
  fc1 = register_module("fc1", torch::nn::Linear(width, mlp_ratio * width));
  fc2 = register_module("fc2", torch::nn::Linear(mlp_ratio * width, width));
  adaLN_modulation = register_module("adaLN_modulation", torch::nn::Linear(width, 6 * width));
}

torch::Tensor DiTBlockImpl::attention(const torch::Tensor& h) {
  const auto B = h.size(0), N = h.size(1), W = h.size(2), D = W / heads;
  auto qkv_ = qkv(h).view({B, N, 3, heads, D}).permute({2, 0, 3, 1, 4});  // [3, B, H, N, D]
  auto q = qkv_[0], k = qkv_[1], v = qkv_[2];
  auto att = torch::softmax(torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(D))), -1);
  return proj(torch::matmul(att, v).transpose(1, 2).reshape({B, N, W}));
}

torch::Tensor DiTBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& c) {
  auto m = adaLN_modulation(torch::silu(c)).chunk(6, 1);
  // m: shift_msa, scale_msa, gate_msa, shift_mlp, scale_mlp, gate_mlp
  auto h = x + m[2].unsqueeze(1) * attention(modulate(norm1(x), m[0], m[1]));
  auto f = fc2(torch::gelu(fc1(modulate(norm2(h), m[3], m[4])), "tanh"));
  return h + m[5].unsqueeze(1) * f;
}

void DiTBlockImpl::initialise(at::Generator& gen) {
  for (auto* l : {&qkv, &proj, &fc1, &fc2}) init_linear(*l, gen);
  zero_init(adaLN_modulation->weight);  // adaLN-Zero: gates start at 0, the block is the identity
  zero_init(adaLN_modulation->bias);
}

FinalLayerImpl::FinalLayerImpl(int width) {
  norm = register_module("norm", plain_norm(width));
  adaLN_modulation = register_module("adaLN_modulation", torch::nn::Linear(width, 2 * width));
  linear = register_module("linear", torch::nn::Linear(width, 1));
}
torch::Tensor FinalLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& c) {
  auto m = adaLN_modulation(torch::silu(c)).chunk(2, 1);
  return linear(modulate(norm(x), m[0], m[1])).squeeze(-1);
}

TransformerDenoiser::TransformerDenoiser(const ModelConfig& cfg, int n_variables, int n_performances) {
  value_embed = register_module("value_embed", torch::nn::Linear(1, cfg.width));
  variable_embed = register_parameter("variable_embed", torch::zeros({n_variables, cfg.width}));
  t_embedder = register_module("t_embedder", TimestepEmbedder(cfg.frequency_dim, cfg.width));
  y_embedder = register_module("y_embedder", ConditionEmbedder(n_performances, cfg.width, cfg.cond_frequencies));
  blocks = register_module("blocks", torch::nn::ModuleList());
  for (int i = 0; i < cfg.depth; ++i) blocks->push_back(DiTBlock(cfg.width, cfg.heads, cfg.mlp_ratio));
  final_layer = register_module("final_layer", FinalLayer(cfg.width));
}

void TransformerDenoiser::initialise(at::Generator& gen) {
  init_linear(value_embed, gen);
  normal_init(variable_embed, 0.02, gen);
  t_embedder->initialise(gen);
  y_embedder->initialise(gen);
  for (auto& b : *blocks) b->as<DiTBlockImpl>()->initialise(gen);
  zero_init(final_layer->adaLN_modulation->weight);
  zero_init(final_layer->adaLN_modulation->bias);
  zero_init(final_layer->linear->weight);
  zero_init(final_layer->linear->bias);
}

torch::Tensor TransformerDenoiser::tokens(const torch::Tensor& x_t) {
  return value_embed(x_t.unsqueeze(-1)) + variable_embed.unsqueeze(0);
}
torch::Tensor TransformerDenoiser::condition(const torch::Tensor& t, const torch::Tensor& y,
                                             const torch::Tensor& mask, const torch::Tensor& uncond) {
  return t_embedder(t) + y_embedder(y, mask, uncond);
}

torch::Tensor TransformerDenoiser::forward(const torch::Tensor& x_t, const torch::Tensor& t, const torch::Tensor& y,
                                           const torch::Tensor& mask, const torch::Tensor& uncond) {
  auto x = tokens(x_t);
  auto c = condition(t, y, mask, uncond);
  for (auto& b : *blocks) x = b->as<DiTBlockImpl>()->forward(x, c);
  return final_layer(x, c);
}

}  // namespace inversize::diffusion::detail
