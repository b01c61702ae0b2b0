// The one interface over the structural model and the baselines.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "diffusion/sizing_model.hpp"
#include "diffusion/structural_model.hpp"
#include "synthetic.hpp"

using namespace inversize::diffusion;

TEST(SizingModel, FactoryKnowsTheArchitectures) {
  EXPECT_EQ(sizing_architectures(), (std::vector<std::string>{"structural-chained", "structural-independent",
                                                              "monolithic", "mlp-ddpm", "ann"}));
  EXPECT_EQ(default_architecture(), "structural-chained");
  for (const auto& a : sizing_architectures()) EXPECT_EQ(make_sizing_model(a, {})->architecture(), a);
  EXPECT_THROW(make_sizing_model("gan", {}), std::invalid_argument);
  EXPECT_EQ(default_config("mlp-ddpm").prediction, Prediction::epsilon);
  EXPECT_FALSE(default_config("mlp-ddpm").zero_terminal_snr);
  EXPECT_EQ(default_config("mlp-ddpm").width, kMlpWidth);
  EXPECT_EQ(default_config(kStructuralChained).prediction, Prediction::v);
  // The denoiser is a choice of our diffusion models only.
  EXPECT_TRUE(takes_backbone(kStructuralChained) && takes_backbone(kStructuralIndependent) && takes_backbone(kMonolithic));
  EXPECT_FALSE(takes_backbone(kMlpDdpm) || takes_backbone(kAnn));
  // Old project files call the chained structural model "structural".
  EXPECT_EQ(make_sizing_model("structural", {})->architecture(), "structural-chained");
  EXPECT_EQ(canonical_architecture("structural"), "structural-chained");
  EXPECT_EQ(canonical_architecture("ann"), "ann");
  try {
    architecture("gan");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("structural-independent"), std::string::npos) << e.what();
  }
}

// Every architecture trains, samples full sizings within the limits and round-trips.
TEST(SizingModel, EveryArchitectureTrainsSamplesAndPersists) {
  DesignContext ctx = test::two_blocks();
  ctx.symmetric = {{0, 1}};  // pretend W1 and W2 are one symmetric pair
  for (int v = 0; v < 3; ++v) ctx.limits.push_back({0.0, 0.0, 0.0, true});
  ctx.limits[0] = {1e-6, 1e-5, 1e-8, true};
  ctx.limits[1] = {1e-6, 1e-5, 1e-8, true};
  ctx.limits.push_back({-1.0, 2.0, 0.0, false});
  for (const auto& arch : sizing_architectures()) {
    SCOPED_TRACE(arch);
    auto cfg = default_config(arch);
    cfg.depth = 1;
    auto m = make_sizing_model(arch, ctx, cfg);
    TrainOptions o;
    o.max_steps = 60;
    o.eval_every = 30;
    m->train(test::synthetic(), o);
    SampleOptions so;
    so.seed = 1;
    so.steps = 10;
    auto s = m->sample({2.0, std::nan("")}, 7, so);  // q left out
    ASSERT_EQ(s.size(), 7u);
    for (const auto& row : s) {
      ASSERT_EQ(row.size(), 4u);
      EXPECT_EQ(row[0], row[1]);  // symmetry
      EXPECT_GE(row[0], 1e-6);
      EXPECT_LE(row[0], 1e-5);
      EXPECT_NEAR(std::round(row[0] / 1e-8) * 1e-8, row[0], 1e-15);  // on the grid
      EXPECT_GT(row[2], 0.0);
      EXPECT_GE(row[3], -1.0);
      EXPECT_LE(row[3], 2.0);
    }
    if (arch == kAnn) EXPECT_EQ(s.front(), s.back());  // a regression: one answer, n times
    else EXPECT_NE(s.front(), s.back());
    auto loaded = load_sizing_model(m->to_blob());
    EXPECT_EQ(loaded->architecture(), arch);
    EXPECT_EQ(loaded->sample({2.0, std::nan("")}, 7, so), s);
  }
}

