#include "diffusion/sizing_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

#include "diffusion/blob.hpp"
#include "diffusion/diffusion_model.hpp"
#include "diffusion/recombination.hpp"
#include "diffusion/surrogate.hpp"

namespace inversize::diffusion {

std::vector<int> seeded_permutation(std::size_t n, std::uint64_t seed) {
  std::vector<int> rows(n);
  for (std::size_t i = 0; i < n; ++i) rows[i] = int(i);
  // Own Fisher-Yates: std::shuffle's sequence differs between standard libraries.
  std::mt19937_64 rng(seed);
  for (std::size_t i = n; i > 1; --i) std::swap(rows[i - 1], rows[rng() % i]);
  return rows;
}

std::pair<std::vector<int>, std::vector<int>> split_rows(std::size_t designs, double validation_fraction, std::uint64_t seed) {
  const auto rows = seeded_permutation(designs, seed);
  std::size_t n_val = validation_fraction > 0 ? std::size_t(std::lround(designs * validation_fraction)) : 0;
  if (validation_fraction > 0 && designs >= 10) n_val = std::max<std::size_t>(n_val, 1);
  n_val = std::min(n_val, designs > 0 ? designs - 1 : 0);
  std::vector<int> val(rows.begin(), rows.begin() + n_val), train(rows.begin() + n_val, rows.end());
  return {train, val};
}

void SizingModel::train(const TrainingData& data, const TrainOptions& opts, const JobContext& job,
                        const TrainProgressFn& progress) {
  data.validate();
  const auto nv = data.variable_names.size();
  for (const auto& b : ctx_.blocks)
    for (int v : b.variables)
      if (v < 0 || std::size_t(v) >= nv) throw std::invalid_argument("block " + b.id + " refers to variable " + std::to_string(v) + " out of range");
  if (!ctx_.limits.empty() && ctx_.limits.size() != nv) throw std::invalid_argument("one VariableLimits per variable expected");
  variable_names_ = data.variable_names;
  performance_names_ = data.performance_names;

  auto [train_rows, val_rows] = split_rows(data.designs(), opts.validation_fraction, opts.seed);
  Matrix xtr, ytr;
  for (int r : train_rows) {
    xtr.push_back(data.x[r]);
    ytr.push_back(data.y[r]);
  }
  xnorm_ = Normalizer::fit(xtr, data.variable_log);
  ynorm_ = Normalizer::fit_auto_log(ytr, cfg_.log_decades);
  if (ynorm_.columns() != performance_names_.size()) ynorm_ = Normalizer::fit(ytr, std::vector<bool>(performance_names_.size(), false));
  Matrix xn, yn;
  for (std::size_t i = 0; i < data.designs(); ++i) {
    xn.push_back(xnorm_.normalise(data.x[i]));
    yn.push_back(ynorm_.normalise(data.y[i]));
  }
  trained_ = false;
  surrogate_.reset();
  fit(xn, yn, train_rows, val_rows, opts, job, progress);
  if (opts.surrogate) {
    // The forward designs join its training split; validation stays on the archive, where
    // the samples aim. A performance far outside the archive's range (a collapsed gain, a
    // non-positive value of a log column) is left out, not allowed to rule the loss.
    constexpr double kFarOutside = 8.0;
    auto s_train = train_rows;
    for (std::size_t i = 0; i < data.forward_x.size(); ++i) {
      auto z = ynorm_.normalise(data.forward_y[i]);
      for (double& v : z)
        if (std::abs(v) > kFarOutside) v = std::numeric_limits<double>::quiet_NaN();
      s_train.push_back(int(xn.size()));
      xn.push_back(xnorm_.normalise(data.forward_x[i]));
      yn.push_back(std::move(z));
    }
    auto s = std::make_shared<PerformanceSurrogate>(int(variable_names_.size()), int(performance_names_.size()));
    s->fit(xn, yn, s_train, val_rows, opts, job, progress);
    surrogate_ = std::move(s);
  }
  trained_ = true;
}

const std::vector<double>& SizingModel::surrogate_sigma() const {
  if (!surrogate_) throw std::logic_error("surrogate_sigma: the " + architecture() + " model has no surrogate");
  return surrogate_->sigma();
}

SizingModel::Matrix SizingModel::predict_performances(const Matrix& sizings, int threads) const {
  if (!surrogate_) throw std::logic_error("predict_performances: the " + architecture() + " model has no surrogate");
  Matrix xn;
  xn.reserve(sizings.size());
  for (const auto& x : sizings) xn.push_back(xnorm_.normalise(x));
  auto yn = surrogate_->predict(xn, threads);
  for (auto& y : yn) y = ynorm_.denormalise(y);
  return yn;
}

SizingModel::Matrix SizingModel::refine(const Matrix& sizings, const std::vector<double>& lo,
                                        const std::vector<double>& hi, int steps, int threads) const {
  if (!surrogate_) throw std::logic_error("refine: the " + architecture() + " model has no surrogate");
  if (lo.size() != performance_names_.size() || hi.size() != performance_names_.size())
    throw std::invalid_argument("refine: one bound per performance expected");
  // Normalisation is increasing, so bounds map to bounds; a bound at or below zero on a log
  // column lies below every value.
  auto bound = [&](std::size_t j, double b) {
    if (std::isinf(b) || std::isnan(b)) return b;
    return ynorm_.normalise(j, b);
  };
  std::vector<double> lo_n, hi_n;
  for (std::size_t j = 0; j < lo.size(); ++j) {
    lo_n.push_back(bound(j, lo[j]));
    hi_n.push_back(bound(j, hi[j]));
  }
  Matrix xn;
  xn.reserve(sizings.size());
  for (const auto& x : sizings) xn.push_back(xnorm_.normalise(x));
  auto out = denormalise(surrogate_->refine(xn, lo_n, hi_n, steps, threads));
  for (auto& row : out) finish_sizing(ctx_, row);
  return out;
}

SizingModel::Matrix SizingModel::sample(const std::vector<double>& spec, int n, const SampleOptions& opts) const {
  if (!trained_) throw std::logic_error("sample: the " + architecture() + " model is not trained");
  if (spec.size() != performance_names_.size())
    throw std::invalid_argument("specification has " + std::to_string(spec.size()) + " values, the model has " +
                                std::to_string(performance_names_.size()) + " performances");
  auto out = generate(ynorm_.normalise(spec), n, opts);
  for (auto& row : out) finish_sizing(ctx_, row);
  return out;
}

SizingModel::Matrix SizingModel::denormalise(const Matrix& xn) const {
  Matrix out;
  out.reserve(xn.size());
  for (const auto& r : xn) out.push_back(xnorm_.denormalise(r));
  return out;
}

namespace {
void write_context(BlobWriter& w, const DesignContext& c) {
  w.u64(c.blocks.size());
  for (const auto& b : c.blocks) {
    w.str(b.id);
    w.u64(b.variables.size());
    for (int v : b.variables) w.i64(v);
  }
  w.u64(c.symmetric.size());
  for (auto [a, b] : c.symmetric) {
    w.i64(a);
    w.i64(b);
  }
  w.u64(c.limits.size());
  for (const auto& l : c.limits) {
    w.f64(l.lo);
    w.f64(l.hi);
    w.f64(l.grid);
    w.u32(l.log ? 1 : 0);
  }
}

DesignContext read_context(BlobReader& r, std::size_t n_variables) {
  DesignContext c;
  auto index = [&](std::int64_t v) {
    r.expect(v >= 0 && std::uint64_t(v) < n_variables, "variable index out of range in the design context");
    return int(v);
  };
  c.blocks.resize(r.count(1u << 16, "block count"));
  for (auto& b : c.blocks) {
    b.id = r.str();
    b.variables.resize(r.count(n_variables, "block size"));
    for (auto& v : b.variables) v = index(r.i64());
  }
  c.symmetric.resize(r.count(1u << 20, "symmetric pair count"));
  for (auto& [a, b] : c.symmetric) {
    a = index(r.i64());
    b = index(r.i64());
  }
  c.limits.resize(r.count(n_variables, "limit count"));
  for (auto& l : c.limits) {
    l.lo = r.f64();
    l.hi = r.f64();
    l.grid = r.f64();
    l.log = r.u32() != 0;
  }
  return c;
}
}  // namespace

std::vector<std::uint8_t> SizingModel::to_blob() const {
  if (!trained_) throw std::logic_error("to_blob: the " + architecture() + " model is not trained");
  BlobWriter w;
  w.str(architecture());
  write_config(w, cfg_);
  w.strs(variable_names_);
  w.strs(performance_names_);
  write_context(w, ctx_);
  xnorm_.write(w);
  ynorm_.write(w);
  write_networks(w);
  // An optional trailer: a model without a surrogate is saved as before there were any.
  if (surrogate_) {
    w.u32(1);
    surrogate_->write(w);
  }
  return w.seal();
}

std::unique_ptr<SizingModel> load_sizing_model(std::span<const std::uint8_t> blob) {
  BlobReader r(blob);
  const auto arch = r.str();
  const auto known = sizing_architectures();
  r.expect(arch == kLegacyStructural || std::find(known.begin(), known.end(), arch) != known.end(),
           "unknown architecture '" + arch + "'");
  const auto cfg = read_config(r);
  auto variables = r.strs();
  auto performances = r.strs();
  auto ctx = read_context(r, variables.size());
  auto model = make_sizing_model(arch, ctx, cfg);
  model->variable_names_ = std::move(variables);
  model->performance_names_ = std::move(performances);
  model->xnorm_ = Normalizer::read(r);
  model->ynorm_ = Normalizer::read(r);
  r.expect(model->xnorm_.columns() == model->variable_names_.size() &&
               model->ynorm_.columns() == model->performance_names_.size(),
           "normalisation does not match the variables and performances");
  model->read_networks(r);
  if (!r.at_end()) {
    r.expect(r.u32() == 1, "unknown section after the networks");
    model->surrogate_ = PerformanceSurrogate::read(r, int(model->variable_names_.size()), int(model->performance_names_.size()));
  }
  r.expect(r.at_end(), "unexpected bytes after the networks");
  model->trained_ = true;
  return model;
}

std::unique_ptr<SizingModel> make_sizing_model(std::string_view arch, const DesignContext& ctx, std::optional<ModelConfig> cfg) {
  const auto& a = architecture(arch);
  return a.make(ctx, cfg ? *cfg : a.config);
}

}  // namespace inversize::diffusion
