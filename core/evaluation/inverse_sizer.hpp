// Inverse sizing of a project's opamp: a trained model samples sizings for a specification,
// the simulator verifies them, and the best becomes the designer's netlist with new sizes.
// One owner for this flow, used by `inversize-cli sample`, the evaluation and the UI.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/job.hpp"
#include "dataset/project.hpp"
#include "diffusion/project_models.hpp"
#include "evaluation/specification.hpp"
#include "simulation/worker_pool.hpp"

namespace inversize::evaluation {

struct SampledSizing {
  std::vector<double> x;          // the full design (design-space order, SI units, snapped)
  bool verified = false;          // simulated (successfully or not)
  dataset::Design simulation;     // performances, failure reason, sizing rules (when verified)
  bool meets = false;             // every given performance met (when verified)
  double shortfall = 0;           // evaluation::shortfall (when verified)
};

struct DeviceSize {
  std::string name;
  double w = 0, l = 0;
};

class InverseSizer {
 public:
  // Loads the newest model of `arch`; throws dataset::ProjectError with a clear reason.
  InverseSizer(const dataset::Project& project, const std::string& arch);
  // A model trained here (evaluation's training-size study) rather than stored.
  InverseSizer(const dataset::Project& project, diffusion::ProjectModel model);

  const dataset::Project& project() const { return project_; }
  const diffusion::ProjectModel& model() const { return model_; }
  const std::vector<dataset::Design>& training_designs() const { return training_; }

  // The designer's specification with the left-out performances filled from the nearest
  // training design (spec.filled_from says which).
  Specification complete(Specification spec) const;

  // n sizings for the specification (values conditioned on where the model knows them).
  std::vector<SampledSizing> sample(const Specification& spec, int n, const diffusion::SampleOptions& opts) const;

  // Simulates every sizing not yet verified; `on_verified(i)` as each finishes, in this thread.
  // On cancellation returns with the rest unverified.
  void verify(std::vector<SampledSizing>& sizings, const Specification& spec, simulation::WorkerPool& pool,
              const JobContext& ctx, const std::function<void(std::size_t)>& on_verified = {}) const;

  // The best sizing: verified and meeting the specification before the rest, then smallest
  // shortfall; the first one when none is verified. Throws std::invalid_argument when empty.
  static std::size_t best(const std::vector<SampledSizing>& sizings);

  // The circuit with a design's sizes (for the schematic, or checks).
  circuit::Circuit sized(const std::vector<double>& x) const;
  // W and L of every transistor for a design.
  std::vector<DeviceSize> devices(const std::vector<double>& x) const;
  // The designer's main netlist file with the design's sizes written in (only the sized value
  // texts change); the bias current, when it is a design variable, as an `* inversize:` line.
  std::string sized_netlist(const std::vector<double>& x) const;

 private:
  const dataset::Project& project_;
  diffusion::ProjectModel model_;
  circuit::OpenedCircuit circuit_;
  std::vector<dataset::Design> training_;
};

}  // namespace inversize::evaluation