// The structural model chains its blocks: block b is conditioned on the performances and on
// the variables of the blocks before it; a variable keeps the first block's value.
TEST(SizingModel, StructuralSampleChainsItsBlocks) {
  auto cfg = default_config(kStructuralChained);
  cfg.depth = 1;
  StructuralModel m(test::two_blocks(), cfg);
  TrainOptions o;
  o.max_steps = 40;
  m.train(test::synthetic(), o);
  ASSERT_TRUE(m.chained());
  EXPECT_TRUE(m.chain_conditions(0).empty());
  EXPECT_EQ(m.chain_conditions(1), (std::vector<int>{0, 1}));
  EXPECT_EQ(m.block_models()[0].performances(), 2);
  EXPECT_EQ(m.block_models()[1].performances(), 2 + 2);
  SampleOptions so;
  so.seed = 4;
  auto blocks = m.sample_blocks({2.0, 0.5}, 3, so);
  auto full = m.sample({2.0, 0.5}, 3, so);
  ASSERT_EQ(blocks.size(), 2u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(full[i][0], blocks[0][i][0], 1e-12 * std::abs(blocks[0][i][0]));
    EXPECT_NEAR(full[i][1], blocks[0][i][1], 1e-12 * std::abs(blocks[0][i][1]));  // first block's value
    EXPECT_NEAR(full[i][2], blocks[1][i][1], 1e-12 * std::abs(blocks[1][i][1]));
    EXPECT_NEAR(full[i][3], blocks[1][i][2], 1e-12);
  }
  auto loaded = load_sizing_model(m.to_blob());
  EXPECT_TRUE(dynamic_cast<StructuralModel&>(*loaded).chained());
  EXPECT_EQ(loaded->sample({2.0, 0.5}, 3, so), full);
}

// The other denoiser (train --backbone mlp): the same chained structural model with MLP block
// networks, stored and loaded with its backbone; the baselines' settings are not touched.
TEST(SizingModel, StructuralModelWithMlpBlocksChainsAndPersists) {
  auto cfg = with_backbone(default_config(kStructuralChained), Backbone::mlp);
  EXPECT_EQ(cfg.backbone, Backbone::mlp);
  EXPECT_EQ(cfg.width, kMlpWidth);
  EXPECT_EQ(cfg.prediction, Prediction::v);
  EXPECT_TRUE(cfg.zero_terminal_snr);
  EXPECT_EQ(with_backbone(cfg, Backbone::transformer).width, ModelConfig{}.width);
  StructuralModel m(test::two_blocks(), cfg);
  TrainOptions o;
  o.max_steps = 40;
  m.train(test::synthetic(), o);
  EXPECT_TRUE(m.chained());
  SampleOptions so;
  so.seed = 2;
  auto s = m.sample({2.0, 0.5}, 3, so);
  auto loaded = load_sizing_model(m.to_blob());
  EXPECT_EQ(loaded->config().backbone, Backbone::mlp);
  EXPECT_EQ(loaded->config().width, kMlpWidth);
  EXPECT_EQ(loaded->sample({2.0, 0.5}, 3, so), s);
}

// What the chain is for: where the performances leave a degree of freedom that couples two
// blocks (here k rises with W1 for the same (p, q)), the chained blocks keep the coupling.
// Independent blocks would draw W1 and k each on their own (correlation ~0).
TEST(SizingModel, ChainedBlocksKeepTheCouplingBetweenBlocks) {
  TrainingData d = test::synthetic(6);
  const auto base = d;
  d.x.clear();
  d.y.clear();
  for (std::size_t i = 0; i < base.x.size(); ++i)
    for (double u : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
      auto x = base.x[i];
      x[0] *= std::exp(0.5 * u);
      x[3] += u;
      d.x.push_back(x);
      d.y.push_back(base.y[i]);
    }
  auto cfg = default_config(kStructuralChained);
  cfg.depth = 1;
  StructuralModel m(test::two_blocks(), cfg);
  TrainOptions o;
  o.max_steps = 1500;
  o.seed = 2;
  m.train(d, o);
  SampleOptions so;
  so.seed = 1;
  so.temperature = 1.0;  // the model's own distribution, whose spread is measured
  const std::vector<double> y{2.2, 0.4};
  const auto ref = test::sizing_of(y[0], y[1]);
  auto s = m.sample(y, 64, so);
  std::vector<double> a, b;
  for (const auto& r : s) {
    a.push_back(std::log(r[0] / ref[0]) / 0.5);
    b.push_back(r[3] - ref[3]);
  }
  auto mean = [](const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / v.size(); };
  const double ma = mean(a), mb = mean(b);
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  EXPECT_GT(std::sqrt(saa / a.size()), 0.3);  // the free direction is really sampled
  EXPECT_GT(sab / std::sqrt(saa * sbb), 0.8);
}

