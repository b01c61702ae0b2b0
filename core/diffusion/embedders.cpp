#include <cmath>
#include <numbers>

#include "diffusion/denoiser_impl.hpp"
#include "diffusion/mlp_impl.hpp"
#include "diffusion/transformer_impl.hpp"

namespace inversize::diffusion::detail {

torch::Tensor timestep_frequencies(const torch::Tensor& t, int dim, double max_period) {
  const int half = dim / 2;
  auto freqs = torch::exp(-std::log(max_period) * torch::arange(half, torch::kFloat32) / half);
  auto args = t.to(torch::kFloat32).unsqueeze(1) * freqs.unsqueeze(0);
  auto emb = torch::cat({torch::cos(args), torch::sin(args)}, 1);
  if (dim % 2) emb = torch::cat({emb, torch::zeros({t.size(0), 1})}, 1);
  return emb;
}

TimestepEmbedderImpl::TimestepEmbedderImpl(int frequency_dim_, int width) : frequency_dim(frequency_dim_) {
  fc1 = register_module("fc1", torch::nn::Linear(frequency_dim, width));
  fc2 = register_module("fc2", torch::nn::Linear(width, width));
}
torch::Tensor TimestepEmbedderImpl::forward(const torch::Tensor& t) {
  return fc2(torch::silu(fc1(timestep_frequencies(t, frequency_dim))));
}

torch::Tensor condition_features(const torch::Tensor& y, const torch::Tensor& mask, int frequencies) {
  std::vector<torch::Tensor> in{y * mask, mask};
  for (int k = 0; k < frequencies; ++k) {  // a missing value's features are 0, as its value is
    auto arg = y * std::ldexp(std::numbers::pi, k);
    in.push_back(torch::sin(arg) * mask);
    in.push_back(torch::cos(arg) * mask);
  }
  return torch::cat(in, 1);
}

ConditionEmbedderImpl::ConditionEmbedderImpl(int n_performances, int width, int frequencies_)
    : frequencies(frequencies_) {
  // The mask is an input too: "performance missing" differs from "performance at its mean".
  fc1 = register_module("fc1", torch::nn::Linear((2 + 2 * frequencies) * n_performances, width));
  fc2 = register_module("fc2", torch::nn::Linear(width, width));
  null_condition = register_parameter("null_condition", torch::zeros({width}));
}
torch::Tensor ConditionEmbedderImpl::forward(const torch::Tensor& y, const torch::Tensor& mask,
                                             const torch::Tensor& uncond) {
  auto e = fc2(torch::silu(fc1(condition_features(y, mask, frequencies))));
  auto use_null = torch::logical_or(uncond, mask.sum(1) == 0).unsqueeze(1);
  return torch::where(use_null, null_condition.unsqueeze(0).expand_as(e), e);
}

void xavier_uniform(torch::Tensor w, at::Generator& gen) {
  torch::NoGradGuard ng;
  const double bound = std::sqrt(6.0 / double(w.size(0) + w.size(1)));
  w.uniform_(-bound, bound, gen);
}
void TimestepEmbedderImpl::initialise(at::Generator& gen) {
  normal_init(fc1->weight, 0.02, gen);
  normal_init(fc2->weight, 0.02, gen);
  zero_init(fc1->bias);
  zero_init(fc2->bias);
}

void ConditionEmbedderImpl::initialise(at::Generator& gen) {
  init_linear(fc1, gen);
  init_linear(fc2, gen);
  normal_init(null_condition, 0.02, gen);
}

void normal_init(torch::Tensor w, double std, at::Generator& gen) {
  torch::NoGradGuard ng;
  w.normal_(0.0, std, gen);
}
void zero_init(torch::Tensor w) {
  torch::NoGradGuard ng;
  w.zero_();
}
void init_linear(torch::nn::Linear& l, at::Generator& gen) {
  xavier_uniform(l->weight, gen);
  if (l->bias.defined()) zero_init(l->bias);
}

std::pair<torch::Tensor, torch::Tensor> drop_performances(const torch::Tensor& mask, const torch::Tensor& drop,
                                                          int n_chained) {
  if (n_chained == 0) return {mask, drop};
  auto keep = torch::ones_like(mask);
  keep.slice(1, 0, mask.size(1) - n_chained).masked_fill_(drop.unsqueeze(1), 0.0);
  return {mask * keep, torch::zeros_like(drop)};
}

std::shared_ptr<DenoiserBase> make_denoiser(const ModelConfig& cfg, int n_variables, int n_performances) {
  if (cfg.backbone == Backbone::transformer)
    return std::make_shared<TransformerDenoiser>(cfg, n_variables, n_performances);
  return std::make_shared<MlpDenoiser>(cfg, n_variables, n_performances);
}

}  // namespace inversize::diffusion::detail
