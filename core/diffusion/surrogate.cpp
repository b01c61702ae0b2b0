#include "diffusion/surrogate.hpp"

#include <cmath>
#include <limits>

#include "diffusion/cancel_scope.hpp"
#include "diffusion/mlp_impl.hpp"
#include "diffusion/row_blocks_impl.hpp"
#include "diffusion/torch_util_impl.hpp"
#include "diffusion/trainer_impl.hpp"

namespace inversize::diffusion {

struct PerformanceSurrogate::Net {
  std::shared_ptr<detail::MlpForward> mlp;
};

PerformanceSurrogate::PerformanceSurrogate(int n_variables, int n_performances)
    : net_(std::make_unique<Net>()), nv_(n_variables), np_(n_performances), val_loss_(std::numeric_limits<double>::quiet_NaN()) {
  net_->mlp = std::make_shared<detail::MlpForward>(nv_, kWidth, kDepth, np_);
}
PerformanceSurrogate::~PerformanceSurrogate() = default;

namespace {
// Mean squared error over the measured performances only.
torch::Tensor masked_mse(const torch::Tensor& pred, const torch::Tensor& y, const torch::Tensor& mask) {
  return ((pred - y).pow(2) * mask).sum() / mask.sum().clamp_min(1.0);
}
}  // namespace

void PerformanceSurrogate::fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows,
                               const std::vector<int>& val_rows, const TrainOptions& opts, const JobContext& job,
                               const TrainProgressFn& progress) {
  detail::use_threads(opts.threads);
  // Its own stream: the inverse model trained before it stays what it was without it.
  auto gen = detail::make_generator(opts.seed ^ 0x5f0e2a7e5u);
  net_->mlp->initialise(gen);
  auto X = detail::to_tensor(xn, nv_), Y = detail::to_tensor(yn, np_);
  auto& mlp = *net_->mlp;
  auto loss = [&](const detail::DesignSet& s, bool) { return masked_mse(mlp.forward(s.x), s.y, s.mask); };
  const auto val = detail::design_rows(X, Y, val_rows);
  auto res = detail::optimise_supervised(mlp, "surrogate", detail::design_rows(X, Y, train_rows), val, loss, opts, gen,
                                         job, progress);
  val_loss_ = res.best_val_loss;
  mlp.eval();
  const auto s = val_rows.empty() ? detail::design_rows(X, Y, train_rows) : val;
  torch::NoGradGuard ng;
  auto mse = ((mlp.forward(s.x) - s.y).pow(2) * s.mask).sum(0) / s.mask.sum(0).clamp_min(1.0);
  sigma_.clear();
  for (int j = 0; j < np_; ++j) sigma_.push_back(std::sqrt(mse[j].item<double>()));
}

PerformanceSurrogate::Matrix PerformanceSurrogate::predict(const Matrix& xn, int threads) const {
  if (xn.empty()) return {};
  detail::use_threads(threads);
  torch::NoGradGuard ng;
  return detail::to_matrix(net_->mlp->forward(detail::to_tensor(xn, nv_)));
}

