// Specifications: parsing, filling from the nearest design, and the meets / difference rules
// (expected values computed by hand).
#include <gtest/gtest.h>

#include <cmath>

#include "designs.hpp"
#include "sizing/specification.hpp"
#include "thrown_message.hpp"

using namespace inversize;
using namespace inversize::sizing;

using test::k;

namespace {
// Each design with its own phase margin, for the filling test to check where it came from.
dataset::Design design(std::int64_t id, double gain, double gbw, double power) {
  return test::design(id, gain, gbw, power, 60.0 + double(id));
}
}  // namespace

TEST(Specification, ParsesKeysWithSpiceSuffixes) {
  auto s = parse_specification({"gain_db=60", "GBW_HZ=20meg", "power_w=300u"});
  EXPECT_DOUBLE_EQ(*s.values[k("gain_db")], 60);
  EXPECT_DOUBLE_EQ(*s.values[k("gbw_hz")], 20e6);
  EXPECT_DOUBLE_EQ(*s.values[k("power_w")], 300e-6);
  EXPECT_TRUE(s.given[k("gbw_hz")]);
  EXPECT_FALSE(s.given[k("pm_deg")]);
  EXPECT_FALSE(s.values[k("pm_deg")]);
}

TEST(Specification, RejectsBadAssignmentsWithTheReason) {
  try {
    parse_specification({"gain=60"});
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("unknown performance 'gain'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("gain_db"), std::string::npos) << "lists the valid keys";
  }
  EXPECT_THROW(parse_specification({"gain_db"}), std::invalid_argument);
  EXPECT_THROW(parse_specification({"gain_db=lots"}), std::invalid_argument);
  EXPECT_THROW(parse_specification({"gbw_hz=-1meg"}), std::invalid_argument) << "log-scale performances are positive";
}

namespace {
Specification spec_of(std::initializer_list<std::string> assignments, std::initializer_list<std::string> tolerances = {}) {
  auto s = parse_specification(assignments);
  parse_tolerances(s, tolerances);
  return s;
}
}  // namespace

// "Meets" means meets: the right side of the bound, in its own unit, nothing implied.
TEST(Specification, MeetsIsTheRightSideOfTheBound) {
  const auto s = spec_of({"gain_db=60", "power_w=300u", "offset_v=0"});
  EXPECT_TRUE(meets(s, k("gain_db"), 60.0)) << "on the bound meets";
  EXPECT_FALSE(meets(s, k("gain_db"), 59.99)) << "0.02 % short does not";
  EXPECT_FALSE(meets(s, k("gain_db"), 58.9)) << "within 2 % is no longer meeting";
  EXPECT_TRUE(meets(s, k("gain_db"), 75)) << "better than asked meets";
  EXPECT_TRUE(meets(s, k("power_w"), 300e-6));
  EXPECT_FALSE(meets(s, k("power_w"), 301e-6));
  EXPECT_TRUE(meets(s, k("power_w"), 100e-6));
  // Target (offset): no right side; 1 mV either way.
  EXPECT_TRUE(absolute_difference(k("offset_v")));
  EXPECT_TRUE(meets(s, k("offset_v"), 0.9e-3));
  EXPECT_FALSE(meets(s, k("offset_v"), -1.1e-3));
  EXPECT_FALSE(meets(s, k("gain_db"), NAN));
  // Rounding is no shortfall: the shipped FCOA stores an input range up to 1.7900000000000007 V,
  // a grid point of its DC sweep that the sweep now reads as 1.79 V; 10 mV less is a miss.
  const auto rail = spec_of({"icmr_max_v=1.7900000000000007", "icmr_min_v=0"});
  EXPECT_TRUE(meets(rail, k("icmr_max_v"), 1.79));
  EXPECT_FALSE(meets(rail, k("icmr_max_v"), 1.78));
  EXPECT_TRUE(meets(rail, k("icmr_min_v"), 6.4e-16)) << "0 V read with rounding";
  EXPECT_FALSE(meets(rail, k("icmr_min_v"), 1e-6)) << "a microvolt is a value";
  EXPECT_DOUBLE_EQ(difference(k("gbw_hz"), 19e6, 20e6), -0.05);
  EXPECT_DOUBLE_EQ(difference(k("offset_v"), 2e-3, 0.5e-3), 1.5e-3);
}

// A tolerance is explicit and in the performance's own unit for dB and degrees.
TEST(Specification, TolerancesInTheirOwnUnitOrPercentForLinearQuantities) {
  const auto s = spec_of({"gain_db=62", "pm_deg=60", "gbw_hz=20meg", "power_w=300u"},
                         {"gain_db=0.5", "pm_deg=1", "gbw_hz=2%", "power_w=10u"});
  EXPECT_TRUE(meets(s, k("gain_db"), 61.5));    // 0.5 dB short: allowed
  EXPECT_FALSE(meets(s, k("gain_db"), 61.4));   // 2 % of 62 dB would have let this pass
  EXPECT_TRUE(meets(s, k("pm_deg"), 59.0));
  EXPECT_FALSE(meets(s, k("pm_deg"), 58.9));
  EXPECT_TRUE(meets(s, k("gbw_hz"), 19.6e6));   // 2 % of 20 MHz = 0.4 MHz
  EXPECT_FALSE(meets(s, k("gbw_hz"), 19.59e6));
  EXPECT_TRUE(meets(s, k("power_w"), 309.99e-6));  // 10 uW over allowed
  EXPECT_FALSE(meets(s, k("power_w"), 310.1e-6));
  EXPECT_EQ(meet_bounds(s, k("gain_db")).first, 61.5);
  EXPECT_EQ(tolerance_text(s), "with tolerance gain_db 0.5 dB, gbw_hz 2 %, pm_deg 1 deg, power_w 10 uW");
  EXPECT_EQ(tolerance_text(spec_of({"gain_db=62"})), "strictly");
  // Read back from its assignments.
  Specification back = parse_specification({"gain_db=62"});
  parse_tolerances(back, tolerance_assignments(s));
  for (std::size_t p = 0; p < kPerformanceCount; ++p) {
    ASSERT_EQ(back.tolerance[p].has_value(), s.tolerance[p].has_value()) << kPerformances[p].key;
    if (s.tolerance[p]) {
      EXPECT_DOUBLE_EQ(back.tolerance[p]->value, s.tolerance[p]->value);
      EXPECT_EQ(back.tolerance[p]->relative, s.tolerance[p]->relative);
    }
  }
}

TEST(Specification, PercentToleranceRefusedForDecibelsDegreesAndTheOffset) {
  auto s = parse_specification({"gain_db=62"});
  for (const char* bad : {"gain_db=2%", "pm_deg=1%", "cmrr_db=3%", "offset_v=5%"}) {
    const auto why = thrown_message<std::invalid_argument>([&] { parse_tolerances(s, {bad}); }, bad);
    EXPECT_NE(why.find("not in percent"), std::string::npos) << why;
  }
  EXPECT_THROW(parse_tolerances(s, {"gain_db=-1"}), std::invalid_argument);
  EXPECT_THROW(parse_tolerances(s, {"gain=1"}), std::invalid_argument);
  EXPECT_THROW(parse_tolerances(s, {"gbw_hz=two%"}), std::invalid_argument);
  EXPECT_FALSE(s.tolerance[k("gain_db")]) << "nothing taken from refused assignments";
  parse_tolerances(s, {"gbw_hz=1meg"});
  EXPECT_DOUBLE_EQ(s.tolerance[k("gbw_hz")]->value, 1e6) << "SPICE suffixes in the own unit";
  EXPECT_FALSE(s.tolerance[k("gbw_hz")]->relative);
}

// The bounds the surrogate's ranking integrates over are the values meets() accepts.
TEST(Specification, MeetBoundsAreWhatMeetsAccepts) {
  for (std::size_t p = 0; p < kPerformanceCount; ++p)
    for (bool tolerant : {false, true}) {
      Specification s;
      const double v = absolute_difference(p) ? 0.4e-3 : 50.0;
      s.values[p] = v;
      s.given[p] = true;
      if (tolerant) s.tolerance[p] = Tolerance{absolute_difference(p) ? 2e-3 : 1.5, false};
      const auto [lo, hi] = meet_bounds(s, p);
      for (double x : {lo, hi})
        if (std::isfinite(x)) {
          EXPECT_TRUE(meets(s, p, x + (x == lo ? 1e-9 : -1e-9))) << kPerformances[p].key;
          EXPECT_FALSE(meets(s, p, x + (x == lo ? -1e-6 : 1e-6))) << kPerformances[p].key;
        }
      EXPECT_TRUE(meets(s, p, v));
    }
  EXPECT_EQ(meet_bounds(spec_of({"gain_db=60"}), k("gain_db")).first, 60);
  EXPECT_EQ(meet_bounds(spec_of({"power_w=1m"}), k("power_w")).second, 1e-3);
}

// The paper's protocol: "within 2 %" on the bad side, "matches" on both sides.
TEST(Specification, ProtocolBoundsAreTwoPercent) {
  EXPECT_EQ(kProtocolTolerance, 0.02);
  EXPECT_EQ(protocol_tolerance_text(), "2 %");
  EXPECT_EQ(within_bounds(k("gain_db"), 60), std::pair(60 * 0.98, HUGE_VAL));
  EXPECT_EQ(within_bounds(k("power_w"), 1e-3), std::pair(-HUGE_VAL, 1e-3 * 1.02));
  EXPECT_EQ(match_bounds(k("gain_db"), 60), std::pair(60 * 0.98, 60 * 1.02));
  EXPECT_EQ(match_bounds(k("power_w"), 1e-3), std::pair(1e-3 * 0.98, 1e-3 * 1.02));
  EXPECT_EQ(match_bounds(k("offset_v"), 0), within_bounds(k("offset_v"), 0));
  EXPECT_EQ(within_bounds(k("offset_v"), 0), std::pair(-1e-3, 1e-3));
}

TEST(Specification, ShortfallIsTheLargestDistanceBeyondABound) {
  auto s = parse_specification({"gain_db=60", "power_w=300u"});
  dataset::PerformanceValues p{};
  p[k("gain_db")] = 61.0;
  p[k("power_w")] = 300e-6;
  EXPECT_DOUBLE_EQ(shortfall(s, p), 0);
  p[k("power_w")] = 300e-6 * (1 + 1e-15);  // rounding: meets, as meets() says
  EXPECT_TRUE(meets(s, k("power_w"), *p[k("power_w")]));
  EXPECT_DOUBLE_EQ(shortfall(s, p), 0);
  p[k("power_w")] = 303e-6;  // 1 % over: no tolerance implied
  EXPECT_NEAR(shortfall(s, p), 0.01, 1e-12);
  p[k("gain_db")] = 57.0;    // -5 %
  p[k("power_w")] = 312e-6;  // +4 %
  EXPECT_NEAR(shortfall(s, p), 0.05, 1e-12);
  parse_tolerances(s, {"gain_db=1.5"});  // 57 dB is now 1.5 dB = 2.5 % beyond 58.5 dB
  EXPECT_NEAR(shortfall(s, p), 0.04, 1e-12) << "the power's 4 % is the worst now";
  p[k("power_w")].reset();
  EXPECT_TRUE(std::isinf(shortfall(s, p))) << "a given performance that was not measured";
}

TEST(Specification, FillsTheRestFromTheNearestDesign) {
  // gbw on a log scale: 20 MHz is nearer to 15 MHz (0.125 decades) than to 40 MHz (0.301).
  std::vector<dataset::Design> ds{design(1, 60, 40e6, 400e-6), design(2, 60, 15e6, 200e-6), design(3, 80, 20e6, 900e-6)};
  auto s = parse_specification({"gain_db=60", "gbw_hz=20meg"});
  fill_from_nearest(s, ds);
  ASSERT_TRUE(s.filled_from);
  EXPECT_EQ(*s.filled_from, 2);
  EXPECT_DOUBLE_EQ(*s.values[k("power_w")], 200e-6);
  EXPECT_DOUBLE_EQ(*s.values[k("pm_deg")], 62);
  EXPECT_DOUBLE_EQ(*s.values[k("gbw_hz")], 20e6) << "given values stay";
  EXPECT_TRUE(s.given[k("gbw_hz")]);
  EXPECT_FALSE(s.given[k("power_w")]);

  Specification none;
  fill_from_nearest(none, ds);
  EXPECT_FALSE(none.filled_from) << "nothing given: nothing to be near to";
}
