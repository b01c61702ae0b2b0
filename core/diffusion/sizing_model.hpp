// The one interface of every inverse-sizing model of the engine, for side-by-side comparison;
// the architectures are the rows of architectures.hpp.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/job.hpp"
#include "diffusion/architectures.hpp"
#include "diffusion/dataset_view.hpp"
#include "diffusion/normalizer.hpp"
#include "diffusion/options.hpp"

namespace inversize::diffusion {

class BlobWriter;
class BlobReader;
class PerformanceSurrogate;

class SizingModel {
 public:
  using Matrix = std::vector<std::vector<double>>;
  virtual ~SizingModel() = default;

  virtual std::string architecture() const = 0;

  // Splits the designs (validation_fraction, seeded), fits the normalisation on the training
  // split and trains. Progress per step batch through `progress` and job.report(); throws
  // Cancelled when job.cancel is set, std::invalid_argument on bad data.
  void train(const TrainingData& data, const TrainOptions& opts, const JobContext& job = {},
             const TrainProgressFn& progress = {});

  // n full sizings (n x variables, physical units; overlaps recombined, symmetry enforced,
  // snapped to the grid and limits) for one specification: one value per performance in
  // performance_names() order, NaN = left out.
  Matrix sample(const std::vector<double>& spec, int n, const SampleOptions& opts = {}) const;

  // The forward model trained with this one (TrainOptions::surrogate), if any: predicted
  // performances (physical units, performance_names() order) of physical sizings.
  bool has_surrogate() const { return surrogate_ != nullptr; }
  Matrix predict_performances(const Matrix& sizings, int threads = 2) const;
  // Its RMS error per performance, in performance_normalizer() units.
  const std::vector<double>& surrogate_sigma() const;
  // Moves physical sizings by `steps` gradient steps up the surrogate's chance that every
  // performance lies within [lo, hi] (physical, performance_names() order, +-inf = no bound),
  // held near where they started; snapped to the limits and grid again.
  Matrix refine(const Matrix& sizings, const std::vector<double>& lo, const std::vector<double>& hi, int steps,
                int threads = 2) const;

  // Magic, format version, architecture, hyperparameters, design context, names,
  // normalisation and network parameters, with a checksum. See load_sizing_model().
  std::vector<std::uint8_t> to_blob() const;

  bool trained() const { return trained_; }
  const ModelConfig& config() const { return cfg_; }
  const DesignContext& context() const { return ctx_; }
  const std::vector<std::string>& variable_names() const { return variable_names_; }
  const std::vector<std::string>& performance_names() const { return performance_names_; }
  const Normalizer& variable_normalizer() const { return xnorm_; }
  const Normalizer& performance_normalizer() const { return ynorm_; }

 protected:
  SizingModel(DesignContext ctx, const ModelConfig& cfg) : ctx_(std::move(ctx)), cfg_(cfg) {}
  // xn, yn: all designs, normalised; the rows of each split.
  virtual void fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows, const std::vector<int>& val_rows,
                   const TrainOptions& opts, const JobContext& job, const TrainProgressFn& progress) = 0;
  // Physical-unit sizings for a normalised specification, before finish_sizing().
  virtual Matrix generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const = 0;
  virtual void write_networks(BlobWriter& w) const = 0;
  virtual void read_networks(BlobReader& r) = 0;
  // Physical sizings from normalised rows over all variables.
  Matrix denormalise(const Matrix& xn) const;

  DesignContext ctx_;
  ModelConfig cfg_;
  std::vector<std::string> variable_names_, performance_names_;
  Normalizer xnorm_, ynorm_;
  std::shared_ptr<const PerformanceSurrogate> surrogate_;
  bool trained_ = false;

  friend std::unique_ptr<SizingModel> load_sizing_model(std::span<const std::uint8_t> blob);
};

// A model of the architecture `arch` (architectures.hpp), with its default hyperparameters
// unless `cfg` is given.
std::unique_ptr<SizingModel> make_sizing_model(std::string_view architecture, const DesignContext& ctx,
                                               std::optional<ModelConfig> cfg = std::nullopt);
// Throws BlobError (clear message) on a foreign, newer, truncated, corrupted or inconsistent blob.
std::unique_ptr<SizingModel> load_sizing_model(std::span<const std::uint8_t> blob);

// A seeded permutation of 0..n-1, the same on every standard library.
std::vector<int> seeded_permutation(std::size_t n, std::uint64_t seed);
// Seeded split of `designs` rows into (training, validation).
std::pair<std::vector<int>, std::vector<int>> split_rows(std::size_t designs, double validation_fraction, std::uint64_t seed);

}  // namespace inversize::diffusion
