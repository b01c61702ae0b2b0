#include <gtest/gtest.h>

#include <cmath>

#include "diffusion/recombination.hpp"

using namespace inversize::diffusion;

// Variables 0..4. Block A sizes {0, 1, 2}, block B sizes {2, 3}; variable 4 is in block C.
// Variable 2 overlaps: its value is the mean of A's and B's. Variables 3 and 4 are symmetric.
TEST(Recombination, AveragesOverlapsAndEnforcesSymmetry) {
  DesignContext ctx;
  ctx.blocks = {{"A", {0, 1, 2}}, {"B", {2, 3}}, {"C", {4}}};
  ctx.symmetric = {{3, 4}};
  std::vector<Matrix> samples = {
      {{1.0, 2.0, 3.0}, {10.0, 20.0, 30.0}},  // A: two samples
      {{5.0, 7.0}, {50.0, 70.0}},              // B
      {{9.0}, {90.0}},                         // C
  };
  auto out = recombine(ctx, 5, samples);
  ASSERT_EQ(out.size(), 2u);
  // sample 0: v2 = (3 + 5)/2 = 4; v3 = v4 = (7 + 9)/2 = 8
  EXPECT_EQ(out[0], (std::vector<double>{1.0, 2.0, 4.0, 8.0, 8.0}));
  // sample 1: v2 = (30 + 50)/2 = 40; v3 = v4 = (70 + 90)/2 = 80
  EXPECT_EQ(out[1], (std::vector<double>{10.0, 20.0, 40.0, 80.0, 80.0}));
}

TEST(Recombination, SymmetryGroupsAreTransitive) {
  DesignContext ctx;
  ctx.symmetric = {{0, 1}, {1, 2}};
  std::vector<double> row{1.0, 2.0, 6.0, 5.0};
  finish_sizing(ctx, row);
  EXPECT_EQ(row, (std::vector<double>{3.0, 3.0, 3.0, 5.0}));
}

TEST(Recombination, UncoveredVariableIsAnError) {
  DesignContext ctx;
  ctx.blocks = {{"A", {0}}};
  EXPECT_THROW(recombine(ctx, 2, {{{1.0}}}), std::invalid_argument);
}

// Grid 0.1 um in [0.5, 2.0]: 1.234 -> 1.2; 1.26 -> 1.3; 0.1 -> clamp 0.5; 7 -> 2.0.
// Grid 5e-9 in [1.2e-8, 1e-6] (a log variable, snapped in linear units):
// 3.3e-8 -> 3.5e-8; 1.2e-8 -> the first grid point inside, 1.5e-8.
TEST(Recombination, SnapsToGridAndLimits) {
  const VariableLimits um{0.5, 2.0, 0.1, true};
  EXPECT_NEAR(snap(1.234, um), 1.2, 1e-12);
  EXPECT_NEAR(snap(1.26, um), 1.3, 1e-12);
  EXPECT_NEAR(snap(0.1, um), 0.5, 1e-12);
  EXPECT_NEAR(snap(7.0, um), 2.0, 1e-12);
  const VariableLimits nm{1.2e-8, 1e-6, 5e-9, true};
  EXPECT_NEAR(snap(3.3e-8, nm), 3.5e-8, 1e-20);
  EXPECT_NEAR(snap(1.2e-8, nm), 1.5e-8, 1e-20);
  const VariableLimits free{0, 0, 0, false};
  EXPECT_EQ(snap(-3.25, free), -3.25);
  const VariableLimits bounded{1.0, 3.0, 0.0, false};
  EXPECT_EQ(snap(3.5, bounded), 3.0);
}

TEST(Recombination, RecombineSnapsAfterAveraging) {
  DesignContext ctx;
  ctx.blocks = {{"A", {0, 1}}, {"B", {1}}};
  ctx.symmetric = {};
  ctx.limits = {{0.5, 2.0, 0.1, true}, {0.5, 2.0, 0.1, true}};
  // v1 = (1.0 + 1.34)/2 = 1.17 -> grid 0.1 -> 1.2; v0 = 0.62 -> 0.6
  auto out = recombine(ctx, 2, {{{0.62, 1.0}}, {{1.34}}});
  EXPECT_NEAR(out[0][0], 0.6, 1e-12);
  EXPECT_NEAR(out[0][1], 1.2, 1e-12);
}
