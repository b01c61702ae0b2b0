// Inverse sizing of a project's opamp: a trained model samples sizings for a specification,
// the simulator verifies them, and the best becomes the designer's netlist with new sizes.
// One owner for this flow, used by `inversize-cli sample`, the evaluation and the UI.
#pragma once

#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/job.hpp"
#include "dataset/project.hpp"
#include "diffusion/project_models.hpp"
#include "sizing/specification.hpp"
#include "simulation/worker_pool.hpp"

namespace inversize::sizing {

struct SampledSizing {
  std::vector<double> x;          // the full design (design-space order, SI units, snapped)
  bool verified = false;          // simulated (successfully or not)
  dataset::Design simulation;     // performances, failure reason, sizing rules (when verified)
  bool meets = false;             // every given performance met (when verified)
  double shortfall = 0;           // sizing::shortfall (when verified)
  // Ranked candidates only: the surrogate's predicted performances, and its chance (0..1) that
  // the sizing meets the specification (log_meet_probability).
  std::optional<dataset::PerformanceValues> predicted;
  double predicted_meet = NAN;
  // Started from a training design near the specification (SampleOptions::archive_share), not
  // drawn by the model; refined like a draw, so usually no longer that design.
  bool from_archive = false;
  // A later round's sample (SampleOptions::rounds): samples[*retry_of] of an earlier round
  // missed, and this is it moved by the surrogate corrected with what SPICE measured there.
  std::optional<std::size_t> retry_of;
};

struct DeviceSize {
  std::string name;
  double w = 0, l = 0;
};

// The surrogate's chance that a sizing meets the specification, as a log: each given
// performance's prediction (`predicted`, physical, in the model's `performances` order) taken
// as normal in the model's normalised units with the surrogate's `sigma`, the chances of the
// performances multiplied. A performance the surrogate predicts badly (large sigma) hardly
// ranks, where the worst predicted deficit would be ruled by it. The bounds are those of
// meets (strict, with the specification's tolerance); with RefineGoal::match the chance of
// landing within kProtocolTolerance of every value (match_bounds) instead.
double log_meet_probability(const Specification& spec, const std::vector<std::size_t>& performances,
                            const std::vector<double>& predicted, const std::vector<double>& sigma,
                            const diffusion::Normalizer& normalizer,
                            diffusion::RefineGoal goal = diffusion::RefineGoal::meet);

class InverseSizer {
 public:
  // Loads the newest model of `arch`; throws dataset::ProjectError with a clear reason.
  InverseSizer(const dataset::Project& project, const std::string& arch);
  // A model trained here (evaluation's training-size study) rather than stored.
  InverseSizer(const dataset::Project& project, diffusion::ProjectModel model);

  const dataset::Project& project() const { return project_; }
  const diffusion::ProjectModel& model() const { return model_; }
  const std::vector<dataset::Design>& training_designs() const { return training_; }
  const netlist::Deck& deck() const { return circuit_.deck; }  // the designer's, as parsed

  // The designer's specification with the left-out performances filled from the nearest
  // training design (spec.filled_from says which).
  Specification complete(Specification spec) const;

  // The training design nearest the specification among those that meet it (nullptr: none).
  const dataset::Design* aim(const Specification& spec) const;
  // Whether `opts` condition the draws on a training design that meets the specification:
  // opts.aim, aiming to meet (matching asks for the specified values themselves).
  static bool aiming(const diffusion::SampleOptions& opts) { return opts.aim && opts.goal == diffusion::RefineGoal::meet; }
  // The training design whose performances sample() conditions the draws on under `opts`:
  // aim(spec) when aiming(opts). nullptr: the draws are conditioned on the specification itself
  // (while aiming: no training design meets it, it lies beyond them).
  const dataset::Design* aimed_design(const Specification& spec, const diffusion::SampleOptions& opts) const;

  // n sizings for the specification (values conditioned on where the model knows them; with
  // opts.aim on the performances of aim(spec) where there is one). With
  // opts.candidates > n and a model with a surrogate, that many are drawn and the n most likely
  // to meet the specification by the surrogate are returned, best first.
  // `drawn` (optional) receives the model's own draw at once, before refinement and ranking
  // (the first n drawn, snapped, not ranked): a live view shows it while the surrogate works.
  // Throws Cancelled between steps when a diffusion::CancelScope of this thread is cancelled.
  using DrawnFn = std::function<void(const std::vector<SampledSizing>&)>;
  std::vector<SampledSizing> sample(const Specification& spec, int n, const diffusion::SampleOptions& opts,
                                    const DrawnFn& drawn = {}) const;

