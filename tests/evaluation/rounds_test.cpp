// Sampling and simulation in rounds (SampleOptions::rounds): each round's SPICE results correct
// the surrogate for the next, on the shipped Miller project.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "diffusion/project_models.hpp"
#include "evaluation/evaluation.hpp"
#include "evaluation/statistics.hpp"
#include "sizing/inverse_sizer.hpp"
#include "simulation/setup.hpp"
#include "run_command.hpp"
#include "shipped_project.hpp"

using namespace inversize;
using namespace inversize::evaluation;
using namespace inversize::sizing;

namespace {

diffusion::SampleOptions designers_options(std::uint64_t seed, int rounds) {
  diffusion::SampleOptions so;
  so.seed = seed;
  so.aim = true;
  so.candidates = 40;
  so.archive_share = diffusion::kArchiveShare;
  so.refine = diffusion::kRefineSteps;
  so.rounds = rounds;
  return so;
}

}  // namespace

// The first round is the single ranking's best; each round's samples keep their places, the
// later ones are ranked again after the earlier ones were simulated, and a live view is shown
// n samples every round, the simulated ones first.
TEST(Rounds, SimulateTheSamplesInTurnAndKeepTheirPlaces) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  const auto spec = sizer.complete(specification_of(test_designs(project, 1, dataset::Split::Validation).front()));
  const auto once = sizer.sample(spec, 4, designers_options(3, 1));
  std::vector<std::vector<SampledSizing>> shown;
  int verified = 0;
  std::vector<SampledSizing> samples;
  auto outcome = sizer.sample_verified(samples, spec, 4, designers_options(3, 2), pool, {}, {},
                                       [&](const auto& s) { shown.push_back(s); }, [&](std::size_t) { ++verified; });
  ASSERT_TRUE(outcome.is_done());
  ASSERT_EQ(samples.size(), 4u);
  EXPECT_EQ(verified, 4);
  for (const auto& s : samples) EXPECT_TRUE(s.verified);
  for (std::size_t i = 0; i < 2; ++i) EXPECT_EQ(samples[i].x, once[i].x) << "round 1 is the single ranking's best";
  ASSERT_EQ(shown.size(), 2u) << "one view per round";
  for (const auto& s : shown) ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(shown[0][2].x, once[2].x) << "before round 2, the rest of the first ranking";
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_FALSE(shown[0][i].verified);
    EXPECT_TRUE(shown[1][i].verified) << "round 2 is shown beside round 1's results";
    EXPECT_EQ(shown[1][i].x, samples[i].x);
    EXPECT_EQ(shown[1][i + 2].x, samples[i + 2].x);
  }
  for (std::size_t i = 0; i < samples.size(); ++i)
    for (std::size_t j = 0; j < i; ++j) EXPECT_NE(samples[i].x, samples[j].x) << "no candidate simulated twice";

  // One round is sample() then verify().
  std::vector<SampledSizing> single;
  sizer.sample_verified(single, spec, 4, designers_options(3, 1), pool, {});
  ASSERT_EQ(single.size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(single[i].x, once[i].x);
}

// What SPICE measured at the first round's samples predicts the second round's simulations
// better than the surrogate's error at the nearest training designs (local_bias) does: the
// correction the rounds are for.
TEST(Rounds, MeasuredBiasCentresTheSurrogateOnTheNextRound) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  const auto& m = sizer.model();
  const auto& norm = m.model->performance_normalizer();
  std::vector<double> off_measured, off_local;
  for (const auto& t : test_designs(project, 6, dataset::Split::Validation)) {
    const auto spec = sizer.complete(specification_of(t));
    std::vector<SampledSizing> samples;
    ASSERT_TRUE(sizer.sample_verified(samples, spec, 8, designers_options(7 + std::uint64_t(t.id), 2), pool, {}).is_done());
    const std::vector<SampledSizing> first(samples.begin(), samples.begin() + 4), second(samples.begin() + 4, samples.end());
    const auto local = sizer.local_bias(spec);
    const auto measured = sizer.measured_bias(first, local);
    // The second round's simulated performances against the surrogate's own predictions.
    diffusion::SizingModel::Matrix rows;
    for (const auto& s : second) rows.push_back(sizer.model_row(s.x));
    const auto predicted = m.model->predict_performances(rows);
    for (std::size_t j = 0; j < m.performances.size(); ++j) {
      std::vector<double> e;
      for (std::size_t i = 0; i < second.size(); ++i)
        if (second[i].simulation.simulated && second[i].simulation.performances[m.performances[j]])
          e.push_back(norm.normalise(j, *second[i].simulation.performances[m.performances[j]]) - norm.normalise(j, predicted[i][j]));
      if (e.empty()) continue;
      const double centre = quantile(e, 0.5);
      off_measured.push_back(std::abs(centre - measured[j]));
      off_local.push_back(std::abs(centre - local[j]));
    }
  }
  ASSERT_GE(off_measured.size(), 6u * 10);
  const double measured = quantile(off_measured, 0.5), local = quantile(off_local, 0.5);
  // Measured (6 validation specifications x the Miller's performances, median |offset| of the
  // second round's centre, in archive standard deviations): 0.009 measured, 0.033 local.
  EXPECT_LT(measured, 0.7 * local) << "measured " << measured << ", local " << local;
}

