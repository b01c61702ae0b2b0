#include "diffusion/structural_model.hpp"

#include <cmath>
#include <sstream>

#include "diffusion/blob.hpp"
#include "diffusion/recombination.hpp"

namespace inversize::diffusion {

namespace {
// Seeds per block differ, so blocks do not share noise sequences.
std::uint64_t block_seed(std::uint64_t seed, std::size_t block) { return seed + 0x100000001B3ULL * (block + 1); }

std::string progress_message(const TrainProgress& p) {
  std::ostringstream o;
  o << p.block << " step " << p.step << "/" << p.total << " loss " << p.loss << " val " << p.val_loss;
  return o.str();
}

// Per block, the variables of the blocks before it (ascending): its chain conditions.
std::vector<std::vector<int>> earlier_variables(const DesignContext& ctx, std::size_t n_variables) {
  std::vector<std::vector<int>> out(ctx.blocks.size());
  std::vector<bool> sized(n_variables, false);
  for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
    for (std::size_t v = 0; v < n_variables; ++v)
      if (sized[v]) out[b].push_back(int(v));
    for (int v : ctx.blocks[b].variables) sized.at(v) = true;
  }
  return out;
}

// The variables that no block covers, ascending.
std::vector<int> uncovered_variables(const DesignContext& ctx, std::size_t n_variables) {
  std::vector<bool> covered(n_variables, false);
  for (const auto& b : ctx.blocks)
    for (int v : b.variables) covered.at(v) = true;
  std::vector<int> out;
  for (std::size_t v = 0; v < n_variables; ++v)
    if (!covered[v]) out.push_back(int(v));
  return out;
}

// Each row of y followed by the chosen columns of the same row of x.
SizingModel::Matrix append_columns(SizingModel::Matrix y, const SizingModel::Matrix& x, const std::vector<int>& cols) {
  for (std::size_t i = 0; i < y.size(); ++i)
    for (int c : cols) y[i].push_back(x[i].at(c));
  return y;
}
}  // namespace

std::string StructuralModel::architecture() const {
  return std::string(recombination_ == Recombination::chained ? kStructuralChained : kStructuralIndependent);
}

void StructuralModel::fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows,
                          const std::vector<int>& val_rows, const TrainOptions& opts, const JobContext& job,
                          const TrainProgressFn& progress) {
  const std::size_t nv = variable_names_.size();
  BlockSpec rest{"rest", uncovered_variables(ctx_, nv)};
  if (!rest.variables.empty()) ctx_.blocks.push_back(rest);
  earlier_ = recombination_ == Recombination::chained ? earlier_variables(ctx_, nv)
                                                      : std::vector<std::vector<int>>(ctx_.blocks.size());

  models_.clear();
  const long long total = static_cast<long long>(ctx_.blocks.size()) * opts.max_steps;
  for (std::size_t b = 0; b < ctx_.blocks.size(); ++b) {
    const auto& vars = ctx_.blocks[b].variables;
    Matrix xb;
    xb.reserve(xn.size());
    for (const auto& row : xn) {
      std::vector<double> r;
      for (int v : vars) r.push_back(row[v]);
      xb.push_back(std::move(r));
    }
    // Trained on the true earlier variables (teacher forcing), sampled on the generated ones.
    const Matrix yb = append_columns(yn, xn, earlier_[b]);
    TrainOptions o = opts;
    o.seed = block_seed(opts.seed, b);
    DiffusionModel m(cfg_, int(vars.size()), int(yb.front().size()), o.seed, int(earlier_[b].size()));
    const long long offset = static_cast<long long>(b) * opts.max_steps;
    TrainProgressFn report = [&](const TrainProgress& p) {
      if (progress) progress(p);
      job.report(offset + p.step, total, progress_message(p));
    };
    m.train(xb, yb, train_rows, val_rows, o, ctx_.blocks[b].id, job, report);
    job.report(offset + opts.max_steps, total, ctx_.blocks[b].id + " done");
    models_.push_back(std::move(m));
  }
}

