// PRIVATE (torch): reverse process with classifier-free guidance. The conditional and the
// unconditional pass of a block of samples go through the denoiser as one batch; the blocks run
// on both cores, each through all its steps (row_blocks_impl.hpp).
#pragma once

#include <torch/torch.h>

#include "diffusion/denoiser_impl.hpp"
#include "diffusion/options.hpp"
#include "diffusion/schedule.hpp"

namespace inversize::diffusion::detail {

// y: [P] normalised condition for all samples, or [n, P] one per sample (NaN = left out). Returns x0: [n, n_variables], normalised.
// DDIM (eta = 0) or ancestral DDPM over the trailing timesteps; the step after timesteps[i]
// is timesteps[i+1] (then -1, clean data).
// The unconditional pass drops the performances only; the last n_chained columns of y (earlier
// blocks' sizes) stay (drop_performances).
torch::Tensor sample_denoiser(DenoiserBase& net, const ModelConfig& cfg, const NoiseSchedule& schedule, int n_chained,
                              const torch::Tensor& y, int n, int n_variables, const SampleOptions& opts);

// h = silu(h + row_terms + bias) in place over a contiguous [rows, W] buffer, in one pass
// (row_terms: [rows, W] or undefined; bias: [W]): each MLP layer's bias and activation during
// sampling (AVX2 where the CPU has it, torch's silu otherwise).
void bias_silu(torch::Tensor& h, const torch::Tensor& row_terms, const torch::Tensor& bias);

}  // namespace inversize::diffusion::detail
