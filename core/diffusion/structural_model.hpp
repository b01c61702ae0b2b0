// The paper's model: one conditional diffusion model per building block, trained on that
// block's variables only; samples of all blocks are recombined into full sizings. Two
// recombinations, two rows of the architecture table:
//
// chained (structural-chained, the default): p(x | y) = prod_b p(x_b | y, x_<b). Block b is
// conditioned on the performance vector and on the variables of the blocks before it, trained
// on their true values and sampled after them, so the blocks' errors no longer add up
// independently (FCOA, best of 10, plain v-MSE: 42 % -> 78 %; docs/results). A variable keeps
// the value of the first block that sizes it. Classifier-free guidance and performance dropout
// drop only the performances, never the earlier blocks' sizes: the unconditional model of a
// block is p(x_b | x_<b).
//
// independent (structural-independent, the paper's Section III): every block is conditioned on
// the performance vector only; a variable sized by several blocks takes their average and
// symmetric variables are set equal at recombination (recombine()).
//
// Models saved before the chain (conditioned on y only, named "structural") load as independent.
#pragma once

#include <algorithm>

#include "diffusion/diffusion_model.hpp"
#include "diffusion/sizing_model.hpp"

namespace inversize::diffusion {

enum class Recombination { chained, independent };

class StructuralModel : public SizingModel {
 public:
  // Variables no block covers get one extra block "rest" at training time.
  StructuralModel(const DesignContext& ctx, const ModelConfig& cfg, Recombination r = Recombination::chained)
      : SizingModel(ctx, cfg), recombination_(r) {}
  std::string architecture() const override;
  Recombination recombination() const { return recombination_; }
  const std::vector<DiffusionModel>& block_models() const { return models_; }

  // Some block is conditioned on earlier blocks (a single block is both; it sizes alike).
  bool chained() const {
    return std::any_of(earlier_.begin(), earlier_.end(), [](const auto& e) { return !e.empty(); });
  }
  // The variables that condition block b besides the performances (empty when not chained).
  const std::vector<int>& chain_conditions(std::size_t b) const { return earlier_.at(b); }

  // The block samples of one specification, before recombination (physical units). In a
  // chained model a later block's values of shared variables are not used.
  std::vector<Matrix> sample_blocks(const std::vector<double>& spec, int n, const SampleOptions& opts) const;

 protected:
  void fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows, const std::vector<int>& val_rows,
           const TrainOptions& opts, const JobContext& job, const TrainProgressFn& progress) override;
  Matrix generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const override;
  void write_networks(BlobWriter& w) const override;
  void read_networks(BlobReader& r) override;

 private:
  // Samples block after block; `sized` (optional) receives the normalised chained sizing.
  std::vector<Matrix> block_samples(const std::vector<double>& yn, int n, const SampleOptions& opts,
                                    Matrix* sized = nullptr) const;
  Recombination recombination_;
  std::vector<DiffusionModel> models_;
  std::vector<std::vector<int>> earlier_;  // per block: its chain conditions (empty unchained)
};

}  // namespace inversize::diffusion
