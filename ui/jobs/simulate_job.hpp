// The "Simulate" job: the document's circuit at its nominal conditions, isolated in a worker
// process (simulation::simulate), so a crashing or hanging ngspice never takes the window along:
// it becomes a failed result with its reason.
#pragma once

#include "common/job.hpp"
#include "simulation/simulator.hpp"

namespace inversize::ui::project {
struct Document;
}

namespace inversize::ui::jobs {

// Runs on a worker thread; the document must not change meanwhile (the window passes a copy).
simulation::SimulationResult simulate_document(const project::Document& doc, const JobContext& ctx);

}  // namespace inversize::ui::jobs
