// From an opamp to its measured performances: one design = generated testbenches run by
// ngspice, measured, checked against the sizing rules.
#pragma once

#include <array>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "common/performance.hpp"
#include "netlist/netlist.hpp"
#include "simulation/conditions.hpp"
#include "simulation/measurement.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/operating_point.hpp"
#include "simulation/testbench.hpp"
#include "technology/technology.hpp"

namespace inversize::simulation {


// When the operating point already makes a design infeasible (a transistor outside the sizing
// rules' saturation margins, or the phase margin below the minimum), the DC sweeps and the
// transient cannot change that verdict: data generation skips them. Most of an optimiser's
// infeasible designs end here, and the two benches take about 90 % of a design's time.
// The reason of every performance the gate skipped starts with this.
inline constexpr const char* kGateSkipped = "not simulated: infeasible at the operating point";

struct FeasibilityGate {
  SizingRuleLimits limits;
  double min_pm_deg = 45;
};

// Everything a (possibly remote) simulation needs; plain data, serialisable.
struct SimulationSetup {
  DutInfo dut;
  Conditions conditions;
  std::vector<std::string> device_names;  // transistor names, same order as dut.probe_paths
  std::optional<FeasibilityGate> gate;    // unset: every bench runs (simulate, verification)
};

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
};

SimulationSetup make_setup(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                           const Conditions& conditions);

// Runs the benches in this process and measures everything but the area and the sizing rules.
SimulationResult run_setup(NgspiceEngine& engine, const SimulationSetup& setup);

// The first reason the gate closes on this AC-measured result (operating points, phase
// margin), or empty when it stays open.
std::string gate_reason(const FeasibilityGate& gate, const SimulationResult& ac_measured);

// Measures from the plots of the benches (ac: op, ac; dc: two sweeps; tran: one).
SimulationResult measure(const SimulationSetup& setup, const std::vector<std::vector<Plot>>& bench_plots);

// What needs the circuit rather than SPICE: area and the sizing rules.
void complete(SimulationResult& r, const circuit::Circuit& c, const technology::Technology& tech);

// The whole chain in this process (one engine per process, created on first use).
SimulationResult simulate(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                          const Conditions& conditions);
NgspiceEngine& process_engine();

void to_json(nlohmann::json& j, const SimulationSetup& s);
void from_json(const nlohmann::json& j, SimulationSetup& s);
void to_json(nlohmann::json& j, const SimulationResult& r);
void from_json(const nlohmann::json& j, SimulationResult& r);
void to_json(nlohmann::json& j, const Conditions& c);
void from_json(const nlohmann::json& j, Conditions& c);

}  // namespace inversize::simulation
