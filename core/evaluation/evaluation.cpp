#include "evaluation/evaluation.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <random>

#include "diffusion/architectures.hpp"
#include "simulation/worker_pool.hpp"

namespace inversize::evaluation {

using namespace sizing;

using Clock = std::chrono::steady_clock;

std::string metric_name(Metric m) {
  switch (m) {
    case Metric::meets: return "meets";
    case Metric::within: return "within " + protocol_tolerance_text();
    case Metric::matches: return "matches";
  }
  return "";
}

const char* metric_key(Metric m) {
  switch (m) {
    case Metric::meets: return "meets";
    case Metric::within: return "within";
    case Metric::matches: return "matches";
  }
  return "";
}

bool satisfies(Metric m, const Specification& spec, std::size_t k, double achieved) {
  if (!std::isfinite(achieved) || !spec.values[k]) return false;
  if (m == Metric::meets) return sizing::meets(spec, k, achieved);
  return sizing::in_bounds(m == Metric::within ? within_bounds(k, *spec.values[k]) : match_bounds(k, *spec.values[k]),
                           achieved);
}

bool satisfies(Metric m, const Specification& spec, const dataset::PerformanceValues& achieved) {
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (spec.given[k] && spec.values[k] && !(achieved[k] && satisfies(m, spec, k, *achieved[k]))) return false;
  return true;
}

Metric headline_metric(double slack, diffusion::RefineGoal goal, bool bounds) {
  if (goal == diffusion::RefineGoal::match) return Metric::matches;
  return slack > 0 || bounds ? Metric::meets : Metric::within;
}

std::vector<std::size_t> parse_bounds(const std::vector<std::string>& keys) {
  std::vector<std::size_t> out;
  for (const auto& key : keys) {
    const auto k = performance_index(key);
    if (!k) {
      std::string known;
      for (const auto& info : kPerformances) known += (known.empty() ? "" : ", ") + std::string(info.key);
      throw std::invalid_argument("--bounds: unknown performance '" + key + "' (known: " + known + ")");
    }
    if (kPerformances[*k].direction == Direction::Target)
      throw std::invalid_argument("--bounds: " + key + " has no right side (a target), so it is no bound");
    if (std::find(out.begin(), out.end(), *k) == out.end()) out.push_back(*k);
  }
  return out;
}

std::string bounds_text(const std::vector<std::string>& keys) {
  std::string t;
  for (const auto& key : keys) {
    const auto k = performance_index(key);
    if (!k) continue;
    t += (t.empty() ? "" : ", ") + key + (kPerformances[*k].direction == Direction::Minimize ? " ≤" : " ≥");
  }
  return t;
}

namespace {

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// +-5 % relative, or +-5 mV for absolute performances.
constexpr double kWithin = 0.05;
constexpr double kWithinAbs = 5e-3;

std::optional<double> median_abs_difference(const std::vector<SampledSizing>& s, const Specification& spec, std::size_t k) {
  std::vector<double> v;
  for (const auto& x : s)
    if (x.simulation.simulated && x.simulation.performances[k])
      v.push_back(std::abs(difference(k, *x.simulation.performances[k], *spec.values[k])));
  if (v.empty()) return std::nullopt;
  return quantile(v, 0.5);
}

struct Progressor {
  const JobContext& ctx;
  long long done = 0, total = 0;
  void step(long long n, const std::string& what) {
    done += n;
    ctx.report(done, total, what);
  }
};

// Accumulates the verified sizings of each test specification into a ModelEvaluation; the
// metrics are computed here from the simulated performances, for models and baselines alike.
class Tally {
 public:
  Tally(ModelEvaluation& m, Metric headline) : m_(m), headline_(headline) {}

