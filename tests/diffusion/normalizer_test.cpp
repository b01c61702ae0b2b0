// The column normalisation, against hand computations: log10 then standardisation with the
// population deviation; what a log column cannot place lies below every value.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "diffusion/normalizer.hpp"

using inversize::diffusion::Normalizer;

TEST(Normalizer, LogThenStandardiseByHand) {
  // Column 0 in log10: 0 and 2 -> mean 1, std 1. Column 1 linear: 2 and 6 -> mean 4, std 2.
  const auto n = Normalizer::fit({{1.0, 2.0}, {100.0, 6.0}}, {true, false});
  EXPECT_DOUBLE_EQ(n.normalise(0, 10.0), 0.0);
  EXPECT_DOUBLE_EQ(n.normalise(0, 1000.0), 2.0);
  EXPECT_DOUBLE_EQ(n.normalise(1, 8.0), 2.0);
  EXPECT_NEAR(n.denormalise(0, -1.0), 1.0, 1e-12);
  EXPECT_DOUBLE_EQ(n.denormalise(1, -1.0), 2.0);
}

TEST(Normalizer, NonPositiveValueOfALogColumnIsMinusInfinityNotASentinel) {
  const auto n = Normalizer::fit({{1.0}, {100.0}}, {true});
  EXPECT_EQ(n.normalise(0, 0.0), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(n.normalise(0, -5.0), -std::numeric_limits<double>::infinity());
  EXPECT_TRUE(std::isnan(n.normalise(0, std::nan(""))));  // a missing value passes through
}
