// Recombination of per-block samples into full sizings (paper, Section III): a variable
// sized by several blocks takes the average of their values, symmetric variables are set
// equal, and every value is snapped to the technology's grid and limits.
#pragma once

#include <vector>

#include "diffusion/dataset_view.hpp"

namespace inversize::diffusion {

using Matrix = std::vector<std::vector<double>>;  // rows x columns

// block_samples[b] is samples x ctx.blocks[b].variables.size(), physical units. Averages in
// linear units, then finish_sizing() on every row. A variable no block covers is an error.
Matrix recombine(const DesignContext& ctx, std::size_t n_variables, const std::vector<Matrix>& block_samples);

// Symmetric pairs (transitively grouped) take their mean; then snap() per variable.
void finish_sizing(const DesignContext& ctx, std::vector<double>& row);

// Clamp to [lo, hi], then round to the nearest grid multiple inside the limits (linear units,
// also for log-normalised variables). No limits (lo >= hi) and grid 0 leave the value as is.
double snap(double value, const VariableLimits& limits);

}  // namespace inversize::diffusion
