#include "robustness/yield.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <tuple>

#include "dataset/evaluator.hpp"
#include "robustness/variation_draw.hpp"
#include "simulation/bench_measurement.hpp"
#include "simulation/simulator.hpp"

namespace inversize::robustness {

namespace {

std::vector<std::size_t> given_performances(const sizing::Specification& spec) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < kPerformanceCount; ++i)
    if (spec.given[i]) out.push_back(i);
  return out;
}

// Every given performance measured and met; a failed run meets nothing.
bool meets_all(const sizing::Specification& spec, const simulation::SimulationResult& r) {
  if (!r.ok()) return false;
  for (std::size_t i : given_performances(spec)) {
    const auto& m = r.performances[i];
    if (!m.value || !std::isfinite(*m.value) || !sizing::meets(spec, i, *m.value)) return false;
  }
  return true;
}

// Why a run does not count as measured: its error, or the first given performance it lacks.
std::string failure_of(const sizing::Specification& spec, const simulation::SimulationResult& r) {
  if (!r.ok()) return r.error;
  for (std::size_t i : given_performances(spec))
    if (!r.performances[i].value)
      return std::string(kPerformances[i].key) + ": " +
             (r.performances[i].reason.empty() ? std::string("not measured") : r.performances[i].reason);
  return "";
}

// How bad a value is for a performance, larger worse: the table's direction, a target by its
// distance from the specified value.
double badness(std::size_t i, double value, const sizing::Specification& spec) {
  switch (kPerformances[i].direction) {
    case Direction::Maximize: return -value;
    case Direction::Minimize: return value;
    case Direction::Target: return std::abs(value - spec.values[i].value_or(0));
  }
  return 0;
}

// Where one request's runs sit in the batch.
struct Plan {
  std::size_t nominal = 0, corners_begin = 0, mc_begin = 0, end = 0;
  bool ac_only = false;
};