// A sample that missed is tried again from where it is, moved by the surrogate corrected with
// its own simulated error: the retries land nearer the specification than their first tries.
TEST(Rounds, RetriesLandNearerThanTheirFirstTries) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  int retries = 0, nearer = 0, met = 0;
  for (const auto& t : test_designs(project, 8, dataset::Split::Validation)) {
    const auto spec = sizer.complete(specification_of(t));
    std::vector<SampledSizing> samples;
    ASSERT_TRUE(sizer.sample_verified(samples, spec, 8, designers_options(5 + std::uint64_t(t.id), 2), pool, {}).is_done());
    for (std::size_t i = 4; i < samples.size(); ++i) {
      if (!samples[i].retry_of) continue;
      const auto& first = samples[*samples[i].retry_of];
      ASSERT_LT(*samples[i].retry_of, 4u) << "a retry of the first round";
      ASSERT_FALSE(first.meets) << "only a sample that missed is retried";
      ++retries;
      nearer += samples[i].shortfall < first.shortfall;
      met += samples[i].meets;
    }
  }
  // Measured (8 validation specifications, the whole performance vector, 8 samples in 2 rounds):
  // 24 retries, 18 of them nearer than their first tries, 11 meeting.
  ASSERT_GE(retries, 8);
  EXPECT_GE(nearer * 3, retries * 2) << nearer << " of " << retries << " retries nearer than their first tries";
  EXPECT_GE(met, 5) << "of " << retries << " retries";
}

// `sample --verify` simulates in kRounds rounds by default and says so; a retry names the
// sample it retries, which missed.
TEST(Rounds, SampleCommandSaysWhatEachRoundDid) {
  const auto path = shipped_project_copy("miller.isz");
  const std::string cli = std::string(INVERSIZE_CLI_EXE) + " sample " + path +
                          " --spec gain_db=70 gbw_hz=20meg pm_deg=70 power_w=150u -n 6 --verify --workers 2";
  int status = 0;
  auto text = run_command(cli, status);
  ASSERT_EQ(status, 0) << text;
  EXPECT_NE(text.find("verified 6 by simulation in 2 rounds"), std::string::npos) << text;
  auto once = run_command(cli + " --rounds 1", status);
  ASSERT_EQ(status, 0) << once;
  EXPECT_EQ(once.find("rounds"), std::string::npos) << once;

  auto out = run_command(cli + " --json", status);
  ASSERT_EQ(status, 0) << out;
  const auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j["samples"].size(), 6u);
  for (const auto& s : j["samples"]) {
    if (s["origin"] != "retry") continue;
    const int of = s["retry_of"].get<int>();
    ASSERT_GE(of, 1);
    ASSERT_LE(of, 3) << "a retry of the first round's three";
    EXPECT_FALSE(j["samples"][of - 1]["meets_spec"].get<bool>());
  }
}

// A sizing is simulated once: two training designs of the same sizing (NSGA-II simulates some
// twice) or two candidates refined to one point are one sample. Found in the window: its
// default specification showed samples 1 and 2 alike.
TEST(Rounds, ASizingIsSimulatedOnce) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  Specification spec;
  for (auto [key, value] : {std::pair{"gain_db", 58.9}, {"gbw_hz", 16.23e6}, {"pm_deg", 73.19}, {"power_w", 206.8e-6}}) {
    spec.values[*performance_index(key)] = value;
    spec.given[*performance_index(key)] = true;
  }
  spec = sizer.complete(spec);
  auto so = designers_options(0, 1);
  so.candidates = 256;
  so.steps = 10;
  auto distinct = [](const std::vector<SampledSizing>& s) {
    for (std::size_t i = 0; i < s.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (s[i].x == s[j].x) return false;
    return true;
  };
  const auto once = sizer.sample(spec, 64, so);
  ASSERT_EQ(once.size(), 64u);
  EXPECT_TRUE(distinct(once));
  so.rounds = 2;
  std::vector<SampledSizing> rounds;
  ASSERT_TRUE(sizer.sample_verified(rounds, spec, 64, so, pool, {}).is_done());
  ASSERT_EQ(rounds.size(), 64u);
  EXPECT_TRUE(distinct(rounds));
}
