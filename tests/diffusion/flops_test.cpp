// The FLOPs that sampling costs, counted for the backbone actually built (issue 24: the
// benchmark counted the transformer's for MLP blocks and reported 1120 GFLOP/s, above the
// machine's matmul peak). The numbers are multiply-adds counted by hand from the layer shapes
// in mlp.cpp / transformer.cpp and embedders.cpp, times 2; the networks' parameter counts
// check that those shapes are the ones built.
#include <gtest/gtest.h>

#include "diffusion/architectures.hpp"
#include "diffusion/diffusion_model.hpp"
#include "diffusion/flops.hpp"
#include "diffusion/structural_model.hpp"

using namespace inversize::diffusion;

namespace {
SampleOptions steps(int k, double guidance = 1.0) {
  SampleOptions o;
  o.steps = k;
  o.guidance = guidance;
  return o;
}
}  // namespace

TEST(SamplingFlops, MlpDenoiserByHand) {
  // Width 128, 3 hidden layers, 64 timestep frequencies; 4 variables, 7 performances.
  //   timestep embedder 64x128 + 128x128 = 24576
  //   condition embedder (2 x 7)x128 + 128x128 = 18176
  //   layers (4 + 2 x 128)x128 + 128x128 + 128x128 + 128x4 = 66560
  // 109312 multiply-adds: 218624 FLOPs per row and step.
  const auto cfg = with_backbone(ModelConfig{}, Backbone::mlp);
  ASSERT_EQ(cfg.width, 128);
  DiffusionModel m(cfg, 4, 7, 1);
  // The network built has those shapes: 109312 weights, 900 biases, a 128-wide null condition.
  EXPECT_EQ(m.parameter_count(), 109312u + 900u + 128u);
  EXPECT_DOUBLE_EQ(sampling_flops(m, 1, steps(1)), 218624.0);
  EXPECT_DOUBLE_EQ(sampling_flops(m, 10, steps(25)), 218624.0 * 10 * 25);
  // Guidance other than 1: the unconditional rows go through the network too.
  EXPECT_DOUBLE_EQ(sampling_flops(m, 10, steps(25, 2.0)), 2 * 218624.0 * 10 * 25);
  // Two chained columns (earlier blocks' sizes) widen the condition embedder's input by 4.
  DiffusionModel chained(cfg, 4, 9, 1, 2);
  EXPECT_DOUBLE_EQ(sampling_flops(chained, 1, steps(1)), 218624.0 + 2 * 4 * 128);

  // What sampling executes (DenoiserBase::condition): once per call, per row the condition
  // embedder 18176 and the condition's part of the first layer 128x128 = 16384, per timestep
  // the timestep embedder 24576 and its part of the first layer 16384; per row and step the
  // sizing's part of the first layer 4x128 = 512, the hidden layers 2 x 16384 and the output
  // 128x4 = 512: 33792 multiply-adds.
  const auto executed = FlopCount::executed;
  EXPECT_DOUBLE_EQ(sampling_flops(m, 1, steps(1), executed), 2.0 * (34560 + 40960 + 33792));
  EXPECT_DOUBLE_EQ(sampling_flops(m, 10, steps(25, 2.0), executed),
                   2.0 * (20 * 34560 + 25 * 40960 + 20 * 25 * 33792));
}

TEST(SamplingFlops, TransformerDenoiserByHand) {
  // Width 64, 3 blocks, MLP ratio 2, 64 frequencies; 4 tokens (variables), 7 performances.
  //   value embedding 4 x 1x64 = 256; timestep embedder 64x64 + 64x64 = 8192;
  //   condition embedder 14x64 + 64x64 = 4992
  //   per block: modulation 64x384 = 24576; per token qkv 64x192 + proj 64x64 + fc1 64x128 +
  //   fc2 128x64 = 32768, x 4 = 131072; q k^T and att v 2 x 4 x 4 x 64 = 2048: 157696, x 3
  //   final layer: modulation 64x128 = 8192, projection 4 x 64x1 = 256
  // 494976 multiply-adds: 989952 FLOPs per row and step.
  ModelConfig cfg;
  ASSERT_EQ(cfg.backbone, Backbone::transformer);
  DiffusionModel m(cfg, 4, 7, 1);
  // The network built has those shapes: 193536 weights, 2945 biases, the 4 x 64 variable
  // embedding and the 64-wide null condition (LayerNorms without parameters).
  EXPECT_EQ(m.parameter_count(), 193536u + 2945u + 256u + 64u);
  EXPECT_DOUBLE_EQ(sampling_flops(m, 1, steps(1)), 989952.0);
  EXPECT_DOUBLE_EQ(sampling_flops(m, 100, steps(25, 2.0)), 989952.0 * 2 * 100 * 25);
}

TEST(SamplingFlops, StructuralModelCountsTheBackboneItWasBuiltWith) {
  // Two blocks of 2 variables, 3 performances; the second block chained on the first's 2.
  DesignContext ctx;
  ctx.blocks = {{"a", {0, 1}}, {"b", {2, 3}}};
  TrainingData d;
  for (int v = 0; v < 4; ++v) d.variable_names.push_back("x" + std::to_string(v)), d.variable_log.push_back(false);
  for (int p = 0; p < 3; ++p) d.performance_names.push_back("p" + std::to_string(p));
  for (int i = 0; i < 40; ++i) {
    d.x.push_back({1.0 + i, 2.0 + i % 7, 3.0 + i % 5, 4.0 + i % 3});
    d.y.push_back({1.0 + i % 11, 5.0 + i, 2.0 + i % 4});
  }
  TrainOptions o;
  o.max_steps = 1;
  o.surrogate = false;
  auto model = make_sizing_model(kStructuralChained, ctx);  // the table's default: MLP blocks
  EXPECT_EQ(sampling_flops(*model, 100, steps(25)), 0.0) << "not trained";
  model->train(d, o);
  // MLP 128 wide, 2 variables: embedders 64x128 + 128x128 and (2 x 3)x128 + 128x128, layers
  // (2 + 256)x128 + 2 x 128x128 + 128x2 = 107776 multiply-adds for block a; block b is
  // conditioned on 3 + 2 columns: 4 x 128 more.
  const double a = 2 * (24576 + 768 + 16384 + 33024 + 32768 + 256.0), b = a + 2 * 4 * 128;
  EXPECT_DOUBLE_EQ(sampling_flops(*model, 100, steps(25)), (a + b) * 100 * 25);
  // ann: one regression (2 x 3 -> 120 -> 120 -> 120 -> 4) whatever the number of samples.
  auto ann = make_sizing_model(kAnn, ctx);
  ann->train(d, o);
  EXPECT_DOUBLE_EQ(sampling_flops(*ann, 100, steps(25)), 2.0 * (6 * 120 + 2 * 120 * 120 + 120 * 4));
}
