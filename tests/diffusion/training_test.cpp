// Real training on a tiny synthetic problem: overfitting, guidance, determinism, cancellation.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "diffusion/diffusion_model.hpp"
#include "diffusion/sizing_model.hpp"
#include "synthetic.hpp"

using namespace inversize;
using namespace inversize::diffusion;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TrainOptions fast_options(int steps) {
  TrainOptions o;
  o.seed = 11;
  o.max_steps = steps;
  o.batch_size = 64;
  o.validation_fraction = 0.0;  // overfitting is the point here
  o.eval_every = 100;
  o.warmup_steps = 50;
  o.learning_rate = 3e-3;
  return o;
}

// One model trained once and shared by the tests of this suite.
class Overfit : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto cfg = default_config("monolithic");
    cfg.depth = 2;
    cfg.perf_dropout = 0.0;
    // The network conditioned alone, so that w = 0 is the unconditional model in the sizing's
    // own units (with the linear mean the fit's part stays conditional; its tests are below).
    cfg.mean_fit = MeanFit::none;
    model_ = make_sizing_model("monolithic", {}, cfg).release();
    model_->train(test::synthetic(), fast_options(800));
  }
  static void TearDownTestSuite() {
    delete model_;
    model_ = nullptr;
  }
  static SizingModel* model_;
};
SizingModel* Overfit::model_ = nullptr;

// Mean absolute error over the variables, each relative to its range in the data set.
double range_error(const std::vector<double>& a, const std::vector<double>& b) {
  static const auto ranges = [] {
    const auto d = test::synthetic();
    std::vector<double> lo(4, 1e300), hi(4, -1e300), r(4);
    for (const auto& x : d.x)
      for (int j = 0; j < 4; ++j) lo[j] = std::min(lo[j], x[j]), hi[j] = std::max(hi[j], x[j]);
    for (int j = 0; j < 4; ++j) r[j] = hi[j] - lo[j];
    return r;
  }();
  double e = 0;
  for (std::size_t j = 0; j < a.size(); ++j) e += std::abs(a[j] - b[j]) / ranges[j];
  return e / a.size();
}
}  // namespace

// x = f(p, q) is deterministic: sampled with the training performances, the model must give
// back the training sizings. Mean error over 64 designs x 4 variables, relative to each
// variable's range, below 3 % (predicting the data mean instead gives about 25 %).
TEST_F(Overfit, ReproducesTinyDataset) {
  const auto data = test::synthetic();
  SampleOptions so;
  so.guidance = 1.0;
  so.steps = 25;
  double err = 0, mean_err = 0;
  std::vector<double> mean(4, 0.0);
  for (const auto& x : data.x)
    for (int j = 0; j < 4; ++j) mean[j] += x[j] / data.x.size();
  for (std::size_t i = 0; i < data.x.size(); ++i) {
    so.seed = i;
    auto s = model_->sample(data.y[i], 2, so);
    err += 0.5 * (range_error(s[0], data.x[i]) + range_error(s[1], data.x[i])) / data.x.size();
    mean_err += range_error(mean, data.x[i]) / data.x.size();
  }
  RecordProperty("mean_range_error", std::to_string(err));
  std::printf("overfit: mean error / range %.4f (data mean as prediction: %.4f)\n", err, mean_err);
  EXPECT_LT(err, 0.03);
  EXPECT_GT(mean_err, 0.2);
}

TEST_F(Overfit, AncestralDdpmAlsoReproduces) {
  const auto data = test::synthetic();
  SampleOptions so;
  so.guidance = 1.0;
  so.sampler = SamplerKind::ddpm;
  so.steps = 50;
  double err = 0;
  for (std::size_t i = 0; i < data.x.size(); i += 4) {
    so.seed = 100 + i;
    err += range_error(model_->sample(data.y[i], 1, so)[0], data.x[i]) / 16.0;
  }
  std::printf("overfit, DDPM: mean error / range %.4f\n", err);
  EXPECT_LT(err, 0.05);
}

// w = 0 must be the unconditional model: the same samples as the model given no performance
// at all (null condition), for the same seed.
TEST_F(Overfit, GuidanceZeroEqualsUnconditional) {
  SampleOptions zero;
  zero.guidance = 0.0;
  zero.seed = 5;
  SampleOptions uncond = zero;
  uncond.guidance = 1.0;  // one plain pass; with no performance given it is the null condition
  auto a = model_->sample({2.0, 0.5}, 16, zero);
  auto b = model_->sample({kNaN, kNaN}, 16, uncond);
  auto c = model_->sample({4.0, 0.0}, 16, zero);
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < a[i].size(); ++j) {
      EXPECT_NEAR(a[i][j], b[i][j], 1e-5 * std::abs(b[i][j])) << i << "," << j;
      EXPECT_NEAR(a[i][j], c[i][j], 1e-5 * std::abs(b[i][j])) << i << "," << j;
    }
  // ... and w = 1 is not: the condition matters.
  auto d = model_->sample({4.0, 0.0}, 16, uncond);
  EXPECT_GT(std::abs(d[0][0] - a[0][0]), 1e-3 * std::abs(a[0][0]));
}

