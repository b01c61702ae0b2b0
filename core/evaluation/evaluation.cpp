#include "evaluation/evaluation.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <random>

namespace inversize::evaluation {

using Clock = std::chrono::steady_clock;

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

// Accumulates the verified sizings of each test specification into a ModelEvaluation.
class Tally {
 public:
  explicit Tally(ModelEvaluation& m) : m_(m) {}

  void add(std::int64_t design, const Specification& spec, const std::vector<SampledSizing>& sizings) {
    ++m_.specifications;
    bool any_all = false, any_feasible = false;
    std::optional<std::size_t> first_met;
    std::array<bool, kPerformanceCount> any_perf{};
    for (std::size_t i = 0; i < sizings.size(); ++i) {
      const auto& s = sizings[i];
      m_.records.push_back({design, int(i), s.simulation.simulated, s.simulation.failure, spec.values,
                            s.simulation.performances, s.meets, s.simulation.feasible});
      if (!s.simulation.simulated) {
        ++m_.failed;
        continue;
      }
      any_all = any_all || s.meets;
      any_feasible = any_feasible || (s.meets && s.simulation.feasible);
      ++simulated_;
      feasible_ += s.simulation.feasible ? 1 : 0;
      if (s.meets && !first_met) first_met = i;
      for (std::size_t k = 0; k < kPerformanceCount; ++k) {
        if (!spec.given[k] || !s.simulation.performances[k]) continue;
        double d = difference(k, *s.simulation.performances[k], *spec.values[k]);
        diffs_[k].push_back(d);
        within_[k] += std::abs(d) <= (absolute_difference(k) ? kWithinAbs : kWithin) ? 1 : 0;
        any_perf[k] = any_perf[k] || meets(k, *s.simulation.performances[k], *spec.values[k]);
        if (s.predicted && (*s.predicted)[k])
          surrogate_[k].push_back(std::abs(difference(k, *(*s.predicted)[k], *s.simulation.performances[k])));
      }
    }
    met_all_ += any_all ? 1 : 0;
    met_feasible_ += any_feasible ? 1 : 0;
    first_met_.push_back(first_met);
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
    m_.best_met_all = m_.specifications ? double(met_all_) / double(m_.specifications) : 0;
    m_.best_met_all_feasible = m_.specifications ? double(met_feasible_) / double(m_.specifications) : 0;
    m_.feasible_share = simulated_ ? double(feasible_) / double(simulated_) : 0;
    std::vector<std::size_t> met(samples_, 0);
    for (const auto& f : first_met_)
      for (std::size_t i = f.value_or(samples_); i < samples_; ++i) ++met[i];
    m_.best_met_by_samples.clear();
    for (auto c : met) m_.best_met_by_samples.push_back(double(c) / double(m_.specifications));
  }

