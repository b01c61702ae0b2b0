#include "jobs/simulate_job.hpp"

#include "project/document.hpp"
#include "simulation/conditions.hpp"
#include "simulation/worker_pool.hpp"

namespace inversize::ui::jobs {

simulation::SimulationResult simulate_document(const project::Document& doc, const JobContext& ctx) {
  ctx.report(0, 1, "preparing the testbenches");
  const auto conditions = simulation::nominal_conditions(doc.opened.deck, doc.opened.circuit, doc.tech);
  const auto setup = simulation::make_setup(doc.opened.deck, doc.circuit(), doc.tech, conditions);
  ctx.throw_if_cancelled();
  ctx.report(0, 1, "simulating");
  simulation::WorkerPool pool(simulation::PoolOptions{1, 60});
  auto results = pool.run({setup}, ctx);
  ctx.throw_if_cancelled();
  if (results.empty()) throw std::runtime_error("the simulator returned nothing");
  simulation::SimulationResult r = std::move(results.front());
  if (r.ok()) simulation::complete(r, doc.circuit(), doc.tech);
  ctx.report(1, 1, r.ok() ? "done" : r.error);
  return r;
}

}  // namespace inversize::ui::jobs