// structural-independent, the paper's recombination: every block is conditioned on the
// performances only; a variable two blocks size takes their mean, and a symmetric pair whose
// members lie in different blocks is set equal after that. It persists as what it is.
TEST(SizingModel, IndependentBlocksAverageOverlapsAndEnforceSymmetry) {
  DesignContext ctx = test::two_blocks();  // DP_t {0, 1}, CM_l {1, 2, 3}: variable 1 overlaps
  ctx.symmetric = {{0, 2}};                // one variable of each block
  auto cfg = default_config(kStructuralIndependent);
  cfg.depth = 1;
  StructuralModel m(ctx, cfg, Recombination::independent);
  TrainOptions o;
  o.max_steps = 40;
  m.train(test::synthetic(), o);
  EXPECT_EQ(m.architecture(), "structural-independent");
  EXPECT_FALSE(m.chained());
  for (const auto& b : m.block_models()) {
    EXPECT_EQ(b.performances(), 2);  // the performances only
    EXPECT_EQ(b.chained(), 0);
  }
  SampleOptions so;
  so.seed = 6;
  const auto blocks = m.sample_blocks({2.0, 0.5}, 3, so);
  const auto full = m.sample({2.0, 0.5}, 3, so);
  for (int i = 0; i < 3; ++i) {
    const double v1 = 0.5 * (blocks[0][i][1] + blocks[1][i][0]);
    const double v02 = 0.5 * (blocks[0][i][0] + blocks[1][i][1]);
    EXPECT_NEAR(full[i][1], v1, 1e-12 * std::abs(v1));
    EXPECT_NEAR(full[i][0], v02, 1e-12 * std::abs(v02));
    EXPECT_NEAR(full[i][2], v02, 1e-12 * std::abs(v02));
    EXPECT_NEAR(full[i][3], blocks[1][i][2], 1e-12);
  }
  auto loaded = load_sizing_model(m.to_blob());
  EXPECT_EQ(loaded->architecture(), "structural-independent");
  EXPECT_EQ(loaded->sample({2.0, 0.5}, 3, so), full);
}

TEST(SizingModel, UncoveredVariablesGetARestBlock) {
  DesignContext ctx;
  ctx.blocks = {{"DP_t", {0, 1}}};
  auto cfg = default_config(kStructuralChained);
  cfg.depth = 1;
  auto m = make_sizing_model(kStructuralChained, ctx, cfg);
  TrainOptions o;
  o.max_steps = 20;
  m->train(test::synthetic(), o);
  ASSERT_EQ(m->context().blocks.size(), 2u);
  EXPECT_EQ(m->context().blocks[1].id, "rest");
  EXPECT_EQ(m->context().blocks[1].variables, (std::vector<int>{2, 3}));
  EXPECT_EQ(m->sample({2.0, 0.5}, 2).size(), 2u);
}

TEST(SizingModel, SplitIsSeededAndDisjoint) {
  auto [tr, va] = split_rows(100, 0.15, 3);
  EXPECT_EQ(tr.size(), 85u);
  EXPECT_EQ(va.size(), 15u);
  auto [tr2, va2] = split_rows(100, 0.15, 3);
  EXPECT_EQ(va, va2);
  std::vector<int> all(tr);
  all.insert(all.end(), va.begin(), va.end());
  std::sort(all.begin(), all.end());
  for (int i = 0; i < 100; ++i) EXPECT_EQ(all[i], i);
}
