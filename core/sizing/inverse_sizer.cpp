#include "sizing/inverse_sizer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "circuit/build.hpp"
#include "dataset/evaluator.hpp"
#include "diffusion/cancel_scope.hpp"
#include "netlist/units.hpp"
#include "netlist/writer.hpp"
#include "simulation/conditions.hpp"

namespace inversize::sizing {

InverseSizer::InverseSizer(const dataset::Project& project, const std::string& arch)
    : InverseSizer(project, diffusion::load_project_model(project, arch)) {}

InverseSizer::InverseSizer(const dataset::Project& project, diffusion::ProjectModel model)
    : project_(project),
      model_(std::move(model)),
      circuit_(project.open_circuit()),
      training_(diffusion::training_designs(project)) {}

Specification InverseSizer::complete(Specification spec) const {
  fill_from_nearest(spec, training_);
  return spec;
}

const dataset::Design* InverseSizer::aim(const Specification& spec) const {
  if (!spec.any_given()) return nullptr;
  for (const auto* d : nearest_designs(spec, training_, training_.size()))
    if (d->simulated && shortfall(spec, d->performances) == 0) return d;
  return nullptr;
}

const dataset::Design* InverseSizer::aimed_design(const Specification& spec, const diffusion::SampleOptions& opts) const {
  return aiming(opts) ? aim(spec) : nullptr;
}

namespace {
// The median (the mean of the middle two for an even count); `v` not empty.
double median(std::vector<double> v) {
  const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
  std::nth_element(v.begin(), mid, v.end());
  if (v.size() % 2) return *mid;
  return (*mid + *std::max_element(v.begin(), mid)) / 2;
}

// The values ranking and refinement aim at: the bound as the designer means it (meets, with
// the specification's tolerance), or the protocol's +-2 % around the value (matches).
std::pair<double, double> goal_bounds(const Specification& spec, std::size_t k, diffusion::RefineGoal goal) {
  return goal == diffusion::RefineGoal::match ? match_bounds(k, *spec.values[k]) : meet_bounds(spec, k);
}

// A physical value moved by `delta` in normalised units (the local bias); values the
// normalisation cannot place (infinite bounds, non-positive values of a log column) stay.
double shifted(const diffusion::Normalizer& norm, std::size_t j, double value, double delta) {
  if (delta == 0 || !std::isfinite(value)) return value;
  const double z = norm.normalise(j, value);
  return std::isfinite(z) ? norm.denormalise(j, z + delta) : value;
}
}  // namespace

double log_meet_probability(const Specification& spec, const std::vector<std::size_t>& performances,
                            const std::vector<double>& predicted, const std::vector<double>& sigma,
                            const diffusion::Normalizer& normalizer, diffusion::RefineGoal goal) {
  double lp = 0;
  for (std::size_t j = 0; j < performances.size(); ++j) {
    const std::size_t k = performances[j];
    if (!spec.given[k] || !spec.values[k] || !std::isfinite(predicted[j])) continue;
    const double mu = normalizer.normalise(j, predicted[j]), sd = std::max(sigma[j], 1e-6);
    // P(value <= b) with the value normal around the prediction in normalised units; the
    // normalisation (log10, standardise) is increasing, so bounds map to bounds. A bound at
    // or below zero on a log column lies below every value.
    auto below = [&](double b) {
      if (std::isinf(b)) return b > 0 ? 1.0 : 0.0;
      const double z = (normalizer.normalise(j, b) - mu) / sd;
      return std::isfinite(z) ? 0.5 * std::erfc(-z / std::sqrt(2.0)) : 0.0;
    };
    const auto [lo, hi] = goal_bounds(spec, k, goal);
    lp += std::log(std::max(below(hi) - below(lo), 1e-300));
  }
  return lp;
}

std::vector<double> InverseSizer::model_row(const std::vector<double>& x) const {
  std::vector<double> row;
  for (std::size_t v : model_.free) row.push_back(x[v]);
  return row;
}

std::vector<double> InverseSizer::local_bias(const Specification& spec, int threads) const {
  const auto& model = *model_.model;
  const auto& norm = model.performance_normalizer();
  std::vector<double> bias(model_.performances.size(), 0.0);
  if (!model.has_surrogate()) return bias;
  const auto near = nearest_designs(spec, training_, kBiasDesigns);
  if (near.empty()) return bias;
  diffusion::SizingModel::Matrix rows;
  for (const auto* d : near) rows.push_back(model_row(d->x));
  const auto predicted = model.predict_performances(rows, threads);
  for (std::size_t j = 0; j < model_.performances.size(); ++j) {
    std::vector<double> r;
    for (std::size_t i = 0; i < near.size(); ++i) {
      const auto& v = near[i]->performances[model_.performances[j]];
      if (!v || !std::isfinite(predicted[i][j])) continue;
      const double e = norm.normalise(j, *v) - norm.normalise(j, predicted[i][j]);
      if (std::isfinite(e)) r.push_back(e);
    }
    if (!r.empty()) bias[j] = median(std::move(r));
  }
  return bias;
}

diffusion::SizingModel::Matrix InverseSizer::refine_rows(const diffusion::SizingModel::Matrix& rows, const Specification& spec,
                                                        int steps, int threads, diffusion::RefineGoal goal,
                                                        const std::vector<double>& bias) const {
  const auto& norm = model_.model->performance_normalizer();
  std::vector<double> lo, hi;
  for (std::size_t j = 0; j < model_.performances.size(); ++j) {
    const std::size_t k = model_.performances[j];
    auto [l, h] = spec.given[k] && spec.values[k] ? goal_bounds(spec, k, goal) : std::pair{-HUGE_VAL, HUGE_VAL};
    // A prediction p + bias within [lo, hi] is a prediction p within [lo - bias, hi - bias].
    lo.push_back(shifted(norm, j, l, -bias[j]));
    hi.push_back(shifted(norm, j, h, -bias[j]));
  }
  return model_.model->refine(rows, lo, hi, steps, threads);
}

void InverseSizer::refine(std::vector<SampledSizing>& sizings, const Specification& spec, int steps, int threads,
                          diffusion::RefineGoal goal) const {
  if (sizings.empty() || steps <= 0) return;
  if (!model_.model->has_surrogate()) throw std::logic_error("refine: the model has no surrogate");
  diffusion::SizingModel::Matrix rows;
  for (const auto& s : sizings) rows.push_back(model_row(s.x));
  rows = refine_rows(rows, spec, steps, threads, goal, local_bias(spec, threads));
  const auto& space = project_.setup().space;
  for (std::size_t i = 0; i < sizings.size(); ++i) {
    auto x = sizings[i].x;
    for (std::size_t j = 0; j < model_.free.size(); ++j) x[model_.free[j]] = rows[i][j];
    sizings[i] = SampledSizing{};
    sizings[i].x = dataset::snap(space, x);
  }
}

InverseSizer::Candidates InverseSizer::candidates(const Specification& spec, int n,
                                                 const diffusion::SampleOptions& opts) const {
  const dataset::Design* target = aimed_design(spec, opts);
  std::vector<double> y;
  for (std::size_t k : model_.performances)
    y.push_back(target && target->performances[k] ? *target->performances[k] : spec.values[k].value_or(NAN));
  const bool ranking = opts.candidates > n && model_.model->has_surrogate();
  const int from_archive = ranking ? static_cast<int>(std::lround(std::clamp(opts.archive_share, 0.0, 1.0) * opts.candidates)) : 0;
  Candidates c;
  c.draws = ranking ? opts.candidates - from_archive : n;
  if (c.draws > 0) c.rows = model_.model->sample(y, c.draws, opts);
  for (const auto* d : nearest_designs(spec, training_, static_cast<std::size_t>(from_archive))) c.rows.push_back(model_row(d->x));
  return c;
}

std::vector<SampledSizing> InverseSizer::sizings_of(const Candidates& c) const {
  const auto& space = project_.setup().space;
  std::vector<SampledSizing> out(c.rows.size());
  for (std::size_t i = 0; i < c.rows.size(); ++i) {
    out[i].x = dataset::snap(space, diffusion::full_design(space, model_.free, c.rows[i]));
    out[i].from_archive = static_cast<int>(i) >= c.draws;
  }
  return out;
}

void InverseSizer::show_drawn(const Candidates& c, int n, const DrawnFn& drawn) const {
  if (!drawn) return;
  auto first = sizings_of(c);
  first.resize(std::min(first.size(), static_cast<std::size_t>(std::max(n, 0))));
  drawn(first);
}

std::vector<SampledSizing> InverseSizer::sample(const Specification& spec, int n, const diffusion::SampleOptions& opts,
                                                const DrawnFn& drawn) const {
  auto c = candidates(spec, n, opts);
  const bool surrogate = model_.model->has_surrogate();
  const bool ranking = opts.candidates > n && surrogate;
  const bool more = surrogate && (opts.refine > 0 || ranking);
  if (more) show_drawn(c, n, drawn);
  diffusion::CancelScope::throw_if_cancelled();
  const auto bias = more ? local_bias(spec, opts.threads) : std::vector<double>{};
  if (opts.refine > 0 && surrogate) c.rows = refine_rows(c.rows, spec, opts.refine, opts.threads, opts.goal, bias);
  auto out = sizings_of(c);
  if (!ranking) return out;
  return ranked(std::move(out), spec, n, opts.goal, opts.threads, bias);
}

JobOutcome InverseSizer::sample_verified(std::vector<SampledSizing>& samples, const Specification& spec, int n,
                                         const diffusion::SampleOptions& opts, simulation::WorkerPool& pool,
                                         const JobContext& ctx, const DrawnFn& drawn, const RoundFn& on_round,
                                         const std::function<void(std::size_t)>& on_verified) const {
  const bool ranking = opts.candidates > n && model_.model->has_surrogate();
  if (!ranking || opts.rounds <= 1) {
    samples = sample(spec, n, opts, drawn);
    if (on_round) on_round(samples);
    return verify(samples, spec, pool, ctx, on_verified);
  }
  const auto c = candidates(spec, n, opts);
  show_drawn(c, n, drawn);
  return rounds(samples, c, spec, n, opts, pool, ctx, on_round, on_verified);
}

JobOutcome InverseSizer::verify_in_rounds(std::vector<SampledSizing>& samples, const std::vector<SampledSizing>& candidates,
                                          const Specification& spec, int n, const diffusion::SampleOptions& opts,
                                          simulation::WorkerPool& pool, const JobContext& ctx,
                                          const RoundFn& on_round) const {
  Candidates c;
  for (const auto& s : candidates) c.rows.push_back(model_row(s.x));
  c.draws = static_cast<int>(c.rows.size());
  return rounds(samples, c, spec, n, opts, pool, ctx, on_round, {});
}

JobOutcome InverseSizer::rounds(std::vector<SampledSizing>& samples, const Candidates& c, const Specification& spec,
                                int n, const diffusion::SampleOptions& opts, simulation::WorkerPool& pool,
                                const JobContext& ctx, const RoundFn& on_round,
                                const std::function<void(std::size_t)>& on_verified) const {
  if (!model_.model->has_surrogate()) throw std::logic_error("rounds: the model has no surrogate");
  samples.clear();
  const int count = std::min(n, static_cast<int>(c.rows.size()));
  const int rounds = std::clamp(opts.rounds, 1, std::max(count, 1));
  const auto prior = local_bias(spec, opts.threads);
  auto bias = prior;
  std::vector<bool> taken(c.rows.size(), false);
  // A simulated sample that missed, with the surrogate's error SPICE measured at it.
  struct Retry {
    std::size_t of;  // its place in samples
    std::vector<double> error;
  };
  std::vector<Retry> retries;
  for (int r = 0; r < rounds && static_cast<int>(samples.size()) < count; ++r) {
    diffusion::CancelScope::throw_if_cancelled();
    // This round's share of n: the rounds split it as evenly as they can, the first ones larger.
    const int size = count / rounds + (r < count % rounds ? 1 : 0);
    // The candidates not simulated yet, refined from where they were drawn with the bias
    // measured so far...
    Candidates left{{}, 0};
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < c.rows.size(); ++i)
      if (!taken[i]) {
        left.rows.push_back(c.rows[i]);
        left.draws += static_cast<int>(i) < c.draws ? 1 : 0;
        index.push_back(i);
      }
    if (opts.refine > 0) left.rows = refine_rows(left.rows, spec, opts.refine, opts.threads, opts.goal, bias);
    auto pool_now = sizings_of(left);
    std::vector<double> chance;  // log, as ranked
    rank_order(pool_now, spec, 0, opts.goal, opts.threads, bias, &chance);
    // ...and each sample that missed, moved from where it is by its own measured error: SPICE
    // knows the surrogate's error exactly there (a correction of the surrogate at the point).
    const std::size_t drawn_count = pool_now.size();
    for (const auto& retry : retries) {
      std::vector<SampledSizing> one(1);
      one[0].x = samples[retry.of].x;
      if (opts.refine > 0) {
        const auto rows = refine_rows({model_row(one[0].x)}, spec, opts.refine, opts.threads, opts.goal, retry.error);
        one[0].x = dataset::snap(project_.setup().space, diffusion::full_design(project_.setup().space, model_.free, rows[0]));
      }
      one[0].from_archive = samples[retry.of].from_archive;
      one[0].retry_of = retry.of;
      rank_order(one, spec, 0, opts.goal, opts.threads, retry.error, &chance);
      pool_now.push_back(std::move(one[0]));
    }
    // Ranked to the end of n: this round simulates the first `size`, a live view shows the rest
    // as the likeliest for now.
    std::vector<std::size_t> order(pool_now.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return chance[a] > chance[b]; });
    std::set<std::vector<double>> seen;  // a sizing is simulated once
    for (const auto& s : samples) seen.insert(s.x);
    std::erase_if(order, [&](std::size_t i) { return !seen.insert(pool_now[i].x).second; });
    order.resize(std::min(order.size(), static_cast<std::size_t>(count) - samples.size()));
    std::vector<bool> retried(retries.size(), false);
    const std::size_t first = samples.size();  // this round's
    for (std::size_t o = 0; o < order.size() && static_cast<int>(o) < size; ++o) {
      if (order[o] < drawn_count) taken[index[order[o]]] = true;
      else retried[order[o] - drawn_count] = true;
      samples.push_back(pool_now[order[o]]);
    }
    if (on_round) {
      auto shown = samples;
      for (std::size_t o = static_cast<std::size_t>(size); o < order.size(); ++o) shown.push_back(pool_now[order[o]]);
      on_round(shown);
    }
    auto outcome = verify(samples, spec, pool, ctx, on_verified);
    if (!outcome.is_done()) return outcome;
    bias = measured_bias(samples, prior, opts.threads);
    std::vector<Retry> still;
    for (std::size_t i = 0; i < retries.size(); ++i)
      if (!retried[i]) still.push_back(std::move(retries[i]));
    retries = std::move(still);
    for (std::size_t i = first; i < samples.size(); ++i)
      if (samples[i].simulation.simulated && !samples[i].meets)
        retries.push_back({i, measured_bias({samples[i]}, bias, opts.threads)});
  }
  return JobOutcome::done();
}

