// The baselines, in the same engine for side-by-side comparison with the structural model.
#pragma once

#include <memory>

#include "diffusion/diffusion_model.hpp"
#include "diffusion/sizing_model.hpp"

namespace inversize::diffusion {

// One diffusion model over all variables at once: "monolithic" (the structural model's
// transformer, no decomposition) or "mlp-ddpm" (MLP denoiser, epsilon-prediction, Eid et al.).
class WholeCircuitDiffusion : public SizingModel {
 public:
  WholeCircuitDiffusion(std::string architecture, const DesignContext& ctx, const ModelConfig& cfg)
      : SizingModel(ctx, cfg), architecture_(std::move(architecture)) {}
  std::string architecture() const override { return architecture_; }

 protected:
  void fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows, const std::vector<int>& val_rows,
           const TrainOptions& opts, const JobContext& job, const TrainProgressFn& progress) override;
  Matrix generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const override;
  void write_networks(BlobWriter& w) const override;
  void read_networks(BlobReader& r) override;

 private:
  std::string architecture_;
  std::unique_ptr<DiffusionModel> model_;
};

// "ann": an MLP regression from performances to the whole sizing (Lourenco et al. 2018).
// Deterministic: sample() returns the same prediction n times (the seed is unused).
class AnnModel : public SizingModel {
 public:
  AnnModel(const DesignContext& ctx, const ModelConfig& cfg);
  ~AnnModel() override;
  std::string architecture() const override { return std::string(kAnn); }

 protected:
  void fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows, const std::vector<int>& val_rows,
           const TrainOptions& opts, const JobContext& job, const TrainProgressFn& progress) override;
  Matrix generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const override;
  void write_networks(BlobWriter& w) const override;
  void read_networks(BlobReader& r) override;

 private:
  struct Net;
  std::unique_ptr<Net> net_;
};

}  // namespace inversize::diffusion
