// One conditional diffusion model over a set of (normalised) sizing variables, conditioned on
// the (normalised) performance vector: the unit the structural model trains per block and the
// baselines train once. Torch-free: the network lives behind a pimpl.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/job.hpp"
#include "diffusion/options.hpp"

namespace inversize::diffusion {

class BlobWriter;
class BlobReader;

class DiffusionModel {
 public:
  using Matrix = std::vector<std::vector<double>>;

  // A freshly initialised network (adaLN-Zero start) drawn from `seed`. The condition has
  // n_performances columns; the last n_chained of them are the sizes of earlier blocks (the
  // chained structural model), which classifier-free guidance and performance dropout never
  // drop: the unconditional model is p(x | chained sizes).
  DiffusionModel(const ModelConfig& cfg, int n_variables, int n_performances, std::uint64_t seed, int n_chained = 0);
  ~DiffusionModel();
  DiffusionModel(DiffusionModel&&) noexcept;
  DiffusionModel& operator=(DiffusionModel&&) noexcept;

  struct TrainResult {
    long long steps = 0;
    double best_val_loss = 0.0;  // NaN without a validation split
    bool stopped_early = false;
  };
  // x: designs x variables, y: designs x performances, both normalised (NaN = missing
  // performance); rows of the training and validation split. Throws Cancelled.
  TrainResult train(const Matrix& x, const Matrix& y, const std::vector<int>& train_rows, const std::vector<int>& val_rows,
                    const TrainOptions& opts, const std::string& name, const JobContext& job,
                    const TrainProgressFn& progress);

  // n normalised samples for one normalised specification (NaN = left out).
  Matrix sample(const std::vector<double>& y, int n, const SampleOptions& opts) const;
  // One normalised sample per row of y: each sample has its own condition.
  Matrix sample(const Matrix& y, const SampleOptions& opts) const;

  // The raw network output for given inputs (tests, guidance checks).
  Matrix predict(const Matrix& x_t, const std::vector<int>& t, const Matrix& y, const std::vector<bool>& uncond) const;

  int variables() const;
  int performances() const;  // condition columns, chained ones included
  int chained() const;
  const ModelConfig& config() const;
  std::size_t parameter_count() const;

  void write(BlobWriter& w) const;
  static DiffusionModel read(BlobReader& r, const std::string& what);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  explicit DiffusionModel(std::unique_ptr<Impl> impl);
};

// ModelConfig in a blob (shared by every model kind).
void write_config(BlobWriter& w, const ModelConfig& c);
ModelConfig read_config(BlobReader& r);

}  // namespace inversize::diffusion
