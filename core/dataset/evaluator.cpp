#include "dataset/evaluator.hpp"

#include <chrono>

namespace inversize::dataset {

using Clock = std::chrono::steady_clock;

circuit::Circuit sized_circuit(const Project& p, const circuit::Circuit& base, const std::vector<double>& x,
                               simulation::Conditions& cond) {
  circuit::Circuit c = base;
  cond = p.setup().conditions;
  apply(p.setup().space, x, c, cond);
  return c;
}

Evaluator::Evaluator(Project& project, simulation::WorkerPool& pool, std::int64_t run)
    : project_(project), pool_(pool), run_(run), circuit_(project.open_circuit()) {}

std::vector<Design> Evaluator::evaluate(const std::vector<std::vector<double>>& xs, const JobContext& ctx,
                                        const std::function<void(const Design&)>& progress) {
  const auto& setup = project_.setup();
  const std::size_t n = xs.size();
  std::vector<Design> designs(n);
  std::vector<circuit::Circuit> circuits;
  std::vector<simulation::SimulationSetup> setups;
  circuits.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    designs[i].run = run_;
    designs[i].x = snap(setup.space, xs[i]);
    simulation::Conditions cond;
    circuits.push_back(sized_circuit(project_, circuit_.circuit, designs[i].x, cond));
    setups.push_back(simulation::make_setup(circuit_.deck, circuits.back(), setup.technology, cond));
    if (customize_setup) customize_setup(i, setups.back());
  }

  std::vector<bool> finished(n, false);
  std::size_t next_commit = 0;
  auto commit_ready = [&] {
    while (next_commit < n && finished[next_commit]) {
      project_.add_design(designs[next_commit]);
      ++stats_.designs;
      stats_.feasible += designs[next_commit].feasible ? 1 : 0;
      stats_.failed += designs[next_commit].simulated ? 0 : 1;
      if (progress) progress(designs[next_commit]);
      ++next_commit;
    }
  };
  auto on_result = [&](std::size_t i, const simulation::SimulationResult& res) {
    // A worker that died with the Ctrl-C that cancelled us did not fail the design.
    if (!res.ok() && ctx.cancel.cancelled()) return;
    simulation::SimulationResult r = res;
    simulation::complete(r, circuits[i], setup.technology);
    if (r.ok()) r.sizing_rules = simulation::check_sizing_rules(circuits[i], r.operating_points, setup.criteria.limits);
    Design& d = designs[i];
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      d.performances[k] = r.performances[k].value;
      d.reasons[k] = r.performances[k].reason;
    }
    d.simulated = r.ok();
    d.seconds = r.seconds;
    auto j = judge(setup.criteria, r);
    d.feasible = j.feasible;
    d.violation = j.violation;
    d.failure = j.reason;
    finished[i] = true;
    commit_ready();
  };

  // The pool reports per-batch progress; ours goes through `progress` above.
  JobContext pool_ctx{{}, ctx.cancel};
  auto t0 = Clock::now();
  pool_.run(setups, pool_ctx, on_result);
  stats_.busy_seconds += std::chrono::duration<double>(Clock::now() - t0).count();
  if (ctx.cancel.cancelled()) {
    // Keep what finished before the cancel, in order; the rest was never simulated.
    for (std::size_t i = next_commit; i < n; ++i)
      if (finished[i]) {
        project_.add_design(designs[i]);
        ++stats_.designs;
        stats_.feasible += designs[i].feasible ? 1 : 0;
        stats_.failed += designs[i].simulated ? 0 : 1;
      }
    throw Cancelled();
  }
  return designs;
}

}  // namespace inversize::dataset