void add_note(std::vector<std::string>& notes, const std::string& note) {
  if (std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
}

Plan build(const YieldRequest& q, std::vector<simulation::SimulationSetup>& setups, YieldResult& out) {
  if (!q.deck || !q.tech) throw std::invalid_argument("a yield request needs its deck and technology");
  const auto& tech = *q.tech;
  const auto given = given_performances(q.spec);
  Plan p;
  p.ac_only = !given.empty() && std::all_of(given.begin(), given.end(), [](std::size_t i) {
    return simulation::measured_by_ac_bench(kPerformances[i].key);
  });
  out.ac_only = p.ac_only;
  // Process corners and the statistical library act through the technology's model files;
  // a netlist that brings its own models for every device simulates those, whatever is asked.
  const bool tech_models = !simulation::models_not_in_netlist(*q.deck, q.circuit).empty();
  auto setup = [&](const circuit::Circuit& c, const simulation::Conditions& cond, const technology::ModelSelection& m) {
    auto s = simulation::make_setup(*q.deck, c, tech, cond, m);
    s.ac_only = p.ac_only;
    return s;
  };
  p.nominal = setups.size();
  setups.push_back(setup(q.circuit, q.conditions, {}));
  p.corners_begin = setups.size();
  for (const auto& corner : q.corners) {
    auto models = corner_models(corner);
    if (!tech_models && !models.process.empty()) {
      add_note(out.notes, "process corners: the netlist defines every model it uses, so they simulate its own models");
      models.process.clear();
    }
    setups.push_back(setup(q.circuit, corner_conditions(tech, q.conditions, corner), models));
  }
  p.mc_begin = setups.size();
  const auto& stat = tech.variation.statistical;
  out.global = q.mc.runs > 0 && q.mc.global && tech_models && stat.present() && !stat.global_switch.empty();
  out.mismatch = q.mc.runs > 0 && q.mc.mismatch && tech.variation.mismatch.present();
  if (q.mc.runs > 0 && q.mc.global && !out.global)
    add_note(out.notes, tech_models ? "global variation: " + tech.name + " describes no statistical models"
                                    : "global variation: the netlist defines every model it uses (its own, without statistics)");
  if (q.mc.runs > 0 && q.mc.mismatch && !out.mismatch)
    add_note(out.notes, "mismatch: " + tech.name + " gives no Pelgrom coefficients");
  technology::ModelSelection statistical;
  statistical.statistical = true;
  statistical.global = true;
  // PDK X devices get their mismatch through copies of their wrappers (the nominal deck's).
  const auto wrappers = out.mismatch ? mismatch_ready_wrappers(setups[p.nominal].dut.text, q.circuit) : std::set<std::string>{};
  for (int run = 0; run < q.mc.runs; ++run) {
    RunRandom random(q.mc.seed, static_cast<std::uint64_t>(run));
    circuit::Circuit c = q.circuit;
    if (out.mismatch) {
      const auto untouched = apply_mismatch(c, tech.variation.mismatch, random, wrappers);
      if (!untouched.empty()) {
        std::string list;
        for (const auto& n : untouched) list += (list.empty() ? "" : ", ") + n;
        add_note(out.notes, "mismatch: not applied to " + list +
                                " (a PDK subckt device, or a polarity without Pelgrom coefficients)");
      }
    }
    auto s = setup(c, q.conditions, out.global ? statistical : technology::ModelSelection{});
    if (!wrappers.empty()) s.dut.text += mismatch_wrapper_copies(s.dut.text, c, wrappers);
    if (out.global) {
      int drawn = 0;
      s.dut.text = draw_statistical(s.dut.text, random, &drawn);
      if (drawn == 0) add_note(out.notes, "global variation: the statistical library has no agauss parameter to draw");
    }
    setups.push_back(std::move(s));
  }
  p.end = setups.size();
  return p;
}

void summarise(const YieldRequest& q, const Plan& p, simulation::BatchResults& batch, YieldResult& out) {
  auto& results = batch.results;
  const auto given = given_performances(q.spec);
  for (std::size_t k = p.nominal; k < p.end; ++k) simulation::complete(results[k], q.circuit, *q.tech);
  out.outcome = batch.outcome;
  out.nominal = results[p.nominal];
  out.nominal_meets = meets_all(q.spec, out.nominal);
  for (std::size_t k = p.corners_begin; k < p.mc_begin; ++k) {
    CornerOutcome c{q.corners[k - p.corners_begin], results[k], meets_all(q.spec, results[k])};
    out.corners_meet = out.corners_meet && c.meets;
    out.corners.push_back(std::move(c));
  }
  std::vector<const simulation::SimulationResult*> runs;
  for (std::size_t k = p.mc_begin; k < p.end; ++k) {
    const auto& r = results[k];
    if (!batch.finished[k]) continue;  // not simulated before the cancel
    runs.push_back(&r);
    if (auto why = failure_of(q.spec, r); !why.empty())
      out.failed.push_back({static_cast<int>(k - p.mc_begin), why});
  }
  out.runs = static_cast<int>(runs.size());
  int pass = 0;
  for (const auto* r : runs) pass += meets_all(q.spec, *r) ? 1 : 0;
  out.yield = wilson95(pass, out.runs);
  for (std::size_t i : given) {
    PerformanceSpread s;
    s.performance = i;
    if (const auto& v = out.nominal.performances[i].value) s.nominal = *v;
    int meeting = 0;
    double sum = 0;
    for (const auto* r : runs) {
      const auto& v = r->performances[i].value;
      if (!r->ok() || !v || !std::isfinite(*v)) continue;
      s.values.push_back(*v);
      sum += *v;
      if (sizing::meets(q.spec, i, *v)) ++meeting;
    }
    s.measured = static_cast<int>(s.values.size());
    if (s.measured > 0) {
      s.mean = sum / s.measured;
      double ss = 0;
      for (double v : s.values) ss += (v - s.mean) * (v - s.mean);
      s.std = s.measured > 1 ? std::sqrt(ss / (s.measured - 1)) : 0;
    }
    s.meeting = wilson95(meeting, out.runs);
    for (const auto& c : out.corners) {
      const auto& v = c.result.performances[i].value;
      if (!c.result.ok() || !v) continue;
      if (s.worst_corner.empty() || badness(i, *v, q.spec) > badness(i, s.worst_value, q.spec)) {
        s.worst_corner = c.corner.name;
        s.worst_value = *v;
      }
    }
    out.per_performance.push_back(std::move(s));
  }
  // The limiting performance: fewest runs meet it (the first in table order on a tie); none
  // when every run meets them all.
  for (std::size_t j = 0; j < out.per_performance.size(); ++j) {
    const int k = out.per_performance[j].meeting.k;
    if (k < out.runs && (!out.limiting || k < out.per_performance[*out.limiting].meeting.k)) out.limiting = j;
  }
  if (out.limiting) out.limiting = out.per_performance[*out.limiting].performance;
}

}  // namespace

