// The testbenches and measurements end to end, on an opamp whose performances are known by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "ideal_opamp.hpp"
#include "simulation/ngspice_engine.hpp"

using namespace inversize::simulation;

TEST(Simulator, IdealOpampMeasuresAsComputedByHand) {
  auto r = run_setup(process_engine(), ideal_opamp_setup());
  ASSERT_TRUE(r.ok()) << r.error;
  auto v = [&](const char* k) {
    const auto& m = r.performance(k);
    EXPECT_TRUE(m.value) << k << ": " << m.reason;
    return m.value.value_or(NAN);
  };
  // Adm = R (gm + 0.5 nS) = 1000.0005
  EXPECT_NEAR(v("gain_db"), 60.0, 0.01);
  EXPECT_NEAR(v("gbw_hz") / 159.155e6, 1.0, 0.01);
  EXPECT_NEAR(v("pm_deg"), 90.06, 0.3);
  EXPECT_NEAR(v("cmrr_db"), 120.0, 0.05);
  EXPECT_NEAR(v("psrr_db"), 120.0, 0.05);
  EXPECT_NEAR(v("power_w"), 180e-6, 0.1e-6);
  // Follower: vout/R = gm (vin - vout) + couplings -> offset = -(0.9 uA - 2.7 nA) / 1 mS
  EXPECT_NEAR(v("offset_v"), -0.8973e-3, 0.01e-3);
  // Slewing at (20 uA - vout/R) / 1 pF on the rising edge (about 19 V/us between 0.78 and 1.02 V).
  EXPECT_NEAR(v("sr_v_per_us"), 19.1, 0.3);
  // Linear everywhere: the follower and the inverter track over the whole sweep.
  EXPECT_NEAR(v("icmr_min_v"), 0.0, 0.011);
  EXPECT_NEAR(v("icmr_max_v"), 1.8, 0.011);
  EXPECT_NEAR(v("vout_min_v"), 0.0, 0.02);
  EXPECT_NEAR(v("vout_max_v"), 1.8, 0.02);
}

TEST(Simulator, ResultRoundTripsThroughJson) {
  auto r = run_setup(process_engine(), ideal_opamp_setup());
  nlohmann::json j = r;
  auto back = j.get<SimulationResult>();
  for (std::size_t i = 0; i < inversize::kPerformanceCount; ++i) {
    ASSERT_EQ(back.performances[i].value.has_value(), r.performances[i].value.has_value());
    if (r.performances[i].value) EXPECT_DOUBLE_EQ(*back.performances[i].value, *r.performances[i].value);
  }
  auto setup = ideal_opamp_setup();
  nlohmann::json js = setup;
  EXPECT_EQ(js.get<SimulationSetup>().dut.text, setup.dut.text);
}

TEST(Simulator, OperatingPointFailureIsAFailedDesignWithReason) {
  auto s = ideal_opamp_setup();
  // A current source into a node with no DC path: no operating point exists.
  s.dut.text = ".subckt inversize_dut vdd vss inp inn out\ni1 vss nowhere 1m\nc1 nowhere vss 1p\nro out vss 1k\n.ends\n";
  auto r = run_setup(process_engine(), s);
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.error.empty());
  for (const auto& m : r.performances) EXPECT_FALSE(m.value);
}