namespace {
// d/dz log Phi(z) = phi(z) / Phi(z), from logs so that it stays finite far in the tails.
torch::Tensor log_ndtr_slope(const torch::Tensor& z) {
  return torch::exp(-0.5 * z * z - 0.5 * std::log(2.0 * M_PI) - torch::special::log_ndtr(z));
}

// The bounds of refine() as tensors: per performance the bound (0 where none) and 1/sigma as its
// weight (0: no bound).
struct Bounds {
  torch::Tensor lo, lo_w, hi, hi_w;  // [1, P]
};

// Adam (torch::optim::Adam's defaults and update) on the rows x0 of one block, up the log chance
// of the bounds less the proximity to x0. The input gradient by hand, through the MLP's layers:
// no autograd graph per step, and rows in blocks on both cores.
torch::Tensor refine_block(detail::MlpForward& mlp, const torch::Tensor& x0, const Bounds& b, int steps,
                           const CancelToken* cancel) {
  constexpr double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  std::vector<torch::Tensor> w, bias;
  for (auto& m : *mlp.layers) {
    auto* l = m->as<torch::nn::LinearImpl>();
    w.push_back(l->weight);
    bias.push_back(l->bias);
  }
  const std::size_t L = w.size();
  auto x = x0.clone(), m = torch::zeros_like(x0), v = torch::zeros_like(x0);
  std::vector<torch::Tensor> slope(L - 1);  // silu'(z) of each hidden layer
  for (int s = 1; s <= steps; ++s) {
    if (cancel && cancel->cancelled()) throw Cancelled();
    auto h = x;
    for (std::size_t i = 0; i + 1 < L; ++i) {
      auto z = torch::addmm(bias[i], h, w[i].t());
      auto sig = torch::sigmoid(z);
      h = z * sig;
      slope[i] = sig * (1 + z * (1 - sig));  // d silu(z) / dz
    }
    auto y = torch::addmm(bias[L - 1], h, w[L - 1].t());
    // The loss -[log Phi((y - lo) lo_w) + log Phi((hi - y) hi_w)] + proximity |x - x0|^2; a
    // missing bound has weight 0 and so no slope.
    auto g = b.hi_w * log_ndtr_slope((b.hi - y) * b.hi_w) - b.lo_w * log_ndtr_slope((y - b.lo) * b.lo_w);
    for (std::size_t i = L - 1; i > 0; --i) g = torch::mm(g, w[i]) * slope[i - 1];
    g = torch::mm(g, w[0]) + (2 * PerformanceSurrogate::kRefineProximity) * (x - x0);
    m.mul_(beta1).add_(g, 1 - beta1);
    v.mul_(beta2).addcmul_(g, g, 1 - beta2);
    const double c1 = 1 - std::pow(beta1, s), c2 = 1 - std::pow(beta2, s);
    x.addcdiv_(m, (v.sqrt() / std::sqrt(c2)).add_(eps), -PerformanceSurrogate::kRefineRate / c1);
  }
  return x;
}
}  // namespace

PerformanceSurrogate::Matrix PerformanceSurrogate::refine(const Matrix& xn, const std::vector<double>& lo,
                                                          const std::vector<double>& hi, int steps, int threads) const {
  if (xn.empty() || steps <= 0) return xn;
  detail::use_threads(threads);
  auto x0 = detail::to_tensor(xn, nv_);
  // Per performance: the bound, and 1/sigma as its weight (0: no bound).
  auto column = [&](const std::vector<double>& b) {
    std::vector<float> v(np_), w(np_);
    for (int j = 0; j < np_; ++j) {
      const bool set = std::isfinite(b[j]);
      v[j] = set ? float(b[j]) : 0.0f;
      w[j] = set ? float(1.0 / std::max(sigma_[j], 1e-6)) : 0.0f;
    }
    return std::pair{torch::tensor(v).unsqueeze(0), torch::tensor(w).unsqueeze(0)};
  };
  Bounds b;
  std::tie(b.lo, b.lo_w) = column(lo);
  std::tie(b.hi, b.hi_w) = column(hi);
  // Rows are independent (Adam's update is elementwise): each block of rows runs every step,
  // on a helper thread too, so the caller's cancel scope is taken along.
  const CancelToken* cancel = CancelScope::current();
  auto x = detail::in_row_blocks(x0.size(0), threads, [&](long begin, long end) {
    return refine_block(*net_->mlp, x0.slice(0, begin, end), b, steps, cancel);
  });
  return detail::to_matrix(x);
}

void PerformanceSurrogate::write(BlobWriter& w) const {
  w.f64(val_loss_);
  for (double v : sigma_) w.f64(v);
  detail::write_module(w, *net_->mlp);
}

std::unique_ptr<PerformanceSurrogate> PerformanceSurrogate::read(BlobReader& r, int n_variables, int n_performances) {
  auto s = std::make_unique<PerformanceSurrogate>(n_variables, n_performances);
  s->val_loss_ = r.f64();
  for (int j = 0; j < n_performances; ++j) s->sigma_.push_back(r.f64());
  detail::read_module(r, *s->net_->mlp, "surrogate");
  s->net_->mlp->eval();
  return s;
}

}  // namespace inversize::diffusion
