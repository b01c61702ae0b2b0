// Training-data generation: simulate designs of the project's design space until the training
// archive (feasible, non-dominated) holds the requested number, committing as it goes.
//   nsga2  — pagmo2's NSGA-II over the criteria's objectives, infeasible designs ranked behind
//            every feasible one by how far they miss; each generation simulated as one batch.
//   random — Latin hypercube batches over the design space.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "common/job.hpp"
#include "dataset/project.hpp"
#include "simulation/worker_pool.hpp"

namespace inversize::dataset {

enum class Method { Nsga2, Random };
const char* to_string(Method m);
Method method_from_string(const std::string& s);  // throws std::invalid_argument

struct GenerateOptions {
  std::int64_t target = 100;     // designs wanted in the training archive
  Method method = Method::Nsga2;
  int workers = 0;               // 0: one per core
  std::uint64_t seed = 1;
  int population = 48;           // nsga2: rounded up to a multiple of 4, at least 8
  int batch = 32;                // random: designs per Latin hypercube
  std::int64_t max_designs = 0;  // stop after this many simulations in this run; 0: 50 x target + 1000
  double timeout_s = simulation::kSimulationTimeoutS;  // per design: slower ones (oscillating, stiff) fail
};

// The simulations one run may spend: max_designs, or 50 x target + 1000 when it is 0.
std::int64_t design_budget(const GenerateOptions& options);

struct GenerateSummary {
  std::int64_t simulated = 0;    // designs added by this run
  std::int64_t feasible = 0;     // of them feasible
  std::int64_t failed = 0;       // of them not simulated (no convergence, timeout, ...)
  std::map<std::string, std::int64_t> failed_rules;  // infeasible designs per rule they fail
  std::int64_t archive = 0;      // training archive size at the end
  double seconds = 0;
  JobOutcome outcome;            // done or cancelled; what finished is committed either way
  bool budget_spent = false;     // done, but the design budget ran out before the target
  std::int64_t run = 0;
};

// On cancellation commits what finished and returns with outcome cancelled (the run is
// recorded so). Throws std::runtime_error for setup problems. Progress: done = archive size,
// total = target, message = designs, feasible, rate.
GenerateSummary generate(Project& project, const GenerateOptions& options, const JobContext& ctx);

}  // namespace inversize::dataset
