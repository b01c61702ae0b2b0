// The paper's experiments (Section IV) on a project: the test set (relative performance
// differences of sampled sizings, Fig. 6), one specification explored with many samples
// against "optimum plus isotropic noise" of equal spread (Fig. 7, Table I), the baselines at
// several training sizes, and the simulations NSGA-II needed against the samples we need.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/job.hpp"
#include "dataset/project.hpp"
#include "diffusion/options.hpp"
#include "evaluation/inverse_sizer.hpp"
#include "evaluation/statistics.hpp"

namespace inversize::evaluation {

struct EvaluationOptions {
  std::vector<std::string> archs{diffusion::default_architecture()};
  std::vector<std::size_t> training_sizes{0};  // 0: all training designs (the stored model if any)
  int samples = 10;                            // N per test specification
  std::size_t limit = 0;                       // evaluate the first K test designs only (0: all)
  int exploration_samples = 100;
  // Relax every test specification by this fraction (specification_of): 0 asks for the test
  // design's own performances, a point on the Pareto front; a designer's specification has slack.
  double slack = 0.0;
  diffusion::SampleOptions sample;
  diffusion::TrainOptions train;
  int workers = 0;
};

// One verified sample for one test specification.
struct SampleRecord {
  std::int64_t design = 0;  // the test design whose performances were the specification
  int sample = 0;
  bool simulated = false;
  std::string failure;
  dataset::PerformanceValues specified{}, achieved{};
  bool meets = false;
  bool feasible = false;  // keeps the project's sizing rules and criteria, as the archive's designs do
};

struct PerformanceSummary {
  BoxStats differences;    // relative (absolute for offset) differences over all samples
  double within5 = 0;      // share of samples within +-5 % (offset: +-5 mV)
  double best_met = 0;     // share of test specifications where some sample meets this one
  // Ranked candidates: median |difference| of the surrogate's prediction from the simulation.
  std::optional<double> surrogate_error;
};

struct ModelEvaluation {
  std::string arch;
  std::size_t training_designs = 0;  // the model's training-set size
  double train_seconds = 0;          // 0 for a stored model
  double sample_seconds = 0;         // model time for all test specifications
  std::size_t specifications = 0;
  std::size_t failed = 0;            // samples whose simulation failed
  std::vector<SampleRecord> records;
  std::array<std::optional<PerformanceSummary>, kPerformanceCount> performances;
  double best_met_all = 0;  // share of specifications that the best of N meets completely
  // The same with a feasible sample (sizing rules kept): what a designer can take as it is.
  double best_met_all_feasible = 0;
  double feasible_share = 0;  // share of the simulated samples that are feasible
  // [k-1]: share of specifications that one of the first k samples meets completely, k = 1..N;
  // how many samples (simulations) a share costs.
  std::vector<double> best_met_by_samples;
};

struct DeviceSpread {
  std::string device;
  MeanStd w, l;  // metres
};

// Fig. 7 and Table I: many samples for one specification, and the isotropic-noise reference.
struct Exploration {
  std::int64_t design = 0;  // the test design (its performances are the ground truth)
  Specification spec;
  std::vector<SampledSizing> model, noise;
  std::vector<DeviceSpread> model_devices, noise_devices;
  double noise_sigma = 0;  // per variable, on the design space's unit (log) scale
  double model_met = 0, noise_met = 0;  // share meeting the specification
  std::array<std::optional<double>, kPerformanceCount> model_median_abs, noise_median_abs;  // |difference|
};

// Per test specification: simulations NSGA-II ran before its first design meeting it, and the
// samples the structural model needed (first meeting sample); nullopt = not reached.
struct SearchCost {
  std::int64_t design = 0;
  std::optional<std::int64_t> nsga_simulations;
  std::optional<int> samples_needed;
};

struct EvaluationResult {
  std::string project;
  std::size_t test_designs = 0;  // evaluated
  int samples = 0;
  double slack = 0;  // EvaluationOptions::slack
  diffusion::SampleOptions sampling;  // EvaluationOptions::sample, for the record
  std::vector<ModelEvaluation> models;
  std::optional<Exploration> exploration;
  std::vector<SearchCost> search;
  double seconds = 0;
};

// Runs everything; progress through ctx, Cancelled when ctx.cancel is set.
EvaluationResult evaluate(const dataset::Project& p, const EvaluationOptions& opts, const JobContext& ctx);

// The test designs evaluated: the archive's test split in id order, the first `limit`.
std::vector<dataset::Design> test_designs(const dataset::Project& p, std::size_t limit);

// The baseline without a model: for each test specification, the `n` training designs nearest
// it (the distance of nearest_designs), scored as if they were samples. Their performances are
// the archive's own simulations. It measures how densely the archive covers the specifications;
// a model earns its keep by doing better. arch = kArchiveLookup.
inline constexpr const char* kArchiveLookup = "archive-lookup";
// With refinement (EvaluationOptions::sample.refine > 0): the same nearest training designs,
// refined by the first model's surrogate and simulated. Whether a model's samples are better
// starting points for the refinement than the archive's own designs.
inline constexpr const char* kRefinedLookup = "archive-lookup-refined";
ModelEvaluation archive_lookup(const std::vector<dataset::Design>& training, const std::vector<dataset::Design>& tests,
                               int n, double slack = 0.0);

// Table I: mean and standard deviation of W and L per transistor over sizings.
std::vector<DeviceSpread> device_spread(const InverseSizer& sizer, const std::vector<SampledSizing>& samples);
std::vector<DeviceSpread> device_spread(const InverseSizer& sizer, const std::vector<const SampledSizing*>& samples);

// The specification of a design: all its performances, given. With slack s > 0 each one is
// asked s worse than the design achieved (gain (1 - s) times, power (1 + s) times as much:
// relative to |value|); the offset, a target, stays.
Specification specification_of(const dataset::Design& d, double slack = 0.0);

}  // namespace inversize::evaluation