 private:
  ModelEvaluation& m_;
  std::size_t met_all_ = 0, met_feasible_ = 0, samples_ = 0, simulated_ = 0, feasible_ = 0;
  std::vector<std::optional<std::size_t>> first_met_;  // per specification: the first sample meeting it
  std::array<std::size_t, kPerformanceCount> met_perf_{}, specified_{}, within_{};
  std::array<std::vector<double>, kPerformanceCount> diffs_, surrogate_;
};

ModelEvaluation evaluate_model(const InverseSizer& sizer, const std::vector<dataset::Design>& tests,
                               const EvaluationOptions& opts, simulation::WorkerPool& pool, const JobContext& ctx,
                               Progressor& prog, const std::string& label) {
  ModelEvaluation m;
  Tally tally(m);
  for (const auto& t : tests) {
    if (ctx.cancel.cancelled()) throw Cancelled();
    auto spec = specification_of(t, opts.slack);
    auto o = opts.sample;
    o.seed = opts.sample.seed + static_cast<std::uint64_t>(t.id);
    auto t0 = Clock::now();
    auto samples = sizer.sample(spec, opts.samples, o);
    m.sample_seconds += since(t0);
    JobContext vctx{{}, ctx.cancel};
    sizer.verify(samples, spec, pool, vctx);
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
  e.spec = specification_of(truth, opts.slack);
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

  auto share_met = [](const std::vector<SampledSizing>& v) {
    return v.empty() ? 0.0 : double(std::count_if(v.begin(), v.end(), [](const auto& s) { return s.meets; })) / double(v.size());
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
                               int n, double slack) {
  ModelEvaluation m;
  m.arch = kArchiveLookup;
  m.training_designs = training.size();
  Tally tally(m);
  for (const auto& t : tests) {
    auto spec = specification_of(t, slack);
    std::vector<SampledSizing> nearest;
    for (const auto* d : nearest_designs(spec, training, static_cast<std::size_t>(std::max(n, 0)))) {
      SampledSizing s;
      s.x = d->x;
      s.verified = true;
      s.simulation = *d;
      s.shortfall = shortfall(spec, d->performances);
      s.meets = d->simulated && s.shortfall == 0;
      nearest.push_back(std::move(s));
    }
    tally.add(t.id, spec, nearest);
  }
  tally.finish();
  return m;
}

namespace {
ModelEvaluation refined_lookup(const InverseSizer& sizer, const std::vector<dataset::Design>& training,
                               const std::vector<dataset::Design>& tests, const EvaluationOptions& opts,
                               simulation::WorkerPool& pool, const JobContext& ctx) {
  ModelEvaluation m;
  m.arch = kRefinedLookup;
  m.training_designs = training.size();
  Tally tally(m);
  for (const auto& t : tests) {
    if (ctx.cancel.cancelled()) throw Cancelled();
    auto spec = specification_of(t, opts.slack);
    std::vector<SampledSizing> nearest;
    for (const auto* d : nearest_designs(spec, training, static_cast<std::size_t>(std::max(opts.samples, 0)))) {
      SampledSizing s;
      s.x = d->x;
      nearest.push_back(std::move(s));
    }
    auto t0 = Clock::now();
    sizer.refine(nearest, spec, opts.sample.refine, opts.sample.threads, opts.sample.goal);
    m.sample_seconds += since(t0);
    JobContext vctx{{}, ctx.cancel};
    sizer.verify(nearest, spec, pool, vctx);
    if (ctx.cancel.cancelled()) throw Cancelled();
    tally.add(t.id, spec, nearest);
  }
  tally.finish();
  return m;
}
}  // namespace

Specification specification_of(const dataset::Design& d, double slack) {
  Specification s;
  s.values = d.performances;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    s.given[k] = d.performances[k].has_value();
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

std::vector<dataset::Design> test_designs(const dataset::Project& p, std::size_t limit) {
  std::vector<dataset::Design> out;
  for (auto& d : p.designs())
    if (d.pareto && d.split == dataset::Split::Test) out.push_back(std::move(d));
  if (limit > 0 && out.size() > limit) out.resize(limit);
  return out;
}

EvaluationResult evaluate(const dataset::Project& p, const EvaluationOptions& opts, const JobContext& ctx) {
  auto t0 = Clock::now();
  EvaluationResult res;
  res.project = p.path();
  res.samples = opts.samples;
  res.slack = opts.slack;
  res.sampling = opts.sample;
  auto tests = test_designs(p, opts.limit);
  if (tests.empty()) throw dataset::ProjectError(p.path() + ": no test designs in the archive; generate data first");
  res.test_designs = tests.size();
  const auto archs = opts.archs.empty() ? std::vector<std::string>{diffusion::default_architecture()} : opts.archs;
  const auto sizes = opts.training_sizes.empty() ? std::vector<std::size_t>{0} : opts.training_sizes;

  Progressor prog{ctx};
  prog.total = static_cast<long long>(archs.size() * sizes.size() * tests.size()) * opts.samples +
               (opts.exploration_samples > 0 ? 2LL * opts.exploration_samples : 0);
  simulation::WorkerPool pool({opts.workers, 30});
  std::optional<InverseSizer> explorer;  // the first architecture on all training designs
  std::size_t explorer_model = 0;

  for (const auto& arch : archs)
    for (std::size_t size : sizes) {
      if (ctx.cancel.cancelled()) throw Cancelled();
      diffusion::ProjectModel model;
      double train_s = 0;
      bool stored = false;
      if (size == 0)
        for (const auto& m : p.list_models()) stored = stored || m.arch == arch;
      if (stored) model = diffusion::load_project_model(p, arch);
      else {
        ctx.report(prog.done, prog.total, "training " + arch + (size ? " on " + std::to_string(size) + " designs" : ""));
        JobContext tctx{{}, ctx.cancel};
        model = diffusion::train_model(p, arch, opts.train, tctx, {}, size);
        train_s = model.seconds;
      }
      std::size_t designs = model.designs ? model.designs : diffusion::training_designs(p).size();
      InverseSizer sizer(p, std::move(model));
      auto m = evaluate_model(sizer, tests, opts, pool, ctx, prog, arch + (size ? "@" + std::to_string(size) : ""));
      m.arch = arch;
      m.training_designs = designs;
      m.train_seconds = train_s;
      res.models.push_back(std::move(m));
      if (!explorer && size == 0) {
        explorer.emplace(std::move(sizer));
        explorer_model = res.models.size() - 1;
      }
    }

  const auto training = diffusion::training_designs(p);  // read once; each size looks up a prefix
  for (std::size_t size : sizes) {
    const auto end = training.begin() + static_cast<std::ptrdiff_t>(size > 0 ? std::min(size, training.size()) : training.size());
    res.models.push_back(archive_lookup({training.begin(), end}, tests, opts.samples, opts.slack));
  }
  if (explorer && opts.sample.refine > 0 && explorer->model().model->has_surrogate()) {
    ctx.report(prog.done, prog.total, "refining the archive lookup");
    res.models.push_back(refined_lookup(*explorer, training, tests, opts, pool, ctx));
  }

  if (explorer && opts.exploration_samples > 0) res.exploration = explore(*explorer, tests.front(), opts, pool, ctx, prog);

  // What NSGA-II spent to reach each test specification, against the samples we needed.
  const ModelEvaluation* first = explorer ? &res.models[explorer_model] : nullptr;
  auto all = p.designs();
  for (const auto& t : tests) {
    SearchCost c;
    c.design = t.id;
    auto spec = specification_of(t, opts.slack);
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all[i].simulated && shortfall(spec, all[i].performances) == 0) {
        c.nsga_simulations = static_cast<std::int64_t>(i + 1);
        break;
      }
    if (first)
      for (const auto& r : first->records)
        if (r.design == t.id && r.meets) {
          c.samples_needed = r.sample + 1;
          break;
        }
    res.search.push_back(c);
  }
  res.seconds = since(t0);
  return res;
}

}  // namespace inversize::evaluation
