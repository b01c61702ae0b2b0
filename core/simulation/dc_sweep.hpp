// The DC bench's servo-held sweeps (testbench.cpp): their grid covers 0 ... VDD in this many
// steps, and each sweep runs as two analyses that start at the grid point nearest VCM, one
// towards 0 V and one towards VDD (bench_measurement.cpp joins them).
#pragma once

#include <cmath>
#include <vector>

namespace inversize::simulation {

inline constexpr int kDcSweepSteps = 180;

// The sweep's values on the grid exactly. ngspice adds its step to the start point, so the half
// walking down from VCM ends at -6e-16 V, not 0 V: a range reaching the rail would miss a
// bound at the rail (>= VDD) by a rounding error, and its difference relative to 0 V is huge.
inline std::vector<double> on_dc_grid(std::vector<double> sweep, double vdd) {
  for (double& v : sweep) {
    const double k = std::round(v / vdd * kDcSweepSteps);
    v = k <= 0 ? 0.0 : k >= kDcSweepSteps ? vdd : k * vdd / kDcSweepSteps;
  }
  return sweep;
}

}  // namespace inversize::simulation
