// Order statistics for the reports: quantiles and Tukey box-plot figures, computed here once so
// the CLI report, the JSON summary and the UI's plots show the same numbers.
#pragma once

#include <vector>

namespace inversize::evaluation {

// Linear interpolation between order statistics (the "type 7" rule of R and NumPy).
// NaN for an empty input. `q` in [0, 1].
double quantile(std::vector<double> values, double q);

struct BoxStats {
  std::size_t n = 0;
  double median = 0, q1 = 0, q3 = 0;
  double whisker_lo = 0, whisker_hi = 0;  // furthest values within 1.5 IQR of the quartiles
  std::vector<double> outliers;           // the values beyond the whiskers
  double iqr() const { return q3 - q1; }
};
BoxStats box_stats(const std::vector<double>& values);

// Mean and (sample, n-1) standard deviation; 0 deviation for fewer than two values.
struct MeanStd {
  double mean = 0, std = 0;
};
MeanStd mean_std(const std::vector<double>& values);

}  // namespace inversize::evaluation
