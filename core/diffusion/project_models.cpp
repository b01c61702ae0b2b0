#include "diffusion/project_models.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>
#include <set>

#include "common/performance.hpp"
#include "diffusion/blob.hpp"
#include "diffusion/structural_model.hpp"
#include "structure/decompose.hpp"

namespace inversize::diffusion {

using dataset::Design;
using dataset::ProjectError;

std::vector<Design> training_subset(std::vector<Design> training, std::size_t limit, std::optional<std::uint64_t> subset_seed) {
  if (limit == 0 || training.size() <= limit) return training;
  if (!subset_seed) {
    training.resize(limit);
    return training;
  }
  auto rows = seeded_permutation(training.size(), *subset_seed);
  rows.resize(limit);
  std::sort(rows.begin(), rows.end());  // id order, as the whole set
  std::vector<Design> subset;
  for (int r : rows) subset.push_back(std::move(training[std::size_t(r)]));
  return subset;
}

std::vector<Design> training_designs(const dataset::Project& p, std::size_t limit, std::optional<std::uint64_t> subset_seed) {
  std::vector<Design> out;
  for (auto& d : p.designs())
    if (d.pareto && d.split == dataset::Split::Train) out.push_back(std::move(d));
  return training_subset(std::move(out), limit, subset_seed);
}

std::vector<Design> forward_designs(const dataset::Project& p, const std::vector<Design>& training) {
  // With a limit, only what the generation had made by the last training design it kept.
  std::int64_t last = 0;
  std::set<std::int64_t> used;
  for (const auto& d : training) {
    last = std::max(last, d.id);
    used.insert(d.id);
  }
  std::vector<Design> out;
  for (auto& d : p.designs())
    if (d.simulated && !d.pareto && d.split == dataset::Split::Train && d.id < last && !used.count(d.id))
      out.push_back(std::move(d));
  return out;
}

std::vector<Design> inverse_training_designs(const dataset::Project& p, std::size_t limit, bool feasible,
                                             std::optional<std::uint64_t> subset_seed) {
  auto out = training_designs(p, limit, subset_seed);
  if (!feasible) return out;
  // Like the forward designs: with a limit, only what the generation had made by then.
  std::int64_t last = 0;
  for (const auto& d : out) last = std::max(last, d.id);
  for (auto& d : p.designs())
    if (d.feasible && !d.pareto && d.simulated && d.split == dataset::Split::Train && (limit == 0 || d.id < last))
      out.push_back(std::move(d));
  std::sort(out.begin(), out.end(), [](const Design& a, const Design& b) { return a.id < b.id; });
  return out;
}

namespace {

std::string gamma_text(double g) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", g);
  return buf;
}

// Performances worth conditioning on: measured in most designs and not constant.
std::vector<std::size_t> conditioning_performances(const std::vector<Design>& designs) {
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    std::size_t measured = 0;
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& d : designs)
      if (auto v = d.performances[k]; v && std::isfinite(*v)) {
        ++measured;
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
      }
    if (2 * measured > designs.size() && hi - lo > 1e-9 * std::max(1.0, std::abs(hi))) out.push_back(k);
  }
  return out;
}