std::vector<double> InverseSizer::measured_bias(const std::vector<SampledSizing>& samples, const std::vector<double>& fallback,
                                                int threads) const {
  const auto& model = *model_.model;
  const auto& norm = model.performance_normalizer();
  std::vector<const SampledSizing*> simulated;
  diffusion::SizingModel::Matrix rows;
  for (const auto& s : samples)
    if (s.verified && s.simulation.simulated) simulated.push_back(&s), rows.push_back(model_row(s.x));
  auto bias = fallback;
  if (rows.empty()) return bias;
  const auto predicted = model.predict_performances(rows, threads);
  for (std::size_t j = 0; j < model_.performances.size(); ++j) {
    std::vector<double> r;
    for (std::size_t i = 0; i < simulated.size(); ++i) {
      const auto& v = simulated[i]->simulation.performances[model_.performances[j]];
      if (!v || !std::isfinite(predicted[i][j])) continue;
      const double e = norm.normalise(j, *v) - norm.normalise(j, predicted[i][j]);
      if (std::isfinite(e)) r.push_back(e);
    }
    if (!r.empty()) bias[j] = median(std::move(r));
  }
  return bias;
}

std::vector<SampledSizing> InverseSizer::ranked(std::vector<SampledSizing> out, const Specification& spec, int n,
                                                diffusion::RefineGoal goal, int threads,
                                                const std::vector<double>& bias) const {
  std::vector<SampledSizing> kept;
  for (std::size_t i : rank_order(out, spec, static_cast<std::size_t>(std::max(n, 0)), goal, threads, bias))
    kept.push_back(std::move(out[i]));
  return kept;
}

