// NSGA-II through pagmo2: the search runs on the unit cube of the free variables; each
// generation's offspring go to the worker pool as one batch through a pagmo batch fitness
// evaluator. pagmo's NSGA-II takes no constraints, so an infeasible design gets every
// objective at a penalty level above any feasible value plus its violation: it is dominated
// by every feasible design, and infeasible ones rank by how far they miss.
#include <pagmo/algorithms/nsga2.hpp>
#include <pagmo/bfe.hpp>
#include <pagmo/population.hpp>
#include <pagmo/problem.hpp>
#include <pagmo/utils/multi_objective.hpp>

#include "dataset/generation_driver.hpp"
#include "dataset/latin_hypercube.hpp"

namespace inversize::dataset {

namespace {

constexpr double kPenalty = 1e6;

pagmo::vector_double fitness_of(const Criteria& c, const Design& d) {
  if (d.feasible) return objective_vector(c, d.performances);
  return pagmo::vector_double(c.objectives.size(), kPenalty + d.violation);
}

// pagmo's user-defined problem: bounds and objective count; fitness only comes in batches.
struct SizingProblem {
  std::size_t dim = 1, nobj = 2;
  pagmo::vector_double fitness(const pagmo::vector_double&) const {
    throw std::logic_error("sizing problem: designs are evaluated in batches only");
  }
  std::pair<pagmo::vector_double, pagmo::vector_double> get_bounds() const {
    return {pagmo::vector_double(dim, 0.0), pagmo::vector_double(dim, 1.0)};
  }
  pagmo::vector_double::size_type get_nobj() const { return nobj; }
  std::string get_name() const { return "InverSize sizing"; }
};

// pagmo's user-defined batch fitness evaluator: one generation -> one worker-pool batch.
struct PoolBatch {
  GenerationDriver* driver = nullptr;
  pagmo::vector_double operator()(const pagmo::problem& p, const pagmo::vector_double& dvs) const {
    const auto dim = p.get_nx();
    std::vector<std::vector<double>> units;
    for (std::size_t i = 0; i < dvs.size(); i += dim) units.emplace_back(dvs.begin() + i, dvs.begin() + i + dim);
    auto designs = driver->evaluate(units);
    pagmo::vector_double out;
    for (const auto& d : designs) {
      auto f = fitness_of(driver->project.setup().criteria, d);
      out.insert(out.end(), f.begin(), f.end());
    }
    return out;
  }
  std::string get_name() const { return "InverSize worker pool"; }
};

}  // namespace

void search_nsga2(GenerationDriver& d) {
  const auto& criteria = d.project.setup().criteria;
  const std::size_t dim = d.free.size(), nobj = criteria.objectives.size();
  const std::size_t pop_size = static_cast<std::size_t>(std::max(8, (d.options.population + 3) / 4 * 4));
  pagmo::population pop(pagmo::problem{SizingProblem{dim, nobj}}, 0u, static_cast<unsigned>(d.options.seed));

  // Start from the best designs already in the file (a resumed run continues its search),
  // topped up with a Latin hypercube.
  auto stored = d.project.designs();
  if (!stored.empty()) {
    std::vector<pagmo::vector_double> fits;
    for (const auto& s : stored) fits.push_back(fitness_of(criteria, s));
    auto best = pagmo::select_best_N_mo(fits, std::min(pop_size, stored.size()));
    for (auto i : best) pop.push_back(d.unit_of(stored[i].x), fits[i]);
  }
  if (pop.size() < pop_size) {
    auto units = latin_hypercube(pop_size - pop.size(), dim, d.options.seed ^ 0x5eedULL);
    auto designs = d.evaluate(units);
    for (std::size_t i = 0; i < designs.size(); ++i) pop.push_back(units[i], fitness_of(criteria, designs[i]));
  }

  // Generous mutation: many objectives and a small population need exploration more than
  // fine convergence, and the archive wants spread.
  pagmo::nsga2 algo(1u, 0.9, 15., 1.0 / static_cast<double>(dim), 20., static_cast<unsigned>(d.options.seed));
  algo.set_bfe(pagmo::bfe{PoolBatch{&d}});
  while (!d.finished()) pop = algo.evolve(pop);
}

}  // namespace inversize::dataset
