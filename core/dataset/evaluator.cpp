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

std::vector<Design> simulate_designs(const Project& p, const circuit::OpenedCircuit& circuit,
                                     simulation::WorkerPool& pool, const std::vector<std::vector<double>>& xs,
                                     const JobContext& ctx, const std::function<void(std::size_t, const Design&)>& on_design,
                                     const std::function<void(std::size_t, simulation::SimulationSetup&)>& customize) {
  const auto& setup = p.setup();
  const std::size_t n = xs.size();
  std::vector<Design> designs(n);
  std::vector<circuit::Circuit> circuits;
  std::vector<simulation::SimulationSetup> setups;
  circuits.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    designs[i].x = snap(setup.space, xs[i]);
    designs[i].failure = "cancelled";
    simulation::Conditions cond;
    circuits.push_back(sized_circuit(p, circuit.circuit, designs[i].x, cond));
    setups.push_back(simulation::make_setup(circuit.deck, circuits.back(), setup.technology, cond));
    if (customize) customize(i, setups.back());
  }
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
    d.failed_rules = j.rules;
    if (on_design) on_design(i, d);
  };
  // The pool reports per-batch progress; callers report per design through on_design.
  JobContext pool_ctx{{}, ctx.cancel};
  pool.run(setups, pool_ctx, on_result);
  return designs;
}

std::vector<Design> Evaluator::evaluate(const std::vector<std::vector<double>>& xs, const JobContext& ctx,
                                        const std::function<void(const Design&)>& progress,
                                        const std::function<bool(const Design&)>& enough) {
  const std::size_t n = xs.size();
  std::vector<Design> committed(n);
  std::vector<bool> finished(n, false);
  std::size_t next_commit = 0;
  bool stopped = false;  // `enough` said so: the rest of the batch is dropped
  auto commit = [&](Design& d) {
    d.run = run_;
    project_.add_design(d);
    ++stats_.designs;
    stats_.feasible += d.feasible ? 1 : 0;
    stats_.failed += d.simulated ? 0 : 1;
    for (const auto& rule : d.failed_rules) ++stats_.failed_rules[rule];
  };
  // Committed in batch order, so ids (and the split) do not depend on which worker was faster.
  auto on_design = [&](std::size_t i, const Design& d) {
    committed[i] = d;
    finished[i] = true;
    while (!stopped && next_commit < n && finished[next_commit]) {
      commit(committed[next_commit]);
      if (progress) progress(committed[next_commit]);
      if (enough && enough(committed[next_commit])) stopped = true;
      ++next_commit;
    }
  };
  auto t0 = Clock::now();
  // Generation only needs the verdict: an infeasible operating point skips the DC and
  // transient benches (verification elsewhere simulates everything).
  const auto& criteria = project_.setup().criteria;
  std::vector<std::string> exempt;  // by wiring: the same for every design
  for (const auto& [name, why] : simulation::exempt_devices(circuit_.circuit)) exempt.push_back(name);
  auto gated = [&](std::size_t i, simulation::SimulationSetup& s) {
    s.gate = simulation::FeasibilityGate{criteria.limits, criteria.min_pm_deg, exempt};
    if (customize_setup) customize_setup(i, s);
  };
  simulate_designs(project_, circuit_, pool_, xs, ctx, on_design, gated);
  stats_.busy_seconds += std::chrono::duration<double>(Clock::now() - t0).count();
  if (ctx.cancel.cancelled()) {
    // Keep what finished before the cancel, in order; the rest was never simulated.
    for (std::size_t i = next_commit; i < n && !stopped; ++i)
      if (finished[i]) {
        commit(committed[i]);
        stopped = enough && enough(committed[i]);
      }
    throw Cancelled();
  }
  return committed;
}

}  // namespace inversize::dataset