std::vector<std::size_t> InverseSizer::rank_order(std::vector<SampledSizing>& out, const Specification& spec,
                                                  std::size_t n, diffusion::RefineGoal goal, int threads,
                                                  const std::vector<double>& bias, std::vector<double>* log_chance) const {
  // The n the surrogate finds most likely to meet the specification, best first.
  const auto& model = *model_.model;
  diffusion::SizingModel::Matrix rows;
  for (const auto& s : out) rows.push_back(model_row(s.x));
  auto predicted = model.predict_performances(rows, threads);
  const auto& norm = model.performance_normalizer();
  for (auto& row : predicted)
    for (std::size_t j = 0; j < row.size(); ++j) row[j] = shifted(norm, j, row[j], bias[j]);
  std::vector<std::pair<double, std::size_t>> order;
  for (std::size_t i = 0; i < out.size(); ++i) {
    dataset::PerformanceValues p{};
    for (std::size_t j = 0; j < model_.performances.size(); ++j) p[model_.performances[j]] = predicted[i][j];
    out[i].predicted = p;
    const double lp = log_meet_probability(spec, model_.performances, predicted[i], model.surrogate_sigma(),
                                           model.performance_normalizer(), goal);
    out[i].predicted_meet = std::exp(lp);
    if (log_chance) log_chance->push_back(lp);
    order.push_back({-lp, i});
  }
  std::stable_sort(order.begin(), order.end());
  // A sizing twice (training designs simulated twice, candidates refined to one point) is
  // simulated once.
  std::vector<std::size_t> kept;
  std::set<std::vector<double>> seen;
  for (std::size_t i = 0; i < order.size() && kept.size() < n; ++i)
    if (seen.insert(out[order[i].second].x).second) kept.push_back(order[i].second);
  return kept;
}