DesignContext design_context(const dataset::Project& p, const std::vector<std::size_t>& free) {
  const auto& space = p.setup().space;
  auto opened = p.open_circuit();
  const auto decomposition = structure::decompose(opened.circuit);
  auto blocks = dataset::block_variables(space, opened.circuit, decomposition);
  std::vector<int> model_index(space.size(), -1);
  for (std::size_t j = 0; j < free.size(); ++j) model_index[free[j]] = int(j);

  // Variables outside every block are the structural model's concern (its "rest" block).
  DesignContext ctx;
  for (const auto& b : blocks) {
    BlockSpec spec{b.block_id, {}};
    for (int v : b.variables)
      if (model_index[v] >= 0) spec.variables.push_back(model_index[v]);
    if (!spec.variables.empty()) ctx.blocks.push_back(std::move(spec));
  }
  // The chain's order, by the blocks' functions: compensation first, then bias, then the rest in
  // the structure's order. A designer chooses the compensation capacitor first (it sets gbw =
  // gm/Cc, slew rate = I/Cc and much of the area), then the bias currents from the slew rate and
  // the power, then sizes the transistors around them (Allen & Holberg's two-stage procedure).
  // Chained late, those blocks had to absorb every earlier block's error. The model alone met
  // (validation, mean over training seeds) on the Miller 40 % in the structure's order, 51 % with
  // compensation first, 59 % with bias next; on the FCOA 74 % and 82 % with its bias first
  // (docs/diffusion.md, "The chain by function"). The independent blocks do not depend on it.
  auto rank = [&](const BlockSpec& b) {
    const auto* block = decomposition.block(b.id);
    if (!block) return 2;
    return block->function == structure::Function::Compensation ? 0 : block->function == structure::Function::Bias ? 1 : 2;
  };
  std::stable_sort(ctx.blocks.begin(), ctx.blocks.end(),
                   [&](const BlockSpec& a, const BlockSpec& b) { return rank(a) < rank(b); });
  for (std::size_t i : free) {
    const auto& v = space.variables[i];
    ctx.limits.push_back({v.lo, v.hi, v.grid, v.log});
  }
  return ctx;
}

}  // namespace

ProjectData project_data(const dataset::Project& p, const std::vector<Design>& designs, const std::vector<Design>& forward) {
  const auto& space = p.setup().space;
  ProjectData pd;
  pd.free = space.free_variables();
  pd.performances = conditioning_performances(designs);
  for (std::size_t i : pd.free) {
    pd.data.variable_names.push_back(space.variables[i].name);
    pd.data.variable_log.push_back(space.variables[i].log);
  }
  for (std::size_t k : pd.performances) pd.data.performance_names.emplace_back(kPerformances[k].key);
  auto add = [&pd](const Design& d, std::vector<std::vector<double>>& xs, std::vector<std::vector<double>>& ys) {
    std::vector<double> x, y;
    for (std::size_t i : pd.free) x.push_back(d.x[i]);
    for (std::size_t k : pd.performances) y.push_back(d.performances[k].value_or(NAN));
    xs.push_back(std::move(x));
    ys.push_back(std::move(y));
  };
  for (const auto& d : designs) {
    add(d, pd.data.x, pd.data.y);
    pd.design_ids.push_back(d.id);
  }
  for (const auto& d : forward) add(d, pd.data.forward_x, pd.data.forward_y);
  pd.context = design_context(p, pd.free);
  return pd;
}

std::vector<double> full_design(const dataset::DesignSpace& space, const std::vector<std::size_t>& free,
                                const std::vector<double>& row) {
  std::vector<double> x = space.nominal();
  for (std::size_t j = 0; j < free.size() && j < row.size(); ++j) x[free[j]] = row[j];
  // A variable the designer fixed after training keeps its fixed value.
  for (std::size_t i = 0; i < space.size(); ++i)
    if (space.variables[i].fixed()) x[i] = space.variables[i].lo;
  return x;
}

ProjectModel train_model(const dataset::Project& p, const std::string& arch, const TrainOptions& opts,
                         const JobContext& job, const TrainProgressFn& progress, std::size_t limit) {
  auto designs = inverse_training_designs(p, limit, opts.feasible_designs, training_subset_seed(opts));
  constexpr std::size_t kMinTrainingDesigns = 20;
  if (designs.size() < kMinTrainingDesigns)
    throw ProjectError(p.path() + ": " + std::to_string(designs.size()) + " training designs in the archive; generate at least " +
                       std::to_string(kMinTrainingDesigns) + " first");
  auto pd = project_data(p, designs, forward_designs(p, designs));
  ProjectModel m;
  const auto& a = architecture(arch);
  auto cfg = a.config;
  if (opts.backbone && a.takes_backbone) cfg = with_backbone(cfg, *opts.backbone);
  if (opts.cond_frequencies && a.takes_backbone) cfg.cond_frequencies = *opts.cond_frequencies;
  if (opts.mean_fit && a.takes_backbone) cfg.mean_fit = *opts.mean_fit;
  if (opts.width && a.takes_backbone) cfg.width = *opts.width;
  if (opts.depth && a.takes_backbone) cfg.depth = *opts.depth;
  m.model = make_sizing_model(arch, pd.context, cfg);
  m.free = pd.free;
  m.performances = pd.performances;
  m.designs = designs.size();
  auto t0 = std::chrono::steady_clock::now();
  m.model->train(pd.data, opts, job, progress);
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return m;
}

