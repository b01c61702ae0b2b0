// The DC bench's servo-held sweeps start at the input common mode and walk out to each rail
// (testbench.cpp). They must measure what the sweeps from 0 V to VDD measured, on nominal designs
// of both opamps in both technologies, agree with `ngspice -b` running the same decks, and keep
// Monte Carlo dies off gmin and source stepping.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>

#include "circuit/input.hpp"
#include "robustness/variation_draw.hpp"
#include "simulation/batch_reference.hpp"
#include "simulation/dc_sweep.hpp"
#include "simulation/simulator.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {

const char* const kDcKeys[] = {"icmr_min_v", "icmr_max_v", "vout_min_v", "vout_max_v"};

// A sweep from 0 V cut at its point nearest `at` into the two halves the bench now runs.
std::pair<Plot, Plot> halves(const Plot& sweep, double at) {
  const auto& x = sweep.at("v-sweep").real;
  std::size_t k = 0;
  for (std::size_t i = 1; i < x.size(); ++i)
    if (std::abs(x[i] - at) < std::abs(x[k] - at)) k = i;
  Plot down, up;
  for (const auto& [name, v] : sweep) {
    down[name].real.assign(v.real.rend() - static_cast<long>(k) - 1, v.real.rend());
    up[name].real.assign(v.real.begin() + static_cast<long>(k), v.real.end());
  }
  return {down, up};
}

struct Case {
  std::string circuit, technology;
};

}  // namespace

class DcSweep : public ::testing::TestWithParam<Case> {};

// The tolerance: one step of the sweep's grid (VDD / 180), the resolution of these ranges.
TEST_P(DcSweep, FromTheCommonModeOutwardsMeasuresWhatTheSweepFromZeroMeasured) {
  const auto tech = technology::load_named(GetParam().technology);
  const auto o = circuit::open_circuit(GetParam().circuit, tech);
  const auto setup = make_setup(o.deck, o.circuit, tech, nominal_conditions(o.deck, tech));
  const auto& c = setup.conditions;
  auto& engine = process_engine();
  enter_scratch_directory();
  const auto benches = make_benches(setup.dut, c);
  ASSERT_EQ(benches[1].name, "dc");
  ASSERT_EQ(benches[1].analyses.size(), 4u);
  const auto ac = engine.run(benches[0].deck, benches[0].analyses);
  const auto now = engine.run(benches[1].deck, benches[1].analyses);
  const std::string step = std::to_string(c.vdd_v / kDcSweepSteps), vdd = std::to_string(c.vdd_v);
  const auto before = engine.run(benches[1].deck, {"dc vsw_ic 0 " + vdd + " " + step, "dc vsw_vo 0 " + vdd + " " + step});
  const double start = now[0].at("v-sweep").real.at(0);
  EXPECT_NEAR(start, c.vcm_v, c.vdd_v / kDcSweepSteps / 2 + 1e-9);
  const auto [ic_down, ic_up] = halves(before[0], start);
  const auto [vo_down, vo_up] = halves(before[1], start);
  const SimulationResult r_now = measure(setup, {ac, now});
  const SimulationResult r_before = measure(setup, {ac, {ic_down, ic_up, vo_down, vo_up}});
  for (const char* key : kDcKeys) {
    ASSERT_TRUE(r_before.performance(key).value) << key << ": " << r_before.performance(key).reason;
    ASSERT_TRUE(r_now.performance(key).value) << key << ": " << r_now.performance(key).reason;
    EXPECT_NEAR(*r_now.performance(key).value, *r_before.performance(key).value, c.vdd_v / kDcSweepSteps + 1e-9) << key;
    // A range reaching a rail reports the rail exactly, as the sweep from 0 V did: the half
    // walking down from VCM ended at -6e-16 V, which missed a bound of 0 V relative to 0 by 1e284.
    const double v = *r_now.performance(key).value;
    const double k = std::round(v / c.vdd_v * kDcSweepSteps);
    EXPECT_TRUE(v == 0.0 || v == c.vdd_v || v == k * c.vdd_v / kDcSweepSteps) << key << " = " << v << " is off the grid";
  }
  // The joined sweep covers the grid from 0 V to VDD once.
  EXPECT_EQ(now[0].at("v-sweep").real.size() + now[1].at("v-sweep").real.size(), std::size_t(kDcSweepSteps) + 2);
}

INSTANTIATE_TEST_SUITE_P(Builtins, DcSweep,
                         ::testing::Values(Case{"builtin:miller", "generic180"}, Case{"builtin:fcoa", "generic180"},
                                           Case{"builtin:miller_gf180", "gf180mcu"}, Case{"builtin:fcoa_gf180", "gf180mcu"}),
                         [](const auto& info) {
                           return std::string(info.index == 0 ? "Miller" : info.index == 1 ? "Fcoa"
                                              : info.index == 2 ? "MillerGf180" : "FcoaGf180");
                         });
