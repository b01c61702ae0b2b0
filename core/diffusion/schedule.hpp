// The noise schedule of the forward process and the parametrisation conversions.
// Torch-free: the conversions are templates that work on doubles and on tensors alike.
#pragma once

#include <cmath>
#include <vector>

namespace inversize::diffusion {

// alpha_bar_t for t = 0 .. T-1 (t = 0 is the least noisy step), as in diffusers'
// "squaredcos_cap_v2" betas, optionally rescaled to zero terminal SNR.
class NoiseSchedule {
 public:
  // Cosine schedule (Nichol & Dhariwal): beta_t = min(1 - f((t+1)/T) / f(t/T), 0.999),
  // f(s) = cos((s + 0.008) / 1.008 * pi / 2)^2. With zero_terminal_snr, Lin et al. 2023
  // Algorithm 1 shifts and scales sqrt(alpha_bar) so the last is exactly 0 and the first
  // unchanged.
  static NoiseSchedule cosine(int T, bool zero_terminal_snr);

  int T() const { return static_cast<int>(alpha_bar_.size()); }
  const std::vector<double>& betas() const { return betas_; }
  const std::vector<double>& alpha_bar() const { return alpha_bar_; }
  double alpha_bar(int t) const { return t < 0 ? 1.0 : alpha_bar_[t]; }  // t = -1: clean data

  // Sampling timesteps with "trailing" spacing (diffusers' timestep_spacing="trailing"):
  // round(arange(T, 0, -T/steps)) - 1, so the first step is always T-1 (pure noise).
  std::vector<int> trailing_timesteps(int steps) const;

 private:
  std::vector<double> betas_;
  std::vector<double> alpha_bar_;
};

// Lin et al. Algorithm 1 on a vector of betas (exposed for tests).
std::vector<double> rescale_zero_terminal_snr(const std::vector<double>& betas);

// x_t = sqrt(a) x0 + sqrt(1-a) eps;  v = sqrt(a) eps - sqrt(1-a) x0   (a = alpha_bar_t)
template <class T>
T v_from_x0_eps(const T& x0, const T& eps, double a) {
  return std::sqrt(a) * eps - std::sqrt(1.0 - a) * x0;
}
template <class T>
T x0_from_v(const T& xt, const T& v, double a) {
  return std::sqrt(a) * xt - std::sqrt(1.0 - a) * v;
}
template <class T>
T eps_from_v(const T& xt, const T& v, double a) {
  return std::sqrt(1.0 - a) * xt + std::sqrt(a) * v;
}
// Undefined at a = 0 (zero terminal SNR): callers with epsilon-prediction keep a > 0.
template <class T>
T x0_from_eps(const T& xt, const T& eps, double a) {
  return (xt - std::sqrt(1.0 - a) * eps) / std::sqrt(a);
}

}  // namespace inversize::diffusion
