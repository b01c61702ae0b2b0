#if defined(__x86_64__) || defined(__i386__)
#define INVERSIZE_X86 1
#include <immintrin.h>
#endif

#include <algorithm>
#include <cmath>

#include "diffusion/cancel_scope.hpp"
#include "diffusion/mlp_impl.hpp"
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

#ifdef INVERSIZE_X86  // the AVX2 pass; elsewhere torch's silu (bias_silu)
namespace {
// h = silu(h + row_terms + bias) over a [rows, W] buffer in one pass (row_terms: [rows, W] or
// null; bias: [W]). torch's silu divides after Sleef's exp and needs the bias added by a pass of
// its own; this is a fifth of sampling's CPU. With AVX2: exp by Cody-Waite reduction and Cephes'
// polynomial (2 ulp), the division by a reciprocal and a Newton step: within 1e-6 relative of
// torch's silu.
__attribute__((target("avx2,fma"))) void bias_silu_avx2(float* h, const float* row_terms, const float* bias, long rows,
                                                        long W) {
  const __m256 one = _mm256_set1_ps(1.0f), two = _mm256_set1_ps(2.0f), hi = _mm256_set1_ps(88.0f),
               lo = _mm256_set1_ps(-87.0f), log2e = _mm256_set1_ps(1.44269504088896341f),
               c1 = _mm256_set1_ps(0.693359375f), c2 = _mm256_set1_ps(-2.12194440e-4f);
  const __m256 p0 = _mm256_set1_ps(1.9875691500e-4f), p1 = _mm256_set1_ps(1.3981999507e-3f),
               p2 = _mm256_set1_ps(8.3334519073e-3f), p3 = _mm256_set1_ps(4.1665795894e-2f),
               p4 = _mm256_set1_ps(1.6666665459e-1f), p5 = _mm256_set1_ps(5.0000001201e-1f);
  for (long r = 0; r < rows; ++r) {
    float* hr = h + r * W;
    const float* tr = row_terms ? row_terms + r * W : nullptr;
    long j = 0;
    for (; j + 8 <= W; j += 8) {
      __m256 x = _mm256_add_ps(_mm256_loadu_ps(hr + j), _mm256_loadu_ps(bias + j));
      if (tr) x = _mm256_add_ps(x, _mm256_loadu_ps(tr + j));
      // e = exp(-x), the argument clamped where e would leave the normal floats (silu is x or 0 there).
      const __m256 t = _mm256_min_ps(_mm256_max_ps(_mm256_sub_ps(_mm256_setzero_ps(), x), lo), hi);
      const __m256 k = _mm256_round_ps(_mm256_mul_ps(t, log2e), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
      const __m256 f = _mm256_fnmadd_ps(k, c2, _mm256_fnmadd_ps(k, c1, t));
      __m256 p = _mm256_fmadd_ps(p0, f, p1);
      p = _mm256_fmadd_ps(p, f, p2);
      p = _mm256_fmadd_ps(p, f, p3);
      p = _mm256_fmadd_ps(p, f, p4);
      p = _mm256_fmadd_ps(p, f, p5);
      p = _mm256_fmadd_ps(_mm256_mul_ps(p, f), f, _mm256_add_ps(f, one));
      const __m256i scale = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(k), _mm256_set1_epi32(127)), 23);
      const __m256 d = _mm256_add_ps(one, _mm256_mul_ps(p, _mm256_castsi256_ps(scale)));
      __m256 rcp = _mm256_rcp_ps(d);
      rcp = _mm256_mul_ps(rcp, _mm256_fnmadd_ps(d, rcp, two));
      _mm256_storeu_ps(hr + j, _mm256_mul_ps(x, rcp));
    }
    for (; j < W; ++j) {
      const float x = hr[j] + bias[j] + (tr ? tr[j] : 0.0f);
      hr[j] = x / (1.0f + std::exp(-x));
    }
  }
}
}  // namespace

#endif

void bias_silu(torch::Tensor& h, const torch::Tensor& row_terms, const torch::Tensor& bias) {
#ifdef INVERSIZE_X86
  static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
  constexpr bool avx2 = false;
#endif
  if (!avx2) {
    h.add_(bias);
    if (row_terms.defined()) h.add_(row_terms);
    torch::silu_(h);
    return;
  }
#ifdef INVERSIZE_X86
  bias_silu_avx2(h.data_ptr<float>(), row_terms.defined() ? row_terms.data_ptr<float>() : nullptr, bias.data_ptr<float>(),
                 h.size(0), h.size(1));
#endif
}

