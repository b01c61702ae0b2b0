// The torch-free data contract between the diffusion engine and its callers: plain matrices
// of designs, the block decomposition, symmetry and the technology's limits and grid.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace inversize::diffusion {

// Designs as rows. x: designs x variables (physical units); y: designs x performances,
// NaN marks a missing performance (e.g. not measured for that design).
struct TrainingData {
  std::vector<std::string> variable_names;
  std::vector<bool> variable_log;  // log-normalise (W, L, C, I): strictly positive values
  std::vector<std::string> performance_names;
  std::vector<std::vector<double>> x;
  std::vector<std::vector<double>> y;
  // Designs only the performance surrogate learns from (same columns): simulated designs off
  // the archive, dominated or breaking a sizing rule. A forward model learns from any
  // simulated sizing, and the inverse model's samples land off the front too.
  std::vector<std::vector<double>> forward_x;
  std::vector<std::vector<double>> forward_y;

  std::size_t designs() const { return x.size(); }
  // Throws std::invalid_argument with a readable reason on ragged or inconsistent input.
  void validate() const;
};

// A building block of the decomposition (e.g. "DP_t"): the design variables it sizes.
struct BlockSpec {
  std::string id;
  std::vector<int> variables;  // indices into TrainingData::variable_names
};

// Per variable: limits, manufacturing grid (0 = none) and whether it is log-normalised.
struct VariableLimits {
  double lo = 0.0;
  double hi = 0.0;
  double grid = 0.0;
  bool log = false;
};

// What recombination needs besides the samples: blocks, symmetric pairs of variables outside
// the blocks (set equal), and limits/grid (empty = no snapping).
struct DesignContext {
  std::vector<BlockSpec> blocks;
  std::vector<std::pair<int, int>> symmetric;
  std::vector<VariableLimits> limits;
};

}  // namespace inversize::diffusion