TEST_F(Overfit, SamplingIsDeterministicForASeed) {
  SampleOptions so;
  so.seed = 42;
  auto a = model_->sample({2.5, 0.3}, 8, so);
  auto b = model_->sample({2.5, 0.3}, 8, so);
  EXPECT_EQ(a, b);
  so.seed = 43;
  EXPECT_NE(model_->sample({2.5, 0.3}, 8, so), a);
  so.sampler = SamplerKind::ddpm;
  EXPECT_EQ(model_->sample({2.5, 0.3}, 8, so), model_->sample({2.5, 0.3}, 8, so));
}

TEST(Training, DeterministicForASeed) {
  auto cfg = default_config("monolithic");
  cfg.depth = 1;
  auto a = make_sizing_model("monolithic", {}, cfg), b = make_sizing_model("monolithic", {}, cfg);
  auto opts = fast_options(60);
  opts.validation_fraction = 0.2;
  opts.eval_every = 20;
  a->train(test::synthetic(), opts);
  b->train(test::synthetic(), opts);
  EXPECT_EQ(a->to_blob(), b->to_blob());
  opts.seed = 12;
  b->train(test::synthetic(), opts);
  EXPECT_NE(a->to_blob(), b->to_blob());
}

TEST(Training, ReportsProgressAndStopsOnCancel) {
  auto model = make_sizing_model(kStructuralChained, test::two_blocks());
  auto opts = fast_options(1000);
  opts.eval_every = 10;
  opts.validation_fraction = 0.2;
  JobContext job;
  std::vector<TrainProgress> seen;
  long long job_reports = 0;
  job.progress = [&](const Progress&) { ++job_reports; };
  EXPECT_THROW(model->train(test::synthetic(), opts, job,
                            [&](const TrainProgress& p) {
                              seen.push_back(p);
                              if (p.step >= 30) job.cancel.cancel();
                            }),
               Cancelled);
  ASSERT_EQ(seen.size(), 3u);  // steps 10, 20, 30; then the next step sees the token
  EXPECT_EQ(seen[0].block, "DP_t");
  EXPECT_EQ(seen[0].total, 1000);
  EXPECT_FALSE(std::isnan(seen[2].val_loss));
  EXPECT_GT(seen[2].eta_s, 0.0);
  EXPECT_EQ(job_reports, 3);
  EXPECT_FALSE(model->trained());
}

// A live loss curve needs more than a point per validation: the training loss comes every
// 10 steps, the validation loss only with its evaluation (NaN before the first).
TEST(Training, ReportsTheTrainingLossBetweenValidations) {
  auto model = make_sizing_model("ann", {});
  auto opts = fast_options(100);
  opts.eval_every = 50;
  opts.patience = 100;
  opts.validation_fraction = 0.2;
  std::vector<TrainProgress> seen;  // of the first network trained
  model->train(test::synthetic(), opts, {}, [&](const TrainProgress& p) {
    if (seen.empty() || p.block == seen.front().block) seen.push_back(p);
  });
  ASSERT_EQ(seen.size(), 10u);  // steps 10, 20, ..., 100
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i].step, 10 * long(i + 1));
    EXPECT_GT(seen[i].loss, 0.0);
    EXPECT_EQ(std::isnan(seen[i].val_loss), seen[i].step < 50) << "step " << seen[i].step;
  }
}

TEST(Training, EarlyStoppingOnValidationLoss) {
  auto cfg = default_config("ann");
  auto model = make_sizing_model("ann", {}, cfg);
  auto opts = fast_options(20000);
  opts.validation_fraction = 0.25;
  opts.eval_every = 20;
  opts.patience = 3;
  long long last = 0;
  model->train(test::synthetic(), opts, {}, [&](const TrainProgress& p) { last = p.step; });
  EXPECT_LT(last, 20000);  // stopped long before the step budget
  EXPECT_TRUE(model->trained());
}

TEST(Training, RefusesBadData) {
  auto model = make_sizing_model("monolithic", {});
  auto data = test::synthetic();
  data.x[3][0] = -1.0;  // a log variable must be positive
  EXPECT_THROW(model->train(data, fast_options(10)), std::invalid_argument);
  data = test::synthetic();
  data.y[5].pop_back();
  EXPECT_THROW(model->train(data, fast_options(10)), std::invalid_argument);
  EXPECT_THROW(model->sample({1.0, 2.0}, 1), std::logic_error);  // not trained
}

