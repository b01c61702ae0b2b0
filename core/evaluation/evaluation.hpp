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
#include "sizing/inverse_sizer.hpp"
#include "evaluation/statistics.hpp"

namespace inversize::evaluation {

// How a sample is scored against a specification: three named metrics, never mixed.
enum class Metric {
  meets,    // the designer's: every given performance on the right side of its bound (sizing::meets)
  within,   // the paper's "within 2 %": none more than kProtocolTolerance on its bad side
  matches,  // the paper's "matches": every one within +- kProtocolTolerance of its value
};
inline constexpr std::array<Metric, 3> kMetrics{Metric::meets, Metric::within, Metric::matches};
using MetricShares = std::array<double, kMetrics.size()>;  // indexed by Metric
inline std::size_t index(Metric m) { return static_cast<std::size_t>(m); }
std::string metric_name(Metric m);  // "meets", "within 2 %", "matches" (text reads kProtocolTolerance)
const char* metric_key(Metric m);   // "meets", "within", "matches" (summary.json)
// Whether `achieved` satisfies the specification's value of performance k under the metric.
bool satisfies(Metric m, const sizing::Specification& spec, std::size_t k, double achieved);
// ... every given performance (a missing one does not).
bool satisfies(Metric m, const sizing::Specification& spec, const dataset::PerformanceValues& achieved);
// The metric of a run's headline figures: matches when ranking and refinement aim to match,
// meets for a designer's specification (bounds, or slack > 0), within 2 % for the paper's
// protocol, which asks a Pareto design's own performances back (slack 0: nothing meets them
// strictly but it).
Metric headline_metric(double slack, diffusion::RefineGoal goal, bool bounds = false);

struct EvaluationOptions {
  std::vector<std::string> archs{diffusion::default_architecture()};
  std::vector<std::size_t> training_sizes{0};  // 0: all training designs (the stored model if any)
  int samples = 10;                            // N per test specification
  // The designs whose performances are asked back: the locked test split (what reports
  // show), or validation (where choices are made).
  dataset::Split split = dataset::Split::Test;
  std::size_t limit = 0;                       // evaluate the first K designs of the split only (0: all)
  int exploration_samples = 100;
  // Relax every test specification by this fraction (specification_of): 0 asks for the test
  // design's own performances, a point on the Pareto front; a designer's specification has slack.
  double slack = 0.0;
  // A designer's specification: only these performances (indices into kPerformances, none a
  // Target) are asked, each as a one-sided bound at the test design's value (at least it for a
  // maximised performance, at most it for a minimised one); the model is conditioned on the
  // rest filled from the nearest training design. Empty: the whole performance vector.
  std::vector<std::size_t> bounds;
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
  std::array<bool, kMetrics.size()> satisfied{};  // per Metric, the whole specification
  bool feasible = false;  // keeps the project's sizing rules and criteria, as the archive's designs do
};

struct PerformanceSummary {
  BoxStats differences;    // relative (absolute for offset) differences over all samples
  double within5 = 0;      // share of samples within +-5 % (offset: +-5 mV)
  double best_met = 0;     // share of specifications where some sample satisfies this one (headline metric)
  // Ranked candidates: median |difference| of the surrogate's prediction from the simulation.
  std::optional<double> surrogate_error;
};

struct ModelEvaluation {
  std::string arch;  // an architecture (with kAsDrawn: its samples as drawn), or a baseline's name
  std::size_t training_designs = 0;  // the model's training-set size
  double train_seconds = 0;          // 0 for a stored model
  // A stored model's record, as it was trained: id, created, hyperparameters (seed, loss,
  // steps, the chain's blocks, ...); null for a model trained by this evaluation.
  nlohmann::json stored;
  double sample_seconds = 0;         // model time for all test specifications
  std::size_t specifications = 0;
  std::size_t failed = 0;            // samples whose simulation failed
  std::vector<SampleRecord> records;
  std::array<std::optional<PerformanceSummary>, kPerformanceCount> performances;
  MetricShares best_of_n{};  // per Metric: share of specifications some sample satisfies completely
  // The same with a feasible sample (sizing rules kept): what a designer can take as it is.
  MetricShares best_of_n_feasible{};
  double feasible_share = 0;  // share of the simulated samples that are feasible
  // [metric][k-1]: share of specifications that one of the first k samples satisfies, k = 1..N;
  // how many samples (simulations) a share costs.
  std::array<std::vector<double>, kMetrics.size()> best_of_k;
};

struct DeviceSpread {
  std::string device;
  MeanStd w, l;  // metres
};

// Fig. 7 and Table I: many samples for one specification, and the isotropic-noise reference.
struct Exploration {
  std::int64_t design = 0;  // the test design (its performances are the ground truth)
  sizing::Specification spec;
  std::vector<sizing::SampledSizing> model, noise;
  std::vector<DeviceSpread> model_devices, noise_devices;
  double noise_sigma = 0;  // per variable, on the design space's unit (log) scale
  double model_met = 0, noise_met = 0;  // share satisfying the specification (headline metric)
  std::array<std::optional<double>, kPerformanceCount> model_median_abs, noise_median_abs;  // |difference|
};

// Per test specification: simulations NSGA-II ran before its first design satisfying it, and the
// samples the first model needed (first satisfying sample; headline metric); nullopt = not reached.
struct SearchCost {
  std::int64_t design = 0;
  std::optional<std::int64_t> nsga_simulations;
  std::optional<int> samples_needed;
};

struct EvaluationResult {
  std::string project;
  Metric headline = Metric::within;  // headline_metric(slack, sampling.goal)
  dataset::Split split = dataset::Split::Test;  // EvaluationOptions::split
  std::size_t test_designs = 0;  // evaluated (of `split`)
  int samples = 0;
  double slack = 0;  // EvaluationOptions::slack
  std::vector<std::size_t> bounds;  // EvaluationOptions::bounds
  diffusion::SampleOptions sampling;  // EvaluationOptions::sample, for the record
  diffusion::TrainOptions training;   // EvaluationOptions::train (models trained here), for the record
  std::vector<ModelEvaluation> models;
  // "A training design already satisfies it" (what aiming finds), per Metric: the share of the
  // specifications that some training design satisfies. The floor every model must beat.
  MetricShares training_satisfies{};
  std::optional<Exploration> exploration;
  std::vector<SearchCost> search;
  double seconds = 0;
};

// Runs everything; progress through ctx, Cancelled when ctx.cancel is set.
EvaluationResult evaluate(const dataset::Project& p, const EvaluationOptions& opts, const JobContext& ctx);

// The designs evaluated: the archive's designs of `split` in id order, the first `limit`.
std::vector<dataset::Design> test_designs(const dataset::Project& p, std::size_t limit,
                                          dataset::Split split = dataset::Split::Test);

// The baseline without a model: for each test specification, the `n` training designs nearest
// it (the distance of nearest_designs), scored as if they were samples. Their performances are
// the archive's own simulations. It measures how densely the archive covers the specifications;
// a model earns its keep by doing better. arch = kArchiveLookup.
inline constexpr const char* kArchiveLookup = "archive-lookup";
// The lookup at the model's budget (with candidates, refinement or ranking): the
// max(candidates, N) nearest training designs, refined and ranked by the first model's
// surrogate exactly as its samples are, the N kept simulated. Whether the model's samples are
// better starting points than the archive's own designs.
inline constexpr const char* kBudgetLookup = "archive-lookup-at-budget";
// Appended to an architecture: its samples as drawn (no aim, candidates or refinement), beside
// the same model with the run's options.
inline constexpr const char* kAsDrawn = "-as-drawn";
ModelEvaluation archive_lookup(const std::vector<dataset::Design>& training, const std::vector<dataset::Design>& tests,
                               int n, double slack = 0.0, Metric headline = Metric::within,
                               const std::vector<std::size_t>& bounds = {});
// Per Metric, the share of the tests' specifications that some training design satisfies.
MetricShares training_satisfies(const std::vector<dataset::Design>& training, const std::vector<dataset::Design>& tests,
                                double slack, const std::vector<std::size_t>& bounds = {});

// Table I: mean and standard deviation of W and L per transistor over sizings.
std::vector<DeviceSpread> device_spread(const sizing::InverseSizer& sizer, const std::vector<sizing::SampledSizing>& samples);
std::vector<DeviceSpread> device_spread(const sizing::InverseSizer& sizer, const std::vector<const sizing::SampledSizing*>& samples);

// The specification of a design: all its performances, given (with `bounds`, only those). With
// slack s > 0 each one is asked s worse than the design achieved (gain (1 - s) times, power
// (1 + s) times as much: relative to |value|); the offset, a target, stays.
sizing::Specification specification_of(const dataset::Design& d, double slack = 0.0,
                                       const std::vector<std::size_t>& bounds = {});
// The performances named "gain_db,gbw_hz,..." (or given one by one) as bounds: known keys of
// the performance table with a direction (a Target such as the offset has no side). Throws
// std::invalid_argument naming the bad key.
std::vector<std::size_t> parse_bounds(const std::vector<std::string>& keys);
// "gain_db ≥, gbw_hz ≥, power_w ≤": the bounds and their directions, for people.
std::string bounds_text(const std::vector<std::string>& keys);

}  // namespace inversize::evaluation
