#include "jobs/simulate_job.hpp"

#include "project/document.hpp"
#include "simulation/conditions.hpp"

namespace inversize::ui::jobs {

simulation::SimulationResult simulate_document(const project::Document& doc, const JobContext& ctx) {
  ctx.report(0, 1, "simulating");
  const auto conditions = simulation::nominal_conditions(doc.opened.deck, doc.opened.circuit, doc.tech);
  simulation::SimulationResult r = simulation::simulate(doc.opened.deck, doc.circuit(), doc.tech, conditions, ctx);
  ctx.throw_if_cancelled();
  ctx.report(1, 1, r.ok() ? "done" : r.error);
  return r;
}

}  // namespace inversize::ui::jobs
