// Internal to the generators: what both share — the project, the pool, the evaluator, the
// unit-cube view of the free variables, the stopping rule and the progress report.
#pragma once

#include <chrono>
#include <vector>

#include "dataset/evaluator.hpp"
#include "dataset/generator.hpp"

namespace inversize::dataset {

class GenerationDriver {
 public:
  GenerationDriver(Project& p, const GenerateOptions& o, const JobContext& ctx, simulation::WorkerPool& pool,
                   std::int64_t run);

  Project& project;
  const GenerateOptions& options;
  const JobContext& ctx;
  Evaluator evaluator;
  std::vector<std::size_t> free;  // design-space indices the search moves
  std::int64_t archive = 0;
  std::int64_t max_designs = 0;

  // Unit coordinates of the free variables <-> a full design (fixed variables at their value).
  std::vector<double> design_of(const std::vector<double>& unit) const;
  std::vector<double> unit_of(const std::vector<double>& x) const;

  // Simulates and commits a batch, then refreshes the archive. Throws Cancelled.
  std::vector<Design> evaluate(const std::vector<std::vector<double>>& units);
  bool finished() const;  // target reached or design budget spent
  void report();

 private:
  std::chrono::steady_clock::time_point start_;
};

// Runs NSGA-II until driver.finished(); throws Cancelled.
void search_nsga2(GenerationDriver& driver);

}  // namespace inversize::dataset
