// From an opamp to its measured performances: one design = generated testbenches run by
// ngspice, measured, checked against the sizing rules. This file orchestrates; the pieces are
// setup.hpp (what to simulate), testbench.hpp (the decks), bench_measurement.hpp (plots to
// performances), result.hpp (the answer) and simulation_json.hpp (the wire format).
#pragma once

#include <string>

#include "circuit/circuit.hpp"
#include "common/job.hpp"
#include "netlist/netlist.hpp"
#include "simulation/bench_measurement.hpp"
#include "simulation/conditions.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/operating_point.hpp"
#include "simulation/result.hpp"
#include "simulation/setup.hpp"
#include "simulation/simulation_json.hpp"
#include "technology/technology.hpp"

namespace inversize::simulation {

// Runs the benches in this process and measures everything but the area and the sizing rules.
// The engine keeps each bench's circuit loaded and alters it for the next design of the same
// circuit (NgspiceEngine::run_resident).
// A crash inside libngspice ends this process: callers that must survive any netlist use
// simulate() or a WorkerPool.
SimulationResult run_setup(NgspiceEngine& engine, const SimulationSetup& setup);

// The first reason the gate closes on this AC-measured result (operating points, phase
// margin), or empty when it stays open.
std::string gate_reason(const FeasibilityGate& gate, const SimulationResult& ac_measured);

// What needs the circuit rather than SPICE: area and the sizing rules.
void complete(SimulationResult& r, const circuit::Circuit& c, const technology::Technology& tech);

// The whole chain for one design, isolated: the benches run in a simulation worker process
// (worker_pool.hpp; its executable must be set), so whatever the netlist makes ngspice do —
// crash, hang — comes back as a failed result with its reason, never as the end of this
// process. Cancelling `ctx` throws Cancelled.
SimulationResult simulate(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                          const Conditions& conditions, const JobContext& ctx = {});

// This process's engine, created on first use: for in-process runs of trusted decks (tests,
// benchmarks). ngspice is one global state per process.
NgspiceEngine& process_engine();

}  // namespace inversize::simulation
