// Corner names and selections, and the Wilson interval, against hand numbers.
#include <gtest/gtest.h>

#include "robustness/corners.hpp"
#include "robustness/yield.hpp"
#include "thrown_message.hpp"

using namespace inversize;
using namespace inversize::robustness;

namespace {

std::vector<std::string> names(const std::vector<Corner>& cs) {
  std::vector<std::string> out;
  for (const auto& c : cs) out.push_back(c.name);
  return out;
}

}  // namespace

TEST(Corners, DefaultIsEveryProcessCornerAndTheFourSupplyTemperatureExtremes) {
  const auto gf = technology::load_named("gf180mcu");
  EXPECT_EQ(names(select_corners(gf, "default")),
            (std::vector<std::string>{"typical/nominal/nominal", "ff/nominal/nominal", "ss/nominal/nominal",
                                      "fs/nominal/nominal", "sf/nominal/nominal", "typical/low/cold", "typical/low/hot",
                                      "typical/high/cold", "typical/high/hot"}));
  EXPECT_EQ(select_corners(gf, "all").size(), 5u * 3u * 3u);
  EXPECT_TRUE(select_corners(gf, "none").empty());
  // generic180 has no process corners: its process is "nominal".
  const auto g = technology::load_named("generic180");
  EXPECT_EQ(names(select_corners(g, "default")),
            (std::vector<std::string>{"nominal/nominal/nominal", "nominal/low/cold", "nominal/low/hot", "nominal/high/cold",
                                      "nominal/high/hot"}));
}

TEST(Corners, ListsNameProcessCornersAloneOrWhole) {
  const auto gf = technology::load_named("gf180mcu");
  auto cs = select_corners(gf, "ss, FF/high/cold");
  ASSERT_EQ(cs.size(), 2u);
  EXPECT_EQ(cs[0].name, "ss/nominal/nominal");
  EXPECT_EQ(cs[0].process, "ss");
  EXPECT_DOUBLE_EQ(cs[0].supply_v, 3.3);
  EXPECT_DOUBLE_EQ(cs[0].temperature_c, 25);
  EXPECT_EQ(cs[1].name, "ff/high/cold");
  EXPECT_DOUBLE_EQ(cs[1].supply_v, 3.63);
  EXPECT_DOUBLE_EQ(cs[1].temperature_c, -40);
  const auto why = thrown_message<std::invalid_argument>([&] { select_corners(gf, "tt"); }, "tt, no gf180mcu corner");
  EXPECT_NE(why.find("unknown corner 'tt'"), std::string::npos) << why;
  EXPECT_NE(why.find("typical ff ss fs sf"), std::string::npos) << why;
  EXPECT_THROW(select_corners(gf, "ss/low"), std::invalid_argument);
}

TEST(Corners, ConditionsKeepTheDecksShareOfTheSupply) {
  const auto g = technology::load_named("generic180");
  simulation::Conditions nominal;
  nominal.vdd_v = 1.8;
  nominal.vcm_v = 0.9;
  const auto c = corner_conditions(g, nominal, select_corners(g, "nominal/low/hot").front());
  EXPECT_DOUBLE_EQ(c.vdd_v, 1.62);
  EXPECT_DOUBLE_EQ(c.vcm_v, 0.81);
  EXPECT_DOUBLE_EQ(c.temperature_c, 125);
}

TEST(Wilson, MatchesHandComputedIntervals) {
  // p = 0.8, n = 10, z = 1.96: centre (0.8 + 0.19208) / 1.38416 = 0.71681,
  // half 1.95996 / 1.38416 * sqrt(0.016 + 0.009604) = 0.22659.
  auto s = wilson95(8, 10);
  EXPECT_DOUBLE_EQ(s.value, 0.8);
  EXPECT_NEAR(s.lo, 0.4902, 1e-4);
  EXPECT_NEAR(s.hi, 0.9433, 1e-4);
  // None of 10: [0, z^2 / (n + z^2)] = [0, 0.2775].
  s = wilson95(0, 10);
  EXPECT_DOUBLE_EQ(s.lo, 0);
  EXPECT_NEAR(s.hi, 0.2775, 1e-4);
  s = wilson95(200, 200);
  EXPECT_NEAR(s.lo, 0.9812, 1e-4);
  EXPECT_DOUBLE_EQ(s.hi, 1);
}
