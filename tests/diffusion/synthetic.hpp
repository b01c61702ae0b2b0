// A tiny synthetic inverse problem with a known smooth answer: performances (p, q) on a grid,
// sizing x = f(p, q). Variables 0..2 are "W/L/C"-like (positive, log-normalised).
#pragma once

#include <cmath>

#include "diffusion/dataset_view.hpp"

namespace test {

inline std::vector<double> sizing_of(double p, double q) {
  return {1e-6 * (1.0 + p), 2e-6 * (2.0 - q) * (0.5 + 0.1 * p), 1e-12 * std::exp(1.5 * q), 0.5 * p - q};
}

inline inversize::diffusion::TrainingData synthetic(int side = 8) {
  inversize::diffusion::TrainingData d;
  d.variable_names = {"W1", "W2", "C", "k"};
  d.variable_log = {true, true, true, false};
  d.performance_names = {"p", "q"};
  for (int i = 0; i < side; ++i)
    for (int j = 0; j < side; ++j) {
      const double p = 1.0 + 3.0 * i / (side - 1), q = double(j) / (side - 1);
      d.x.push_back(sizing_of(p, q));
      d.y.push_back({p, q});
    }
  return d;
}

inline inversize::diffusion::DesignContext two_blocks() {
  inversize::diffusion::DesignContext ctx;
  ctx.blocks = {{"DP_t", {0, 1}}, {"CM_l", {1, 2, 3}}};  // variable 1 overlaps
  return ctx;
}

}  // namespace test
