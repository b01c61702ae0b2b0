// Simulates batches of designs in parallel and commits each finished one to the project, in
// batch order (so ids, and the split, do not depend on which worker was faster).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/job.hpp"
#include "dataset/project.hpp"
#include "simulation/worker_pool.hpp"

namespace inversize::dataset {

struct EvaluatorStats {
  std::int64_t designs = 0, feasible = 0, failed = 0;
  std::map<std::string, std::int64_t> failed_rules;  // infeasible designs per rule they fail
  double busy_seconds = 0;  // wall time spent simulating
};

class Evaluator {
 public:
  Evaluator(Project& project, simulation::WorkerPool& pool, std::int64_t run);

  // Snaps, simulates and commits every design (x in SI units, design-space order). Returns them
  // with ids. On cancellation commits what finished, then throws Cancelled.
  // `progress` is called after each committed design. When `enough` (optional, asked after
  // each commit) says true, the rest of the batch is not committed (returned with id 0).
  std::vector<Design> evaluate(const std::vector<std::vector<double>>& xs, const JobContext& ctx,
                               const std::function<void(const Design&)>& progress = {},
                               const std::function<bool(const Design&)>& enough = {});

  const EvaluatorStats& stats() const { return stats_; }

  // Changes a design's simulation setup before it is sent (tests use it to make one fail).
  std::function<void(std::size_t, simulation::SimulationSetup&)> customize_setup;

 private:
  Project& project_;
  simulation::WorkerPool& pool_;
  std::int64_t run_;
  circuit::OpenedCircuit circuit_;
  EvaluatorStats stats_;
};

// Simulates designs (x in SI units, design-space order, snapped here) without storing them:
// `on_design` gets each judged design (id 0) in this thread as it finishes. On cancellation
// returns early; designs not finished have simulated == false and failure "cancelled".
std::vector<Design> simulate_designs(const Project& p, const circuit::OpenedCircuit& circuit,
                                     simulation::WorkerPool& pool, const std::vector<std::vector<double>>& xs,
                                     const JobContext& ctx,
                                     const std::function<void(std::size_t, const Design&)>& on_design = {},
                                     const std::function<void(std::size_t, simulation::SimulationSetup&)>& customize = {});

// The sized circuit of a design, for writing out or checking.
circuit::Circuit sized_circuit(const Project& p, const circuit::Circuit& base, const std::vector<double>& x,
                               simulation::Conditions& cond);

}  // namespace inversize::dataset