  void add(std::int64_t design, const Specification& spec, const std::vector<SampledSizing>& sizings) {
    ++m_.specifications;
    std::array<bool, kMetrics.size()> any{}, any_feasible{};
    std::array<std::optional<std::size_t>, kMetrics.size()> first{};
    std::array<bool, kPerformanceCount> any_perf{};
    dataset::PerformanceValues asked{};  // the given values only: a value filled in for the model is no specification
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      if (spec.given[k]) asked[k] = spec.values[k];
    for (std::size_t i = 0; i < sizings.size(); ++i) {
      const auto& s = sizings[i];
      SampleRecord rec{design, int(i), s.simulation.simulated, s.simulation.failure, asked,
                       s.simulation.performances, {}, s.simulation.feasible};
      if (!s.simulation.simulated) {
        m_.records.push_back(rec);
        ++m_.failed;
        continue;
      }
      for (Metric metric : kMetrics) {
        const auto j = index(metric);
        rec.satisfied[j] = satisfies(metric, spec, s.simulation.performances);
        any[j] = any[j] || rec.satisfied[j];
        any_feasible[j] = any_feasible[j] || (rec.satisfied[j] && s.simulation.feasible);
        if (rec.satisfied[j] && !first[j]) first[j] = i;
      }
      m_.records.push_back(rec);
      ++simulated_;
      feasible_ += s.simulation.feasible ? 1 : 0;
      for (std::size_t k = 0; k < kPerformanceCount; ++k) {
        if (!spec.given[k] || !s.simulation.performances[k]) continue;
        double d = difference(k, *s.simulation.performances[k], *spec.values[k]);
        diffs_[k].push_back(d);
        within_[k] += std::abs(d) <= (absolute_difference(k) ? kWithinAbs : kWithin) ? 1 : 0;
        any_perf[k] = any_perf[k] || satisfies(headline_, spec, k, *s.simulation.performances[k]);
        if (s.predicted && (*s.predicted)[k])
          surrogate_[k].push_back(std::abs(difference(k, *(*s.predicted)[k], *s.simulation.performances[k])));
      }
    }
    for (Metric metric : kMetrics) {
      const auto j = index(metric);
      satisfied_[j] += any[j] ? 1 : 0;
      satisfied_feasible_[j] += any_feasible[j] ? 1 : 0;
      first_[j].push_back(first[j]);
    }
    samples_ = std::max(samples_, sizings.size());
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      specified_[k] += spec.given[k] ? 1 : 0;
      met_perf_[k] += any_perf[k] ? 1 : 0;
    }
  }

  void finish() {
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      if (diffs_[k].empty()) continue;
      PerformanceSummary ps;
      ps.differences = box_stats(diffs_[k]);
      ps.within5 = double(within_[k]) / double(diffs_[k].size());
      ps.best_met = specified_[k] ? double(met_perf_[k]) / double(specified_[k]) : 0;
      if (!surrogate_[k].empty()) ps.surrogate_error = quantile(surrogate_[k], 0.5);
      m_.performances[k] = ps;
    }
    const double specs = m_.specifications ? double(m_.specifications) : 1.0;
    for (Metric metric : kMetrics) {
      const auto j = index(metric);
      m_.best_of_n[j] = double(satisfied_[j]) / specs;
      m_.best_of_n_feasible[j] = double(satisfied_feasible_[j]) / specs;
      std::vector<std::size_t> count(samples_, 0);
      for (const auto& f : first_[j])
        for (std::size_t i = f.value_or(samples_); i < samples_; ++i) ++count[i];
      m_.best_of_k[j].clear();
      for (auto c : count) m_.best_of_k[j].push_back(double(c) / specs);
    }
    m_.feasible_share = simulated_ ? double(feasible_) / double(simulated_) : 0;
  }

 private:
  ModelEvaluation& m_;
  Metric headline_;
  std::size_t samples_ = 0, simulated_ = 0, feasible_ = 0;
  std::array<std::size_t, kMetrics.size()> satisfied_{}, satisfied_feasible_{};
  // per metric and specification: the first sample satisfying it
  std::array<std::vector<std::optional<std::size_t>>, kMetrics.size()> first_;
  std::array<std::size_t, kPerformanceCount> met_perf_{}, specified_{}, within_{};
  std::array<std::vector<double>, kPerformanceCount> diffs_, surrogate_;
};

