// Hyperparameters of the engine's models and the options of training and sampling.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace inversize::diffusion {

enum class Backbone : int { transformer = 0, mlp = 1 };
inline const char* backbone_name(Backbone b) { return b == Backbone::mlp ? "mlp" : "transformer"; }
// "mlp" or "transformer" (the command line's --backbone; checked there).
inline Backbone backbone_from_name(std::string_view name) { return name == "mlp" ? Backbone::mlp : Backbone::transformer; }
// Hidden width of the MLP denoisers (mlp-ddpm, and --backbone mlp).
inline constexpr int kMlpWidth = 128;
enum class Prediction : int { v = 0, epsilon = 1 };
// DDIM (eta = 0), ancestral DDPM, or DPM-Solver++(2M) (Lu et al. 2022): DDIM's step with the
// clean-data prediction extrapolated from the last two steps, second order in the step size.
enum class SamplerKind : int { ddim = 0, ddpm = 1, dpmpp_2m = 2 };
inline const char* sampler_name(SamplerKind k) {
  return k == SamplerKind::ddpm ? "ddpm" : k == SamplerKind::dpmpp_2m ? "dpm++2m" : "ddim";
}
// "ddim", "ddpm" or "dpm++2m" (the command line's --sampler; checked there).
inline SamplerKind sampler_from_name(std::string_view name) {
  return name == "ddpm" ? SamplerKind::ddpm : name == "dpm++2m" ? SamplerKind::dpmpp_2m : SamplerKind::ddim;
}
// What the surrogate's ranking and refinement aim at. meet: every performance better than, or
// within 2 % of, its specified value (the designer's bounds). match: within 2 % of it on both
// sides (the paper's protocol, where a specification is a performance vector to reproduce).
enum class RefineGoal : int { meet = 0, match = 1 };
inline const char* refine_goal_name(RefineGoal g) { return g == RefineGoal::match ? "match" : "meet"; }
// "meet" or "match" (the command line's --refine-goal; checked there).
inline RefineGoal refine_goal_from_name(std::string_view name) {
  return name == "match" ? RefineGoal::match : RefineGoal::meet;
}
// The fit under ModelConfig's residual parametrisation. linear: on every condition column.
// quadratic: also on the products of the performances (not of the chained sizes, which would
// add hundreds of terms to a late block of the chain and over-fit it).
enum class MeanFit : int { none = 0, linear = 1, quadratic = 2 };
inline const char* mean_fit_name(MeanFit f) {
  return f == MeanFit::quadratic ? "quadratic" : f == MeanFit::linear ? "linear" : "none";
}
// "none", "linear" or "quadratic" (the command line's --mean-fit; checked there).
inline MeanFit mean_fit_from_name(std::string_view name) {
  return name == "quadratic" ? MeanFit::quadratic : name == "linear" ? MeanFit::linear : MeanFit::none;
}

// Hyperparameters, stored in every model blob; {} is the paper's transformer (architectures.cpp sets each row's).
struct ModelConfig {
  Backbone backbone = Backbone::transformer;
  Prediction prediction = Prediction::v;
  bool zero_terminal_snr = true;  // Lin et al. 2023: rescale so the last step is pure noise
  int train_steps_T = 1000;       // diffusion timesteps of the forward process
  int width = 64;                 // token width (transformer) or hidden width (MLP)
  int depth = 3;                  // transformer blocks or MLP hidden layers
  int heads = 4;
  int mlp_ratio = 2;              // transformer feed-forward expansion (2: training cost, 2 cores)
  int frequency_dim = 64;         // sinusoidal timestep embedding size
  double cond_dropout = 0.1;      // share of examples trained with the null condition (CFG)
  double perf_dropout = 0.05;     // share of single performances masked out, so left-out
                                  // performances at sampling time are not out of distribution
  double log_decades = 20.0;      // performance log-normalised when max/min >= this
  // Conditioning encoding: besides its normalised value, each condition column enters the
  // condition embedder as sin and cos of 2^k pi y, k < cond_frequencies (Fourier features), so a
  // small network resolves differences of a few per cent. 0: the value alone.
  int cond_frequencies = 0;
  // Residual parametrisation: the network draws each variable's deviation from a least-squares
  // fit of the variables on the condition (the performances and the chained sizes,
  // normalised; fitted on the training rows), in units of the fit's residual spread, and
  // sampling adds the fit back. The linear part of a block's relation to the specification
  // (log gm = log gbw + log Cc, log I = log SR + log Cc) is then exact, and the network's error
  // counts at the scale of what the fit leaves. none: the normalised variables themselves.
  MeanFit mean_fit = MeanFit::none;
};

