#include "diffusion/surrogate.hpp"

#include <cmath>
#include <limits>

#include "diffusion/mlp_impl.hpp"
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
  auto [lo_t, lo_w] = column(lo);
  auto [hi_t, hi_w] = column(hi);
  auto x = x0.clone().requires_grad_(true);
  torch::optim::Adam opt({x}, torch::optim::AdamOptions(kRefineRate));
  auto& mlp = *net_->mlp;
  for (int s = 0; s < steps; ++s) {
    auto y = mlp.forward(x);
    // log P(y >= lo) + log P(y <= hi), each prediction normal with its sigma; a missing bound
    // is masked out.
    auto chance = torch::special::log_ndtr((y - lo_t) * lo_w) * (lo_w > 0) +
                  torch::special::log_ndtr((hi_t - y) * hi_w) * (hi_w > 0);
    auto loss = -chance.sum() + kRefineProximity * (x - x0).pow(2).sum();
    // Only the sizings' gradient: the network's own parameters are left untouched.
    x.mutable_grad() = torch::autograd::grad({loss}, {x})[0];
    opt.step();
  }
  return detail::to_matrix(x.detach());
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