// Per-sample conditions (the chained structural blocks): sample i of a batch with one
// condition per row is sample i of a batch with that condition for all rows (DDIM draws x_T
// per row from the seed, and the network treats rows independently), guided or not.
TEST(Training, OneConditionPerSampleMatchesTheSharedCondition) {
  const auto data = test::synthetic(5);
  DiffusionModel::Matrix x, y;
  for (std::size_t i = 0; i < data.x.size(); ++i) {
    x.push_back({data.y[i][0] - 2.5, 4.0 * (data.y[i][1] - 0.5), data.y[i][0] * data.y[i][1] - 1.2});
    y.push_back({(data.y[i][0] - 2.5) / 1.2, 3.0 * (data.y[i][1] - 0.5)});
  }
  std::vector<int> rows(x.size());
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = int(i);
  auto cfg = default_config("monolithic");
  cfg.depth = 1;
  DiffusionModel m(cfg, 3, 2, 3);
  m.train(x, y, rows, {}, fast_options(200), "test", {}, {});
  const std::vector<double> a{-1.0, 0.5}, b{0.8, -1.2};
  for (double w : {1.0, 2.0}) {
    SCOPED_TRACE(w);
    SampleOptions so;
    so.seed = 9;
    so.guidance = w;
    const auto per_row = m.sample(DiffusionModel::Matrix{a, b, b, a}, so);
    const auto all_a = m.sample(a, 4, so), all_b = m.sample(b, 4, so);
    ASSERT_EQ(per_row.size(), 4u);
    for (int i = 0; i < 4; ++i) {
      const auto& ref = (i == 0 || i == 3) ? all_a[i] : all_b[i];
      for (int j = 0; j < 3; ++j) EXPECT_NEAR(per_row[i][j], ref[j], 1e-4) << i << "," << j;
    }
    EXPECT_GT(std::abs(all_a[1][0] - all_b[1][0]), 1e-2);  // the conditions really differ
  }
  EXPECT_THROW(m.sample(DiffusionModel::Matrix{}, SampleOptions{}), std::invalid_argument);
  EXPECT_THROW(m.sample(DiffusionModel::Matrix{a, {1.0}}, SampleOptions{}), std::invalid_argument);
}

// The residual parametrisation (ModelConfig::mean_fit): where the sizing is a linear (quadratic)
// function of the performances (in the normalised units: here both linear, below the log
// threshold), the linear (quadratic) fit carries it whole, and even a network trained for a few
// steps samples within 1 % of each variable's range; the same network with a fit of lower
// degree is nowhere near.
namespace {
// The worst error of 30-step models over a grid of (p, q), in units of a_range (a's) and of
// b's range (0.3).
double mean_fit_error(MeanFit fit, double (*a)(double, double), double a_range) {
  TrainingData d;
  d.variable_names = {"a", "b"};
  d.variable_log = {false, false};
  d.performance_names = {"p", "q"};
  for (int i = 0; i < 8; ++i)
    for (int j = 0; j < 8; ++j) {
      const double p = 1.0 + i / 7.0, q = j / 7.0;
      d.x.push_back({a(p, q), 0.5 + 0.3 * q});
      d.y.push_back({p, q});
    }
  auto cfg = default_config("monolithic");
  cfg.depth = 1;
  cfg.mean_fit = fit;
  auto m = make_sizing_model("monolithic", {}, cfg);
  m->train(d, fast_options(30));
  SampleOptions so;
  double e = 0;
  for (std::size_t i = 0; i < d.x.size(); i += 5) {
    so.seed = i;
    const auto s = m->sample(d.y[i], 1, so)[0];
    e = std::max({e, std::abs(s[0] - d.x[i][0]) / a_range, std::abs(s[1] - d.x[i][1]) / 0.3});
  }
  return e;
}
}  // namespace

TEST(Training, LinearMeanCarriesALinearRelationWhole) {
  auto linear = [](double p, double q) { return 2.0 * p - q; };
  const double with = mean_fit_error(MeanFit::linear, linear, 1.0), without = mean_fit_error(MeanFit::none, linear, 1.0);
  std::printf("linear relation, 30 training steps: worst error / range %.4f with the linear mean, %.4f without\n", with,
              without);
  EXPECT_LT(with, 0.01);
  EXPECT_GT(without, 0.1);
}

TEST(Training, QuadraticMeanCarriesAQuadraticRelationWhole) {
  auto quadratic = [](double p, double q) { return p * p - 2.0 * p * q + 0.5 * q; };
  const double quad = mean_fit_error(MeanFit::quadratic, quadratic, 1.0),
               lin = mean_fit_error(MeanFit::linear, quadratic, 1.0);
  std::printf("quadratic relation, 30 training steps: worst error / range %.4f with the quadratic mean, %.4f with the "
              "linear\n",
              quad, lin);
  EXPECT_LT(quad, 0.01);
  EXPECT_GT(lin, 3 * quad);
}

// A nonlinear relation stays the network's to learn: with the linear mean, the tiny data set
// is reproduced as closely as without it (Overfit.ReproducesTinyDataset: below 3 %).
TEST(Training, LinearMeanStillReproducesANonlinearDataset) {
  auto cfg = default_config("monolithic");
  cfg.depth = 2;
  cfg.perf_dropout = 0.0;
  cfg.mean_fit = MeanFit::linear;
  auto m = make_sizing_model("monolithic", {}, cfg);
  m->train(test::synthetic(), fast_options(800));
  const auto data = test::synthetic();
  SampleOptions so;
  double err = 0;
  for (std::size_t i = 0; i < data.x.size(); ++i) {
    so.seed = i;
    err += range_error(m->sample(data.y[i], 1, so)[0], data.x[i]) / data.x.size();
  }
  std::printf("overfit with the linear mean: mean error / range %.4f\n", err);
  EXPECT_LT(err, 0.03);
}
