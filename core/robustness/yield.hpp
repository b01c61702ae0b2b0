// The yield of a sizing: Monte Carlo runs (global variation and mismatch) and corners through
// the worker pool, judged against a specification with sizing::meets. A run that fails counts
// as not meeting it (and is listed with its reason). Every run's die is drawn from (seed, run)
// alone (variation_draw.hpp): the same seed gives the same numbers for any worker count.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "circuit/input.hpp"
#include "dataset/project.hpp"
#include "common/job.hpp"
#include "netlist/netlist.hpp"
#include "robustness/corners.hpp"
#include "simulation/result.hpp"
#include "simulation/worker_pool.hpp"
#include "sizing/specification.hpp"
#include "technology/technology.hpp"

namespace inversize::robustness {

struct MonteCarloOptions {
  int runs = 0;
  bool global = true;    // die-to-die, through the technology's statistical library
  bool mismatch = true;  // per transistor, Pelgrom
  std::uint64_t seed = 1;
};

// One sized opamp under variation, and what it must meet.
struct YieldRequest {
  const netlist::Deck* deck = nullptr;
  circuit::Circuit circuit;  // sized
  const technology::Technology* tech = nullptr;
  simulation::Conditions conditions;  // nominal
  sizing::Specification spec;
  MonteCarloOptions mc;
  std::vector<Corner> corners;
};

// A share k of n with its 95 % Wilson score interval.
struct Share {
  int k = 0, n = 0;
  double value = 0;  // k / n (0 when n is 0)
  double lo = 0, hi = 1;
};
Share wilson95(int k, int n);

struct PerformanceSpread {
  std::size_t performance = 0;  // index into kPerformances
  double nominal = NAN;         // at the nominal point (NaN: not measured)
  double mean = NAN, std = NAN;  // over the runs that measured it
  int measured = 0;
  Share meeting;                 // runs meeting its bound, of all runs
  std::vector<double> values;    // every measured run, in run order (histograms)
  std::string worst_corner;      // where it is worst (empty: no corner measured it)
  double worst_value = NAN;
};

struct CornerOutcome {
  Corner corner;
  simulation::SimulationResult result;
  bool meets = false;
};

struct FailedRun {
  int run = 0;  // Monte Carlo run number, from 0
  std::string reason;
};

struct YieldResult {
  Share yield;                          // runs meeting every given performance
  int runs = 0;                         // Monte Carlo runs simulated (not cancelled)
  simulation::SimulationResult nominal;
  bool nominal_meets = false;
  std::vector<PerformanceSpread> per_performance;  // the given performances, table order
  std::optional<std::size_t> limiting;  // the given performance fewest runs meet (none: all meet)
  std::vector<CornerOutcome> corners;
  bool corners_meet = true;             // every corner meets the specification
  std::vector<FailedRun> failed;
  std::vector<std::string> notes;       // what the variation could not cover, and why
  bool global = false, mismatch = false;  // what the runs varied
  bool ac_only = false;                 // the specification needed only the AC bench
  // done, or cancelled: then the runs are those that finished before (the rest never counted).
  JobOutcome outcome;
};

// The technology a project's sizings vary in: the stored one, or for a built-in stored before
// the built-in described its variation (older project files, e.g. the shipped generic180
// ones), the stored one with the built-in's corners, statistics and mismatch. `note` (optional)
// says so when that happened, and when a stored technology describes no variation at all
// (its yield would vary nothing); empty otherwise.
technology::Technology variation_technology(const technology::Technology& stored, std::string* note = nullptr);

// A project's sizing (a design in its design space) under variation: the sized circuit, `tech`
// (variation_technology of the project's) and the conditions of the design (its bias current,
// where that is a variable). `opened` (the project's circuit) and `tech` must outlive the request.
YieldRequest project_request(const dataset::Project& project, const circuit::OpenedCircuit& opened,
                             const technology::Technology& tech, const std::vector<double>& x,
                             const sizing::Specification& spec, const MonteCarloOptions& mc,
                             const std::vector<Corner>& corners);

// Estimates every request's yield in one batch on `pool` (progress counts simulations).
// Throws std::invalid_argument for a request that cannot be built (no deck, a corner the
// technology lacks).
// The simulations estimate_yields hands to the pool for one request, in its order: the nominal
// run, the corners, then the Monte Carlo runs (the benchmark times them one by one).
std::vector<simulation::SimulationSetup> yield_setups(const YieldRequest& request);

std::vector<YieldResult> estimate_yields(const std::vector<YieldRequest>& requests, simulation::WorkerPool& pool,
                                         const JobContext& ctx);
YieldResult estimate_yield(const YieldRequest& request, simulation::WorkerPool& pool, const JobContext& ctx);

// The most robust of several sizings' estimates (null: not estimated): the highest yield, then
// every corner meeting, then the nominal meeting, then the first. nullopt when none has runs
// or corners.
std::optional<std::size_t> most_robust(const std::vector<const YieldResult*>& results);

}  // namespace inversize::robustness
