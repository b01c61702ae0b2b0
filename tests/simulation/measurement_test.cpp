// Measurement definitions on synthetic responses whose answers are known in closed form.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "simulation/measurement.hpp"

using namespace inversize::simulation;
using cd = std::complex<double>;

namespace {
// A(f) = A0 / ((1 + j f/p1)(1 + j f/p2)) on a log grid, 20 points per decade.
void two_pole(double a0, double p1, double p2, std::vector<double>& f, std::vector<cd>& h) {
  for (double lf = 0; lf <= 10.0001; lf += 0.05) {
    double x = std::pow(10.0, lf);
    f.push_back(x);
    h.push_back(a0 / ((1.0 + cd(0, x / p1)) * (1.0 + cd(0, x / p2))));
  }
}
}  // namespace

TEST(Measurement, SinglePoleGainBandwidthAndPhaseMargin) {
  std::vector<double> f;
  std::vector<cd> h;
  two_pole(1000, 1e3, 1e15, f, h);  // second pole far away: a single-pole amplifier
  EXPECT_NEAR(*low_frequency_gain_db(h).value, 60.0, 1e-3);
  auto x = unity_gain_crossing(f, h);
  // |A| = 1 at f = p1 * sqrt(A0^2 - 1); phase margin 180 - atan(f/p1).
  double fu = 1e3 * std::sqrt(1000.0 * 1000.0 - 1);
  EXPECT_NEAR(*x.frequency_hz.value / fu, 1.0, 1e-3);
  EXPECT_NEAR(*x.phase_margin_deg.value, 180.0 - std::atan(fu / 1e3) * 180 / std::numbers::pi, 0.05);
}

TEST(Measurement, TwoPolePhaseMarginMatchesClosedForm) {
  std::vector<double> f;
  std::vector<cd> h;
  two_pole(1e4, 1e3, 1e7, f, h);
  auto x = unity_gain_crossing(f, h);
  // Closed form: solve |A(fu)| = 1 by bisection on the exact expression.
  double lo = 1e5, hi = 1e9;
  for (int i = 0; i < 200; ++i) {
    double m = std::sqrt(lo * hi);
    double mag = 1e4 / (std::hypot(1, m / 1e3) * std::hypot(1, m / 1e7));
    (mag > 1 ? lo : hi) = m;
  }
  double pm = 180 - (std::atan(lo / 1e3) + std::atan(lo / 1e7)) * 180 / std::numbers::pi;
  EXPECT_NEAR(*x.frequency_hz.value / lo, 1.0, 5e-3);
  EXPECT_NEAR(*x.phase_margin_deg.value, pm, 0.3);
}

TEST(Measurement, PhaseIsUnwrappedPastMinus180) {
  // Three coincident poles: phase passes -180 before |A| = 1, the margin is negative.
  std::vector<double> f;
  std::vector<cd> h;
  for (double lf = 0; lf <= 10; lf += 0.05) {
    double x = std::pow(10.0, lf);
    f.push_back(x);
    cd p = 1.0 + cd(0, x / 1e4);
    h.push_back(1e5 / (p * p * p));
  }
  auto x = unity_gain_crossing(f, h);
  ASSERT_TRUE(x.phase_margin_deg.value);
  double fu = 1e4 * std::sqrt(std::pow(1e5, 2.0 / 3) - 1);
  EXPECT_NEAR(*x.phase_margin_deg.value, 180 - 3 * std::atan(fu / 1e4) * 180 / std::numbers::pi, 0.5);
  EXPECT_LT(*x.phase_margin_deg.value, 0);
}

TEST(Measurement, NoCrossingGivesReasonsNotNumbers) {
  std::vector<double> f{1, 10, 100};
  std::vector<cd> low{0.5, 0.4, 0.3}, high{1e3, 1e3, 1e3};
  auto a = unity_gain_crossing(f, low);
  EXPECT_FALSE(a.frequency_hz.value);
  EXPECT_NE(a.frequency_hz.reason.find("below 0 dB"), std::string::npos);
  auto b = unity_gain_crossing(f, high);
  EXPECT_FALSE(b.phase_margin_deg.value);
  EXPECT_NE(b.phase_margin_deg.reason.find("stays above"), std::string::npos);
}

