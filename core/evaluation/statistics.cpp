#include "evaluation/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace inversize::evaluation {

double quantile(std::vector<double> v, double q) {
  if (v.empty()) return NAN;
  std::sort(v.begin(), v.end());
  double h = (static_cast<double>(v.size()) - 1) * std::clamp(q, 0.0, 1.0);
  auto lo = static_cast<std::size_t>(std::floor(h));
  auto hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

BoxStats box_stats(const std::vector<double>& values) {
  BoxStats b;
  b.n = values.size();
  if (values.empty()) return b;
  b.median = quantile(values, 0.5);
  b.q1 = quantile(values, 0.25);
  b.q3 = quantile(values, 0.75);
  const double lo_fence = b.q1 - 1.5 * b.iqr(), hi_fence = b.q3 + 1.5 * b.iqr();
  b.whisker_lo = b.q1;
  b.whisker_hi = b.q3;
  for (double v : values) {
    if (v < lo_fence || v > hi_fence) b.outliers.push_back(v);
    else {
      b.whisker_lo = std::min(b.whisker_lo, v);
      b.whisker_hi = std::max(b.whisker_hi, v);
    }
  }
  std::sort(b.outliers.begin(), b.outliers.end());
  return b;
}

MeanStd mean_std(const std::vector<double>& v) {
  MeanStd m;
  if (v.empty()) return m;
  for (double x : v) m.mean += x;
  m.mean /= static_cast<double>(v.size());
  if (v.size() < 2) return m;
  double ss = 0;
  for (double x : v) ss += (x - m.mean) * (x - m.mean);
  m.std = std::sqrt(ss / static_cast<double>(v.size() - 1));
  return m;
}

}  // namespace inversize::evaluation