// An on_round for sample_verified that adds the time to the first round's ranking (sampling,
// refinement, ranking: the model's share, before any simulation) to `seconds`.
InverseSizer::RoundFn first_round_timer(double& seconds) {
  return [&seconds, t0 = Clock::now(), timed = false](const std::vector<SampledSizing>&) mutable {
    if (!timed) seconds += since(t0), timed = true;
  };
}

ModelEvaluation evaluate_model(const InverseSizer& sizer, const std::vector<dataset::Design>& tests,
                               const EvaluationOptions& opts, simulation::WorkerPool& pool, const JobContext& ctx,
                               Progressor& prog, const std::string& label) {
  ModelEvaluation m;
  Tally tally(m, headline_metric(opts.slack, opts.sample.goal, !opts.bounds.empty()));
  for (const auto& t : tests) {
    if (ctx.cancel.cancelled()) throw Cancelled();
    auto spec = sizer.complete(specification_of(t, opts.slack, opts.bounds));
    auto o = opts.sample;
    o.seed = opts.sample.seed + static_cast<std::uint64_t>(t.id);
    std::vector<SampledSizing> samples;
    JobContext vctx{{}, ctx.cancel};
    sizer.sample_verified(samples, spec, opts.samples, o, pool, vctx, {}, first_round_timer(m.sample_seconds));
    if (ctx.cancel.cancelled()) throw Cancelled();
    tally.add(t.id, spec, samples);
    prog.step(opts.samples, label);
  }
  tally.finish();
  return m;
}

Exploration explore(const InverseSizer& sizer, const dataset::Design& truth, const EvaluationOptions& opts,
                    simulation::WorkerPool& pool, const JobContext& ctx, Progressor& prog) {
  Exploration e;
  e.design = truth.id;
  e.spec = sizer.complete(specification_of(truth, opts.slack, opts.bounds));
  e.model = sizer.sample(e.spec, opts.exploration_samples, opts.sample);
  JobContext vctx{{}, ctx.cancel};
  sizer.verify(e.model, e.spec, pool, vctx);
  if (ctx.cancel.cancelled()) throw Cancelled();
  prog.step(opts.exploration_samples, "exploration: model samples");

  // Isotropic noise around the ground truth with the samples' total variance (unit scale).
  const auto& space = sizer.project().setup().space;
  const auto free = space.free_variables();
  double total_var = 0;
  for (std::size_t i : free) {
    std::vector<double> u;
    for (const auto& s : e.model) u.push_back(space.to_unit(i, s.x[i]));
    double sd = mean_std(u).std;
    total_var += sd * sd;
  }
  e.noise_sigma = free.empty() ? 0 : std::sqrt(total_var / double(free.size()));
  std::mt19937_64 rng(opts.sample.seed + 0x9e3779b97f4a7c15ULL);
  std::normal_distribution<double> normal(0.0, 1.0);
  for (int n = 0; n < opts.exploration_samples; ++n) {
    SampledSizing s;
    s.x = truth.x;
    for (std::size_t i : free) s.x[i] = space.from_unit(i, std::clamp(space.to_unit(i, truth.x[i]) + e.noise_sigma * normal(rng), 0.0, 1.0));
    s.x = dataset::snap(space, s.x);
    e.noise.push_back(std::move(s));
  }
  sizer.verify(e.noise, e.spec, pool, vctx);
  if (ctx.cancel.cancelled()) throw Cancelled();
  prog.step(opts.exploration_samples, "exploration: isotropic noise");

  const Metric headline = headline_metric(opts.slack, opts.sample.goal, !opts.bounds.empty());
  auto share_met = [&](const std::vector<SampledSizing>& v) {
    auto ok = [&](const SampledSizing& s) { return s.simulation.simulated && satisfies(headline, e.spec, s.simulation.performances); };
    return v.empty() ? 0.0 : double(std::count_if(v.begin(), v.end(), ok)) / double(v.size());
  };
  e.model_met = share_met(e.model);
  e.noise_met = share_met(e.noise);
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (e.spec.given[k]) {
      e.model_median_abs[k] = median_abs_difference(e.model, e.spec, k);
      e.noise_median_abs[k] = median_abs_difference(e.noise, e.spec, k);
    }
  e.model_devices = device_spread(sizer, e.model);
  e.noise_devices = device_spread(sizer, e.noise);
  return e;
}

}  // namespace

