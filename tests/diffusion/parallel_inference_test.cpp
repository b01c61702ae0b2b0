// Sampling and refinement split their rows over both cores (row_blocks_impl.hpp) and compute
// the surrogate's input gradient by hand: the same numbers as one thread and as torch's
// autograd with its Adam, and a cancelled request (CancelScope) stops.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <limits>

#include "diffusion/blob.hpp"
#include "diffusion/cancel_scope.hpp"
#include "diffusion/denoiser_impl.hpp"
#include "diffusion/diffusion_model.hpp"
#include "diffusion/mlp_impl.hpp"
#include "diffusion/row_blocks_impl.hpp"
#include "diffusion/surrogate.hpp"
#include "diffusion/torch_util_impl.hpp"

using namespace inversize::diffusion;
using inversize::CancelToken;
using inversize::Cancelled;
namespace impl = inversize::diffusion::detail;

namespace {
constexpr int kVariables = 5, kPerformances = 3;

// A denoiser with every weight random (adaLN-Zero would start at an output of 0 for every row,
// and equal outputs prove nothing), loaded as a model from its blob.
DiffusionModel random_denoiser(Backbone backbone) {
  ModelConfig cfg;
  cfg.backbone = backbone;
  auto net = impl::make_denoiser(cfg, kVariables, kPerformances);
  auto gen = impl::make_generator(7);
  {
    torch::NoGradGuard ng;
    for (auto& p : net->parameters()) p.normal_(0.0, 0.2, gen);
  }
  BlobWriter w;
  write_config(w, cfg);
  w.i64(kVariables);
  w.i64(kPerformances);
  w.i64(0);  // no chained conditions
  impl::write_module(w, *net);
  const auto sealed = w.seal();
  BlobReader r(sealed);
  return DiffusionModel::read(r, "test denoiser");
}

// The starting points of a refinement: rows spread over the normalised range.
torch::Tensor starts(long rows) {
  auto gen = impl::make_generator(11);
  return torch::randn({rows, kVariables}, gen);
}
}  // namespace

TEST(RowBlocks, ConcatenatesTheBlocksInRowOrder) {
  for (int threads : {1, 2, 3}) {
    auto out = impl::in_row_blocks(100, threads, [](long b, long e) { return torch::arange(b, e, torch::kLong); });
    ASSERT_EQ(out.size(0), 100);
    EXPECT_TRUE(torch::equal(out, torch::arange(100, torch::kLong))) << threads << " threads";
  }
  // A block's exception reaches the caller.
  EXPECT_THROW(impl::in_row_blocks(100, 2,
                                     [](long b, long e) -> torch::Tensor {
                                       if (b > 0) throw std::runtime_error("second block");
                                       return torch::zeros({e - b});
                                     }),
               std::runtime_error);
}

// The same seed gives the same samples on one thread and on two (the rows of the guided batch
// in two blocks with a single-threaded BLAS each).
TEST(RowBlocks, SamplesOnTwoThreadsAreThoseOfOne) {
  for (Backbone backbone : {Backbone::transformer, Backbone::mlp}) {
    auto m = random_denoiser(backbone);
    SampleOptions o;
    o.seed = 5;
    o.steps = 6;
    o.guidance = 2.0;  // both passes, 2 x 40 rows
    const std::vector<double> y{0.3, std::nan(""), -1.0};
    o.threads = 1;
    const auto one = m.sample(y, 40, o);
    o.threads = 2;
    const auto two = m.sample(y, 40, o);
    ASSERT_EQ(one.size(), two.size());
    for (std::size_t i = 0; i < one.size(); ++i)
      for (std::size_t j = 0; j < one[i].size(); ++j) EXPECT_NEAR(one[i][j], two[i][j], 1e-6) << i << "," << j;
  }
}

// Sampling computes the condition's and the timesteps' part of the MLP's first layer once
// (Conditioned): each step's output is the full forward pass's, for conditional rows, rows with
// a performance left out, and the unconditional (null condition) rows of guidance.
TEST(Sampling, MlpStepWithItsConditionOnceIsTheForwardPass) {
  ModelConfig cfg;
  cfg.backbone = Backbone::mlp;
  impl::MlpDenoiser net(cfg, kVariables, kPerformances);
  auto gen = impl::make_generator(9);
  torch::NoGradGuard ng;
  for (auto& p : net.parameters()) p.normal_(0.0, 0.2, gen);
  const long B = 12;
  auto y = torch::randn({B, kPerformances}, gen);
  auto mask = torch::ones({B, kPerformances});
  mask.slice(0, 0, 4).select(1, 1).fill_(0.0);  // a performance left out in four rows
  auto uncond = torch::zeros({B}, torch::kBool);
  uncond.slice(0, 8).fill_(true);  // the unconditional half of a guided batch
  const std::vector<int> ts{999, 600, 250, 0};
  const auto c = net.condition(y, mask, uncond, ts);
  for (std::size_t k = 0; k < ts.size(); ++k) {
    auto x = torch::randn({B, kVariables}, gen);
    auto full = net.forward(x, torch::full({B}, ts[k], torch::kLong), y, mask, uncond);
    auto step = net.denoise(x, k, c);
    EXPECT_TRUE(torch::allclose(step, full, 1e-4, 1e-5)) << "step " << k << ": " << (step - full).abs().max().item<double>();
    // A row block sees its rows only.
    auto block = net.denoise(x.slice(0, 5, 11), k, c.rows(5, 11));
    EXPECT_TRUE(torch::allclose(block, full.slice(0, 5, 11), 1e-4, 1e-5)) << "step " << k;
  }
  // Not a comparison of zeros: the outputs differ between the steps and the rows.
  auto x = torch::randn({B, kVariables}, gen);
  EXPECT_GT((net.denoise(x, 0, c) - net.denoise(x, 3, c)).abs().max().item<double>(), 1e-2);
}

