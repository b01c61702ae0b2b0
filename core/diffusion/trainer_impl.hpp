// PRIVATE (torch): the training loop shared by every model of the engine (AdamW, warm-up and
// cosine decay, validation-based early stopping, progress, cancellation) and the denoising
// objective of the diffusion models.
#pragma once

#include <torch/torch.h>

#include <functional>
#include <limits>
#include <string>

#include "common/job.hpp"
#include "diffusion/denoiser_impl.hpp"
#include "diffusion/options.hpp"
#include "diffusion/schedule.hpp"

namespace inversize::diffusion::detail {

// (step, total, loss, val_loss, eta_s)
using StepReport = std::function<void(long long, long long, double, double, double)>;

struct OptimiseResult {
  long long steps = 0;
  double best_val_loss = std::numeric_limits<double>::quiet_NaN();
  bool stopped_early = false;
};

// batch_loss(rows) -> scalar loss on those training rows; val_loss() -> validation loss, or
// empty when there is no validation split (then the last parameters are kept, no early stop).
// Restores the parameters of the best validation loss. Throws Cancelled.
OptimiseResult optimise(torch::nn::Module& net, long n_train, const std::function<torch::Tensor(const torch::Tensor&)>& batch_loss,
                        const std::function<double()>& val_loss, const TrainOptions& opts, at::Generator& gen,
                        const JobContext& job, const StepReport& report);

// `progress`, and the job's progress line ("<block> step s/n loss l val v").
TrainProgressFn job_progress(const JobContext& job, const TrainProgressFn& progress);

// Normalised designs of one split: x [N, V], y [N, P] (missing -> 0), mask [N, P].
struct DesignSet {
  torch::Tensor x, y, mask;
  long size() const { return x.defined() ? x.size(0) : 0; }
  DesignSet rows(const torch::Tensor& idx) const { return {x.index_select(0, idx), y.index_select(0, idx), mask.index_select(0, idx)}; }
};
// The designs at `rows` of x [N, V] and y [N, P] (NaN = missing); empty rows, an empty set.
DesignSet design_rows(const torch::Tensor& x, const torch::Tensor& y, const std::vector<int>& rows);

// A supervised network (the ann baseline, the surrogate) trained by optimise():
// loss(set, training) is the loss on a training batch (training = true) or on the whole
// validation split (no early stop without one); progress is reported under `name`.
OptimiseResult optimise_supervised(torch::nn::Module& net, const std::string& name, const DesignSet& train,
                                   const DesignSet& val, const std::function<torch::Tensor(const DesignSet&, bool)>& loss,
                                   const TrainOptions& opts, at::Generator& gen, const JobContext& job,
                                   const TrainProgressFn& progress);

// The denoising loss of a batch: pred and target [B, V], alpha_bar [B, 1] of each row's step.
// With v-prediction and opts.epsilon_weighting it is the error in epsilon space,
// |eps_hat - eps|^2 = alpha_bar |v_hat - v|^2: the plain v-MSE weighs every noise level alike,
// while the sizing's precision is set at the low-noise steps, which this weighs most. The weight
// is floored at kMinLossWeight, so the zero-SNR terminal step (alpha_bar = 0) still learns.
// Otherwise: the plain MSE.
inline constexpr double kMinLossWeight = 0.02;
torch::Tensor denoising_loss(const ModelConfig& cfg, const TrainOptions& opts, const torch::Tensor& pred,
                             const torch::Tensor& target, const torch::Tensor& alpha_bar);

// Noise at random steps, predict v (or epsilon), mean squared error; the performances dropped
// for classifier-free guidance with probability cfg.cond_dropout, single performances with
// cfg.perf_dropout; the last n_chained condition columns (earlier blocks' sizes) never.
OptimiseResult train_denoiser(DenoiserBase& net, const ModelConfig& cfg, const NoiseSchedule& schedule, int n_chained,
                              const DesignSet& train, const DesignSet& val, const TrainOptions& opts,
                              at::Generator& gen, const JobContext& job, const StepReport& report);

}  // namespace inversize::diffusion::detail
