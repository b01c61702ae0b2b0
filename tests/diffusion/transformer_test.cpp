// adaLN-Zero start of the DiT backbone (looks inside: private headers, torch).
#include <gtest/gtest.h>

#include "diffusion/schedule.hpp"
#include "diffusion/torch_util_impl.hpp"
#include "diffusion/transformer_impl.hpp"

using namespace inversize::diffusion;
using namespace inversize::diffusion::detail;

namespace {
struct Net {
  ModelConfig cfg;
  std::shared_ptr<TransformerDenoiser> net;
  Net() {
    net = std::make_shared<TransformerDenoiser>(cfg, 6, 5);
    auto gen = make_generator(7);
    net->initialise(gen);
    net->eval();
  }
};
}  // namespace

TEST(Transformer, BlocksAreIdentitiesAtInit) {
  Net n;
  torch::NoGradGuard ng;
  auto gen = make_generator(1);
  auto x = torch::randn({8, 6, n.cfg.width}, gen, torch::kFloat32);
  auto c = torch::randn({8, n.cfg.width}, gen, torch::kFloat32);
  ASSERT_EQ(n.net->blocks->size(), std::size_t(n.cfg.depth));
  for (auto& b : *n.net->blocks) EXPECT_TRUE(torch::equal(b->as<DiTBlockImpl>()->forward(x, c), x));
}

TEST(Transformer, OutputIsZeroAtInitAndShaped) {
  Net n;
  torch::NoGradGuard ng;
  auto gen = make_generator(2);
  auto x_t = torch::randn({16, 6}, gen, torch::kFloat32);
  auto t = torch::randint(0, 1000, {16}, gen, torch::kLong);
  auto y = torch::randn({16, 5}, gen, torch::kFloat32);
  auto mask = torch::ones({16, 5});
  auto uncond = torch::rand({16}, gen, torch::kFloat32) < 0.5;
  auto out = n.net->forward(x_t, t, y, mask, uncond);
  EXPECT_EQ(out.sizes(), (std::vector<int64_t>{16, 6}));
  EXPECT_EQ(out.abs().max().item<float>(), 0.0f);
  // ... but the tokens and the condition are not trivial: training has something to move.
  EXPECT_GT(n.net->tokens(x_t).abs().max().item<float>(), 0.0f);
  EXPECT_GT(n.net->condition(t, y, mask, uncond).abs().max().item<float>(), 0.0f);
}

TEST(Transformer, NullConditionReplacesDroppedAndEmptyPerformances) {
  Net n;
  torch::NoGradGuard ng;
  auto y = torch::tensor({{0.3f, -1.0f, 2.0f, 0.0f, 1.0f}, {0.3f, -1.0f, 2.0f, 0.0f, 1.0f}});
  auto mask = torch::tensor({{1.0f, 1.0f, 1.0f, 1.0f, 1.0f}, {0.0f, 0.0f, 0.0f, 0.0f, 0.0f}});
  auto e = n.net->y_embedder->forward(y, mask, torch::tensor({true, false}));
  EXPECT_TRUE(torch::equal(e[0], n.net->y_embedder->null_condition));
  EXPECT_TRUE(torch::equal(e[1], n.net->y_embedder->null_condition));  // nothing given
}

TEST(Transformer, ConversionsOnTensors) {
  auto x0 = torch::tensor({1.0, -0.5}), eps = torch::tensor({2.0, 0.25});
  const double a = 0.36;
  auto xt = 0.6 * x0 + 0.8 * eps;
  auto v = v_from_x0_eps(x0, eps, a);
  EXPECT_TRUE(torch::allclose(x0_from_v(xt, v, a), x0));
  EXPECT_TRUE(torch::allclose(eps_from_v(xt, v, a), eps));
}

// Fourier features of the condition (ModelConfig::cond_frequencies), by hand: value, mask,
// then sin and cos of pi y and 2 pi y; a missing performance contributes zeros only.
TEST(Transformer, ConditionFeaturesByHand) {
  auto y = torch::tensor({{0.25f, -1.5f}});
  auto mask = torch::tensor({{1.0f, 0.0f}});
  auto f = condition_features(y, mask, 2);
  ASSERT_EQ(f.sizes(), (std::vector<int64_t>{1, 12}));
  const double pi = 3.14159265358979;
  const std::vector<double> expected{0.25, 0, 1, 0, std::sin(pi / 4), 0, std::cos(pi / 4), 0,
                                     std::sin(pi / 2), 0, std::cos(pi / 2), 0};
  for (int i = 0; i < 12; ++i) EXPECT_NEAR(f[0][i].item<double>(), expected[i], 1e-6) << i;
  EXPECT_TRUE(torch::equal(condition_features(y, mask, 0), torch::cat({y * mask, mask}, 1)));

  ModelConfig cfg;
  cfg.cond_frequencies = 3;
  TransformerDenoiser net(cfg, 4, 2);
  EXPECT_EQ(net.y_embedder->fc1->weight.size(1), (2 + 2 * 3) * 2);
}
