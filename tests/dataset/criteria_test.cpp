// Feasibility and the archive: the sizing rules turn a design with a transistor in triode
// away; non-domination over the objectives picks the archive.
#include <gtest/gtest.h>

#include "circuit/input.hpp"
#include "dataset/criteria.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/simulator.hpp"

using namespace inversize;
using namespace inversize::dataset;

TEST(Criteria, TransistorInTriodeIsInfeasible) {
  simulation::enter_scratch_directory();
  auto tech = technology::load_default();
  auto oc = circuit::open_circuit("builtin:miller", tech);
  auto cond = simulation::nominal_conditions(oc.deck, tech);
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
  EXPECT_NE(j.reason.find("M5: vds - vdsat"), std::string::npos) << j.reason;
}

TEST(Criteria, PhaseMarginAndFailedSimulation) {
  Criteria c;
  simulation::SimulationResult r;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) r.performances[k] = simulation::Measured::of(1.0);
  r.performance("pm_deg") = simulation::Measured::of(30);
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