TEST(Measurement, RejectionRatio) {
  std::vector<cd> dm{cd(1000, 0)}, cm{cd(0, 0.01)}, zero{cd(0, 0)};
  EXPECT_NEAR(*rejection_db(dm, cm, "common-mode").value, 100.0, 1e-9);
  EXPECT_FALSE(rejection_db(dm, zero, "supply").value);
}

TEST(Measurement, SlewRateOfLinearRamps) {
  // Rises at 10 V/us from 0.7 to 1.1 V, falls at 5 V/us.
  std::vector<double> t, y;
  for (int i = 0; i <= 6000; ++i) {
    double s = i * 1e-9;
    t.push_back(s);
    double v = 0.7;
    if (s >= 0.2e-6) v = std::min(1.1, 0.7 + (s - 0.2e-6) * 10e6);
    if (s >= 2.7e-6) v = std::max(0.7, 1.1 - (s - 2.7e-6) * 5e6);
    y.push_back(v);
  }
  auto sr = slew_rate_v_per_us(t, y, 0.7, 1.1, 2.7e-6);
  ASSERT_TRUE(sr.value);
  EXPECT_NEAR(*sr.value, 5.0, 0.01);
}

TEST(Measurement, SlewRateNeedsACompleteStep) {
  std::vector<double> t{0, 1e-6, 2e-6, 3e-6, 4e-6, 5e-6}, y{0.7, 0.72, 0.74, 0.75, 0.75, 0.75};
  auto sr = slew_rate_v_per_us(t, y, 0.7, 1.1, 2.7e-6);
  EXPECT_FALSE(sr.value);
  EXPECT_NE(sr.reason.find("rising"), std::string::npos);
}

TEST(Measurement, PassingIntervalAroundTheNominalPoint) {
  std::vector<double> x;
  for (int i = 0; i <= 180; ++i) x.push_back(i * 0.01);
  // Holds between 0.3 and 1.5 V, and again (disconnected) above 1.7 V: only the run holding
  // the nominal point counts.
  std::vector<bool> ok;
  for (double v : x) ok.push_back((v > 0.295 && v < 1.505) || v > 1.695);
  auto r = passing_interval(x, ok, 0.9, "sweep");
  EXPECT_NEAR(*r.lo.value, 0.3, 1e-9);
  EXPECT_NEAR(*r.hi.value, 1.5, 1e-9);
  // Everything holds: the sweep's ends.
  auto all = passing_interval(x, std::vector<bool>(x.size(), true), 0.9, "sweep");
  EXPECT_NEAR(*all.lo.value, 0.0, 1e-12);
  EXPECT_NEAR(*all.hi.value, 1.8, 1e-12);
  // Failing at the nominal point: a reason, no number.
  std::vector<bool> bad = ok;
  bad[90] = false;
  auto f = passing_interval(x, bad, 0.9, "the output sweep");
  EXPECT_FALSE(f.lo.value);
  EXPECT_NE(f.lo.reason.find("nominal"), std::string::npos);
}

// The sign of the open-loop gain tells the inputs apart: an amplifier whose output falls as inp
// rises starts at 180 deg, one with the right inputs at 0 deg (minus a little of its first pole).
TEST(Measurement, SwappedInputsAreToldByTheLowFrequencyPhase) {
  std::vector<double> f;
  std::vector<cd> h;
  two_pole(1000.0, 1e3, 1e7, f, h);
  EXPECT_EQ(swapped_inputs_reason(h), "");
  for (auto& v : h) v = -v;
  const auto why = swapped_inputs_reason(h);
  EXPECT_NE(why.find("inputs look swapped"), std::string::npos) << why;
  EXPECT_NE(why.find("180 deg"), std::string::npos) << why;  // arg(-1000 / (1 + j 1e-3)) = 179.94 deg
}