Share wilson95(int k, int n) {
  Share s;
  s.k = k;
  s.n = n;
  if (n <= 0) return s;
  const double z = 1.959963984540054;
  const double p = static_cast<double>(k) / n;
  const double z2n = z * z / n;
  const double centre = (p + z2n / 2) / (1 + z2n);
  const double half = z / (1 + z2n) * std::sqrt(p * (1 - p) / n + z2n / (4.0 * n));
  s.value = p;
  s.lo = std::max(0.0, centre - half);
  s.hi = std::min(1.0, centre + half);
  return s;
}

std::vector<simulation::SimulationSetup> yield_setups(const YieldRequest& request) {
  std::vector<simulation::SimulationSetup> setups;
  YieldResult unused;
  build(request, setups, unused);
  return setups;
}

std::vector<YieldResult> estimate_yields(const std::vector<YieldRequest>& requests, simulation::WorkerPool& pool,
                                         const JobContext& ctx) {
  std::vector<simulation::SimulationSetup> setups;
  std::vector<Plan> plans;
  std::vector<YieldResult> out(requests.size());
  for (std::size_t i = 0; i < requests.size(); ++i) plans.push_back(build(requests[i], setups, out[i]));
  auto batch = pool.run(setups, ctx);
  for (std::size_t i = 0; i < requests.size(); ++i) summarise(requests[i], plans[i], batch, out[i]);
  return out;
}

std::optional<std::size_t> most_robust(const std::vector<const YieldResult*>& results) {
  std::optional<std::size_t> best;
  auto key = [](const YieldResult& r) {
    return std::make_tuple(r.runs > 0 ? r.yield.value : 0.0, r.corners_meet ? 1 : 0, r.nominal_meets ? 1 : 0);
  };
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto* r = results[i];
    if (!r || (r->runs == 0 && r->corners.empty())) continue;
    if (!best || key(*r) > key(*results[*best])) best = i;
  }
  return best;
}

technology::Technology variation_technology(const technology::Technology& stored, std::string* note) {
  auto described = [](const technology::Variation& v) {
    return !v.process.empty() || !v.supply_v.empty() || !v.temperature_c.empty() || v.statistical.present() ||
           v.mismatch.present();
  };
  if (note) note->clear();
  if (described(stored.variation)) return stored;
  const std::string nothing = "technology '" + stored.name +
                              "' describes no variation (no corners, statistical models or mismatch "
                              "coefficients): its Monte Carlo runs and corners vary nothing";
  // Older files do not say `builtin` either: a technology named as a built-in is taken for it.
  std::string builtin = stored.builtin;
  if (builtin.empty())
    for (const auto& name : technology::builtin_names())
      if (name == stored.name) builtin = name;
  if (builtin.empty()) {
    if (note) *note = nothing;
    return stored;
  }
  technology::Technology t = stored;
  try {
    t.variation = technology::load_named(builtin).variation;
    if (!described(t.variation)) throw std::runtime_error("the built-in describes none either");
  } catch (const std::exception&) {
    // A built-in this installation does not have: the project's own description stays.
    if (note) *note = nothing;
    return stored;
  }
  if (note)
    *note = "technology '" + stored.name + "' was stored before its variation was described: its corners, " +
            "statistical models and mismatch are taken from the built-in " + builtin;
  return t;
}

YieldRequest project_request(const dataset::Project& project, const circuit::OpenedCircuit& opened,
                             const technology::Technology& tech, const std::vector<double>& x,
                             const sizing::Specification& spec, const MonteCarloOptions& mc,
                             const std::vector<Corner>& corners) {
  YieldRequest q;
  q.deck = &opened.deck;
  q.circuit = dataset::sized_circuit(project, opened.circuit, x, q.conditions);
  q.tech = &tech;
  q.spec = spec;
  q.mc = mc;
  q.corners = corners;
  return q;
}

YieldResult estimate_yield(const YieldRequest& request, simulation::WorkerPool& pool, const JobContext& ctx) {
  return std::move(estimate_yields({request}, pool, ctx).front());
}

}  // namespace inversize::robustness
