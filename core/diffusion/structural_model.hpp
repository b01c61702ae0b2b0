// The paper's model: one conditional diffusion model per building block, trained on that
// block's variables only and conditioned on the full performance vector; samples of all
// blocks are recombined into full sizings.
#pragma once

#include "diffusion/diffusion_model.hpp"
#include "diffusion/sizing_model.hpp"

namespace inversize::diffusion {

class StructuralModel : public SizingModel {
 public:
  // Variables no block covers get one extra block "rest" at training time.
  StructuralModel(const DesignContext& ctx, const ModelConfig& cfg) : SizingModel(ctx, cfg) {}
  std::string architecture() const override { return "structural"; }
  const std::vector<DiffusionModel>& block_models() const { return models_; }

  // The block samples of one specification, before recombination (physical units).
  std::vector<Matrix> sample_blocks(const std::vector<double>& spec, int n, const SampleOptions& opts) const;

 protected:
  void fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows, const std::vector<int>& val_rows,
           const TrainOptions& opts, const JobContext& job, const TrainProgressFn& progress) override;
  Matrix generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const override;
  void write_networks(BlobWriter& w) const override;
  void read_networks(BlobReader& r) override;

 private:
  std::vector<Matrix> block_samples(const std::vector<double>& yn, int n, const SampleOptions& opts) const;
  std::vector<DiffusionModel> models_;
};

}  // namespace inversize::diffusion
