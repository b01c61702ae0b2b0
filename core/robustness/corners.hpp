// The operating corners of a technology: each process corner (library section) combined with a
// supply and a temperature corner. Named PROCESS/SUPPLY/TEMPERATURE with the technology's own
// names ("ss/low/hot"); a technology without process corners has the process "nominal".
#pragma once

#include <string>
#include <vector>

#include "simulation/conditions.hpp"
#include "technology/technology.hpp"

namespace inversize::robustness {

struct Corner {
  std::string name;         // "ss/low/hot"
  std::string process;      // the process corner (empty: the technology has none)
  std::string supply;       // the supply corner's name
  double supply_v = 0;      // its voltage in the technology
  std::string temperature;  // the temperature corner's name
  double temperature_c = 0;
};

// The corners a --corners value names:
// - "default": every process corner at the nominal supply and temperature, and the four
//   combinations of the lowest/highest supply with the lowest/highest temperature at the
//   nominal process (what a designer checks first);
// - "all": every process x supply x temperature combination;
// - "none" or "": no corner;
// - a comma-separated list of names: PROCESS/SUPPLY/TEMPERATURE, or a process corner alone
//   (at the nominal supply and temperature).
// Throws std::invalid_argument naming the unknown corner and the technology's names.
std::vector<Corner> select_corners(const technology::Technology& tech, const std::string& selection);

// The conditions of a corner: the supply scaled by the corner's voltage over the technology's
// nominal one (a deck at its own supply keeps its ratio), the corner's temperature.
simulation::Conditions corner_conditions(const technology::Technology& tech, const simulation::Conditions& nominal,
                                         const Corner& corner);

// The model selection of a corner (its process corner; the nominal one when it has none).
technology::ModelSelection corner_models(const Corner& corner);

}  // namespace inversize::robustness