  // sample() and verify() together, the n samples simulated in opts.rounds rounds. After each
  // round SPICE corrects the surrogate where the samples are, as a designer reruns a sizing
  // that missed by a hair: the candidates not simulated yet are refined again from where they
  // were drawn with the surrogate's error at the samples simulated so far (SPICE against its
  // prediction, per performance, the median in normalised units, in place of the local bias),
  // and every sample that missed is refined again from where it is with its own error
  // (SampledSizing::retry_of); all of them compete in one ranking for the next round's
  // simulations. Without ranking (candidates <= n, no surrogate) or with one round:
  // sample() then verify(). `samples` receives every sample of the rounds so far (the
  // verified ones first, in their rounds' order); `on_round(shown)` after each round's
  // ranking, before its simulations, with those samples and then the candidates likeliest for
  // the rounds still to come (n in all: what a live view shows; the positions of `samples`
  // stay); `on_verified(i)` as in verify(). Cancelled when ctx.cancel stopped it, with what
  // was finished kept.
  using RoundFn = std::function<void(const std::vector<SampledSizing>&)>;
  JobOutcome sample_verified(std::vector<SampledSizing>& samples, const Specification& spec, int n,
                             const diffusion::SampleOptions& opts, simulation::WorkerPool& pool, const JobContext& ctx,
                             const DrawnFn& drawn = {}, const RoundFn& on_round = {},
                             const std::function<void(std::size_t)>& on_verified = {}) const;
  // The same rounds from given sizings instead of the model's draws (the archive lookup at the
  // model's budget): refined, ranked and corrected as the model's candidates are (with one
  // round: refined, ranked, the n likeliest simulated). Throws std::logic_error for a model
  // without a surrogate.
  JobOutcome verify_in_rounds(std::vector<SampledSizing>& samples, const std::vector<SampledSizing>& candidates,
                              const Specification& spec, int n, const diffusion::SampleOptions& opts,
                              simulation::WorkerPool& pool, const JobContext& ctx, const RoundFn& on_round = {}) const;

  // Moves sizings (full designs) `steps` gradient steps up the surrogate's chance of meeting
  // the specification (SampleOptions::refine); they become unverified. Throws
  // std::logic_error for a model without a surrogate.
  void refine(std::vector<SampledSizing>& sizings, const Specification& spec, int steps, int threads = 2,
              diffusion::RefineGoal goal = diffusion::RefineGoal::meet) const;

  // The surrogate's error near the specification: per model performance, the median of
  // (simulated - predicted) in normalised units over the kBiasDesigns training designs nearest
  // it (0 where none has the performance). A forward model smooths the front, so near its edge
  // it is off in a direction it shares with its neighbours; refinement and ranking add this to
  // every prediction.
  static constexpr std::size_t kBiasDesigns = 20;
  std::vector<double> local_bias(const Specification& spec, int threads = 2) const;
  // The local bias measured by SPICE, what the rounds of sample_verified correct with: per
  // model performance, the median of (simulated - the surrogate's own prediction) in
  // normalised units over the simulated `samples` (`fallback`'s value where none has it).
  std::vector<double> measured_bias(const std::vector<SampledSizing>& samples, const std::vector<double>& fallback,
                                    int threads = 2) const;

  // Simulates every sizing not yet verified; `on_verified(i)` as each finishes, in this thread.
  // Cancelled when ctx.cancel stopped it, with the rest unverified.
  JobOutcome verify(std::vector<SampledSizing>& sizings, const Specification& spec, simulation::WorkerPool& pool,
              const JobContext& ctx, const std::function<void(std::size_t)>& on_verified = {}) const;

  // The best sizing: verified and meeting the specification before the rest, then keeping the
  // sizing rules (feasible), then smallest shortfall; the first one when none is verified.
  // Throws std::invalid_argument when empty.
  static std::size_t best(const std::vector<SampledSizing>& sizings);

  // The circuit with a design's sizes (for the schematic, or checks).
  circuit::Circuit sized(const std::vector<double>& x) const;
  // A full design's model variables (model().free order), as the model and its surrogate take it.
  std::vector<double> model_row(const std::vector<double>& x) const;
  // W and L of every transistor for a design.
  std::vector<DeviceSize> devices(const std::vector<double>& x) const;
  // The designer's main netlist file with the design's sizes written in (only the sized value
  // texts change) and one `* inversize:` line: the designer's ones merged where the first was,
  // with the design's bias current when that is a variable (appended when there was none).
  std::string sized_netlist(const std::vector<double>& x) const;

 private:
  // The candidates of sample(): the model's draws, then the nearest training designs
  // (archive_share), as model rows; `draws` of them drawn.
  struct Candidates {
    diffusion::SizingModel::Matrix rows;
    int draws = 0;
  };
  Candidates candidates(const Specification& spec, int n, const diffusion::SampleOptions& opts) const;
  // Candidate rows as full, snapped designs.
  std::vector<SampledSizing> sizings_of(const Candidates& c) const;
  // The model's draw shown at once (DrawnFn): the first n candidates, snapped, not ranked.
  void show_drawn(const Candidates& c, int n, const DrawnFn& drawn) const;
  JobOutcome rounds(std::vector<SampledSizing>& samples, const Candidates& c, const Specification& spec, int n,
                    const diffusion::SampleOptions& opts, simulation::WorkerPool& pool, const JobContext& ctx,
                    const RoundFn& on_round, const std::function<void(std::size_t)>& on_verified) const;
  // The positions in `out` of the n the surrogate finds likeliest, best first, with their
  // predictions set (ranked()); `log_chance` (optional) receives each one's log chance.
  std::vector<std::size_t> rank_order(std::vector<SampledSizing>& out, const Specification& spec, std::size_t n,
                                      diffusion::RefineGoal goal, int threads, const std::vector<double>& bias,
                                      std::vector<double>* log_chance = nullptr) const;
  std::vector<SampledSizing> ranked(std::vector<SampledSizing> sizings, const Specification& spec, int n,
                                    diffusion::RefineGoal goal, int threads, const std::vector<double>& bias) const;
  diffusion::SizingModel::Matrix refine_rows(const diffusion::SizingModel::Matrix& rows, const Specification& spec,
                                             int steps, int threads, diffusion::RefineGoal goal,
                                             const std::vector<double>& bias) const;

  const dataset::Project& project_;
  diffusion::ProjectModel model_;
  circuit::OpenedCircuit circuit_;
  std::vector<dataset::Design> training_;
};

}  // namespace inversize::sizing
