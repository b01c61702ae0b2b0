// A project's models by architecture, on a private copy of the shipped Miller project:
// structural-independent trains, is stored under its name and loads back to the same samples;
// the project's models stored as "structural" (before there were two) are the chained one.
#include <gtest/gtest.h>

#include <set>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "diffusion/project_models.hpp"
#include "diffusion/structural_model.hpp"
#include "../shipped_project.hpp"  // test_diffusion is no inversize_add_test: no tests/ include path

using namespace inversize;
using namespace inversize::diffusion;
namespace fs = std::filesystem;

namespace {

// The performances of the project's first training design, in the model's order.
std::vector<double> spec_of(const dataset::Project& p, const ProjectModel& m) {
  const auto d = training_designs(p, 1).front();
  std::vector<double> y;
  for (std::size_t k : m.performances) y.push_back(d.performances[k].value_or(std::nan("")));
  return y;
}
}  // namespace

TEST(ProjectModels, IndependentBlocksTrainStoreAndLoad) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  TrainOptions o;
  o.max_steps = 30;
  o.eval_every = 10;
  auto m = train_model(project, std::string(kStructuralIndependent), o, {}, {}, 60);
  EXPECT_EQ(m.designs, 60u);
  store_model(project, m, o);
  auto loaded = load_project_model(project, std::string(kStructuralIndependent));
  EXPECT_EQ(loaded.id, m.id);
  ASSERT_EQ(loaded.model->architecture(), "structural-independent");
  const auto& s = dynamic_cast<const StructuralModel&>(*loaded.model);
  EXPECT_FALSE(s.chained());
  ASSERT_GT(s.block_models().size(), 1u);
  for (const auto& b : s.block_models()) EXPECT_EQ(b.performances(), int(loaded.performances.size()));
  SampleOptions so;
  so.seed = 3;
  so.steps = 5;
  const auto spec = spec_of(project, loaded);
  EXPECT_EQ(loaded.model->sample(spec, 4, so), m.model->sample(spec, 4, so));
  // The chained model of the project is still the newest "structural" one.
  EXPECT_NE(load_project_model(project, std::string(kStructuralChained)).id, m.id);
}

TEST(ProjectModels, OldStructuralModelsAreTheChainedOnes) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  // A project saved before there were two structural models stored the chained one as
  // "structural" (the shipped files did until 2026-12-06).
  auto rec = *project.get_model(load_project_model(project, std::string(kStructuralChained)).id);
  rec.arch = "structural";
  const auto legacy = project.put_model(rec);
  auto pm = load_project_model(project, std::string(kStructuralChained));
  EXPECT_EQ(pm.id, legacy);
  EXPECT_EQ(pm.model->architecture(), "structural-chained");
  const auto& s = dynamic_cast<const StructuralModel&>(*pm.model);
  EXPECT_TRUE(s.chained());
  EXPECT_EQ(load_project_model(project, "structural").id, legacy);
  SampleOptions so;
  so.steps = 5;
  so.guidance = 2.0;
  const auto out = pm.model->sample(spec_of(project, pm), 3, so);
  ASSERT_EQ(out.size(), 3u);
  for (double v : out[0]) EXPECT_TRUE(std::isfinite(v));
}

// train --data feasible: the inverse models learn from every feasible training design (the
// Miller's train split holds 896 Pareto and 335 feasible dominated designs), never from a
// validation or test design; the surrogate's extra designs then leave those out.
// Issue 18: storing the chained model left an old file's "structural" record beside it, so a
// project held two structural models (the shipped files were cleaned by hand).
TEST(ProjectModels, StoringTheChainedModelReplacesTheLegacyRecord) {
  const auto path = shipped_project_copy("miller.isz");
  auto project = dataset::Project::open(path);
  auto pm = load_project_model(project, std::string(kStructuralChained));
  // Written the old way: the chained model's record under the name "structural".
  auto rec = *project.get_model(pm.id);
  rec.arch = std::string(kLegacyStructural);
  project.put_model(rec);
  auto structural = [&project] {
    std::vector<std::int64_t> ids;
    for (const auto& m : project.list_models())
      if (canonical_architecture(m.arch) == kStructuralChained) ids.push_back(m.id);
    return ids;
  };
  ASSERT_EQ(structural().size(), 2u) << "the legacy record beside the chained one, as old files had it";
  const auto others = project.list_models().size() - 2;

  store_model(project, pm, TrainOptions{});
  EXPECT_EQ(structural(), std::vector<std::int64_t>{pm.id});
  EXPECT_EQ(project.list_models().size(), others + 1) << "the other architectures' models stay";
  // And so it is in the file.
  auto reopened = dataset::Project::open(path);
  std::size_t stored = 0;
  for (const auto& m : reopened.list_models()) stored += canonical_architecture(m.arch) == kStructuralChained;
  EXPECT_EQ(stored, 1u);
  EXPECT_EQ(load_project_model(reopened, "structural").id, pm.id);
}

