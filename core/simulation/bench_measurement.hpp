// From the benches' plots to the performances and operating points: the measurement side
// of a simulation, the same for the in-process engine, the workers and `ngspice -b`.
// docs/measurements.md defines every performance.
#pragma once

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

}  // namespace inversize::simulation
