// The drawn die: PDK distributions outside subckts, Pelgrom sigmas by hand, deterministic draws.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "circuit/input.hpp"
#include "netlist/units.hpp"
#include "robustness/variation_draw.hpp"

using namespace inversize;
using namespace inversize::robustness;

namespace {
// Drawn values are written as SPICE numbers ("-123.4m").
double spice(const std::string& text) { return netlist::parse_spice_number(text).value(); }
}  // namespace

TEST(VariationDraw, SameSeedAndRunSameNumbersOtherRunOthers) {
  RunRandom a(7, 3), b(7, 3), c(7, 4), d(8, 3);
  const double x = a.normal();
  EXPECT_EQ(x, b.normal());
  EXPECT_NE(x, c.normal());
  EXPECT_NE(x, d.normal());
}

TEST(VariationDraw, AgaussHasThePdksSigmaAndSubcktsStayPerInstance) {
  const std::string text =
      ".param\n+ mc_a = agauss(0, 1, 3)\n+ mc_b = agauss(2, 0.5, 1) mc_c = gauss(10, 0.1, 2)\n"
      ".subckt dev d g s b\n.param mis=agauss(0,var_k,1) other=agauss(0, 1, 3)\n.ends\n.param x = agauss(0, var, 3)\n";
  int drawn = 0;
  RunRandom r(1, 0);
  const std::string once = draw_statistical(text, r, &drawn);
  EXPECT_EQ(drawn, 3);
  EXPECT_NE(once.find("mis=agauss(0,var_k,1) other=agauss(0, 1, 3)"), std::string::npos) << once;
  EXPECT_NE(once.find("x = agauss(0, var, 3)"), std::string::npos) << once;  // not numeric: ngspice's
  // Over many dies: agauss(0, 1, 3) has sigma 1/3, agauss(2, 0.5, 1) mean 2 sigma 0.5,
  // gauss(10, 0.1, 2) sigma 10 * 0.1 / 2 = 0.5.
  const int n = 4000;
  double s_a = 0, m_b = 0, s_b = 0, s_c = 0;
  const std::regex value(R"(mc_a = (\S+)\n\+ mc_b = (\S+) mc_c = (\S+))");
  for (int i = 0; i < n; ++i) {
    RunRandom ri(5, i);
    const std::string t = draw_statistical(text, ri);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(t, m, value)) << t;
    const double a = spice(m[1]), b = spice(m[2]), c = spice(m[3]);
    s_a += a * a;
    m_b += b;
    s_b += (b - 2) * (b - 2);
    s_c += (c - 10) * (c - 10);
  }
  EXPECT_NEAR(std::sqrt(s_a / n), 1.0 / 3, 0.02);
  EXPECT_NEAR(m_b / n, 2, 0.03);
  EXPECT_NEAR(std::sqrt(s_b / n), 0.5, 0.025);
  EXPECT_NEAR(std::sqrt(s_c / n), 0.5, 0.025);
}

TEST(VariationDraw, PelgromSigmaPerDeviceByHand) {
  circuit::Device d;
  d.kind = circuit::DeviceKind::Nmos;
  d.w = 8e-6;
  d.l = 1e-6;
  // A pair's sigma(dVT) = 5 mV um / sqrt(8 um^2) = 1.768 mV; one device 1/sqrt(2) of it: 1.25 mV.
  auto s = pelgrom_sigma({5.0, 1.0}, d);
  EXPECT_NEAR(s.vt_v, 1.25e-3, 1e-9);
  EXPECT_NEAR(s.beta, 0.0025, 1e-9);
  d.m = 4;  // four times the area: half the sigma
  EXPECT_NEAR(pelgrom_sigma({5.0, 1.0}, d).vt_v, 0.625e-3, 1e-9);
}

TEST(VariationDraw, MismatchWritesDelvtoAndMulu0OnEveryPlainTransistor) {
  const auto tech = technology::load_named("generic180");
  auto opened = circuit::open_circuit("builtin:miller", tech);
  auto c = opened.circuit;
  RunRandom r(1, 0);
  EXPECT_TRUE(apply_mismatch(c, tech.variation.mismatch, r).empty());
  for (const auto* d : c.transistors()) {
    ASSERT_EQ(d->params.size(), 2u) << d->name;
    EXPECT_EQ(d->params[0].first, "delvto");
    EXPECT_EQ(d->params[1].first, "mulu0");
    EXPECT_LT(std::abs(spice(d->params[0].second)), 6 * pelgrom_sigma(*tech.variation.mismatch.nmos, *d).vt_v);
  }
}
