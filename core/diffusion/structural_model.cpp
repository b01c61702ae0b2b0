#include "diffusion/structural_model.hpp"

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
}  // namespace

void StructuralModel::fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows,
                          const std::vector<int>& val_rows, const TrainOptions& opts, const JobContext& job,
                          const TrainProgressFn& progress) {
  const std::size_t nv = variable_names_.size();
  std::vector<bool> covered(nv, false);
  for (const auto& b : ctx_.blocks)
    for (int v : b.variables) covered[v] = true;
  BlockSpec rest{"rest", {}};
  for (std::size_t v = 0; v < nv; ++v)
    if (!covered[v]) rest.variables.push_back(int(v));
  if (!rest.variables.empty()) ctx_.blocks.push_back(rest);

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
    TrainOptions o = opts;
    o.seed = block_seed(opts.seed, b);
    DiffusionModel m(cfg_, int(vars.size()), int(performance_names_.size()), o.seed);
    const long long offset = static_cast<long long>(b) * opts.max_steps;
    TrainProgressFn report = [&](const TrainProgress& p) {
      if (progress) progress(p);
      job.report(offset + p.step, total, progress_message(p));
    };
    m.train(xb, yn, train_rows, val_rows, o, ctx_.blocks[b].id, job, report);
    job.report(offset + opts.max_steps, total, ctx_.blocks[b].id + " done");
    models_.push_back(std::move(m));
  }
}

std::vector<SizingModel::Matrix> StructuralModel::block_samples(const std::vector<double>& yn, int n,
                                                                const SampleOptions& opts) const {
  std::vector<Matrix> out;
  for (std::size_t b = 0; b < models_.size(); ++b) {
    SampleOptions o = opts;
    o.seed = block_seed(opts.seed, b);
    auto norm = xnorm_.select(ctx_.blocks[b].variables);
    Matrix m = models_[b].sample(yn, n, o);
    for (auto& row : m) row = norm.denormalise(row);
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<SizingModel::Matrix> StructuralModel::sample_blocks(const std::vector<double>& spec, int n,
                                                                const SampleOptions& opts) const {
  if (!trained_) throw std::logic_error("sample: the structural model is not trained");
  return block_samples(ynorm_.normalise(spec), n, opts);
}

SizingModel::Matrix StructuralModel::generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const {
  // Averages overlaps in physical units (paper: "we take the average value").
  return recombine(ctx_, variable_names_.size(), block_samples(yn, n, opts));
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
    r.expect(m.variables() == int(ctx_.blocks[b].variables.size()) && m.performances() == int(performance_names_.size()),
             "block " + ctx_.blocks[b].id + ": model shape does not match the block");
    models_.push_back(std::move(m));
  }
}

}  // namespace inversize::diffusion