std::vector<DeviceSpread> device_spread(const InverseSizer& sizer, const std::vector<const SampledSizing*>& samples) {
  std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> by_device;
  std::vector<std::string> order;
  for (const auto* s : samples)
    for (const auto& d : sizer.devices(s->x)) {
      if (!by_device.count(d.name)) order.push_back(d.name);
      by_device[d.name].first.push_back(d.w);
      by_device[d.name].second.push_back(d.l);
    }
  std::vector<DeviceSpread> out;
  for (const auto& name : order) out.push_back({name, mean_std(by_device[name].first), mean_std(by_device[name].second)});
  return out;
}

std::vector<DeviceSpread> device_spread(const InverseSizer& sizer, const std::vector<SampledSizing>& samples) {
  std::vector<const SampledSizing*> all;
  for (const auto& s : samples) all.push_back(&s);
  return device_spread(sizer, all);
}

ModelEvaluation archive_lookup(const std::vector<dataset::Design>& training, const std::vector<dataset::Design>& tests,
                               int n, double slack, Metric headline, const std::vector<std::size_t>& bounds) {
  ModelEvaluation m;
  m.arch = kArchiveLookup;
  m.training_designs = training.size();
  Tally tally(m, headline);
  for (const auto& t : tests) {
    auto spec = specification_of(t, slack, bounds);
    std::vector<SampledSizing> nearest;
    for (const auto* d : nearest_designs(spec, training, static_cast<std::size_t>(std::max(n, 0)))) {
      SampledSizing s;
      s.x = d->x;
      s.verified = true;
      s.simulation = *d;
      nearest.push_back(std::move(s));
    }
    tally.add(t.id, spec, nearest);
  }
  tally.finish();
  return m;
}

MetricShares training_satisfies(const std::vector<dataset::Design>& training, const std::vector<dataset::Design>& tests,
                                double slack, const std::vector<std::size_t>& bounds) {
  MetricShares share{};
  if (tests.empty()) return share;
  for (const auto& t : tests) {
    const auto spec = specification_of(t, slack, bounds);
    for (Metric metric : kMetrics)
      share[index(metric)] += std::any_of(training.begin(), training.end(), [&](const dataset::Design& d) {
        return d.simulated && satisfies(metric, spec, d.performances);
      }) ? 1.0 : 0.0;
  }
  for (auto& v : share) v /= double(tests.size());
  return share;
}

