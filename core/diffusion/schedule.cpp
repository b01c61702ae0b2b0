#include "diffusion/schedule.hpp"

#include <algorithm>
#include <numbers>
#include <stdexcept>
#include <string>

namespace inversize::diffusion {

std::vector<double> rescale_zero_terminal_snr(const std::vector<double>& betas) {
  std::vector<double> s(betas.size());
  double prod = 1.0;
  for (std::size_t i = 0; i < betas.size(); ++i) {
    prod *= 1.0 - betas[i];
    s[i] = std::sqrt(prod);
  }
  const double first = s.front(), last = s.back();
  std::vector<double> out(betas.size());
  double prev_bar = 1.0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const double r = (s[i] - last) * first / (first - last);  // last -> 0, first unchanged
    const double bar = r * r;
    out[i] = 1.0 - (i == 0 ? bar : bar / prev_bar);
    prev_bar = bar;
  }
  return out;
}

NoiseSchedule NoiseSchedule::cosine(int T, bool zero_terminal_snr) {
  if (T < 2) throw std::invalid_argument("noise schedule needs at least 2 timesteps");
  auto f = [](double s) {
    const double c = std::cos((s + 0.008) / 1.008 * std::numbers::pi / 2.0);
    return c * c;
  };
  NoiseSchedule sch;
  sch.betas_.resize(T);
  for (int i = 0; i < T; ++i)
    sch.betas_[i] = std::min(1.0 - f(double(i + 1) / T) / f(double(i) / T), 0.999);
  if (zero_terminal_snr) sch.betas_ = rescale_zero_terminal_snr(sch.betas_);
  sch.alpha_bar_.resize(T);
  double prod = 1.0;
  for (int i = 0; i < T; ++i) sch.alpha_bar_[i] = prod *= 1.0 - sch.betas_[i];
  if (zero_terminal_snr) sch.alpha_bar_.back() = 0.0;  // exact, not 1e-17 from rounding
  return sch;
}

std::vector<int> NoiseSchedule::trailing_timesteps(int steps) const {
  if (steps < 1 || steps > T())
    throw std::invalid_argument("sampling steps must be in 1.." + std::to_string(T()));
  const double ratio = double(T()) / steps;
  std::vector<int> ts;
  for (int k = 0; k < steps; ++k) ts.push_back(int(std::nearbyint(T() - k * ratio)) - 1);  // half to even, as numpy
  return ts;
}

}  // namespace inversize::diffusion
