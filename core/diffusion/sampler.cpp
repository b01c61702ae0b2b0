#include <cmath>

#include "diffusion/cancel_scope.hpp"
#include "diffusion/row_blocks_impl.hpp"
#include "diffusion/sampler_impl.hpp"
#include "diffusion/torch_util_impl.hpp"

namespace inversize::diffusion::detail {

namespace {
// Epsilon-prediction cannot recover x0 where alpha_bar ~ 0: clip it (diffusers' clip_sample)
// to a range generous for standardised data.
constexpr double kClipX0 = 6.0;
}  // namespace

torch::Tensor sample_denoiser(DenoiserBase& net, const ModelConfig& cfg, const NoiseSchedule& schedule, int n_chained,
                              const torch::Tensor& y, int n, int n_variables, const SampleOptions& opts) {
  if (n < 1) throw std::invalid_argument("number of samples must be positive");
  c10::InferenceMode inference;
  net.eval();
  auto gen = make_generator(opts.seed);
  auto rows = y.dim() == 1 ? y.reshape({1, -1}) : y;
  if (rows.dim() != 2 || (rows.size(0) != 1 && rows.size(0) != n))
    throw std::invalid_argument("sample: one condition, or one condition per sample, expected");
  auto [yv, ym] = values_and_mask(rows.to(torch::kFloat32).expand({n, rows.size(1)}));
  const double w = opts.guidance;
  const bool guided = w != 1.0;  // w = 1 is the plain conditional model: one pass suffices
  const long B = guided ? 2 * n : n;
  auto Y = guided ? torch::cat({yv, yv}, 0) : yv;
  auto drop = torch::zeros({B}, torch::kBool);
  if (guided) drop.slice(0, n).fill_(true);  // second half: the performances dropped
  auto [M, U] = drop_performances(guided ? torch::cat({ym, ym}, 0) : ym, drop, n_chained);

  auto x = torch::randn({n, n_variables}, gen, torch::kFloat32) * opts.temperature;
  const auto ts = schedule.trailing_timesteps(opts.steps);
  for (std::size_t i = 0; i < ts.size(); ++i) {
    const int t = ts[i], prev = i + 1 < ts.size() ? ts[i + 1] : -1;
    const double a = schedule.alpha_bar(t), ap = schedule.alpha_bar(prev);
    CancelScope::throw_if_cancelled();
    const auto in = guided ? torch::cat({x, x}, 0) : x;
    const auto tt = torch::full({B}, t, torch::kLong);
    // The rows are independent: blocks of them on both cores (row_blocks_impl.hpp).
    auto out = in_row_blocks(B, opts.threads, [&](long b, long e) {
      return net.forward(in.slice(0, b, e), tt.slice(0, b, e), Y.slice(0, b, e), M.slice(0, b, e), U.slice(0, b, e));
    });
    torch::Tensor pred = out;
    if (guided) {
      auto c = out.slice(0, 0, n), u = out.slice(0, n);
      pred = u + w * (c - u);  // classifier-free guidance (Ho & Salimans)
    }
    torch::Tensor x0, eps;
    if (cfg.prediction == Prediction::v) {
      x0 = x0_from_v(x, pred, a);
      eps = eps_from_v(x, pred, a);
    } else {
      x0 = x0_from_eps(x, pred, std::max(a, 1e-12)).clamp(-kClipX0, kClipX0);
      eps = (x - std::sqrt(a) * x0) / std::sqrt(1.0 - a);  // consistent with the clipped x0
    }
    if (opts.sampler == SamplerKind::ddim) {
      x = std::sqrt(ap) * x0 + std::sqrt(1.0 - ap) * eps;
    } else {
      // Ancestral step from the posterior q(x_prev | x_t, x0) over the strided steps.
      const double alpha = a / ap, beta = 1.0 - alpha;
      auto mean = (std::sqrt(ap) * beta / (1.0 - a)) * x0 + (std::sqrt(alpha) * (1.0 - ap) / (1.0 - a)) * x;
      const double var = (1.0 - ap) / (1.0 - a) * beta;
      x = prev < 0 ? mean : mean + std::sqrt(var) * torch::randn({n, n_variables}, gen, torch::kFloat32);
    }
  }
  return x;
}

}  // namespace inversize::diffusion::detail
