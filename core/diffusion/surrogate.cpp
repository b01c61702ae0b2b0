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
  auto X = detail::to_tensor(xn, nv_);
  auto [Y, M] = detail::values_and_mask(detail::to_tensor(yn, np_));
  auto xt = detail::rows_of(X, train_rows), yt = detail::rows_of(Y, train_rows), mt = detail::rows_of(M, train_rows);
  auto& mlp = *net_->mlp;
  auto batch_loss = [&](const torch::Tensor& rows) {
    return masked_mse(mlp.forward(xt.index_select(0, rows)), yt.index_select(0, rows), mt.index_select(0, rows));
  };
  std::function<double()> val_loss;
  if (!val_rows.empty()) {
    auto xv = detail::rows_of(X, val_rows), yv = detail::rows_of(Y, val_rows), mv = detail::rows_of(M, val_rows);
    val_loss = [&mlp, xv, yv, mv]() {
      torch::NoGradGuard ng;
      return masked_mse(mlp.forward(xv), yv, mv).item<double>();
    };
  }
  auto prog = detail::job_progress(job, progress);
  detail::StepReport report = [&](long long step, long long total, double loss, double val, double eta) {
    prog(TrainProgress{"surrogate", step, total, loss, val, eta});
  };
  auto res = detail::optimise(mlp, xt.size(0), batch_loss, val_loss, opts, gen, job, report);
  val_loss_ = res.best_val_loss;
  mlp.eval();
  const auto& rows = val_rows.empty() ? train_rows : val_rows;
  torch::NoGradGuard ng;
  auto xs = detail::rows_of(X, rows), ys = detail::rows_of(Y, rows), ms = detail::rows_of(M, rows);
  auto mse = ((mlp.forward(xs) - ys).pow(2) * ms).sum(0) / ms.sum(0).clamp_min(1.0);
  sigma_.clear();
  for (int j = 0; j < np_; ++j) sigma_.push_back(std::sqrt(mse[j].item<double>()));
}

PerformanceSurrogate::Matrix PerformanceSurrogate::predict(const Matrix& xn, int threads) const {
  if (xn.empty()) return {};
  detail::use_threads(threads);
  torch::NoGradGuard ng;
  return detail::to_matrix(net_->mlp->forward(detail::to_tensor(xn, nv_)));
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