namespace {
// The network's pass of a step into buffers kept for the call (`scratch`, empty at the first
// step): for the MLP, MlpDenoiser::denoise with each layer's product written into its buffer
// (mm_out) and its bias and SiLU in one pass (bias_silu), no tensor allocated per step; any
// other denoiser as it comes. The result lives in `scratch` until the next step.
torch::Tensor denoise_reusing(DenoiserBase& net, const torch::Tensor& x_t, std::size_t k, const Conditioned& c,
                              std::vector<torch::Tensor>& scratch) {
  auto* mlp = dynamic_cast<MlpDenoiser*>(&net);
  if (!mlp || !c.per_row.defined()) return net.denoise(x_t, k, c).contiguous();
  auto& layers = mlp->layers;
  const std::size_t L = layers->size();
  auto layer = [&](std::size_t i) { return layers[i]->as<torch::nn::LinearImpl>(); };
  if (scratch.size() != L) {
    scratch.clear();
    for (std::size_t i = 0; i < L; ++i) scratch.push_back(torch::empty({x_t.size(0), layer(i)->weight.size(0)}));
  }
  // The first layer: the noisy sizing's product, then the condition's (per row, bias included)
  // and the timestep's terms (MlpDenoiser::condition).
  torch::mm_out(scratch[0], x_t, layer(0)->weight.slice(1, 0, mlp->n_variables).t());
  if (L == 1) return scratch[0].add_(c.per_row).add_(c.per_step[static_cast<long>(k)]);
  bias_silu(scratch[0], c.per_row.contiguous(), c.per_step[static_cast<long>(k)].contiguous());
  for (std::size_t i = 1; i + 1 < L; ++i) {
    torch::mm_out(scratch[i], scratch[i - 1], layer(i)->weight.t());
    bias_silu(scratch[i], {}, layer(i)->bias);
  }
  torch::addmm_out(scratch[L - 1], layer(L - 1)->bias, scratch[L - 2], layer(L - 1)->weight.t());
  return scratch.back();
}

// One step's constants. a, ap: alpha_bar at the step and at the next (ap = 1: clean data).
struct Step {
  double a = 0, ap = 1, guidance = 1, k = -1;  // k: DPM-Solver++(2M)'s 1 / 2r, < 0 first order
  bool last = false, guided = false, v = true;
  SamplerKind sampler = SamplerKind::ddim;
};

// A step's update after the network's pass `out` (the m samples' rows, then with guidance their
// unconditional twins), element by element in one pass over floats: guidance, the clean-data
// prediction, the sampler's step, written into both halves of the network's input X. The
// tensor formulation of the same took a dozen ops per step, each allocating its result.
void sampler_step(const Step& s, const torch::Tensor& out, torch::Tensor& X, long m, torch::Tensor& x0_last,
                  const torch::Tensor& noise) {
  const long V = X.size(1);
  const float* o = out.data_ptr<float>();
  float* x = X.data_ptr<float>();
  float* xl = x0_last.data_ptr<float>();
  const float* z = noise.defined() ? noise.data_ptr<float>() : nullptr;
  const float w = float(s.guidance), sa = float(std::sqrt(s.a)), s1a = float(std::sqrt(1.0 - s.a));
  const float sap = float(std::sqrt(s.ap)), s1ap = float(std::sqrt(1.0 - s.ap));
  const float inv_sa_eps = float(1.0 / std::sqrt(std::max(s.a, 1e-12))), clip = float(kClipX0);
  // DDPM: the posterior's mean coefficients and its standard deviation over the strided steps.
  const double alpha = s.a / s.ap, beta = 1.0 - alpha;
  const float mx0 = float(std::sqrt(s.ap) * beta / (1.0 - s.a)), mx = float(std::sqrt(alpha) * (1.0 - s.ap) / (1.0 - s.a));
  const float sd = float(std::sqrt((1.0 - s.ap) / (1.0 - s.a) * beta)), kk = float(s.k);
  for (long r = 0; r < m; ++r) {
    for (long j = 0; j < V; ++j) {
      const long i = r * V + j;
      const float xt = x[i];
      float p = o[i];
      if (s.guided) {
        const float u = o[m * V + i];
        p = u + w * (p - u);  // classifier-free guidance (Ho & Salimans)
      }
      float x0, eps;
      if (s.v) {
        x0 = sa * xt - s1a * p;  // x0_from_v, eps_from_v (schedule.hpp)
        eps = s1a * xt + sa * p;
      } else {
        x0 = std::clamp((xt - s1a * p) * inv_sa_eps, -clip, clip);
        eps = (xt - sa * x0) / s1a;  // consistent with the clipped x0
      }
      float next;
      if (s.sampler == SamplerKind::dpmpp_2m) {
        const float d = kk >= 0 ? (1.0f + kk) * x0 - kk * xl[i] : x0;
        next = s.last ? d : sap * d + s1ap * (xt - sa * d) / s1a;
        xl[i] = x0;
      } else if (s.sampler == SamplerKind::ddim) {
        next = sap * x0 + s1ap * eps;
      } else {
        // Ancestral step from the posterior q(x_prev | x_t, x0).
        const float mean = mx0 * x0 + mx * xt;
        next = s.last ? mean : mean + sd * z[i];
      }
      x[i] = next;
      if (s.guided) x[m * V + i] = next;
    }
  }
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
  // What depends on the condition and the timesteps only, once for all steps. On one BLAS
  // thread already: a product on two wakes OpenBLAS's second thread, which then spins in
  // sched_yield until its timeout, beside the two row blocks below, on one of their two cores
  // (perf, 256 guided candidates: a quarter of the CPU). in_row_blocks sets the threads back.
  if (opts.threads > 1) use_threads(1);
  const Conditioned C = net.condition(Y, M, U, {ts.begin(), ts.end()});
  const CancelToken* cancel = CancelScope::current();  // taken along to the helper thread

  // The samples are independent (a sample's unconditional pass is its own): each block of them
  // runs every step on its core (row_blocks_impl.hpp), meeting the other only at the end.
  auto out = in_row_blocks(n, opts.threads, [&](long b, long e) {
    const long m = e - b;
    const Conditioned c = sample_rows(C, b, e, n, guided);
    // The network's input, kept for all steps: the samples, and with guidance their twins for
    // the unconditional pass; the step writes both. The network's buffers are kept too.
    auto X = torch::empty({guided ? 2 * m : m, n_variables});
    X.slice(0, 0, m).copy_(x_T.slice(0, b, e));
    if (guided) X.slice(0, m).copy_(x_T.slice(0, b, e));
    auto x0_last = torch::empty({m, n_variables});  // DPM-Solver++(2M): the previous step's x0 ...
    double h_last = 0;                               // ... and its log-SNR step h (0: none yet)
    std::vector<torch::Tensor> scratch;
    for (std::size_t i = 0; i < ts.size(); ++i) {
      const int t = ts[i], prev = i + 1 < ts.size() ? ts[i + 1] : -1;
      if (cancel && cancel->cancelled()) throw Cancelled();
      const auto out = denoise_reusing(net, X, i, c, scratch);
      Step s{};
      s.a = schedule.alpha_bar(t);
      s.ap = schedule.alpha_bar(prev);
      s.last = prev < 0;
      s.guidance = w;
      s.guided = guided;
      s.v = cfg.prediction == Prediction::v;
      s.sampler = opts.sampler;
      if (opts.sampler == SamplerKind::dpmpp_2m) {
        // In half-log-SNR lambda = log(alpha / sigma), DDIM's step is
        // x' = (sigma'/sigma) x - alpha' (e^-h - 1) x0 with h = lambda' - lambda; 2M replaces x0 by
        // (1 + 1/2r) x0 - (1/2r) x0_last, r = h_last / h. The step from pure noise (lambda = -inf)
        // and the one after it, and the last step to clean data (h = inf), stay first order.
        const double h = prev < 0 || s.a <= 0 ? 0.0 : 0.5 * (std::log(s.ap / (1.0 - s.ap)) - std::log(s.a / (1.0 - s.a)));
        s.k = i > 0 && h > 0 && h_last > 0 ? 0.5 * h / h_last : -1.0;  // 1 / 2r
        h_last = h;
      }
      sampler_step(s, out, X, m, x0_last, opts.sampler == SamplerKind::ddpm && !s.last ? noise[i].slice(0, b, e) : torch::Tensor());
    }
    return X.slice(0, 0, m);
  });
  if (opts.threads > 1) use_threads(opts.threads);  // also where the rows ran as one block
  return out;
}

}  // namespace inversize::diffusion::detail
