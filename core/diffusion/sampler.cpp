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

namespace {
// The samples [b, e) of a batch: their rows, and with guidance their unconditional twins n rows on.
torch::Tensor sample_rows(const torch::Tensor& t, long b, long e, long n, bool guided) {
  return guided ? torch::cat({t.slice(0, b, e), t.slice(0, n + b, n + e)}, 0) : t.slice(0, b, e);
}
Conditioned sample_rows(const Conditioned& c, long b, long e, long n, bool guided) {
  if (!guided) return c.rows(b, e);
  Conditioned r{sample_rows(c.y, b, e, n, true), sample_rows(c.mask, b, e, n, true), sample_rows(c.uncond, b, e, n, true),
                c.timesteps, {}, c.per_step};
  if (c.per_row.defined()) r.per_row = sample_rows(c.per_row, b, e, n, true);
  return r;
}
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
  auto Y = guided ? torch::cat({yv, yv}, 0) : yv;
  auto drop = torch::zeros({guided ? 2 * n : n}, torch::kBool);
  if (guided) drop.slice(0, n).fill_(true);  // second half: the performances dropped
  auto [M, U] = drop_performances(guided ? torch::cat({ym, ym}, 0) : ym, drop, n_chained);

  auto x_T = torch::randn({n, n_variables}, gen, torch::kFloat32) * opts.temperature;
  const auto ts = schedule.trailing_timesteps(opts.steps);
  // DDPM's noise of every step, drawn here in the order the steps take it (the generator's
  // sequence, so the samples, do not depend on how the samples are split below).
  std::vector<torch::Tensor> noise;
  if (opts.sampler == SamplerKind::ddpm)
    for (std::size_t i = 0; i + 1 < ts.size(); ++i) noise.push_back(torch::randn({n, n_variables}, gen, torch::kFloat32));
  // What depends on the condition and the timesteps only, once for all steps.
  const Conditioned C = net.condition(Y, M, U, {ts.begin(), ts.end()});
  const CancelToken* cancel = CancelScope::current();  // taken along to the helper thread

  // The samples are independent (a sample's unconditional pass is its own): each block of them
  // runs every step on its core (row_blocks_impl.hpp), meeting the other only at the end.
  return in_row_blocks(n, opts.threads, [&](long b, long e) {
    const long m = e - b;
    const Conditioned c = sample_rows(C, b, e, n, guided);
    auto x = x_T.slice(0, b, e);
    torch::Tensor x0_last;  // DPM-Solver++(2M): the previous step's x0 and log-SNR step h
    double h_last = 0;
    for (std::size_t i = 0; i < ts.size(); ++i) {
      const int t = ts[i], prev = i + 1 < ts.size() ? ts[i + 1] : -1;
      const double a = schedule.alpha_bar(t), ap = schedule.alpha_bar(prev);
      if (cancel && cancel->cancelled()) throw Cancelled();
      auto out = net.denoise(guided ? torch::cat({x, x}, 0) : x, i, c);
      torch::Tensor pred = out;
      if (guided) {
        auto cond = out.slice(0, 0, m), uncond = out.slice(0, m);
        pred = uncond + w * (cond - uncond);  // classifier-free guidance (Ho & Salimans)
      }
      torch::Tensor x0, eps;
      if (cfg.prediction == Prediction::v) {
        x0 = x0_from_v(x, pred, a);
        eps = eps_from_v(x, pred, a);
      } else {
        x0 = x0_from_eps(x, pred, std::max(a, 1e-12)).clamp(-kClipX0, kClipX0);
        eps = (x - std::sqrt(a) * x0) / std::sqrt(1.0 - a);  // consistent with the clipped x0
      }
      if (opts.sampler == SamplerKind::dpmpp_2m) {
        // In half-log-SNR lambda = log(alpha / sigma), DDIM's step is
        // x' = (sigma'/sigma) x - alpha' (e^-h - 1) x0 with h = lambda' - lambda; 2M replaces x0 by
        // (1 + 1/2r) x0 - (1/2r) x0_last, r = h_last / h. The step from pure noise (lambda = -inf)
        // and the one after it, and the last step to clean data (h = inf), stay first order.
        const double h = prev < 0 || a <= 0 ? 0.0 : 0.5 * (std::log(ap / (1.0 - ap)) - std::log(a / (1.0 - a)));
        auto d = x0;
        if (x0_last.defined() && h > 0 && h_last > 0) {
          const double k = 0.5 * h / h_last;  // 1 / 2r
          d = (1.0 + k) * x0 - k * x0_last;
        }
        x = prev < 0 ? d : std::sqrt(ap) * d + std::sqrt(1.0 - ap) * (x - std::sqrt(a) * d) / std::sqrt(1.0 - a);
        x0_last = x0;
        h_last = h;
      } else if (opts.sampler == SamplerKind::ddim) {
        x = std::sqrt(ap) * x0 + std::sqrt(1.0 - ap) * eps;
      } else {
        // Ancestral step from the posterior q(x_prev | x_t, x0) over the strided steps.
        const double alpha = a / ap, beta = 1.0 - alpha;
        auto mean = (std::sqrt(ap) * beta / (1.0 - a)) * x0 + (std::sqrt(alpha) * (1.0 - ap) / (1.0 - a)) * x;
        const double var = (1.0 - ap) / (1.0 - a) * beta;
        x = prev < 0 ? mean : mean + std::sqrt(var) * noise[i].slice(0, b, e);
      }
    }
    return x;
  });
}

}  // namespace inversize::diffusion::detail