std::vector<SizingModel::Matrix> StructuralModel::block_samples(const std::vector<double>& yn, int n,
                                                                const SampleOptions& opts, Matrix* sized) const {
  // Normalised values of every variable, set by the first block that sizes it.
  Matrix x(n, std::vector<double>(variable_names_.size(), std::nan("")));
  std::vector<Matrix> out;
  for (std::size_t b = 0; b < models_.size(); ++b) {
    SampleOptions o = opts;
    o.seed = block_seed(opts.seed, b);
    const auto& vars = ctx_.blocks[b].variables;
    Matrix m = earlier_[b].empty() ? models_[b].sample(yn, n, o)
                                   : models_[b].sample(append_columns(Matrix(n, yn), x, earlier_[b]), o);
    for (int s = 0; s < n; ++s)
      for (std::size_t k = 0; k < vars.size(); ++k)
        if (std::isnan(x[s][vars[k]])) x[s][vars[k]] = m[s][k];
    auto norm = xnorm_.select(vars);
    for (auto& row : m) row = norm.denormalise(row);
    out.push_back(std::move(m));
  }
  if (sized) *sized = std::move(x);
  return out;
}

std::vector<SizingModel::Matrix> StructuralModel::sample_blocks(const std::vector<double>& spec, int n,
                                                                const SampleOptions& opts) const {
  if (!trained_) throw std::logic_error("sample: the " + architecture() + " model is not trained");
  return block_samples(ynorm_.normalise(spec), n, opts);
}

SizingModel::Matrix StructuralModel::generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const {
  if (!chained())  // averages overlaps in physical units (paper: "we take the average value")
    return recombine(ctx_, variable_names_.size(), block_samples(yn, n, opts));
  Matrix x;
  block_samples(yn, n, opts, &x);
  return denormalise(x);
}

void StructuralModel::write_networks(BlobWriter& w) const {
  w.u64(models_.size());
  for (const auto& m : models_) m.write(w);
}

void StructuralModel::read_networks(BlobReader& r) {
  const auto n = r.count(1u << 16, "block model count");
  r.expect(n == ctx_.blocks.size(), "one block model per block expected");
  models_.clear();
  for (std::size_t b = 0; b < n; ++b) {
    auto m = DiffusionModel::read(r, "block " + ctx_.blocks[b].id);
    r.expect(m.variables() == int(ctx_.blocks[b].variables.size()), "block " + ctx_.blocks[b].id +
                                                                        ": model shape does not match the block");
    models_.push_back(std::move(m));
  }
  // The shapes tell a chained model from one saved before the chain (conditioned on y only).
  const std::size_t p = performance_names_.size();
  const auto chain = earlier_variables(ctx_, variable_names_.size());
  auto conditioned_on = [&](auto extra) {
    for (std::size_t b = 0; b < n; ++b)
      if (models_[b].performances() != int(p + extra(b))) return false;
    return true;
  };
  const bool chained = conditioned_on([&](std::size_t b) { return chain[b].size(); });
  const bool independent = conditioned_on([](std::size_t) { return std::size_t{0}; });
  r.expect(chained || independent, "block models are conditioned on neither the performances nor the earlier blocks");
  // A model saved before the chain says "structural" (read as chained) but is independent.
  if (!chained) recombination_ = Recombination::independent;
  for (std::size_t b = 0; b < n && chained && r.version() >= 2; ++b)
    r.expect(models_[b].chained() == int(chain[b].size()), "block " + ctx_.blocks[b].id +
                                                               ": chained conditions do not match the blocks before it");
  r.expect(recombination_ == Recombination::chained || independent,
           "the blocks of a structural-independent model are conditioned on earlier blocks");
  earlier_ = chained && recombination_ == Recombination::chained ? chain : std::vector<std::vector<int>>(n);
  r.expect(uncovered_variables(ctx_, variable_names_.size()).empty(), "a variable is in no block");
}

}  // namespace inversize::diffusion
