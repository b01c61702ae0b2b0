// From the benches' plots to the performances and operating points: the measurement side
// of a simulation, the same for the in-process engine, the workers and `ngspice -b`.
// docs/measurements.md defines every performance.
#pragma once

#include <string_view>
#include <vector>

#include "simulation/ngspice_engine.hpp"
#include "simulation/result.hpp"
#include "simulation/setup.hpp"

namespace inversize::simulation {

// The reason of a performance no bench has measured yet.
inline constexpr const char* kNotSimulated = "not simulated";

// Measures from the plots of the benches (ac: op, ac; dc: two sweeps; tran: one). Fewer
// benches (the feasibility gate stopped early) leave the rest kNotSimulated.
SimulationResult measure(const SimulationSetup& setup, const std::vector<std::vector<Plot>>& bench_plots);

// Whether the operating point and AC bench alone give a performance (the area needs no bench):
// SimulationSetup::ac_only suffices for it. The DC sweeps give the ranges, the transient the slew.
inline bool measured_by_ac_bench(std::string_view key) {
  for (std::string_view other : {"icmr_min_v", "icmr_max_v", "vout_min_v", "vout_max_v", "sr_v_per_us"})
    if (key == other) return false;
  return true;
}

}  // namespace inversize::simulation
