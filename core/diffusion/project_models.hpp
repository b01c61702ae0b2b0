// The bridge between a project file and the diffusion engine: the training data (the training
// split of the Pareto archive), the design context (blocks of the decomposition over the free
// design variables, limits and grid), and the models stored in and loaded from the project.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/job.hpp"
#include "dataset/project.hpp"
#include "diffusion/options.hpp"
#include "diffusion/sizing_model.hpp"

namespace inversize::diffusion {

// A project's designs as the engine sees them. Models size the free variables only; the
// fixed ones are put back by full_design().
struct ProjectData {
  TrainingData data;                   // free variables x conditioning performances
  DesignContext context;               // blocks over the free variables
  std::vector<std::size_t> free;       // design-space index of each model variable
  std::vector<std::int64_t> design_ids;
  std::vector<std::size_t> performances;  // kPerformances index of each model performance
};

// Which designs train a model: the archive's training split, in id order; `limit` > 0 keeps
// the first `limit` of them (training-size studies: the earliest designs of the run), or with
// `subset_seed` a seeded random `limit` of them, still in id order. Performances that do not
// vary over the training designs, or are missing in most of them, are left out of the condition.
std::vector<dataset::Design> training_designs(const dataset::Project& p, std::size_t limit = 0,
                                              std::optional<std::uint64_t> subset_seed = std::nullopt);
// The same choice from the whole training set read once (training_designs(p)).
std::vector<dataset::Design> training_subset(std::vector<dataset::Design> training, std::size_t limit,
                                             std::optional<std::uint64_t> subset_seed);
// What the inverse models learn from: training_designs(), and with `feasible` also the
// feasible designs of the training split off the archive (with a limit, those made before the
// last archive design kept).
std::vector<dataset::Design> inverse_training_designs(const dataset::Project& p, std::size_t limit, bool feasible,
                                                      std::optional<std::uint64_t> subset_seed = std::nullopt);
// The simulated training-split designs off the archive and not in `training`, for the performance surrogate alone
// (TrainingData::forward_x); with a limited training set, those made before its last design.
std::vector<dataset::Design> forward_designs(const dataset::Project& p, const std::vector<dataset::Design>& training);
ProjectData project_data(const dataset::Project& p, const std::vector<dataset::Design>& designs,
                         const std::vector<dataset::Design>& forward = {});

// A model's sampled row (free variables) as a full design-space vector.
std::vector<double> full_design(const dataset::DesignSpace& space, const std::vector<std::size_t>& free,
                                const std::vector<double>& row);

// A model of the project with what sampling needs around it.
struct ProjectModel {
  std::unique_ptr<SizingModel> model;
  std::vector<std::size_t> free;          // design-space index of each model variable
  std::vector<std::size_t> performances;  // kPerformances index of each model performance
  std::int64_t id = 0;                    // model id in the project; 0 when not stored
  std::size_t designs = 0;                // training designs (set when trained here)
  double seconds = 0;                     // training time (set when trained here)
  // A stored model's record (set by load_project_model): when and how it was trained.
  std::string created;
  nlohmann::json hyperparameters;
};

// Trains `arch` on the project's training designs (the first `limit` when > 0), in memory.
ProjectModel train_model(const dataset::Project& p, const std::string& arch, const TrainOptions& opts,
                         const JobContext& job = {}, const TrainProgressFn& progress = {}, std::size_t limit = 0);
// Stores a trained model with its hyperparameters, replacing the project's model of that
// architecture, also one stored under the architecture's legacy name; sets m.id.
void store_model(dataset::Project& p, ProjectModel& m, const TrainOptions& opts);

// The newest model of `arch`. Throws dataset::ProjectError naming the command to run when
// there is none, and when the model does not fit the project's design space.
ProjectModel load_project_model(const dataset::Project& p, const std::string& arch);

}  // namespace inversize::diffusion
