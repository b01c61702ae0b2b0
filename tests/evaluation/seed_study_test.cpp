// The data-efficiency study over training seeds: runs merged into means and sample standard
// deviations per model and training size, against hand computation.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dataset/project.hpp"
#include "diffusion/project_models.hpp"

#include "evaluation/report.hpp"
#include "evaluation/seed_study.hpp"
#include "shipped_project.hpp"
#include "thrown_message.hpp"

using namespace inversize::evaluation;
using nlohmann::json;

namespace {

json model(const std::string& arch, std::size_t designs, double within, double error, double train_s) {
  return {{"arch", arch},
          {"training_designs", designs},
          {"train_seconds", train_s},
          {"best_of_n", {{"meets", 0.0}, {"within", within}, {"matches", 0.0}}},
          {"overall_median_abs_difference", error}};
}

json run(std::uint64_t seed, double chained, double mono, double chained_error) {
  return {{"project", "/tmp/m.isz"},
          {"split", "test"},
          {"test_designs", 70},
          {"samples_per_specification", 10},
          {"headline", "within"},
          {"slack", 0.0},
          {"bounds", json::array()},
          {"sampling", {{"sampler", "ddim"}, {"steps", 25}, {"seed", 0}}},
          {"training", {{"seed", seed}, {"max_steps", 6000}, {"batch_size", 64}}},
          {"models", {model("structural-chained", 250, chained, chained_error, 300), model("monolithic", 250, mono, 0.05, 60),
                      model("archive-lookup", 250, 0.25, 0.0, 0)}}};
}

}  // namespace

TEST(SeedStudy, MeansAndSampleDeviationsOverTheSeeds) {
  // structural-chained: 20, 30, 40 % -> mean 30 %, sd sqrt((0.1² + 0 + 0.1²) / 2) = 10 %;
  // |error| 3, 2, 4 % -> 3 ± 1 %. monolithic: 10, 35, 20 % -> mean 21.67 %,
  // sd sqrt((0.11667² + 0.13333² + 0.01667²) / 2) = 12.58 %. Ahead on seeds 0 and 2.
  const auto s = merge_seed_runs({{"runs/s1", run(1, 0.3, 0.35, 0.02)},
                                  {"runs/s0", run(0, 0.2, 0.1, 0.03)},
                                  {"runs/s2", run(2, 0.4, 0.2, 0.04)}});
  ASSERT_EQ(s.points.size(), 3u);
  const auto& c = s.points[0];
  EXPECT_EQ(c.arch, "structural-chained");
  EXPECT_EQ(c.training_designs, 250u);
  EXPECT_TRUE(c.trained);
  EXPECT_EQ(c.seeds, (std::vector<std::uint64_t>{0, 1, 2}));
  EXPECT_EQ(c.best, (std::vector<double>{0.2, 0.3, 0.4}));
  EXPECT_NEAR(c.best_stats.mean, 0.3, 1e-12);
  EXPECT_NEAR(c.best_stats.std, 0.1, 1e-12);
  EXPECT_NEAR(c.error_stats.mean, 0.03, 1e-12);
  EXPECT_NEAR(c.error_stats.std, 0.01, 1e-12);
  EXPECT_NEAR(s.points[1].best_stats.mean, 0.65 / 3, 1e-12);
  EXPECT_NEAR(s.points[1].best_stats.std, 0.1258306, 1e-6);
  EXPECT_FALSE(s.points[2].trained) << "the lookup trains nothing";
  EXPECT_NEAR(s.points[2].best_stats.std, 0.0, 1e-12);
  EXPECT_EQ(s.run_seeds, (std::vector<std::uint64_t>{1, 0, 2}));

  // The tables come from the summary and survive the round trip.
  const auto j = seed_study_json(s);
  EXPECT_TRUE(is_seed_study(j));
  const auto back = seed_study_from_json(j);
  EXPECT_NEAR(back.points[0].best_stats.std, 0.1, 1e-12);
  const auto md = seed_study_markdown(j, false);
  EXPECT_NE(md.find("| structural-chained | 250 | 0, 1, 2 | 30 ± 10 % | 20, 30, 40 | 3.00 ± 1.00 % |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 250 | structural-chained | 30 ± 10 % | 22 ± 13 % | +8 points | 2 of 3 |"), std::string::npos) << md;
  EXPECT_NE(md.find("at most 6000 steps per model, batch 64"), std::string::npos) << md;
}

TEST(SeedStudy, RunsThatDifferInMoreThanTheSeedAreRefused) {
  auto other = run(1, 0.3, 0.3, 0.02);
  other["samples_per_specification"] = 20;
  const auto why = thrown_message<std::runtime_error>(
      [&] { merge_seed_runs({{"a", run(0, 0.2, 0.1, 0.03)}, {"b", other}}); }, "runs with different sample counts");
  EXPECT_NE(why.find("b: differs from a in 'samples_per_specification'"), std::string::npos) << why;
  EXPECT_THROW(merge_seed_runs({{"a", run(0, 0.2, 0.1, 0.03)}, {"b", run(0, 0.3, 0.1, 0.03)}}), std::runtime_error)
      << "the same seed, other figures";
  // The same seed in two runs (e.g. other architectures, and the lookup in both) counts once.
  const auto twice = merge_seed_runs({{"a", run(0, 0.2, 0.1, 0.03)}, {"b", run(0, 0.2, 0.1, 0.03)}});
  EXPECT_EQ(twice.points[0].best.size(), 1u);
  EXPECT_EQ(twice.points[2].seeds, (std::vector<std::uint64_t>{0}));
  auto old = run(0, 0.2, 0.1, 0.03);
  old.erase("training");
  EXPECT_THROW(merge_seed_runs({{"old", old}}), std::runtime_error) << "no training record";
}

