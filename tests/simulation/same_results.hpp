// Two simulations of the same design that must agree: every performance (value or reason) and
// every operating point to 7 digits (the results print 4).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "simulation/result.hpp"

inline void expect_same_to_7_digits(const inversize::simulation::SimulationResult& a,
                                    const inversize::simulation::SimulationResult& b, const std::string& what) {
  using namespace inversize;
  using namespace inversize::simulation;
  ASSERT_EQ(a.ok(), b.ok()) << what << ": " << a.error << " / " << b.error;
  EXPECT_EQ(a.error, b.error) << what;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    const auto& x = a.performances[k];
    const auto& y = b.performances[k];
    const std::string key(kPerformances[k].key);
    ASSERT_EQ(x.value.has_value(), y.value.has_value()) << what << " " << key << ": " << x.reason << " / " << y.reason;
    EXPECT_EQ(x.reason, y.reason) << what << " " << key;
    if (y.value) EXPECT_NEAR(*x.value, *y.value, 1e-7 * std::max(1e-12, std::abs(*y.value))) << what << " " << key;
  }
  ASSERT_EQ(a.operating_points.size(), b.operating_points.size()) << what;
  for (const auto& [name, op] : b.operating_points) {
    ASSERT_TRUE(a.operating_points.count(name)) << what << " " << name;
    const auto& o = a.operating_points.at(name);
    for (auto [x, y] : {std::pair{o.id, op.id}, {o.gm, op.gm}, {o.gds, op.gds}, {o.vth, op.vth}, {o.vdsat, op.vdsat}})
      EXPECT_NEAR(x, y, 1e-7 * std::abs(y) + 1e-15) << what << " " << name;
  }
}
