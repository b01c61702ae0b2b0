// Everything a (possibly remote) simulation of one design needs, as plain data: the opamp as
// the DUT subckt with the model files it needs, the conditions, and what to probe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "netlist/netlist.hpp"
#include "simulation/conditions.hpp"
#include "simulation/operating_point.hpp"
#include "simulation/testbench.hpp"
#include "technology/technology.hpp"

namespace inversize::simulation {

// When the operating point already makes a design infeasible (a transistor outside the sizing
// rules' saturation margins, or the phase margin below the minimum), the DC sweeps and the
// transient cannot change that verdict: data generation skips them. Most of an optimiser's
// infeasible designs end here, and the two benches take about 90 % of a design's time.
struct FeasibilityGate {
  SizingRuleLimits limits;
  double min_pm_deg = 45;
  std::vector<std::string> exempt;  // devices the sizing rules do not judge (exempt_devices)
};

struct SimulationSetup {
  DutInfo dut;
  Conditions conditions;
  std::vector<std::string> device_names;  // transistor names, same order as dut.probe_paths
  std::optional<FeasibilityGate> gate;    // unset: every bench runs (simulate, verification)
  // Only the operating point and AC bench (Monte Carlo of AC performances): the DC sweeps and
  // the transient are skipped, their performances left kNotSimulated.
  bool ac_only = false;
};

// `models`: the process corner or statistical library the technology's model files are written
// with (corners and Monte Carlo); the nominal corner by default.
SimulationSetup make_setup(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                           const Conditions& conditions, const technology::ModelSelection& models = {});

// The designer's models win. The netlist's own cards and includes come first in the DUT text;
// the technology's model files follow only when a device uses a model (or PDK subckt) the
// netlist does not define, and never a file the netlist already includes. ngspice keeps the
// first definition of a name, so where both define one the designer's is the one simulated.
// Returns the technology's model text that the DUT needs (often none): its `.include` lines,
// and of each library section only the models and bins the DUT uses (technology/used_models.hpp).
std::string technology_includes_needed(const netlist::Deck& deck, const circuit::Circuit& c,
                                       const technology::Technology& tech,
                                       const technology::ModelSelection& models = {});

// The model names `c`'s devices use that the netlist defines nowhere (lower case, sorted).
std::vector<std::string> models_not_in_netlist(const netlist::Deck& deck, const circuit::Circuit& c);

}  // namespace inversize::simulation
