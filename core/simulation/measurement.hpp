// Performance measurements on simulated vectors. Pure functions: each returns a value or the
// reason it cannot be measured — never a made-up number. Definitions: docs/measurements.md.
#pragma once

#include <complex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inversize::simulation {

struct Measured {
  std::optional<double> value;
  std::string reason;  // why value is empty
  static Measured of(double v) { return Measured{v, {}}; }
  static Measured fail(std::string why) { return Measured{std::nullopt, std::move(why)}; }
};

// |H| in dB at the first frequency point.
Measured low_frequency_gain_db(const std::vector<std::complex<double>>& h);
// Non-empty when the open-loop response from inp starts near 180 deg: the output falls as inp
// rises, so inp is the inverting input (ports swapped) and any feedback around it latches.
std::string swapped_inputs_reason(const std::vector<std::complex<double>>& h);
inline constexpr std::string_view kSwappedInputs = "the inputs look swapped";  // how that reason starts

struct Crossing {
  Measured frequency_hz;    // where |H| falls through 1 (0 dB), log-interpolated
  Measured phase_margin_deg;  // 180 + unwrapped phase at that frequency
};
Crossing unity_gain_crossing(const std::vector<double>& freq, const std::vector<std::complex<double>>& h);

// 20 log10(|a| / |b|) at the first frequency point.
Measured rejection_db(const std::vector<std::complex<double>>& wanted, const std::vector<std::complex<double>>& unwanted,
                      const std::string& what);

// Slew rate in V/us of a step response: the 20 %..80 % slope of the rising and the falling
// edge of `out`, the smaller of both. `lo`/`hi` are the input levels of the step.
Measured slew_rate_v_per_us(const std::vector<double>& time, const std::vector<double>& out, double lo, double hi,
                            double t_fall);

// The interval of a sweep around `x_nominal` on which `ok` holds at every point: its first and
// last x. Fails with a reason when `ok` is false at the point nearest to the nominal.
struct Range {
  Measured lo, hi;
};
Range passing_interval(const std::vector<double>& x, const std::vector<bool>& ok, double x_nominal,
                       const std::string& what);

}  // namespace inversize::simulation
