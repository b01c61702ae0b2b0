// The forward model trained beside a sizing model: it predicts the performances of a sizing,
// persists in the model's blob, and is optional (older blobs have none).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "diffusion/sizing_model.hpp"
#include "synthetic.hpp"

using namespace inversize::diffusion;

namespace {
// Enough steps for the small ann and its surrogate to fit the synthetic grid.
TrainOptions surrogate_options() {
  TrainOptions o;
  o.seed = 3;
  o.max_steps = 1500;
  o.eval_every = 100;
  return o;
}
}  // namespace

TEST(PerformanceSurrogate, PredictsThePerformancesOfUnseenSizingsAndPersists) {
  auto data = test::synthetic(12);  // 144 designs on a grid of p in [1, 4], q in [0, 1]
  // Some performances were not measured: they must not pull the fit (would be 0 in the loss).
  data.y[5][1] = std::nan("");
  data.y[17][0] = std::nan("");
  auto m = make_sizing_model("ann", {});
  const auto o = surrogate_options();
  m->train(data, o);
  ASSERT_TRUE(m->has_surrogate());

  // Sizings between the grid points the training saw (p, q on the half steps).
  SizingModel::Matrix sizings;
  std::vector<std::pair<double, double>> truth;
  for (double p : {1.4, 2.2, 3.1, 3.8})
    for (double q : {0.13, 0.5, 0.86}) {
      sizings.push_back(test::sizing_of(p, q));
      truth.push_back({p, q});
    }
  auto predicted = m->predict_performances(sizings);
  ASSERT_EQ(predicted.size(), sizings.size());
  double worst_p = 0, worst_q = 0;
  for (std::size_t i = 0; i < truth.size(); ++i) {
    worst_p = std::max(worst_p, std::abs(predicted[i][0] - truth[i].first));
    worst_q = std::max(worst_q, std::abs(predicted[i][1] - truth[i].second));
  }
  // p spans 3 and q 1: within 3 % of each span, where a constant guess errs by 50 %.
  EXPECT_LT(worst_p, 0.09);
  EXPECT_LT(worst_q, 0.03);

  auto loaded = load_sizing_model(m->to_blob());
  ASSERT_TRUE(loaded->has_surrogate());
  EXPECT_EQ(loaded->predict_performances(sizings), predicted);

  TrainOptions without = o;
  without.surrogate = false;
  without.max_steps = 30;
  auto plain = make_sizing_model("ann", {});
  plain->train(data, without);
  EXPECT_FALSE(plain->has_surrogate());
  EXPECT_THROW(plain->predict_performances(sizings), std::logic_error);
  EXPECT_FALSE(load_sizing_model(plain->to_blob())->has_surrogate());
}

// Simulated designs off the archive teach the surrogate alone: it predicts where only they
// lie, a wild one does not pull it, and the inverse model samples what it sampled without.
TEST(PerformanceSurrogate, LearnsFromForwardDesignsTheInverseModelNeverSees) {
  auto all = test::synthetic(12);
  auto data = all;
  data.x.clear();
  data.y.clear();
  for (std::size_t i = 0; i < all.x.size(); ++i) {
    // Beyond p = 2.5 the forward designs say p + 1: the archive alone would extrapolate p.
    const bool archive = all.y[i][0] <= 2.5;
    (archive ? data.x : data.forward_x).push_back(all.x[i]);
    (archive ? data.y : data.forward_y).push_back({all.y[i][0] + (archive ? 0.0 : 1.0), all.y[i][1]});
  }
  ASSERT_GT(data.forward_x.size(), 50u);
  // A collapsed design: p a million standard deviations off; left out, not fitted.
  data.forward_x.push_back(test::sizing_of(3.0, 0.5));
  data.forward_y.push_back({1e9, 0.5});
  const auto o = surrogate_options();
  auto m = make_sizing_model("ann", {});
  m->train(data, o);

  SizingModel::Matrix sizings;
  const std::vector<double> ps{3.3, 3.6, 3.9};
  for (double p : ps) sizings.push_back(test::sizing_of(p, 0.4));
  auto predicted = m->predict_performances(sizings);
  for (std::size_t i = 0; i < ps.size(); ++i) EXPECT_NEAR(predicted[i][0], ps[i] + 1.0, 0.15) << ps[i];

  auto archive_only = data;
  archive_only.forward_x.clear();
  archive_only.forward_y.clear();
  auto plain = make_sizing_model("ann", {});
  plain->train(archive_only, o);
  EXPECT_EQ(plain->sample({2.0, 0.5}, 1), m->sample({2.0, 0.5}, 1));
  auto extrapolated = plain->predict_performances(sizings);
  for (std::size_t i = 0; i < ps.size(); ++i) EXPECT_NEAR(extrapolated[i][0], ps[i], 0.15) << ps[i];

  auto ragged = data;
  ragged.forward_y.back().pop_back();
  EXPECT_THROW(make_sizing_model("ann", {})->train(ragged, o), std::invalid_argument);
}

// Refinement walks a sizing up the surrogate's chance of meeting the bounds: a missed bound is
// reached, a met one leaves the sizing where it was, and no bound moves nothing.
TEST(PerformanceSurrogate, RefinementMovesASizingUntilItsBoundsAreMetAndNoFurther) {
  auto data = test::synthetic(12);
  const auto o = surrogate_options();
  auto m = make_sizing_model("ann", {});
  m->train(data, o);
  const double inf = std::numeric_limits<double>::infinity();
  const SizingModel::Matrix start{test::sizing_of(2.0, 0.5)};
  auto p_of = [&](const SizingModel::Matrix& x) { return m->predict_performances(x)[0]; };
  ASSERT_NEAR(p_of(start)[0], 2.0, 0.1);

  // p >= 2.6 and q <= 0.3: both missed at the start, by 0.6 and 0.2.
  auto moved = m->refine(start, {2.6, -inf}, {inf, 0.3}, 200);
  auto p = p_of(moved);
  EXPECT_GT(p[0], 2.6 - 0.02);
  EXPECT_LT(p[1], 0.3 + 0.01);
  EXPECT_LT(p[0], 2.6 + 0.4) << "held near the start, not pushed far beyond the bound";

  // Met already (p >= 1.5, q <= 0.9): it stays within a few per cent of where it was.
  auto kept = m->refine(start, {1.5, -inf}, {inf, 0.9}, 200);
  for (std::size_t v = 0; v < start[0].size(); ++v)
    EXPECT_NEAR(kept[0][v], start[0][v], 0.03 * std::abs(start[0][v]) + 1e-3) << "variable " << v;
  // No bound at all: not moved (up to the round trip through single precision).
  auto free = m->refine(start, {-inf, -inf}, {inf, inf}, 50);
  for (std::size_t v = 0; v < start[0].size(); ++v) EXPECT_NEAR(free[0][v], start[0][v], 1e-5 * std::abs(start[0][v]) + 1e-6);
  EXPECT_THROW(m->refine(start, {2.6}, {inf}, 10), std::invalid_argument);
}
