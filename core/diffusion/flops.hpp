// What sampling costs in floating-point operations, counted from the layer shapes each backbone
// builds (mlp.cpp, transformer.cpp, embedders.cpp): for rates against the matmul peak
// (tests/benchmarks). A multiply-add counts 2; element-wise work is not counted.
#pragma once

#include "diffusion/diffusion_model.hpp"
#include "diffusion/sizing_model.hpp"

namespace inversize::diffusion {

// One denoiser pass for one row: `variables` sized, `condition_columns` conditioning it
// (performances, and the earlier blocks' sizes of a chained block).
double denoiser_flops(const ModelConfig& c, int variables, int condition_columns);

// network: the network's full pass for every row of every step (the model's cost as a forward
// pass counts it). executed: what sampling computes. The MLP's terms of the condition and of
// the timesteps in its first layer are computed once per sampling call (DenoiserBase::
// condition), so a step costs the noisy sizing's part of the first layer and the hidden layers.
enum class FlopCount { network, executed };

// DiffusionModel::sample(y, n, opts): every row of every step; twice the rows with guidance
// other than 1 (the unconditional half of the batch).
double sampling_flops(const DiffusionModel& m, int n, const SampleOptions& opts, FlopCount count = FlopCount::network);
// SizingModel::sample(spec, n, opts) of a trained model of any architecture: its block models
// summed, one pass over all variables, or one regression (ann, whatever n); 0 before training.
double sampling_flops(const SizingModel& m, int n, const SampleOptions& opts, FlopCount count = FlopCount::network);

}  // namespace inversize::diffusion