JobOutcome InverseSizer::verify(std::vector<SampledSizing>& sizings, const Specification& spec, simulation::WorkerPool& pool,
                                const JobContext& ctx, const std::function<void(std::size_t)>& on_verified) const {
  std::vector<std::size_t> todo;
  std::vector<std::vector<double>> xs;
  for (std::size_t i = 0; i < sizings.size(); ++i)
    if (!sizings[i].verified) {
      todo.push_back(i);
      xs.push_back(sizings[i].x);
    }
  if (xs.empty()) return JobOutcome::done();
  std::size_t done = 0;
  dataset::simulate_designs(project_, circuit_, pool, xs, ctx, [&](std::size_t j, const dataset::Design& d) {
    auto& s = sizings[todo[j]];
    s.simulation = d;
    s.verified = true;
    s.shortfall = d.simulated ? shortfall(spec, d.performances) : std::numeric_limits<double>::infinity();
    s.meets = d.simulated && s.shortfall == 0;
    ++done;
    if (ctx.progress) ctx.progress({static_cast<long long>(done), static_cast<long long>(xs.size()), "verifying"});
    if (on_verified) on_verified(todo[j]);
  });
  return done < xs.size() ? JobOutcome::cancelled() : JobOutcome::done();
}

std::size_t InverseSizer::best(const std::vector<SampledSizing>& sizings) {
  if (sizings.empty()) throw std::invalid_argument("no sizings to choose from");
  std::size_t best = 0;
  auto key = [](const SampledSizing& s) {
    return std::make_tuple(s.verified ? 0 : 1, s.meets ? 0 : 1, s.verified && s.simulation.feasible ? 0 : 1,
                           s.verified ? s.shortfall : std::numeric_limits<double>::infinity());
  };
  for (std::size_t i = 1; i < sizings.size(); ++i)
    if (key(sizings[i]) < key(sizings[best])) best = i;
  return best;
}