void store_model(dataset::Project& p, ProjectModel& m, const TrainOptions& opts) {
  dataset::ModelRecord rec;
  rec.arch = m.model->architecture();
  const auto& c = m.model->config();
  rec.hyperparameters = {
      {"width", c.width}, {"depth", c.depth}, {"heads", c.heads}, {"train_steps_T", c.train_steps_T},
      {"backbone", backbone_name(c.backbone)},
      {"prediction", c.prediction == Prediction::v ? "v" : "epsilon"}, {"zero_terminal_snr", c.zero_terminal_snr},
      {"cond_dropout", c.cond_dropout}, {"seed", opts.seed}, {"max_steps", opts.max_steps},
      {"batch_size", opts.batch_size}, {"learning_rate", opts.learning_rate}, {"ema_decay", opts.ema_decay}, {"designs", m.designs},
      {"training_data", opts.feasible_designs ? "feasible" : "archive"},
      {"training_subset", opts.random_subset ? "random" : "first"},
      {"loss", c.prediction != Prediction::v           ? "mse"
               : opts.min_snr_gamma > 0              ? "v, min-snr-" + gamma_text(opts.min_snr_gamma)
               : opts.epsilon_weighting              ? "v, epsilon-weighted"
                                                     : "mse"},
      {"cond_frequencies", c.cond_frequencies}, {"mean_fit", mean_fit_name(c.mean_fit)}, {"patience", opts.patience},
      {"variables", m.model->variable_names()}, {"performances", m.model->performance_names()},
      {"seconds", m.seconds}};
  std::vector<std::string> blocks;
  for (const auto& b : m.model->context().blocks) blocks.push_back(b.id);
  rec.hyperparameters["blocks"] = blocks;
  if (auto* s = dynamic_cast<const StructuralModel*>(m.model.get()))
    rec.hyperparameters["blocks_chained"] = s->chained();
  rec.data = m.model->to_blob();
  m.id = p.put_model(rec);
}

ProjectModel load_project_model(const dataset::Project& p, const std::string& name) {
  // Old projects call the chained structural model "structural".
  const auto arch = canonical_architecture(name);
  std::int64_t newest = 0;
  for (const auto& m : p.list_models())
    if (canonical_architecture(m.arch) == arch) newest = m.id;
  if (newest == 0)
    throw ProjectError(p.path() + ": no trained " + arch + " model; run inversize-cli train " + p.path() +
                       (arch == default_architecture() ? "" : " --arch " + arch));
  auto rec = p.get_model(newest);
  ProjectModel pm;
  pm.id = newest;
  pm.created = rec->created;
  pm.hyperparameters = rec->hyperparameters;
  try {
    pm.model = load_sizing_model(rec->data);
  } catch (const BlobError& e) {
    throw ProjectError(p.path() + ": model " + std::to_string(newest) + " (" + arch + "): " + e.what() +
                       "; train it again");
  }
  const auto& space = p.setup().space;
  for (const auto& name : pm.model->variable_names()) {
    auto i = space.index(name);
    if (!i)
      throw ProjectError(p.path() + ": the " + arch + " model sizes " + name +
                         ", which the design space no longer has; train it again");
    pm.free.push_back(*i);
  }
  for (const auto& key : pm.model->performance_names()) {
    auto k = performance_index(key);
    if (!k) throw ProjectError(p.path() + ": the " + arch + " model is conditioned on unknown performance " + key);
    pm.performances.push_back(*k);
  }
  return pm;
}

}  // namespace inversize::diffusion
