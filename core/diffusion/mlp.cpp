#include "diffusion/mlp_impl.hpp"

namespace inversize::diffusion::detail {

namespace {
torch::nn::ModuleList stack(int in, int width, int depth, int out) {
  torch::nn::ModuleList l;
  for (int i = 0; i < depth; ++i) l->push_back(torch::nn::Linear(i == 0 ? in : width, width));
  l->push_back(torch::nn::Linear(depth == 0 ? in : width, out));
  return l;
}
template <class Act>
torch::Tensor run(torch::nn::ModuleList& layers, torch::Tensor h, Act act) {
  for (std::size_t i = 0; i < layers->size(); ++i) {
    h = layers[i]->as<torch::nn::LinearImpl>()->forward(h);
    if (i + 1 < layers->size()) h = act(h);
  }
  return h;
}
void init_stack(torch::nn::ModuleList& layers, at::Generator& gen) {
  for (auto& m : *layers) {
    auto* l = m->as<torch::nn::LinearImpl>();
    xavier_uniform(l->weight, gen);
    zero_init(l->bias);
  }
}
}  // namespace

MlpDenoiser::MlpDenoiser(const ModelConfig& cfg, int n_variables_, int n_performances) : n_variables(n_variables_) {
  t_embedder = register_module("t_embedder", TimestepEmbedder(cfg.frequency_dim, cfg.width));
  y_embedder = register_module("y_embedder", ConditionEmbedder(n_performances, cfg.width, cfg.cond_frequencies));
  layers = register_module("layers", stack(n_variables + 2 * cfg.width, cfg.width, cfg.depth, n_variables));
}
torch::Tensor MlpDenoiser::forward(const torch::Tensor& x_t, const torch::Tensor& t, const torch::Tensor& y,
                                   const torch::Tensor& mask, const torch::Tensor& uncond) {
  auto h = torch::cat({x_t, t_embedder(t), y_embedder(y, mask, uncond)}, 1);
  return run(layers, h, [](const torch::Tensor& a) { return torch::silu(a); });
}
void MlpDenoiser::initialise(at::Generator& gen) {
  t_embedder->initialise(gen);
  y_embedder->initialise(gen);
  init_stack(layers, gen);
}
Conditioned MlpDenoiser::condition(const torch::Tensor& y, const torch::Tensor& mask, const torch::Tensor& uncond,
                                   std::vector<int> timesteps) {
  auto c = DenoiserBase::condition(y, mask, uncond, std::move(timesteps));
  auto* first = layers[0]->as<torch::nn::LinearImpl>();
  const long V = n_variables, E = (first->weight.size(1) - V) / 2;  // E: each embedding's width
  const auto& w = first->weight;
  auto ts = torch::tensor(std::vector<std::int64_t>(c.timesteps.begin(), c.timesteps.end()), torch::kLong);
  c.per_step = torch::mm(t_embedder(ts), w.slice(1, V, V + E).t());
  c.per_row = torch::addmm(first->bias, y_embedder(y, mask, uncond), w.slice(1, V + E).t());
  return c;
}
torch::Tensor MlpDenoiser::denoise(const torch::Tensor& x_t, std::size_t k, const Conditioned& c) {
  auto* first = layers[0]->as<torch::nn::LinearImpl>();
  auto h = torch::addmm(c.per_row, x_t, first->weight.slice(1, 0, n_variables).t());
  h.add_(c.per_step[static_cast<long>(k)]);
  for (std::size_t i = 1; i < layers->size(); ++i) {
    torch::silu_(h);
    h = layers[i]->as<torch::nn::LinearImpl>()->forward(h);
  }
  return h;
}

MlpRegressor::MlpRegressor(const ModelConfig& cfg, int n_variables, int n_performances) {
  layers = register_module("layers", stack(2 * n_performances, cfg.width, cfg.depth, n_variables));
}
torch::Tensor MlpRegressor::forward(const torch::Tensor& y, const torch::Tensor& mask) {
  return run(layers, torch::cat({y * mask, mask}, 1), [](const torch::Tensor& a) { return torch::relu(a); });
}
void MlpRegressor::initialise(at::Generator& gen) { init_stack(layers, gen); }

MlpForward::MlpForward(int n_in, int width, int depth, int n_out) {
  layers = register_module("layers", stack(n_in, width, depth, n_out));
}
torch::Tensor MlpForward::forward(const torch::Tensor& x) {
  return run(layers, x, [](const torch::Tensor& a) { return torch::silu(a); });
}
void MlpForward::initialise(at::Generator& gen) { init_stack(layers, gen); }

}  // namespace inversize::diffusion::detail
