// Reads ngspice's ASCII raw files (`set filetype=ascii`, `write FILE`): the batch path used to
// cross-check the in-process engine against `ngspice -b` on the same deck.
#pragma once

#include <string>

#include "simulation/ngspice_engine.hpp"

namespace inversize::simulation {

// Vector names are normalised as the shared library reports them: "v(out)" -> "out",
// "i(vdd)" -> "vdd#branch", "v(@m.x1.m1[vds])" -> "@m.x1.m1[vds]", lower case. Throws std::runtime_error on a malformed file.
Plot read_ascii_raw(const std::string& path);
std::string normalise_vector_name(std::string name);

}  // namespace inversize::simulation
