// The forward model beside an inverse-sizing model: normalised sizing -> normalised
// performances, an MLP regression on the same training split. It says in microseconds what
// SPICE would say of a drawn sample, so that more samples can be drawn than simulated and the
// ones likeliest to meet the specification are simulated (SampleOptions::candidates).
#pragma once

#include <memory>
#include <vector>

#include "common/job.hpp"
#include "diffusion/options.hpp"

namespace inversize::diffusion {

class BlobWriter;
class BlobReader;

class PerformanceSurrogate {
 public:
  using Matrix = std::vector<std::vector<double>>;
  static constexpr int kWidth = 256;
  static constexpr int kDepth = 3;
  // Refinement: Adam's step in normalised variable units, and the weight of the squared
  // distance from the start against the log chance. 16 kept the Miller's refined samples
  // within 1 % median of the specification where 4 overshot it by 2 (docs/results).
  static constexpr double kRefineRate = 0.02;
  static constexpr double kRefineProximity = 16.0;

  PerformanceSurrogate(int n_variables, int n_performances);
  ~PerformanceSurrogate();

  // xn: all designs' normalised sizings, yn: their normalised performances (NaN = not
  // measured, left out of the loss); the rows of each split. Early stopping on val_rows.
  void fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows, const std::vector<int>& val_rows,
           const TrainOptions& opts, const JobContext& job, const TrainProgressFn& progress);
  // Normalised performances for normalised sizings (rows x variables).
  Matrix predict(const Matrix& xn, int threads = 2) const;
  // Gradient ascent on the log chance that every performance lies within [lo, hi]
  // (normalised; +-inf or NaN = no bound), each prediction taken as normal with sigma(), less
  // a proximity penalty that keeps each sizing near its start, where the surrogate was right
  // about the samples it has seen. Adam, `steps` steps; rows are independent.
  Matrix refine(const Matrix& xn, const std::vector<double>& lo, const std::vector<double>& hi, int steps,
                int threads = 2) const;
  // Validation mean squared error in normalised units (NaN without a validation split).
  double validation_loss() const { return val_loss_; }
  // Per performance: the RMS error of the prediction in normalised units, on the validation
  // split (the training split without one); how far a prediction can be trusted.
  const std::vector<double>& sigma() const { return sigma_; }

  void write(BlobWriter& w) const;
  static std::unique_ptr<PerformanceSurrogate> read(BlobReader& r, int n_variables, int n_performances);

 private:
  struct Net;
  std::unique_ptr<Net> net_;
  int nv_, np_;
  double val_loss_;
  std::vector<double> sigma_;
};

}  // namespace inversize::diffusion
