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

// A PDK device instanced as X: its wrapper ignores delvto/mulu0 given on the X line, so the
// device points at a copy of the wrapper whose MOSFET adds the drawn values to its own.
TEST(VariationDraw, WrappedDevicesGetMismatchThroughACopyOfTheirWrapper) {
  const std::string models =
      ".param sw_stat_mismatch=0\n"
      ".subckt nfet d g s b w=1e-5 l=2.8e-7\n+ nf=1 m=1\n"
      ".param mis_vth=agauss(0,1m,1)\n"
      "m0 d g s b nfet_model w=w l=l\n+delvto='mis_vth*sw_stat_mismatch' nf=nf\n"
      ".ends nfet\n"
      ".subckt pfet d g s b w=1e-5 l=2.8e-7\nxinner d g s b pinner w=w l=l\n.ends pfet\n";
  circuit::Circuit c;
  circuit::Device n;
  n.name = "XM1";
  n.kind = circuit::DeviceKind::Nmos;
  n.model = "nfet";
  n.wrapped = true;
  n.inner_path = "m0";
  n.w = 4e-6;
  n.l = 1e-6;
  circuit::Device p = n;
  p.name = "XM2";
  p.kind = circuit::DeviceKind::Pmos;
  p.model = "pfet";
  p.inner_path = "xinner.m0";  // nested: out of reach
  c.devices = {n, p};
  const auto ready = mismatch_ready_wrappers(models, c);
  EXPECT_EQ(ready, (std::set<std::string>{"nfet"}));

  technology::Mismatch mismatch;
  mismatch.nmos = technology::Pelgrom{8.0, 1.0};
  mismatch.pmos = technology::Pelgrom{8.0, 1.0};
  RunRandom r(1, 0), same(1, 0);
  const auto untouched = apply_mismatch(c, mismatch, r, ready);
  EXPECT_EQ(untouched, std::vector<std::string>{"XM2"});
  const auto& d = c.devices[0];
  EXPECT_EQ(d.model, std::string("nfet") + kMismatchWrapperSuffix);
  ASSERT_EQ(d.params.size(), 2u);
  // sigma by hand: 8 mV um / sqrt(2 * 4 um^2) = 2.83 mV; 1 % um / sqrt(8 um^2) = 0.354 %
  EXPECT_NEAR(spice(d.params[0].second), 8e-3 / std::sqrt(8.0) * same.normal(), 1e-6);
  EXPECT_NEAR(spice(d.params[1].second), 1 + 1e-2 / std::sqrt(8.0) * same.normal(), 1e-6);

  const std::string copies = mismatch_wrapper_copies(models, c, ready);
  EXPECT_NE(copies.find(".subckt nfet__inversize_mm d g s b w=1e-5 l=2.8e-7  nf=1 m=1 inversize_delvto=0 inversize_mulu0=1\n"),
            std::string::npos) << copies;
  EXPECT_NE(copies.find("m0 d g s b nfet_model w=w l=l delvto='(mis_vth*sw_stat_mismatch)+inversize_delvto' nf=nf "
                        "mulu0=inversize_mulu0\n"),
            std::string::npos) << copies;
  EXPECT_NE(copies.find(".param mis_vth=agauss(0,1m,1)\n"), std::string::npos) << copies;
  EXPECT_NE(copies.find(".ends nfet__inversize_mm\n"), std::string::npos) << copies;
  EXPECT_EQ(copies.find("pfet"), std::string::npos) << copies;
}
