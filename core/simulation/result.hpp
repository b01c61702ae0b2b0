// What one simulated design gives: its performances (each a value or the reason there is
// none), the transistors' operating points and the sizing rules judged on them.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>

#include "common/performance.hpp"
#include "simulation/measurement.hpp"
#include "simulation/operating_point.hpp"

namespace inversize::simulation {

// The reason of every performance the feasibility gate skipped starts with this.
inline constexpr const char* kGateSkipped = "not simulated: infeasible at the operating point";

struct SimulationResult {
  std::string error;  // non-empty: the design failed as a whole (e.g. no convergence)
  std::array<Measured, kPerformanceCount> performances;
  std::map<std::string, OperatingPoint> operating_points;
  SizingRules sizing_rules;
  double seconds = 0;
  // The feasibility gate stopped after the AC bench: the DC and transient performances were
  // not simulated (their reason says so), because the design is infeasible anyway.
  bool stopped_early = false;
  bool ok() const { return error.empty(); }
  const Measured& performance(std::string_view key) const;
  Measured& performance(std::string_view key);

  // A design that failed as a whole: `why` is its error and every performance's reason.
  static SimulationResult failed(const std::string& why);
};

}  // namespace inversize::simulation
