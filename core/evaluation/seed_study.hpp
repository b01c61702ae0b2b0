// The data-efficiency study over training seeds (Section IV of the paper, "structural against
// monolithic at few designs"): evaluation runs that differ only in the seed of the models they
// trained, merged into one figure per model and training size, the mean and standard deviation
// over the seeds. One training seed spreads a share by about ten points; a claim that one
// architecture beats another needs the spread beside it.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "evaluation/evaluation.hpp"
#include "evaluation/statistics.hpp"

namespace inversize::evaluation {

// One model at one training size over the runs.
struct SeedPoint {
  std::string arch;
  std::size_t training_designs = 0;
  // Trained by each run (with its seed). A stored model or a lookup is the same in every run:
  // its deviation says nothing about seeds.
  bool trained = false;
  std::vector<std::uint64_t> seeds;  // ascending
  std::vector<double> best;          // per seed: best of N satisfies the whole specification (headline metric)
  std::vector<double> error;         // per seed: median over performances of the median |difference|
  MeanStd best_stats, error_stats;
};

struct SeedStudy {
  // What every run shares (project, split, test designs, samples, headline, bounds, slack,
  // sampling, training options but the seed): runs that differ in more are not merged.
  nlohmann::json setup;
  Metric headline = Metric::within;
  int samples = 0;
  std::vector<std::string> runs;  // the report directories merged, in the order given
  std::vector<std::uint64_t> run_seeds;
  std::vector<SeedPoint> points;  // by architecture in first-seen order, then training size
  // Per training size (ascending): the share of specifications that one of the first that many
  // training designs already satisfies (headline metric) — what a model must beat. Computed
  // from the project (training_already()); empty when it could not be read.
  std::vector<std::pair<std::size_t, double>> training_already;
};

// Merges evaluation summaries (report directory, its summary.json); runs may hold different
// models and sizes, a model and size in two runs of one seed counts once. Throws
// std::runtime_error naming the directory when a run differs from the first in anything but
// the training seed and the models, has no training record, or has other figures for a model,
// size and seed than an earlier run.
SeedStudy merge_seed_runs(const std::vector<std::pair<std::string, nlohmann::json>>& runs);

// Whether the runs' smaller training sizes are random subsets drawn with each run's seed
// (evaluate --subset random) rather than the first designs: then the lookups and "a training
// design already" differ from run to run too.
bool random_subsets(const SeedStudy& s);
// Fills SeedStudy::training_already from the project the runs evaluated: its test designs (the
// setup's split and count), each training size's first training designs, the setup's slack and
// bounds. Throws std::runtime_error when the project's test designs are not the runs' count.
void training_already(SeedStudy& s, const dataset::Project& p);

// summary.json of a merged study ("kind": "seed_study"), and back (for the tables and plots).
nlohmann::json seed_study_json(const SeedStudy& s);
SeedStudy seed_study_from_json(const nlohmann::json& j);
inline bool is_seed_study(const nlohmann::json& j) { return j.value("kind", std::string()) == "seed_study"; }

}  // namespace inversize::evaluation
