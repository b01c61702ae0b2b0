#include "diffusion/flops.hpp"

#include "diffusion/structural_model.hpp"

namespace inversize::diffusion {

namespace {
// Multiply-adds of Linear(in, out) stacks as mlp.cpp builds them: in -> width, depth - 1 times
// width -> width, width -> out.
double stack_macs(double in, double width, int depth, double out) {
  if (depth == 0) return in * out;
  return in * width + (depth - 1) * width * width + width * out;
}
// Rows through the denoiser over all steps, as sample_denoiser batches them: guidance other
// than 1 adds the unconditional rows.
double passes(int n, const SampleOptions& opts) { return (opts.guidance != 1.0 ? 2.0 * n : n) * opts.steps; }
}  // namespace

double denoiser_flops(const ModelConfig& c, int variables, int condition_columns) {
  const double W = c.width, V = variables, F = c.frequency_dim;
  // TimestepEmbedder: F -> W -> W; ConditionEmbedder: (2 + 2K) P -> W -> W.
  const double embedders = F * W + W * W + (2.0 + 2.0 * c.cond_frequencies) * condition_columns * W + W * W;
  double macs = embedders;
  if (c.backbone == Backbone::mlp) {
    macs += stack_macs(V + 2 * W, W, c.depth, V);  // [x_t, t, y] -> v
  } else {
    // A token per variable: value embedding 1 -> W; per DiT block the modulation W -> 6W once
    // per row, per token qkv W -> 3W, projection W -> W and the feed-forward W -> RW -> W, and
    // q k^T and att v (V^2 W each); the final layer's modulation W -> 2W and projection W -> 1.
    const double R = c.mlp_ratio;
    const double block = 6 * W * W + V * (3 * W * W + W * W + 2 * R * W * W) + 2 * V * V * W;
    macs += V * W + c.depth * block + 2 * W * W + V * W;
  }
  return 2.0 * macs;
}

namespace {
double denoiser_sampling_flops(const ModelConfig& c, int variables, int condition_columns, int n,
                               const SampleOptions& opts, FlopCount count) {
  if (count == FlopCount::network || c.backbone != Backbone::mlp)
    return denoiser_flops(c, variables, condition_columns) * passes(n, opts);
  const double W = c.width, V = variables, F = c.frequency_dim;
  const double rows = opts.guidance != 1.0 ? 2.0 * n : n;
  // Once per call: each row's condition embedding and its first-layer term; each timestep's
  // embedding and its first-layer term.
  const double condition = rows * ((2.0 + 2.0 * c.cond_frequencies) * condition_columns * W + W * W + W * W);
  const double timesteps = opts.steps * (F * W + W * W + W * W);
  // Each step: the noisy sizing's part of the first layer, the rest of the stack.
  const double step = stack_macs(V, W, c.depth, V);
  return 2.0 * (condition + timesteps + step * passes(n, opts));
}
}  // namespace

double sampling_flops(const DiffusionModel& m, int n, const SampleOptions& opts, FlopCount count) {
  return denoiser_sampling_flops(m.config(), m.variables(), m.performances(), n, opts, count);
}

double sampling_flops(const SizingModel& m, int n, const SampleOptions& opts, FlopCount count) {
  if (!m.trained()) return 0.0;
  if (const auto* s = dynamic_cast<const StructuralModel*>(&m)) {
    double f = 0;
    for (const auto& b : s->block_models()) f += sampling_flops(b, n, opts, count);
    return f;
  }
  const int V = int(m.variable_names().size()), P = int(m.performance_names().size());
  const auto& c = m.config();
  if (m.architecture() == kAnn) return 2.0 * stack_macs(2.0 * P, c.width, c.depth, V);  // MlpRegressor: [y, mask]
  return denoiser_sampling_flops(c, V, P, n, opts, count);
}

}  // namespace inversize::diffusion