circuit::Circuit InverseSizer::sized(const std::vector<double>& x) const {
  simulation::Conditions cond;
  return dataset::sized_circuit(project_, circuit_.circuit, x, cond);
}

std::vector<DeviceSize> InverseSizer::devices(const std::vector<double>& x) const {
  auto c = sized(x);
  std::vector<DeviceSize> out;
  for (const auto& d : c.devices)
    if (circuit::is_mos(d.kind)) out.push_back({d.name, d.w, d.l});
  return out;
}

std::string InverseSizer::sized_netlist(const std::vector<double>& x) const {
  simulation::Conditions cond;
  auto c = dataset::sized_circuit(project_, circuit_.circuit, x, cond);
  const std::string text = netlist::write_sized(circuit_.deck, circuit::size_edits(circuit_.circuit, c));
  // The designer's `* inversize:` lines merged into one (a later key wins, as when they are
  // read), where the first one was; the bias current this sizing's when it is a variable.
  std::vector<std::pair<std::string, std::string>> pairs;
  auto put = [&pairs](const std::string& key, const std::string& value) {
    auto it = std::find_if(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == key; });
    if (it == pairs.end()) pairs.emplace_back(key, value);
    else it->second = value;
  };
  std::vector<std::string> lines;
  std::optional<std::size_t> at;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (auto kv = simulation::conditions_comment(line)) {
      for (const auto& [k, v] : *kv) put(k, v);
      if (!at) at = lines.size(), lines.emplace_back();
      continue;
    }
    lines.push_back(line);
  }
  for (const auto& v : project_.setup().space.variables)
    if (v.kind == dataset::VariableKind::BiasCurrent) put("ibias", netlist::format_spice_number(cond.ibias_a));
  if (!pairs.empty()) {
    std::string merged = "* inversize:";
    for (const auto& [k, v] : pairs) merged += " " + k + "=" + v;
    if (at) lines[*at] = merged;
    else lines.push_back(merged);
  } else if (at) {
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(*at));
  }
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace inversize::sizing