struct TrainProgress {
  std::string block;  // block id, "monolithic", ...
  long long step = 0;
  long long total = 0;
  double loss = 0.0;      // running training loss
  double val_loss = 0.0;  // latest validation loss (NaN before the first evaluation)
  double eta_s = 0.0;     // estimated seconds left for this block
};
using TrainProgressFn = std::function<void(const TrainProgress&)>;

struct TrainOptions {
  std::uint64_t seed = 0;
  int threads = 2;                  // torch::set_num_threads
  int max_steps = 6000;             // optimiser steps per model (patience 100: all of them)
  int batch_size = 64;
  double learning_rate = 2e-3;      // AdamW, linear warm-up then cosine decay
  double weight_decay = 1e-4;
  int warmup_steps = 100;
  double validation_fraction = 0.15;
  int eval_every = 100;             // steps between validation losses (and progress reports)
  // Evaluations without improvement before early stopping; the best parameters are kept either
  // way. 100 (past the step limit): the cosine schedule runs to its end (docs/diffusion.md: on
  // the Miller's validation designs 52 % against 48 % with 8).
  int patience = 100;
  int validation_repeats = 4;       // noise draws per validation design
  // v-prediction only: weight each step's squared error by alpha_bar(t) (floored, see
  // denoising_loss). It took an MLP denoiser's best-of-10 on the FCOA from 50 % to 88 %, but
  // the transformers did better with the plain v-MSE (78 % against 55 %; docs/results/README.md),
  // and min-SNR (below, the default) did better still on the MLP blocks: off by default.
  bool epsilon_weighting = false;
  // v-prediction only, > 0: min-SNR-gamma weighting (Hang et al. 2023), the x0 error weighted by
  // min(SNR, gamma), i.e. |v_hat - v|^2 by min(SNR, gamma) / (SNR + 1) (floored as above). It
  // took the Miller's model alone from 28 % to 48 % (validation, best of 10 within 2 %) with every
  // median within 1 % (docs/diffusion.md); it takes precedence over epsilon_weighting.
  double min_snr_gamma = 5.0;
  // Exponential moving average of the weights (Polyak averaging); validation, early stopping
  // and the saved model use the averaged weights. 0 = off.
  double ema_decay = 0.0;
  // The denoiser of the structural and monolithic diffusion models; empty = the architecture's
  // default, a kMlpWidth-wide MLP (architectures.cpp: on the built-ins' validation designs it
  // landed closer than the transformer and trains in a fifth of the time). Backbone::transformer
  // gives the paper's DiT, with the same v-prediction, zero-terminal-SNR schedule and guidance.
  std::optional<Backbone> backbone;
  // ModelConfig::cond_frequencies of the structural and monolithic models; empty = the
  // architecture's default.
  std::optional<int> cond_frequencies;
  // ModelConfig::mean_fit of the structural and monolithic models; empty = the architecture's
  // default.
  std::optional<MeanFit> mean_fit;
  // ModelConfig::width and ::depth of the structural and monolithic denoisers; empty = the
  // backbone's default (the capacity study in docs/diffusion.md).
  std::optional<int> width;
  std::optional<int> depth;
  // Train the forward model (PerformanceSurrogate) with the sizing model, so that sampling can
  // draw more candidates than it simulates (SampleOptions::candidates).
  bool surrogate = true;
  // The inverse models learn from every feasible design of the training split, not only from
  // its Pareto archive (the lookups and the aim keep the archive).
  bool feasible_designs = false;
  // With a limit on the training designs (train --limit, evaluate --sizes): a random subset of
  // them seeded by `seed` instead of the first ones (training_designs()).
  bool random_subset = false;
};

