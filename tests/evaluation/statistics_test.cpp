// Order statistics against hand computation.
#include <gtest/gtest.h>

#include <cmath>

#include "evaluation/statistics.hpp"

using namespace inversize::evaluation;

TEST(Statistics, QuantilesInterpolateBetweenOrderStatistics) {
  // Sorted 1 2 3 4: h = 3 q; q = 0.25 -> 1.75, 0.5 -> 2.5, 0.75 -> 3.25 (NumPy's default).
  std::vector<double> v{4, 1, 3, 2};
  EXPECT_DOUBLE_EQ(quantile(v, 0.25), 1.75);
  EXPECT_DOUBLE_EQ(quantile(v, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(quantile(v, 0.75), 3.25);
  EXPECT_DOUBLE_EQ(quantile(v, 0), 1);
  EXPECT_DOUBLE_EQ(quantile(v, 1), 4);
  EXPECT_TRUE(std::isnan(quantile({}, 0.5)));
}

TEST(Statistics, BoxStatsSeparateOutliersBeyondOneAndAHalfIqr) {
  // 1..9 and 30: q1 = 3.25, q3 = 7.75, IQR 4.5, upper fence 14.5 -> 30 is an outlier and the
  // upper whisker ends at 9.
  std::vector<double> v{1, 2, 3, 4, 5, 6, 7, 8, 9, 30};
  auto b = box_stats(v);
  EXPECT_EQ(b.n, 10u);
  EXPECT_DOUBLE_EQ(b.q1, 3.25);
  EXPECT_DOUBLE_EQ(b.q3, 7.75);
  EXPECT_DOUBLE_EQ(b.median, 5.5);
  EXPECT_DOUBLE_EQ(b.whisker_lo, 1);
  EXPECT_DOUBLE_EQ(b.whisker_hi, 9);
  ASSERT_EQ(b.outliers.size(), 1u);
  EXPECT_DOUBLE_EQ(b.outliers[0], 30);
}

TEST(Statistics, MeanAndSampleStandardDeviation) {
  // 2 4 4 4 5 5 7 9: mean 5, sum of squares 32, sample variance 32/7.
  auto m = mean_std({2, 4, 4, 4, 5, 5, 7, 9});
  EXPECT_DOUBLE_EQ(m.mean, 5);
  EXPECT_NEAR(m.std, std::sqrt(32.0 / 7.0), 1e-12);
  EXPECT_DOUBLE_EQ(mean_std({3}).std, 0);
}
