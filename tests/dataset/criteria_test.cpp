// Feasibility and the archive: the sizing rules turn a design with a transistor in triode
// away; non-domination over the objectives picks the archive.
#include <algorithm>
#include <cmath>
#include <optional>

#include <gtest/gtest.h>

#include "circuit/input.hpp"
#include "dataset/criteria.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/simulator.hpp"
#include "simulation/worker_pool.hpp"

using namespace inversize;
using namespace inversize::dataset;

namespace {
// The built-in Miller opamp at its nominal conditions, ready to simulate.
struct Miller {
  technology::Technology tech = technology::load_default();
  circuit::OpenedCircuit oc = circuit::open_circuit("builtin:miller", tech);
  simulation::Conditions cond = simulation::nominal_conditions(oc.deck, tech);
  Miller() {
    simulation::enter_scratch_directory();
    simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  }
};
// Every performance measured (1.0), the phase margin as given, no operating points.
simulation::SimulationResult measured_result(double pm_deg) {
  simulation::SimulationResult r;
  for (auto& m : r.performances) m = simulation::Measured::of(1.0);
  r.performance("pm_deg") = simulation::Measured::of(pm_deg);
  return r;
}
}  // namespace

TEST(Criteria, TransistorInTriodeIsInfeasible) {
  Miller m;
  auto& [tech, oc, cond] = m;
  Criteria criteria;

  auto nominal = simulation::simulate(oc.deck, oc.circuit, tech, cond);
  ASSERT_TRUE(nominal.ok()) << nominal.error;
  auto j0 = judge(criteria, nominal);
  EXPECT_TRUE(j0.feasible) << j0.reason;
  EXPECT_EQ(j0.violation, 0);

  // A tail source ten times too wide for long input devices: M5 falls into the linear region.
  for (auto s : {"M5.W=200u", "M1.L=4u", "M2.L=4u"}) circuit::apply_setting(oc.circuit, s);
  auto r = simulation::simulate(oc.deck, oc.circuit, tech, cond);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.operating_points.at("M5").region, simulation::Region::Linear);
  auto j = judge(criteria, r);
  EXPECT_FALSE(j.feasible);
  EXPECT_GT(j.violation, 0);
  EXPECT_NE(j.reason.find("M5: not saturated, vds - vdsat"), std::string::npos) << j.reason;
  EXPECT_EQ(j.rules, std::vector<std::string>{simulation::kRuleSaturation});
}

// Data generation gates a design after its AC bench: the gate never changes a verdict, and for
// a design whose full simulation measures every objective not its violation either.
TEST(Criteria, FeasibilityGateKeepsVerdictAndViolation) {
  Miller m;
  auto& [tech, oc, cond] = m;
  Criteria criteria;
  auto run = [&](const circuit::Circuit& c, bool gated) {
    auto setup = simulation::make_setup(oc.deck, c, tech, cond);
    if (gated) setup.gate = simulation::FeasibilityGate{criteria.limits, criteria.min_pm_deg};
    auto r = simulation::run_setup(simulation::process_engine(), setup);
    simulation::complete(r, c, tech);
    if (r.ok()) r.sizing_rules = simulation::check_sizing_rules(c, r.operating_points, criteria.limits);
    return r;
  };

  // The engine keeps its testbenches loaded and alters them for the next run, which equals a
  // fresh load to 7 digits (alteration_test): "the same number" is to 1e-6 here.
  auto same = [](const std::optional<double>& a, const std::optional<double>& b, const char* key) {
    ASSERT_EQ(a.has_value(), b.has_value()) << key;
    if (a) EXPECT_NEAR(*a, *b, 1e-6 * std::max(std::abs(*a), 1e-12)) << key;
  };
  // A feasible design passes the gate: every bench runs, every number is the same.
  auto open_full = run(oc.circuit, false), open_gated = run(oc.circuit, true);
  EXPECT_FALSE(open_gated.stopped_early);
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    same(open_full.performances[k].value, open_gated.performances[k].value, kPerformances[k].key.data());

  // M5 in the linear region: the gate stops after the AC bench.
  auto triode = oc.circuit;
  for (auto s : {"M5.W=200u", "M1.L=4u", "M2.L=4u"}) circuit::apply_setting(triode, s);
  auto full = run(triode, false), gated = run(triode, true);
  ASSERT_TRUE(gated.stopped_early);
  EXPECT_FALSE(gated.performance("sr_v_per_us").value);
  EXPECT_NE(gated.performance("sr_v_per_us").reason.find("infeasible at the operating point (M5"), std::string::npos)
      << gated.performance("sr_v_per_us").reason;
  EXPECT_FALSE(gated.performance("icmr_min_v").value);
  for (auto k : {"gain_db", "gbw_hz", "pm_deg", "power_w", "area_um2"})
    same(full.performance(k).value, gated.performance(k).value, k);
  ASSERT_TRUE(full.performance("sr_v_per_us").value);  // so the full violation has no missing-objective term
  auto jf = judge(criteria, full), jg = judge(criteria, gated);
  EXPECT_FALSE(jg.feasible);
  EXPECT_NEAR(jf.violation, jg.violation, 1e-6 * std::max(std::abs(jf.violation), 1e-12));
  EXPECT_EQ(jf.reason, jg.reason);
}

