#include "simulation/measurement.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace inversize::simulation {

namespace {
constexpr double kRadToDeg = 180.0 / std::numbers::pi;
bool finite(double v) { return std::isfinite(v); }
}  // namespace

Measured low_frequency_gain_db(const std::vector<std::complex<double>>& h) {
  if (h.empty()) return Measured::fail("no AC data");
  double mag = std::abs(h.front());
  if (!(mag > 0) || !finite(mag)) return Measured::fail("output has no AC signal");
  return Measured::of(20 * std::log10(mag));
}

std::string swapped_inputs_reason(const std::vector<std::complex<double>>& h) {
  if (h.empty() || !(std::abs(h.front()) > 0) || std::abs(std::arg(h.front())) <= std::numbers::pi / 2) return "";
  return std::string(kSwappedInputs) + ": the output falls as inp rises (open-loop phase " +
         std::to_string(static_cast<int>(std::lround(std::arg(h.front()) * kRadToDeg))) +
         " deg at low frequency); name the non-inverting input with --port inp=NET and the inverting one with --port inn=NET";
}

Crossing unity_gain_crossing(const std::vector<double>& freq, const std::vector<std::complex<double>>& h) {
  Crossing c;
  if (h.size() < 2 || freq.size() != h.size()) {
    c.frequency_hz = c.phase_margin_deg = Measured::fail("no AC data");
    return c;
  }
  if (std::abs(h.front()) <= 1.0) {
    c.frequency_hz = c.phase_margin_deg = Measured::fail("gain is below 0 dB already at the lowest frequency");
    return c;
  }
  // Unwrap the phase from the low-frequency end so that it is continuous.
  std::vector<double> phase(h.size());
  phase[0] = std::arg(h[0]);
  for (std::size_t i = 1; i < h.size(); ++i) {
    double p = std::arg(h[i]);
    double d = p - std::arg(h[i - 1]);
    while (d > std::numbers::pi) d -= 2 * std::numbers::pi;
    while (d < -std::numbers::pi) d += 2 * std::numbers::pi;
    phase[i] = phase[i - 1] + d;
  }
  for (std::size_t i = 1; i < h.size(); ++i) {
    double m0 = std::abs(h[i - 1]), m1 = std::abs(h[i]);
    if (m0 > 1.0 && m1 <= 1.0) {
      // Interpolate in log-log for the frequency, linearly in log f for the phase.
      double l0 = std::log10(m0), l1 = std::log10(m1);
      double t = (l1 == l0) ? 0 : l0 / (l0 - l1);
      double lf = std::log10(freq[i - 1]) + t * (std::log10(freq[i]) - std::log10(freq[i - 1]));
      double ph = phase[i - 1] + t * (phase[i] - phase[i - 1]);
      // Phase relative to the low-frequency sign (0 or 180 deg), not to the phase at the lowest
      // frequency itself, which already carries a little of the first pole.
      double sign_phase = std::round(phase[0] / std::numbers::pi) * std::numbers::pi;
      double rel = (ph - sign_phase) * kRadToDeg;
      c.frequency_hz = Measured::of(std::pow(10.0, lf));
      c.phase_margin_deg = Measured::of(180.0 + rel);
      return c;
    }
  }
  c.frequency_hz = c.phase_margin_deg = Measured::fail("gain stays above 0 dB up to the highest simulated frequency");
  return c;
}

Measured rejection_db(const std::vector<std::complex<double>>& wanted, const std::vector<std::complex<double>>& unwanted,
                      const std::string& what) {
  if (wanted.empty() || unwanted.empty()) return Measured::fail("no AC data for " + what);
  double a = std::abs(wanted.front()), b = std::abs(unwanted.front());
  if (!(a > 0)) return Measured::fail("no differential gain");
  if (!(b > 0) || !finite(b)) return Measured::fail(what + " gain is zero: rejection is unbounded");
  return Measured::of(20 * std::log10(a / b));
}

namespace {
// First time in [t_from, t_to) where `out` crosses `level` in the given direction, interpolated.
std::optional<double> crossing_time(const std::vector<double>& t, const std::vector<double>& y, double level, bool rising,
                                    double t_from, double t_to) {
  for (std::size_t i = 1; i < t.size(); ++i) {
    if (t[i] < t_from || t[i - 1] >= t_to) continue;
    bool cross = rising ? (y[i - 1] < level && y[i] >= level) : (y[i - 1] > level && y[i] <= level);
    if (cross) {
      double f = (level - y[i - 1]) / (y[i] - y[i - 1]);
      return t[i - 1] + f * (t[i] - t[i - 1]);
    }
  }
  return std::nullopt;
}
}  // namespace

Measured slew_rate_v_per_us(const std::vector<double>& time, const std::vector<double>& out, double lo, double hi,
                            double t_fall) {
  if (time.size() < 3 || time.size() != out.size()) return Measured::fail("no transient data");
  const double span = hi - lo;
  const double l20 = lo + 0.2 * span, l80 = lo + 0.8 * span;
  auto r20 = crossing_time(time, out, l20, true, 0, t_fall);
  auto r80 = crossing_time(time, out, l80, true, 0, t_fall);
  auto f80 = crossing_time(time, out, l80, false, t_fall, time.back() + 1);
  auto f20 = crossing_time(time, out, l20, false, t_fall, time.back() + 1);
  if (!r20 || !r80 || *r80 <= *r20) return Measured::fail("the follower output does not complete the rising step");
  if (!f80 || !f20 || *f20 <= *f80) return Measured::fail("the follower output does not complete the falling step");
  double rise = 0.6 * span / (*r80 - *r20);
  double fall = 0.6 * span / (*f20 - *f80);
  return Measured::of(std::min(rise, fall) * 1e-6);
}

Range passing_interval(const std::vector<double>& x, const std::vector<bool>& ok, double x_nominal,
                       const std::string& what) {
  Range r;
  if (x.empty() || ok.size() != x.size()) {
    r.lo = r.hi = Measured::fail("no sweep data for " + what);
    return r;
  }
  std::size_t k = 0;
  for (std::size_t i = 1; i < x.size(); ++i)
    if (std::abs(x[i] - x_nominal) < std::abs(x[k] - x_nominal)) k = i;
  if (!ok[k]) {
    r.lo = r.hi = Measured::fail(what + " fails already at the nominal point");
    return r;
  }
  std::size_t a = k, b = k;
  while (a > 0 && ok[a - 1]) --a;
  while (b + 1 < x.size() && ok[b + 1]) ++b;
  r.lo = Measured::of(x[a]);
  r.hi = Measured::of(x[b]);
  return r;
}

}  // namespace inversize::simulation