namespace {
// The lookup at the model's budget (kBudgetLookup): what the model's samples go through,
// applied to the archive's nearest designs instead.
ModelEvaluation budget_lookup(const InverseSizer& sizer, const std::vector<dataset::Design>& training,
                              const std::vector<dataset::Design>& tests, const EvaluationOptions& opts,
                              simulation::WorkerPool& pool, const JobContext& ctx) {
  ModelEvaluation m;
  m.arch = kBudgetLookup;
  m.training_designs = training.size();
  Tally tally(m, headline_metric(opts.slack, opts.sample.goal, !opts.bounds.empty()));
  const auto& so = opts.sample;
  const bool rank = so.candidates > opts.samples;
  const int drawn = rank ? so.candidates : opts.samples;
  for (const auto& t : tests) {
    if (ctx.cancel.cancelled()) throw Cancelled();
    auto spec = sizer.complete(specification_of(t, opts.slack, opts.bounds));
    std::vector<SampledSizing> nearest;
    for (const auto* d : nearest_designs(spec, training, static_cast<std::size_t>(std::max(drawn, 0)))) {
      SampledSizing s;
      s.x = d->x;
      nearest.push_back(std::move(s));
    }
    JobContext vctx{{}, ctx.cancel};
    if (rank) {
      std::vector<SampledSizing> samples;
      sizer.verify_in_rounds(samples, nearest, spec, opts.samples, so, pool, vctx, first_round_timer(m.sample_seconds));
      nearest = std::move(samples);
    } else {
      auto t0 = Clock::now();
      sizer.refine(nearest, spec, so.refine, so.threads, so.goal);
      m.sample_seconds += since(t0);
      sizer.verify(nearest, spec, pool, vctx);
    }
    if (ctx.cancel.cancelled()) throw Cancelled();
    tally.add(t.id, spec, nearest);
  }
  tally.finish();
  return m;
}

// The run's options without aim, candidates and refinement: the model alone.
EvaluationOptions as_drawn(EvaluationOptions o) {
  o.sample.aim = false;
  o.sample.candidates = 0;
  o.sample.refine = 0;
  return o;
}

bool uses_surrogate(const diffusion::SampleOptions& so, int samples) {
  return so.refine > 0 || so.candidates > samples;
}
}  // namespace

Specification specification_of(const dataset::Design& d, double slack, const std::vector<std::size_t>& bounds) {
  Specification s;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    const bool asked = bounds.empty() || std::find(bounds.begin(), bounds.end(), k) != bounds.end();
    if (asked) s.values[k] = d.performances[k];
    s.given[k] = asked && d.performances[k].has_value();
    if (!s.given[k] || slack == 0) continue;
    const double v = *s.values[k], by = slack * std::abs(v);
    switch (kPerformances[k].direction) {
      case Direction::Maximize: s.values[k] = v - by; break;
      case Direction::Minimize: s.values[k] = v + by; break;
      case Direction::Target: break;
    }
  }
  return s;
}

std::vector<dataset::Design> test_designs(const dataset::Project& p, std::size_t limit, dataset::Split split) {
  std::vector<dataset::Design> out;
  for (auto& d : p.designs())
    if (d.pareto && d.split == split) out.push_back(std::move(d));
  if (limit > 0 && out.size() > limit) out.resize(limit);
  return out;
}

