// The testbenches and measurements end to end, on an opamp whose performances are known by hand.
#include <gtest/gtest.h>

#include <unistd.h>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "circuit/input.hpp"

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
  // At the follower's operating point vout = 0.899103 V (solved by bisection of
  // 20u tanh(50 (0.9 - vout)) + 1n*1.8 + 1n (0.9 + vout)/2 = vout / 1 Mohm), the tanh's slope is
  // gm = 1 mS (1 - tanh^2(50 * 0.000897)) = 0.997991 mS: Adm = R (gm + 0.5 nS) = 997.992 (59.9825 dB).
  EXPECT_NEAR(v("gain_db"), 59.9825, 0.002);
  EXPECT_NEAR(v("gbw_hz") / 159.155e6, 1.0, 0.01);
  EXPECT_NEAR(v("pm_deg"), 90.06, 0.3);
  // Acm = Avdd = R * 1 nS = 1e-3: 20 log10(997.992 / 1e-3)
  EXPECT_NEAR(v("cmrr_db"), 119.9825, 0.005);
  EXPECT_NEAR(v("psrr_db"), 119.9825, 0.005);
  EXPECT_NEAR(v("power_w"), 180e-6, 0.1e-6);
  EXPECT_NEAR(v("offset_v"), -0.897004e-3, 0.001e-3);
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
  // With operating points too (the ideal opamp has none): a result of a real circuit.
  r.operating_points["M1"] = OperatingPoint{Region::Saturation, 0.6, 0.8, 0.45, 0.12, 20e-6, 2.5e-4, 3e-6};
  nlohmann::json jo = r;
  auto back_op = nlohmann::json::parse(jo.dump()).get<SimulationResult>();
  ASSERT_EQ(back_op.operating_points.count("M1"), 1u);
  EXPECT_DOUBLE_EQ(back_op.operating_points.at("M1").gm, 2.5e-4);
  EXPECT_EQ(back_op.operating_points.at("M1").region, Region::Saturation);
  auto setup = ideal_opamp_setup();
  nlohmann::json js = setup;
  EXPECT_EQ(js.get<SimulationSetup>().dut.text, setup.dut.text);
}

TEST(Simulator, OperatingPointFailureIsAFailedDesignWithReason) {
  auto s = ideal_opamp_setup();
  // Two ideal sources forcing the output to different voltages: no operating point exists.
  s.dut.text = ".subckt inversize_dut vdd vss inp inn out\nv1 out vss 1\nv2 out vss 2\n.ends\n";
  auto r = run_setup(process_engine(), s);
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.error.empty());
  for (const auto& m : r.performances) EXPECT_FALSE(m.value);
}

// The engine holds the C locale itself. The window runs in the user's locale; in a German one
// printf writes 1,5 and strtod stops at the point. The DUT, the benches and ngspice's parsing
// must not notice.
TEST(Simulator, DecksAreCLocaleWhateverTheProcessLocale) {
  namespace fs = std::filesystem;
  const auto tech = inversize::technology::load_default();
  auto miller = inversize::circuit::open_circuit("builtin:miller", tech);
  inversize::circuit::apply_setting(miller.circuit, "M1.W=1.5u");  // parsed in the C locale
  const auto cond = nominal_conditions(miller.deck, tech);

  const fs::path dir = fs::temp_directory_path() / ("inversize_locale_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string make = "localedef -i de_DE -f UTF-8 '" + (dir / "de_DE.UTF-8").string() + "' >/dev/null 2>&1";
  if (std::system(make.c_str()) != 0) GTEST_SKIP() << "localedef cannot make a German locale here";
  ::setenv("LOCPATH", dir.c_str(), 1);
  ASSERT_NE(std::setlocale(LC_ALL, "de_DE.UTF-8"), nullptr);
  char probe[16];
  std::snprintf(probe, sizeof probe, "%g", 1.5);
  const bool german = std::string(probe) == "1,5";

  const auto setup = make_setup(miller.deck, miller.circuit, tech, cond);
  const auto benches = make_benches(setup.dut, setup.conditions);
  auto r = run_setup(process_engine(), ideal_opamp_setup());

  std::setlocale(LC_ALL, "C");
  ::unsetenv("LOCPATH");
  fs::remove_all(dir);
  ASSERT_TRUE(german) << "the locale did not switch: " << probe;
  EXPECT_NE(setup.dut.text.find("W=1.5u"), std::string::npos) << setup.dut.text;
  EXPECT_EQ(setup.dut.text.find("1,5u"), std::string::npos);
  EXPECT_NE(benches[0].deck.find("DC 1.8"), std::string::npos);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_NEAR(*r.performance("gain_db").value, 59.9825, 0.002);
}
