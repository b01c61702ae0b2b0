#include "diffusion/normalizer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "diffusion/blob.hpp"

namespace inversize::diffusion {

Normalizer Normalizer::fit(const std::vector<std::vector<double>>& rows, const std::vector<bool>& log_columns) {
  const std::size_t m = log_columns.size();
  Normalizer n;
  n.log_ = log_columns;
  n.mean_.assign(m, 0.0);
  n.std_.assign(m, 1.0);
  for (std::size_t j = 0; j < m; ++j) {
    double sum = 0, sum2 = 0;
    std::size_t count = 0;
    for (const auto& row : rows) {
      double v = row.at(j);
      if (std::isnan(v)) continue;
      if (n.log_[j]) {
        if (!(v > 0)) throw std::invalid_argument("log-normalised column " + std::to_string(j) + " has a value <= 0");
        v = std::log10(v);
      }
      sum += v;
      sum2 += v * v;
      ++count;
    }
    if (count == 0) continue;  // all missing: identity
    const double mean = sum / count;
    const double var = std::max(sum2 / count - mean * mean, 0.0);
    n.mean_[j] = mean;
    // A constant column keeps unit scale: dividing by ~0 would blow the noise up.
    n.std_[j] = std::sqrt(var) > 1e-12 * std::max(1.0, std::abs(mean)) ? std::sqrt(var) : 1.0;
  }
  return n;
}

Normalizer Normalizer::fit_auto_log(const std::vector<std::vector<double>>& rows, double decades_ratio) {
  const std::size_t m = rows.empty() ? 0 : rows.front().size();
  std::vector<bool> log(m, false);
  for (std::size_t j = 0; j < m; ++j) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    bool positive = true, any = false;
    for (const auto& row : rows) {
      const double v = row.at(j);
      if (std::isnan(v)) continue;
      any = true;
      positive = positive && v > 0;
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    log[j] = any && positive && hi / lo >= decades_ratio;
  }
  return fit(rows, log);
}

double Normalizer::normalise(std::size_t j, double v) const {
  if (std::isnan(v)) return v;
  if (log_[j]) v = v > 0 ? std::log10(v) : -std::numeric_limits<double>::infinity();
  return (v - mean_[j]) / std_[j];
}
double Normalizer::denormalise(std::size_t j, double z) const {
  const double v = z * std_[j] + mean_[j];
  return log_[j] ? std::pow(10.0, v) : v;
}
std::vector<double> Normalizer::normalise(const std::vector<double>& row) const {
  if (row.size() != columns()) throw std::invalid_argument("row has " + std::to_string(row.size()) + " values, expected " + std::to_string(columns()));
  std::vector<double> out(row.size());
  for (std::size_t j = 0; j < row.size(); ++j) out[j] = normalise(j, row[j]);
  return out;
}
std::vector<double> Normalizer::denormalise(const std::vector<double>& row) const {
  std::vector<double> out(row.size());
  for (std::size_t j = 0; j < row.size(); ++j) out[j] = denormalise(j, row[j]);
  return out;
}
Normalizer Normalizer::select(const std::vector<int>& columns) const {
  Normalizer n;
  for (int c : columns) {
    n.log_.push_back(log_.at(c));
    n.mean_.push_back(mean_.at(c));
    n.std_.push_back(std_.at(c));
  }
  return n;
}

void Normalizer::write(BlobWriter& w) const {
  w.u64(log_.size());
  for (bool b : log_) w.u32(b ? 1 : 0);
  w.f64s(mean_);
  w.f64s(std_);
}
Normalizer Normalizer::read(BlobReader& r) {
  Normalizer n;
  const auto m = r.count(1u << 20, "normaliser columns");
  for (std::uint64_t j = 0; j < m; ++j) n.log_.push_back(r.u32() != 0);
  n.mean_ = r.f64s();
  n.std_ = r.f64s();
  r.expect(n.mean_.size() == m && n.std_.size() == m, "normaliser column counts disagree");
  return n;
}

}  // namespace inversize::diffusion
