#include "diffusion/diffusion_model.hpp"

#include "diffusion/blob.hpp"
#include "diffusion/sampler_impl.hpp"
#include "diffusion/schedule.hpp"
#include "diffusion/torch_util_impl.hpp"
#include "diffusion/trainer_impl.hpp"

namespace inversize::diffusion {

struct DiffusionModel::Impl {
  ModelConfig cfg;
  int n_variables, n_performances, n_chained;
  NoiseSchedule schedule;
  std::shared_ptr<detail::DenoiserBase> net;
  // ModelConfig::mean_fit: x = features(y) mean_w + mean_s * x', the network drawing x'.
  torch::Tensor mean_w;  // features x variables, float64
  torch::Tensor mean_s;  // variables, float64

  // Performances whose pairwise products the fit takes (MeanFit::quadratic); they lead the
  // condition, the chained sizes follow.
  std::int64_t squared() const { return cfg.mean_fit == MeanFit::quadratic ? n_performances - n_chained : 0; }
  std::int64_t features() const { return n_performances + squared() * (squared() + 1) / 2 + 1; }
  // [y, y_i y_j (i <= j < squared()), 1] with a missing condition value as 0 (its mean), as the
  // network sees it.
  torch::Tensor design_matrix(const torch::Tensor& y) const {
    auto y0 = detail::values_and_mask(y).first.to(torch::kFloat64);
    std::vector<torch::Tensor> cols{y0};
    const auto q = squared();
    for (std::int64_t i = 0; i < q; ++i) cols.push_back(y0.slice(1, i, q) * y0.slice(1, i, i + 1));
    cols.push_back(torch::ones({y0.size(0), 1}, torch::kFloat64));
    return torch::cat(cols, 1);
  }
  // Least squares of x on the features over the training rows, a little ridge so that
  // collinear conditions (a chained size that a performance fixes) stay solvable.
  void fit_mean(const torch::Tensor& x, const torch::Tensor& y, const std::vector<int>& rows) {
    auto idx = torch::tensor(std::vector<std::int64_t>(rows.begin(), rows.end()), torch::kLong);
    auto a = design_matrix(y.index_select(0, idx));
    auto xr = x.index_select(0, idx).to(torch::kFloat64);
    auto gram = torch::mm(a.t(), a) + 1e-3 * double(rows.size()) * torch::eye(a.size(1), torch::kFloat64);
    mean_w = torch::linalg_solve(gram, torch::mm(a.t(), xr));
    // The residual spread sets the network's unit; floored so that a variable the condition
    // fixes does not blow its noise up.
    mean_s = (xr - torch::mm(a, mean_w)).std(0).clamp_min(1e-2);
  }
  torch::Tensor to_residual(const torch::Tensor& x, const torch::Tensor& y) const {
    return ((x.to(torch::kFloat64) - torch::mm(design_matrix(y), mean_w)) / mean_s).to(torch::kFloat32);
  }
  torch::Tensor from_residual(const torch::Tensor& r, const torch::Tensor& y) const {
    return (torch::mm(design_matrix(y), mean_w) + r.to(torch::kFloat64) * mean_s).to(torch::kFloat32);
  }