TEST(ProjectModels, FeasibleDesignsJoinTheArchiveAsTrainingData) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  const auto archive = training_designs(project);
  const auto all = inverse_training_designs(project, 0, true);
  EXPECT_EQ(inverse_training_designs(project, 0, false).size(), archive.size());
  std::size_t feasible = 0;
  for (const auto& d : project.designs()) feasible += d.feasible && d.simulated && d.split == dataset::Split::Train;
  EXPECT_EQ(all.size(), feasible);
  EXPECT_GT(all.size(), archive.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_TRUE(all[i].feasible && all[i].split == dataset::Split::Train) << all[i].id;
    if (i > 0) EXPECT_LT(all[i - 1].id, all[i].id) << "in id order";
  }
  const auto forward = forward_designs(project, all);
  for (const auto& d : forward) EXPECT_FALSE(d.feasible) << d.id << " is training data already";
  // With a limit: the first archive designs and the feasible ones made before the last of them.
  const auto limited = inverse_training_designs(project, 250, true);
  const auto last = training_designs(project, 250).back().id;
  EXPECT_GT(limited.size(), 250u);
  for (const auto& d : limited) EXPECT_LE(d.id, last);

  TrainOptions o;
  o.max_steps = 20;
  o.eval_every = 10;
  o.surrogate = false;
  o.feasible_designs = true;
  auto m = train_model(project, std::string(kStructuralChained), o, {}, {}, 60);
  EXPECT_GT(m.designs, 60u);
  store_model(project, m, o);
  EXPECT_EQ(project.get_model(m.id)->hyperparameters.at("training_data"), "feasible");
}

// A training-size study's subset: the first N designs by default (the earliest of the run), or
// a random N drawn with a seed: N of the training designs, in id order, the same for a seed,
// another for another seed, spread over the whole run rather than its beginning.
TEST(ProjectModels, RandomTrainingSubsetsAreSeededAndSpreadOverTheRun) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  const auto all = training_designs(project);
  ASSERT_GT(all.size(), 500u);
  std::set<std::int64_t> ids;
  for (const auto& d : all) ids.insert(d.id);
  auto id_list = [](const std::vector<dataset::Design>& v) {
    std::vector<std::int64_t> out;
    for (const auto& d : v) out.push_back(d.id);
    return out;
  };
  const auto first = training_designs(project, 250);
  const auto random = training_designs(project, 250, 1);
  ASSERT_EQ(random.size(), 250u);
  const auto all_ids = id_list(all);
  EXPECT_EQ(id_list(first), std::vector<std::int64_t>(all_ids.begin(), all_ids.begin() + 250));
  for (std::size_t i = 0; i < random.size(); ++i) {
    EXPECT_TRUE(ids.count(random[i].id)) << random[i].id << " is a training design";
    if (i) EXPECT_LT(random[i - 1].id, random[i].id) << "in id order";
  }
  EXPECT_EQ(id_list(training_designs(project, 250, 1)), id_list(random)) << "the same for a seed";
  EXPECT_NE(id_list(training_designs(project, 250, 2)), id_list(random)) << "another for another seed";
  // Spread over the run: about three quarters of a random 250 lie past the 250th design, none of the first 250.
  std::size_t later = 0;
  for (const auto& d : random) later += d.id > first.back().id;
  EXPECT_GT(later, 125u);
  EXPECT_EQ(training_designs(project, 0, 1).size(), all.size()) << "no limit, no subset";

  TrainOptions o;
  o.max_steps = 20;
  o.eval_every = 10;
  o.surrogate = false;
  o.seed = 1;
  o.random_subset = true;
  auto m = train_model(project, std::string(kMonolithic), o, {}, {}, 60);
  EXPECT_EQ(m.designs, 60u);
  store_model(project, m, o);
  EXPECT_EQ(project.get_model(m.id)->hyperparameters.at("training_subset"), "random");
}

// The chain's order by the blocks' functions: compensation first, then bias, then the rest in
// the structure's order (decompose builtin:miller / builtin:fcoa lists the blocks and functions).
TEST(ProjectModels, TheChainStartsWithCompensationThenBias) {
  auto ids = [](const dataset::Project& p) {
    std::vector<std::string> out;
    for (const auto& b : project_data(p, training_designs(p, 5), {}).context.blocks) out.push_back(b.id);
    return out;
  };
  auto miller = dataset::Project::open(shipped_project_copy("miller.isz"));
  EXPECT_EQ(ids(miller), (std::vector<std::string>{"C_c", "CM_b1", "CM_b2", "DP_t", "CM_l", "T_t"}));
  auto fcoa = dataset::Project::open(shipped_project_copy("fcoa.isz"));
  EXPECT_EQ(ids(fcoa), (std::vector<std::string>{"CM_b1", "CM_b2", "VR_b", "DP_t", "CCM_l", "CP_l", "T_l1", "T_l2"}));
}