// The report says which loss trained the models: min-SNR-G where the summary records a gamma,
// the plain v-MSE where it records none (0), and that it was not recorded in summaries from
// before the key existed (they said "plain v-MSE" for min-SNR runs: a bug).
TEST(SeedStudy, TheReportNamesTheLossTheRunsTrainedWith) {
  auto with = [](json training) {
    auto r0 = run(0, 0.2, 0.1, 0.03), r1 = run(1, 0.3, 0.1, 0.03);
    for (auto* r : {&r0, &r1}) {
      const auto seed = (*r)["training"]["seed"];
      (*r)["training"] = training;
      (*r)["training"]["seed"] = seed;
    }
    return seed_study_markdown(seed_study_json(merge_seed_runs({{"a", r0}, {"b", r1}})), false);
  };
  EXPECT_NE(with({{"max_steps", 6000}, {"min_snr_gamma", 5.0}}).find("min-SNR-5 loss"), std::string::npos);
  EXPECT_NE(with({{"max_steps", 6000}, {"min_snr_gamma", 0.0}}).find("plain v-MSE"), std::string::npos);
  const auto old = with({{"max_steps", 6000}});
  EXPECT_EQ(old.find("plain v-MSE,"), std::string::npos);
  EXPECT_NE(old.find("loss not recorded"), std::string::npos);
}

// "A training design already" per training size, from the project the runs evaluated: with a
// designer's bounds (gain and gbw, strictly met) the oracle is a plain comparison, by hand.
TEST(SeedStudy, ATrainingDesignAlreadyPerTrainingSize) {
  namespace fs = std::filesystem;
  const auto copy = shipped_project_copy("miller.isz");
  auto project = inversize::dataset::Project::open(copy);
  auto r = run(0, 0.1, 0.2, 0.01);
  r["project"] = copy;
  r["headline"] = "meets";
  r["bounds"] = {"gain_db", "gbw_hz"};
  r["test_designs"] = 20;
  r["models"][1]["training_designs"] = 50;  // sizes 50 and 250
  auto study = merge_seed_runs({{"s0", r}});
  training_already(study, project);
  ASSERT_EQ(study.training_already.size(), 2u);
  const auto gain = *inversize::performance_index("gain_db"), gbw = *inversize::performance_index("gbw_hz");
  const auto tests = test_designs(project, 20, inversize::dataset::Split::Test);
  const auto training = inversize::diffusion::training_designs(project);
  std::vector<int> by_hand;
  for (std::size_t n : {50u, 250u}) {
    int met = 0;
    for (const auto& t : tests) {
      bool any = false;
      for (std::size_t i = 0; i < n; ++i) {
        const auto& d = training[i].performances;
        any = any || (*d[gain] >= *t.performances[gain] && *d[gbw] >= *t.performances[gbw]);
      }
      met += any;
    }
    by_hand.push_back(met);
  }
  EXPECT_EQ(study.training_already[0].first, 50u);
  EXPECT_DOUBLE_EQ(study.training_already[0].second, by_hand[0] / 20.0);
  EXPECT_EQ(study.training_already[1].first, 250u);
  EXPECT_DOUBLE_EQ(study.training_already[1].second, by_hand[1] / 20.0);
  EXPECT_LT(by_hand[0], by_hand[1]) << "more designs, more already met (else the test shows nothing)";
  // It travels through the summary into the report's table.
  const auto j = seed_study_json(study);
  EXPECT_EQ(seed_study_from_json(j).training_already, study.training_already);
  EXPECT_NE(seed_study_markdown(j, false).find("| a training design already | 250 | the same in every run |"),
            std::string::npos);
  r["test_designs"] = 21000;
  auto wrong = merge_seed_runs({{"s0", r}});
  EXPECT_THROW(training_already(wrong, project), std::runtime_error) << "not the designs the runs evaluated";

  // With random subsets (evaluate --subset random) each run's models and lookup learnt from its
  // seed's designs: "a training design already" is the mean over the seeds' subsets, and the
  // lookup's figures are per seed, not "the same in every run".
  r["test_designs"] = 20;
  r["training"]["training_subset"] = "random";
  r["models"][2]["best_of_n"]["meets"] = 0.25;  // the lookup on seed 0's subset
  auto r1 = r;
  r1["training"]["seed"] = 1;
  r1["models"][2]["best_of_n"]["meets"] = 0.35;  // the lookup on seed 1's subset
  auto random = merge_seed_runs({{"s0", r}, {"s1", r1}});
  ASSERT_TRUE(random_subsets(random));
  training_already(random, project);
  double mean = 0;
  for (std::uint64_t seed : {0u, 1u})
    mean += training_satisfies(inversize::diffusion::training_designs(project, 250, seed), tests, 0.0, parse_bounds({"gain_db", "gbw_hz"}))
                [index(Metric::meets)] / 2;
  EXPECT_DOUBLE_EQ(random.training_already[1].second, mean);
  const auto md = seed_study_markdown(seed_study_json(random), false);
  EXPECT_NE(md.find("| archive-lookup | 250 | 0, 1 | 30 ± 7 % | 25, 35 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| a training design already | 250 | the mean over the seeds' subsets |"), std::string::npos) << md;
  EXPECT_NE(md.find("a random subset of the training designs, drawn with the seed"), std::string::npos) << md;
  fs::remove(copy);
}
