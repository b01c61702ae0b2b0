// The in-process libngspice engine on circuits with hand-computed answers.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "simulation/ngspice_engine.hpp"
#include "simulation/simulator.hpp"
#include "thrown_message.hpp"

using namespace inversize::simulation;

namespace {
// The reason the engine gives for a deck it cannot find an operating point of.
std::string op_error(NgspiceEngine& e, const std::string& deck) {
  return thrown_message<SimulationError>([&] { e.run(deck, {"op"}); }, deck);
}
}  // namespace

TEST(Engine, RcLowPassCornerAndPhase) {
  auto& e = process_engine();
  auto plots = e.run("rc\nv1 in 0 dc 0 ac 1\nr1 in out 1k\nc1 out 0 1u\n.end\n", {"ac dec 200 1 1e6"});
  ASSERT_EQ(plots.size(), 1u);
  const auto& f = plots[0].at("frequency").cplx;
  const auto& h = plots[0].at("out").cplx;
  const double fc = 1 / (2 * std::numbers::pi * 1e3 * 1e-6);  // 159.15 Hz
  // Find the sample nearest to fc and compare with H = 1 / (1 + j f/fc).
  std::size_t k = 0;
  for (std::size_t i = 0; i < f.size(); ++i)
    if (std::abs(f[i].real() - fc) < std::abs(f[k].real() - fc)) k = i;
  double x = f[k].real() / fc;
  EXPECT_NEAR(std::abs(h[k]), 1 / std::sqrt(1 + x * x), 1e-4);
  EXPECT_NEAR(std::arg(h[k]) * 180 / std::numbers::pi, -std::atan(x) * 180 / std::numbers::pi, 0.01);
}

TEST(Engine, CommonSourceAmplifierMatchesHandComputation) {
  // Level-1 NMOS, W/L = 10, VGS = 0.8 V, RD = 10k, VDD = 1.8 V.
  // Id = kp/2 W/L Vov^2 (1 + lambda Vds) with Vds = 1.8 - RD Id:
  //   Id = 45u + 45u * 0.05 * (1.8 - 1e4 Id) -> Id = 49.05u / 1.0225 = 47.971 uA, Vds = 1.32029 V
  //   gm = kp W/L Vov (1 + lambda Vds) = 319.80 uS, gds = lambda kp/2 W/L Vov^2 = 2.25 uS
  //   gain = gm (RD || 1/gds) = 3.1276
  auto& e = process_engine();
  auto plots = e.run(
      "cs\n.model n1 nmos level=1 vto=0.5 kp=100u lambda=0.05\n"
      "vdd vdd 0 1.8\nvg g 0 dc 0.8 ac 1\nrd vdd d 10k\nm1 d g 0 0 n1 w=10u l=1u\n"
      ".save all @m1[id] @m1[gm] @m1[gds]\n.end\n",
      {"op", "ac lin 1 1 1"});
  const auto& op = plots[0];
  EXPECT_NEAR(op.at("@m1[id]").real[0], 47.971e-6, 0.01e-6);
  EXPECT_NEAR(op.at("d").real[0], 1.32029, 1e-4);
  EXPECT_NEAR(op.at("@m1[gm]").real[0], 319.80e-6, 0.05e-6);
  EXPECT_NEAR(op.at("@m1[gds]").real[0], 2.25e-6, 0.01e-6);
  EXPECT_NEAR(std::abs(plots[1].at("d").cplx[0]), 3.1276, 1e-3);
}

TEST(Engine, BrokenDeckGivesNgspiceReasonAndEngineStaysUsable) {
  auto& e = process_engine();
  // ngspice's own words, not the "circuit not parsed" of the analysis that follows a bad load.
  const auto why = op_error(e, "bad\nr1 a 0 1k\nm1 a a 0 0 nosuchmodel w=1u l=1u\n.end\n");
  EXPECT_NE(why.find("could not find a valid modelname"), std::string::npos) << why;
  EXPECT_NE(why.find("nosuchmodel"), std::string::npos) << why;
  EXPECT_EQ(why.find("not parsed"), std::string::npos) << why;
  const auto subckt = op_error(e, "bad\nv1 a 0 1\nr1 a 0 1k\nx1 a b nosuchsubckt\n.end\n");
  EXPECT_NE(subckt.find("unknown subckt"), std::string::npos) << subckt;
  // The same engine still simulates.
  auto plots = e.run("ok\nv1 a 0 1\nr1 a b 1k\nr2 b 0 1k\n.end\n", {"op"});
  EXPECT_NEAR(plots[0].at("b").real[0], 0.5, 1e-9);
}

TEST(Engine, NonConvergingOperatingPointIsAFailureNotACrash) {
  auto& e = process_engine();
  // Two ideal sources forcing one node to different voltages: no operating point exists.
  const auto why = op_error(e, "nc\nv1 a 0 1\nv2 a 0 2\nr1 a 0 1k\n.end\n");
  EXPECT_NE(why.find("'op' failed"), std::string::npos) << why;
  auto plots = e.run("ok\nv1 a 0 2\nr1 a 0 1k\n.end\n", {"op"});
  EXPECT_NEAR(plots[0].at("a").real[0], 2.0, 1e-12);
}
