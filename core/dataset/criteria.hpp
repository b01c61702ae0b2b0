// What makes a simulated design training data: feasibility (simulated, sizing rules, minimum
// phase margin, every objective measured) and the objectives its Pareto rank is taken over.
#pragma once

#include <array>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/performance.hpp"
#include "simulation/simulator.hpp"

namespace inversize::dataset {

using PerformanceValues = std::array<std::optional<double>, kPerformanceCount>;

struct Criteria {
  double min_pm_deg = 45;
  // Performance keys (common/performance.hpp), directions from that table.
  std::vector<std::string> objectives{"gain_db", "gbw_hz", "pm_deg", "sr_v_per_us", "cmrr_db", "power_w", "area_um2"};
  simulation::SizingRuleLimits limits;
  // Throws std::invalid_argument for an unknown key or a Target performance.
  void validate() const;
};

// The rules a design can fail beyond the sizing rules' own (simulation::kRule...).
inline constexpr const char* kRuleSimulationFailed = "simulation failed";
inline constexpr const char* kRulePhaseMargin = "phase margin";
inline constexpr const char* kRuleNotMeasured = "objective not measured";

struct Judgement {
  bool feasible = false;
  // 0 when feasible; else grows with how far the design is from feasible (failed simulation
  // worst), so that an optimiser can rank infeasible designs.
  double violation = 0;
  std::string reason;              // empty when feasible; every failed rule, on which device
  std::vector<std::string> rules;  // the rules failed, each once, in the order of `reason`
};

Judgement judge(const Criteria& c, const simulation::SimulationResult& r);

// The objectives as values to minimise (maximised ones negated, log-scale ones in decades).
// Missing values become +infinity.
std::vector<double> objective_vector(const Criteria& c, const PerformanceValues& p);

// Flags of the points no other point dominates (all <=, one <). Equal points are all kept.
std::vector<bool> non_dominated(const std::vector<std::vector<double>>& points);

void to_json(nlohmann::json& j, const Criteria& c);
void from_json(const nlohmann::json& j, Criteria& c);

}  // namespace inversize::dataset
