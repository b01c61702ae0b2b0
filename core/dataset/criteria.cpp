#include "dataset/criteria.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace inversize::dataset {

using nlohmann::json;

void Criteria::validate() const {
  if (objectives.size() < 2) throw std::invalid_argument("at least two objectives are needed");
  for (const auto& k : objectives) {
    auto i = performance_index(k);
    if (!i) throw std::invalid_argument("unknown performance '" + k + "'");
    if (kPerformances[*i].direction == Direction::Target)
      throw std::invalid_argument(k + " has a target, not a direction: it cannot be an objective");
  }
}

Judgement judge(const Criteria& c, const simulation::SimulationResult& r) {
  Judgement j;
  auto failed_rule = [&](const std::string& rule) {
    if (std::find(j.rules.begin(), j.rules.end(), rule) == j.rules.end()) j.rules.push_back(rule);
  };
  if (!r.ok()) {
    j.violation = 1e6;
    j.reason = r.error;
    failed_rule(kRuleSimulationFailed);
    return j;
  }
  std::string reason;
  auto add = [&](const std::string& s) { reason += (reason.empty() ? "" : "; ") + s; };
  // Shortfalls in volts from the operating points: a graded measure for the optimiser.
  double v = 0;
  for (const auto& [name, op] : r.operating_points) {
    if (r.sizing_rules.exempt.count(name)) continue;
    if (op.region == simulation::Region::Cutoff)
      v += std::max(0.0, -simulation::kWeakInversionSpanV - op.overdrive());
    v += std::max(0.0, c.limits.min_sat_margin_v - op.sat_margin());
  }
  if (!r.sizing_rules.ok) {
    v += 1.0 * static_cast<double>(r.sizing_rules.violations.size());
    std::string all;
    for (const auto& s : r.sizing_rules.violations) all += (all.empty() ? "" : "; ") + s;
    add("sizing rules: " + all);
    for (const auto& rule : r.sizing_rules.rules) failed_rule(rule);
  }
  const auto& pm = r.performance("pm_deg");
  if (!pm.value) {
    v += 100;
    add("no phase margin: " + pm.reason);
    failed_rule(kRulePhaseMargin);
  } else if (*pm.value < c.min_pm_deg) {
    v += (c.min_pm_deg - *pm.value) / 10;
    char buf[96];
    std::snprintf(buf, sizeof buf, "phase margin %.1f deg < %.1f deg", *pm.value, c.min_pm_deg);
    add(buf);
    failed_rule(kRulePhaseMargin);
  }
  // A design the feasibility gate stopped is already infeasible above; the performances it
  // skipped add no penalty (those its AC bench failed to measure still do), so such designs
  // rank by their shortfalls. Where the full simulation would have measured every objective,
  // that is its violation.
  for (const auto& k : c.objectives) {
    const auto& m = r.performance(k);
    if (!m.value && !(r.stopped_early && m.reason.starts_with(simulation::kGateSkipped))) {
      v += 100;
      add(k + " not measured: " + m.reason);
      failed_rule(kRuleNotMeasured);
    }
  }
  j.feasible = reason.empty();
  j.violation = j.feasible ? 0 : std::max(v, 1e-3);
  j.reason = reason;
  return j;
}

std::vector<double> objective_vector(const Criteria& c, const PerformanceValues& p) {
  std::vector<double> f;
  for (const auto& k : c.objectives) {
    auto i = *performance_index(k);
    const auto& info = kPerformances[i];
    if (!p[i]) {
      f.push_back(std::numeric_limits<double>::infinity());
      continue;
    }
    double v = *p[i];
    if (info.log_scale) v = std::log10(std::max(v, 1e-300));
    f.push_back(info.direction == Direction::Maximize ? -v : v);
  }
  return f;
}

std::vector<bool> non_dominated(const std::vector<std::vector<double>>& pts) {
  const std::size_t n = pts.size();
  std::vector<bool> keep(n, true);
  auto dominates = [](const std::vector<double>& a, const std::vector<double>& b) {
    bool strictly = false;
    for (std::size_t k = 0; k < a.size(); ++k) {
      if (a[k] > b[k]) return false;
      if (a[k] < b[k]) strictly = true;
    }
    return strictly;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      if (dominates(pts[j], pts[i])) {
        keep[i] = false;
        break;
      }
    }
  }
  return keep;
}

void to_json(json& j, const Criteria& c) {
  j = json{{"min_pm_deg", c.min_pm_deg},
           {"objectives", c.objectives},
           {"min_sat_margin_v", c.limits.min_sat_margin_v}};
}

void from_json(const json& j, Criteria& c) {
  c.min_pm_deg = j.value("min_pm_deg", c.min_pm_deg);
  if (j.contains("objectives")) c.objectives = j.at("objectives").get<std::vector<std::string>>();
  // Older files also hold "min_overdrive_v": the fixed overdrive rule is gone (it called weak
  // inversion cutoff), so it is read past.
  c.limits.min_sat_margin_v = j.value("min_sat_margin_v", c.limits.min_sat_margin_v);
  c.validate();
}

}  // namespace inversize::dataset
