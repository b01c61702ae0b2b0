// The same testbenches run by the `ngspice -b` program, one process per design: the reference
// that the in-process engine is cross-checked and benchmarked against. Never the engine itself.
#pragma once

#include <string>

#include "simulation/simulator.hpp"

namespace inversize::simulation {

// Writes the decks under `workdir`, runs one `ngspice -b` that sources each of them in turn,
// reads the ASCII raw files and measures with the same code as the engine. `device_threads`
// sets ngspice's num_threads (BSIM3/4 evaluation in OpenMP threads; 0: ngspice's default, 2).
SimulationResult run_setup_with_ngspice_program(const SimulationSetup& setup, const std::string& workdir,
                                                const std::string& ngspice = "ngspice", int device_threads = 0);

}  // namespace inversize::simulation