// The seed of the training subset `opts` ask for (none: the first designs).
inline std::optional<std::uint64_t> training_subset_seed(const TrainOptions& opts) {
  return opts.random_subset ? std::optional(opts.seed) : std::nullopt;
}

// Candidates drawn per sizing asked for by `sample`, unless --candidates says (docs/results:
// "Ranking by the surrogate"); the window draws fewer, for its latency.
inline constexpr int kCandidatesPerSample = 10;
// Refinement steps of the GUI and `sample` (docs/results: 50 and 100 met as often on the Miller
// with the proximity of PerformanceSurrogate, 100 landing closer to the specification).
inline constexpr int kRefineSteps = 100;
// Share of the candidates that the designer's tools take from the archive (SampleOptions::
// archive_share): on the Miller's validation designs, as bounds on gain, gbw, phase margin and
// power, the defaults of `sample` met 89 % with every candidate drawn and 100 % with a quarter
// (or a half) of them the nearest training designs (docs/diffusion.md).
inline constexpr double kArchiveShare = 0.25;
// Rounds of simulation of the designer's tools (SampleOptions::rounds): on validation, two met
// the whole performance vector strictly for 69 / 100 / 79 % of the Miller's, FCOA's and gf180mcu
// Miller's designs against 63 / 94 / 59 % in one, and three no more than two
// (docs/diffusion.md, "SPICE between the rounds").
inline constexpr int kRounds = 2;

struct SampleOptions {
  std::uint64_t seed = 0;
  int threads = 2;
  SamplerKind sampler = SamplerKind::ddim;
  int steps = 25;         // sampling steps, trailing spacing over T
  // 0: the n samples drawn are the answer. m > n: draw m, and answer with the n that the
  // model's surrogate finds likeliest to meet the specification (InverseSizer).
  int candidates = 0;
  // With candidates > n: this share of the candidates are the training designs nearest the
  // specification instead of the model's draws, refined and ranked alike (the model's draws and
  // the archive's designs compete for the n simulations). 0: every candidate drawn.
  double archive_share = 0.0;
  // Condition on the performances of the nearest training design that meets the
  // specification, where one does (InverseSizer): a point of the Pareto front the models know,
  // rather than a relaxed specification off it. Samples are still judged by the specification.
  // Not with RefineGoal::match.
  bool aim = false;
  // > 0: every drawn sizing first takes this many gradient steps up the surrogate's chance of
  // meeting the specification, held near where it was drawn (InverseSizer). The designer's
  // tools use kRefineSteps; the evaluation keeps the paper's protocol (0) unless asked.
  int refine = 0;
  RefineGoal goal = RefineGoal::meet;  // of the refinement and the ranking
  // Scale of the starting noise x_T (1: the model's distribution; < 1 draws closer to its mode,
  // 0: one deterministic DDIM sample per condition). 0.5 narrowed the Miller's quartiles of the
  // model alone by a fifth, but the defaults of `sample` (aim, candidates, refinement) need the
  // spread: on validation they met 92.5 % within 2 % at 0.5 and 100 % at 1 (docs/diffusion.md).
  double temperature = 1.0;
  // With candidates > n, the n samples are simulated in this many rounds when sampled and
  // verified together (InverseSizer::sample_verified): after each round, the surrogate's error
  // that SPICE measured corrects the refinement and ranking of the candidates left, and the
  // samples that missed are refined again from where they are. 1: rank once, simulate all n.
  int rounds = 1;
  double guidance = 1.0;  // CFG weight w: eps = eps_u + w (eps_c - eps_u); 0 = unconditional, 1 =
                          // conditional only (one pass; the most accurate on the built-ins, docs/results)
};

// What the designer's tools do by default for n sizings (`sample`, the demo, `evaluate
// --as-sample`): aim, kCandidatesPerSample n candidates with kArchiveShare of them from the
// archive, kRefineSteps of refinement, kRounds rounds of simulation; the rest of `o` kept.
inline SampleOptions designer_defaults(SampleOptions o, int n) {
  o.aim = true;
  o.candidates = kCandidatesPerSample * n;
  o.archive_share = kArchiveShare;
  o.refine = kRefineSteps;
  o.rounds = kRounds;
  return o;
}

}  // namespace inversize::diffusion
