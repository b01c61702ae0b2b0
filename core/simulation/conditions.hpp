// Operating conditions of a testbench: what the opamp is measured at.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "circuit/circuit.hpp"
#include "netlist/netlist.hpp"
#include "technology/technology.hpp"

namespace inversize::simulation {

struct Conditions {
  double vdd_v = 1.8;         // supply; VSS is ground
  double vcm_v = 0.9;         // input common mode
  double cl_f = 1e-12;        // load capacitance on the output
  double ibias_a = 20e-6;     // reference current into (or out of) the ibias port
  double temperature_c = 27;
  double sr_step_v = 0.4;     // input step of the slew-rate follower, centred on vcm
};

// The conditions an opamp is meant for: the technology's supply, VCM at mid-supply, 1 pF and
// 20 uA, each overridden by a `* inversize: vdd=1.8 vcm=0.9 cl=1p ibias=20u` comment in the
// designer's netlist (so their own nominal point travels with their file).
Conditions nominal_conditions(const netlist::Deck& deck, const technology::Technology& tech);
// The KEY=VALUE pairs of a `* inversize:` comment line (keys lower-case, values as written, in
// order; other words skipped); nullopt for any other line. The one reader of that line.
std::optional<std::vector<std::pair<std::string, std::string>>> conditions_comment(std::string_view line);
// The same for a circuit whose deck has its own testbench (supplies, input source, load
// capacitor, reference current: circuit::Circuit::deck_conditions): the deck's values replace
// the technology's defaults, and the `* inversize:` comment still has the last word.
Conditions nominal_conditions(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech);

}  // namespace inversize::simulation