EvaluationResult evaluate(const dataset::Project& p, const EvaluationOptions& opts, const JobContext& ctx) {
  auto t0 = Clock::now();
  EvaluationResult res;
  res.project = p.path();
  res.samples = opts.samples;
  res.slack = opts.slack;
  res.bounds = opts.bounds;
  res.sampling = opts.sample;
  res.training = opts.train;
  res.split = opts.split;
  res.headline = headline_metric(opts.slack, opts.sample.goal, !opts.bounds.empty());
  auto tests = test_designs(p, opts.limit, opts.split);
  if (tests.empty())
    throw dataset::ProjectError(p.path() + ": no " + dataset::to_string(opts.split) +
                                " designs in the archive; generate data first" +
                                (opts.split == dataset::Split::Validation
                                     ? " (a project made before validation splits has none: see dataset --validation-from-test)"
                                     : ""));
  res.test_designs = tests.size();
  const auto archs = opts.archs.empty() ? std::vector<std::string>{diffusion::default_architecture()} : opts.archs;
  const auto sizes = opts.training_sizes.empty() ? std::vector<std::size_t>{0} : opts.training_sizes;

  // Beside the first model with its options: the same model as drawn, and the lookup at its
  // budget, when the options use the surrogate or aim.
  const bool baselines = opts.sample.aim || uses_surrogate(opts.sample, opts.samples);
  Progressor prog{ctx};
  prog.total = static_cast<long long>(archs.size() * sizes.size() * tests.size() + (baselines ? 2 : 0) * tests.size()) *
                   opts.samples +
               (opts.exploration_samples > 0 ? 2LL * opts.exploration_samples : 0);
  simulation::WorkerPool pool({opts.workers, simulation::kSimulationTimeoutS});
  std::optional<InverseSizer> explorer;  // the first architecture on all training designs
  std::size_t explorer_model = 0;

  for (const auto& arch : archs)
    for (std::size_t size : sizes) {
      if (ctx.cancel.cancelled()) throw Cancelled();
      diffusion::ProjectModel model;
      double train_s = 0;
      bool stored = false;
      if (size == 0)
        for (const auto& m : p.list_models()) stored = stored || diffusion::canonical_architecture(m.arch) == arch;  // old files say "structural"
      if (stored) model = diffusion::load_project_model(p, arch);
      else {
        ctx.report(prog.done, prog.total, "training " + arch + (size ? " on " + std::to_string(size) + " designs" : ""));
        JobContext tctx{{}, ctx.cancel};
        model = diffusion::train_model(p, arch, opts.train, tctx, {}, size);
        train_s = model.seconds;
      }
      std::size_t designs = model.designs ? model.designs : diffusion::training_designs(p).size();
      const nlohmann::json record =  // what a report says of a stored model: when and how it was trained
          stored ? nlohmann::json{{"id", model.id}, {"created", model.created}, {"hyperparameters", model.hyperparameters}}
                 : nlohmann::json();
      InverseSizer sizer(p, std::move(model));
      auto m = evaluate_model(sizer, tests, opts, pool, ctx, prog, arch + (size ? "@" + std::to_string(size) : ""));
      m.arch = arch;
      m.training_designs = designs;
      m.train_seconds = train_s;
      m.stored = record;
      res.models.push_back(std::move(m));
      if (!explorer && size == 0) {
        explorer_model = res.models.size() - 1;
        if (baselines) {
          auto drawn = evaluate_model(sizer, tests, as_drawn(opts), pool, ctx, prog, arch + kAsDrawn);
          drawn.arch = arch + kAsDrawn;
          drawn.training_designs = designs;
          drawn.stored = record;
          res.models.push_back(std::move(drawn));
        }
        explorer.emplace(std::move(sizer));
      }
    }

  const auto training = diffusion::training_designs(p);
  res.training_satisfies = training_satisfies(training, tests, opts.slack, opts.bounds);
  for (std::size_t size : sizes)  // each size looks up the designs its models learnt from
    res.models.push_back(archive_lookup(diffusion::training_subset(training, size, diffusion::training_subset_seed(opts.train)),
                                        tests, opts.samples, opts.slack, res.headline, opts.bounds));
  if (explorer && uses_surrogate(opts.sample, opts.samples) && explorer->model().model->has_surrogate()) {
    ctx.report(prog.done, prog.total, "the archive lookup at the model's budget");
    res.models.push_back(budget_lookup(*explorer, training, tests, opts, pool, ctx));
    prog.step(static_cast<long long>(tests.size()) * opts.samples, kBudgetLookup);
  }

  if (explorer && opts.exploration_samples > 0) res.exploration = explore(*explorer, tests.front(), opts, pool, ctx, prog);

  // What NSGA-II spent to reach each test specification, against the samples we needed.
  const ModelEvaluation* first = explorer ? &res.models[explorer_model] : nullptr;
  auto all = p.designs();
  for (const auto& t : tests) {
    SearchCost c;
    c.design = t.id;
    auto spec = specification_of(t, opts.slack, opts.bounds);
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all[i].simulated && satisfies(res.headline, spec, all[i].performances)) {
        c.nsga_simulations = static_cast<std::int64_t>(i + 1);
        break;
      }
    if (first)
      for (const auto& r : first->records)
        if (r.design == t.id && r.satisfied[index(res.headline)]) {
          c.samples_needed = r.sample + 1;
          break;
        }
    res.search.push_back(c);
  }
  res.seconds = since(t0);
  return res;
}

}  // namespace inversize::evaluation