  Impl(const ModelConfig& c, int v, int p, int chained)
      : cfg(c), n_variables(v), n_performances(p), n_chained(chained),
        schedule(NoiseSchedule::cosine(c.train_steps_T, c.zero_terminal_snr)), net(detail::make_denoiser(c, v, p)) {
    if (c.prediction == Prediction::epsilon && c.zero_terminal_snr)
      throw std::invalid_argument("epsilon-prediction cannot be used with a zero terminal SNR schedule");
    if (chained < 0 || chained > p) throw std::invalid_argument("more chained condition columns than condition columns");
    if (c.mean_fit != MeanFit::none) {  // until trained: the identity, x = x'
      mean_w = torch::zeros({features(), v}, torch::kFloat64);
      mean_s = torch::ones({v}, torch::kFloat64);
    }
  }
};

DiffusionModel::DiffusionModel(const ModelConfig& cfg, int n_variables, int n_performances, std::uint64_t seed,
                               int n_chained)
    : impl_(std::make_unique<Impl>(cfg, n_variables, n_performances, n_chained)) {
  auto gen = detail::make_generator(seed);
  impl_->net->initialise(gen);
  impl_->net->eval();
}
DiffusionModel::DiffusionModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DiffusionModel::~DiffusionModel() = default;
DiffusionModel::DiffusionModel(DiffusionModel&&) noexcept = default;
DiffusionModel& DiffusionModel::operator=(DiffusionModel&&) noexcept = default;

int DiffusionModel::variables() const { return impl_->n_variables; }
int DiffusionModel::performances() const { return impl_->n_performances; }
int DiffusionModel::chained() const { return impl_->n_chained; }
const ModelConfig& DiffusionModel::config() const { return impl_->cfg; }
std::size_t DiffusionModel::parameter_count() const {
  std::size_t n = 0;
  for (const auto& p : impl_->net->parameters()) n += p.numel();
  return n;
}

DiffusionModel::TrainResult DiffusionModel::train(const Matrix& x, const Matrix& y, const std::vector<int>& train_rows,
                                                  const std::vector<int>& val_rows, const TrainOptions& opts,
                                                  const std::string& name, const JobContext& job,
                                                  const TrainProgressFn& progress) {
  detail::use_threads(opts.threads);
  auto X = detail::to_tensor(x, impl_->n_variables);
  auto Y = detail::to_tensor(y, impl_->n_performances);
  if (impl_->cfg.mean_fit != MeanFit::none) {
    impl_->fit_mean(X, Y, train_rows);
    X = impl_->to_residual(X, Y);
  }
  auto train_set = detail::design_rows(X, Y, train_rows);
  auto val_set = detail::design_rows(X, Y, val_rows);
  auto gen = detail::make_generator(opts.seed);
  detail::StepReport report = [&](long long step, long long total, double loss, double val, double eta) {
    if (progress) progress(TrainProgress{name, step, total, loss, val, eta});
  };
  auto r = detail::train_denoiser(*impl_->net, impl_->cfg, impl_->schedule, impl_->n_chained, train_set, val_set, opts,
                                  gen, job, report);
  return {r.steps, r.best_val_loss, r.stopped_early};
}

DiffusionModel::Matrix DiffusionModel::sample(const std::vector<double>& y, int n, const SampleOptions& opts) const {
  if (int(y.size()) != impl_->n_performances)
    throw std::invalid_argument("specification has " + std::to_string(y.size()) + " performances, the model " +
                                std::to_string(impl_->n_performances));
  detail::use_threads(opts.threads);
  auto yt = torch::tensor(y, torch::kFloat64).to(torch::kFloat32);
  auto x = detail::sample_denoiser(*impl_->net, impl_->cfg, impl_->schedule, impl_->n_chained, yt, n, impl_->n_variables, opts);
  if (impl_->cfg.mean_fit != MeanFit::none) x = impl_->from_residual(x, yt.reshape({1, -1}).expand({x.size(0), -1}));
  return detail::to_matrix(x);
}

DiffusionModel::Matrix DiffusionModel::sample(const Matrix& y, const SampleOptions& opts) const {
  if (y.empty()) throw std::invalid_argument("number of samples must be positive");
  for (const auto& row : y)
    if (int(row.size()) != impl_->n_performances)
      throw std::invalid_argument("condition has " + std::to_string(row.size()) + " values, the model " +
                                  std::to_string(impl_->n_performances));
  detail::use_threads(opts.threads);
  auto yt = detail::to_tensor(y, impl_->n_performances);
  auto x = detail::sample_denoiser(*impl_->net, impl_->cfg, impl_->schedule, impl_->n_chained, yt, int(y.size()),
                                   impl_->n_variables, opts);
  if (impl_->cfg.mean_fit != MeanFit::none) x = impl_->from_residual(x, yt);
  return detail::to_matrix(x);
}

DiffusionModel::Matrix DiffusionModel::predict(const Matrix& x_t, const std::vector<int>& t, const Matrix& y,
                                               const std::vector<bool>& uncond) const {
  torch::NoGradGuard ng;
  auto [yv, ym] = detail::values_and_mask(detail::to_tensor(y, impl_->n_performances));
  auto tt = torch::tensor(std::vector<std::int64_t>(t.begin(), t.end()), torch::kLong);
  auto u = torch::tensor(std::vector<std::int64_t>(uncond.begin(), uncond.end()), torch::kLong).to(torch::kBool);
  auto [mask, null] = detail::drop_performances(ym, u, impl_->n_chained);
  return detail::to_matrix(impl_->net->forward(detail::to_tensor(x_t, impl_->n_variables), tt, yv, mask, null));
}

void write_config(BlobWriter& w, const ModelConfig& c) {
  w.u32(static_cast<std::uint32_t>(c.backbone));
  w.u32(static_cast<std::uint32_t>(c.prediction));
  w.u32(c.zero_terminal_snr ? 1 : 0);
  for (int v : {c.train_steps_T, c.width, c.depth, c.heads, c.mlp_ratio, c.frequency_dim}) w.i64(v);
  w.f64(c.cond_dropout);
  w.f64(c.perf_dropout);
  w.f64(c.log_decades);
  w.i64(c.cond_frequencies);  // format 3
  w.u32(static_cast<std::uint32_t>(c.mean_fit));  // format 4 (0 or 1), 5
}

ModelConfig read_config(BlobReader& r) {
  ModelConfig c;
  const auto backbone = r.u32(), prediction = r.u32();
  r.expect(backbone <= 1 && prediction <= 1, "unknown backbone or prediction type");
  c.backbone = static_cast<Backbone>(backbone);
  c.prediction = static_cast<Prediction>(prediction);
  c.zero_terminal_snr = r.u32() != 0;
  for (int* v : {&c.train_steps_T, &c.width, &c.depth, &c.heads, &c.mlp_ratio, &c.frequency_dim}) {
    const auto x = r.i64();
    r.expect(x >= 0 && x <= 1 << 20, "implausible hyperparameter " + std::to_string(x));
    *v = int(x);
  }
  r.expect(c.train_steps_T >= 2 && c.width >= 1 && c.heads >= 1 && c.width % c.heads == 0 && c.frequency_dim >= 2,
           "inconsistent architecture hyperparameters");
  c.cond_dropout = r.f64();
  c.perf_dropout = r.f64();
  c.log_decades = r.f64();
  if (r.version() >= 3) {
    const auto k = r.i64();
    r.expect(k >= 0 && k <= 30, "implausible number of condition frequencies " + std::to_string(k));
    c.cond_frequencies = int(k);
  }
  if (r.version() >= 4) {
    const auto fit = r.u32();
    r.expect(fit <= (r.version() >= 5 ? 2u : 1u), "unknown mean fit " + std::to_string(fit));
    c.mean_fit = static_cast<MeanFit>(fit);
  }
  return c;
}

void DiffusionModel::write(BlobWriter& w) const {
  write_config(w, impl_->cfg);
  w.i64(impl_->n_variables);
  w.i64(impl_->n_performances);
  w.i64(impl_->n_chained);
  detail::write_module(w, *impl_->net);
  if (impl_->cfg.mean_fit != MeanFit::none) {
    for (const auto& t : {impl_->mean_w, impl_->mean_s}) {
      auto c = t.contiguous();
      for (std::int64_t i = 0; i < c.numel(); ++i) w.f64(c.data_ptr<double>()[i]);
    }
  }
}

DiffusionModel DiffusionModel::read(BlobReader& r, const std::string& what) {
  const auto cfg = read_config(r);
  const auto v = r.i64(), p = r.i64();
  r.expect(v >= 1 && v <= 100000 && p >= 0 && p <= 100000, what + ": implausible shape");
  const auto chained = r.version() >= 2 ? r.i64() : 0;
  r.expect(chained >= 0 && chained <= p, what + ": implausible number of chained conditions");
  std::unique_ptr<Impl> impl;
  try {
    impl = std::make_unique<Impl>(cfg, int(v), int(p), int(chained));
  } catch (const std::exception& e) {
    throw BlobError(what + ": " + e.what());
  }
  detail::read_module(r, *impl->net, what);
  impl->net->eval();
  if (cfg.mean_fit != MeanFit::none) {
    auto read = [&](std::int64_t rows, std::int64_t cols) {
      std::vector<double> v;  // grown as read: a damaged shape runs out of bytes, not of memory
      for (std::int64_t i = 0; i < rows * cols; ++i) v.push_back(r.f64());
      return torch::tensor(v, torch::kFloat64).reshape({rows, cols});
    };
    impl->mean_w = read(impl->features(), v);
    impl->mean_s = read(1, v).reshape({v});
    r.expect(torch::isfinite(impl->mean_w).all().item<bool>() && (impl->mean_s > 0).all().item<bool>(),
             what + ": a mean fit that is not finite");
  }
  return DiffusionModel(std::move(impl));
}

}  // namespace inversize::diffusion
