// A project's models by architecture, on a private copy of the shipped Miller project:
// structural-independent trains, is stored under its name and loads back to the same samples;
// the project's models stored as "structural" (before there were two) are the chained one.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "diffusion/project_models.hpp"
#include "diffusion/structural_model.hpp"

using namespace inversize;
using namespace inversize::diffusion;
namespace fs = std::filesystem;

namespace {
// Tests never write into the shipped file.
std::string copy_of(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("inversize_diffusion_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto to = dir / name;
  fs::copy_file(fs::path(INVERSIZE_PROJECTS_DIR) / name, to, fs::copy_options::overwrite_existing);
  return to.string();
}

// The performances of the project's first training design, in the model's order.
std::vector<double> spec_of(const dataset::Project& p, const ProjectModel& m) {
  const auto d = training_designs(p, 1).front();
  std::vector<double> y;
  for (std::size_t k : m.performances) y.push_back(d.performances[k].value_or(std::nan("")));
  return y;
}
}  // namespace

TEST(ProjectModels, IndependentBlocksTrainStoreAndLoad) {
  auto project = dataset::Project::open(copy_of("miller.isz"));
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
  auto project = dataset::Project::open(copy_of("miller.isz"));
  const auto models = project.list_models();
  ASSERT_TRUE(std::any_of(models.begin(), models.end(), [](const auto& r) { return r.arch == "structural"; }));
  auto pm = load_project_model(project, std::string(kStructuralChained));
  EXPECT_EQ(pm.model->architecture(), "structural-chained");
  const auto& s = dynamic_cast<const StructuralModel&>(*pm.model);
  EXPECT_TRUE(s.chained());
  // Saved before guidance kept the chained sizes: their unconditional pass drops every
  // condition column, as they were trained.
  for (const auto& b : s.block_models()) EXPECT_EQ(b.chained(), 0);
  EXPECT_EQ(load_project_model(project, "structural").id, pm.id);
  SampleOptions so;
  so.steps = 5;
  so.guidance = 2.0;
  const auto out = pm.model->sample(spec_of(project, pm), 3, so);
  ASSERT_EQ(out.size(), 3u);
  for (double v : out[0]) EXPECT_TRUE(std::isfinite(v));
}