TEST(RowBlocks, ACancelledSamplingStops) {
  auto m = random_denoiser(Backbone::transformer);
  CancelToken token;
  const CancelScope scope(token);
  EXPECT_NO_THROW(m.sample(std::vector<double>{0.1, 0.2, 0.3}, 8, {}));
  token.cancel();
  EXPECT_THROW(m.sample(std::vector<double>{0.1, 0.2, 0.3}, 8, {}), Cancelled);
}

// The refinement's input gradient by hand, through the MLP's layers, against torch's autograd
// and torch::optim::Adam on the same network: the refinement as it was written before.
TEST(Refinement, HandGradientAndAdamAreAutogradsAndTorchs) {
  auto mlp = std::make_shared<impl::MlpForward>(kVariables, PerformanceSurrogate::kWidth, PerformanceSurrogate::kDepth,
                                                  kPerformances);
  auto gen = impl::make_generator(3);
  mlp->initialise(gen);
  {
    torch::NoGradGuard ng;  // biases away from 0, so every term of the gradient counts
    for (auto& p : mlp->parameters())
      if (p.dim() == 1) p.normal_(0.0, 0.3, gen);
  }
  const std::vector<double> sigma{0.2, 0.5, 0.1};
  BlobWriter w;
  w.f64(0.01);
  for (double s : sigma) w.f64(s);
  impl::write_module(w, *mlp);
  const auto sealed = w.seal();
  BlobReader r(sealed);
  auto surrogate = PerformanceSurrogate::read(r, kVariables, kPerformances);

  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<double> lo{0.5, -inf, -0.2}, hi{inf, 0.1, 0.4};  // one bound each side, one band
  const int steps = 30;
  const auto x0 = starts(64);
  const auto refined = surrogate->refine(impl::to_matrix(x0), lo, hi, steps, 2);

  // Reference: autograd through the network, Adam from torch.
  auto tensor = [](const std::vector<double>& b) {
    std::vector<float> v;
    for (double x : b) v.push_back(std::isfinite(x) ? float(x) : 0.0f);
    return torch::tensor(v).unsqueeze(0);
  };
  auto weight = [&](const std::vector<double>& b) {
    std::vector<float> v;
    for (std::size_t j = 0; j < b.size(); ++j) v.push_back(std::isfinite(b[j]) ? float(1.0 / sigma[j]) : 0.0f);
    return torch::tensor(v).unsqueeze(0);
  };
  const auto lo_t = tensor(lo), hi_t = tensor(hi), lo_w = weight(lo), hi_w = weight(hi);
  auto x = x0.clone().requires_grad_(true);
  torch::optim::Adam opt({x}, torch::optim::AdamOptions(PerformanceSurrogate::kRefineRate));
  for (int s = 0; s < steps; ++s) {
    auto y = mlp->forward(x);
    auto chance = torch::special::log_ndtr((y - lo_t) * lo_w) * (lo_w > 0) +
                  torch::special::log_ndtr((hi_t - y) * hi_w) * (hi_w > 0);
    auto loss = -chance.sum() + PerformanceSurrogate::kRefineProximity * (x - x0).pow(2).sum();
    x.mutable_grad() = torch::autograd::grad({loss}, {x})[0];
    opt.step();
  }
  const auto reference = impl::to_matrix(x.detach());
  double moved = 0;
  for (std::size_t i = 0; i < reference.size(); ++i)
    for (std::size_t j = 0; j < reference[i].size(); ++j) {
      EXPECT_NEAR(refined[i][j], reference[i][j], 1e-4) << i << "," << j;
      moved = std::max(moved, std::abs(reference[i][j] - x0[i][j].item<double>()));
    }
  EXPECT_GT(moved, 0.01) << "the bounds moved the sizings (100x the tolerance): not a comparison of starting points";

  // Rows are independent: one thread, and the rows one by one, give the same rows.
  const auto one = surrogate->refine(impl::to_matrix(x0), lo, hi, steps, 1);
  for (std::size_t i = 0; i < one.size(); ++i)
    for (std::size_t j = 0; j < one[i].size(); ++j) EXPECT_NEAR(one[i][j], refined[i][j], 1e-6);

  CancelToken token;
  const CancelScope scope(token);
  token.cancel();  // seen on the helper thread's block too
  EXPECT_THROW(surrogate->refine(impl::to_matrix(x0), lo, hi, steps, 2), Cancelled);
}