// The gate waives only what it skipped: an objective the AC bench failed to measure (no
// unity-gain crossing) still costs its 100.
TEST(Criteria, GateWaivesOnlyTheSkippedObjectives) {
  Criteria c;
  auto r = measured_result(80.0);
  r.sizing_rules.add(simulation::kRuleSaturation, "M5: not saturated, vds - vdsat = 42 mV < 100 mV");
  r.stopped_early = true;
  r.performance("sr_v_per_us") = simulation::Measured::fail(std::string(simulation::kGateSkipped) + " (M5 ...)");
  const double skipped_only = judge(c, r).violation;
  r.performance("gbw_hz") = simulation::Measured::fail("no unity-gain crossing");
  const auto j = judge(c, r);
  EXPECT_DOUBLE_EQ(j.violation, skipped_only + 100);
  EXPECT_NE(j.reason.find("gbw_hz not measured"), std::string::npos) << j.reason;
  EXPECT_EQ(j.reason.find("sr_v_per_us not measured"), std::string::npos) << j.reason;
}

TEST(Criteria, PhaseMarginAndFailedSimulation) {
  Criteria c;
  auto r = measured_result(30);
  auto j = judge(c, r);
  EXPECT_FALSE(j.feasible);
  EXPECT_NE(j.reason.find("phase margin 30.0 deg < 45.0 deg"), std::string::npos) << j.reason;
  r.performance("pm_deg") = simulation::Measured::of(60);
  EXPECT_TRUE(judge(c, r).feasible);
  r.performance("cmrr_db") = simulation::Measured::fail("no common-mode response");
  EXPECT_NE(judge(c, r).reason.find("cmrr_db not measured"), std::string::npos);
  simulation::SimulationResult failed;
  failed.error = "no convergence";
  auto jf = judge(c, failed);
  EXPECT_FALSE(jf.feasible);
  EXPECT_GT(jf.violation, judge(c, r).violation);
  EXPECT_EQ(jf.reason, "no convergence");
  EXPECT_EQ(jf.rules, std::vector<std::string>{kRuleSimulationFailed});
}

// Every infeasible design says which rule failed on which device, all of them, and lists each
// failed rule once for the per-rule counts of `generate`.
TEST(Criteria, ReasonNamesEveryRuleAndDevice) {
  Criteria c;
  auto r = measured_result(30);
  r.sizing_rules.add(simulation::kRuleSaturation, "M3: not saturated, vds - vdsat = 42 mV < 100 mV");
  r.sizing_rules.add(simulation::kRuleOff, "M7: off, vgs - vth = -420 mV, id = 1e-13 A");
  r.sizing_rules.add(simulation::kRuleSaturation, "M9: not saturated, vds - vdsat = -10 mV < 100 mV");
  const auto j = judge(c, r);
  EXPECT_FALSE(j.feasible);
  for (const char* part : {"M3: not saturated", "M7: off", "M9: not saturated", "phase margin 30.0 deg"})
    EXPECT_NE(j.reason.find(part), std::string::npos) << part << " in " << j.reason;
  EXPECT_EQ(j.rules, (std::vector<std::string>{simulation::kRuleSaturation, simulation::kRuleOff, kRulePhaseMargin}));
}

// A device the rules exempt (a switch in triode on purpose) adds no shortfall to the violation.
TEST(Criteria, ExemptDevicesAddNoShortfall) {
  Criteria c;
  auto r = measured_result(60);
  simulation::OperatingPoint triode{simulation::Region::Linear, 1.2, 0.001, 0.4, 0.6, 0, 0, 1e-4};
  r.operating_points["Mz"] = triode;
  r.sizing_rules.exempt["Mz"] = "switch (gate on vdd)";
  EXPECT_TRUE(judge(c, r).feasible);
  r.performance("pm_deg") = simulation::Measured::of(40);
  EXPECT_DOUBLE_EQ(judge(c, r).violation, 0.5);  // only the phase margin's (45 - 40) / 10
}

TEST(Criteria, ObjectivesAreMinimisedInDecadesWhereLogScale) {
  Criteria c;
  c.objectives = {"gain_db", "power_w"};
  PerformanceValues p;
  p[*performance_index("gain_db")] = 60;
  p[*performance_index("power_w")] = 1e-3;
  auto f = objective_vector(c, p);
  EXPECT_DOUBLE_EQ(f[0], -60);
  EXPECT_NEAR(f[1], -3, 1e-12);
  c.objectives = {"gain_db", "offset_v"};
  EXPECT_THROW(c.validate(), std::invalid_argument);
}

TEST(Criteria, NonDominated) {
  auto flags = non_dominated({{1, 5}, {2, 2}, {3, 3}, {5, 1}, {2, 2}});
  EXPECT_EQ(flags, (std::vector<bool>{true, true, false, true, true}));
}
