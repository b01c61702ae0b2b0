// Column normalisation fitted on the training split and stored with the model:
// optional log10, then standardisation. NaN (a missing performance) passes through; a value
// at or below zero in a log column lies below every value and normalises to -infinity.
#pragma once

#include <vector>

namespace inversize::diffusion {

class BlobWriter;
class BlobReader;

class Normalizer {
 public:
  Normalizer() = default;
  // log_columns[j]: take log10 of column j first (values must be > 0).
  static Normalizer fit(const std::vector<std::vector<double>>& rows, const std::vector<bool>& log_columns);
  // Performances: log10 where all values are positive and max/min >= decades_ratio.
  static Normalizer fit_auto_log(const std::vector<std::vector<double>>& rows, double decades_ratio);

  std::size_t columns() const { return mean_.size(); }
  const std::vector<bool>& log_columns() const { return log_; }
  double normalise(std::size_t j, double value) const;
  double denormalise(std::size_t j, double z) const;
  std::vector<double> normalise(const std::vector<double>& row) const;
  std::vector<double> denormalise(const std::vector<double>& row) const;
  // The sub-normaliser of some columns (a block's variables).
  Normalizer select(const std::vector<int>& columns) const;

  void write(BlobWriter& w) const;
  static Normalizer read(BlobReader& r);

 private:
  std::vector<bool> log_;
  std::vector<double> mean_, std_;
};

}  // namespace inversize::diffusion
