// A project stores its technology as it was when the project was made. The shipped generic180
// projects predate the variation entries: their sizings vary with the built-in's corners and
// mismatch, and say so; never a silent yield of 100 % from varying nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "evaluation/evaluation.hpp"
#include "robustness/yield.hpp"
#include "shipped_project.hpp"

using namespace inversize;
using namespace inversize::robustness;
namespace fs = std::filesystem;

TEST(VariationTechnology, AnOlderProjectVariesWithTheBuiltinsVariationAndSaysSo) {
  // A copy: the shipped file stays as it is.
  const auto copy = shipped_project_copy("miller.isz");
  {
    const auto project = dataset::Project::open(copy);
    const auto& stored = project.setup().technology;
    ASSERT_EQ(stored.name, "generic180");
    ASSERT_FALSE(stored.variation.mismatch.present()) << "the shipped project no longer predates the mismatch entry";
    std::string note;
    const auto tech = variation_technology(stored, &note);
    ASSERT_TRUE(tech.variation.mismatch.present());
    EXPECT_DOUBLE_EQ(tech.variation.mismatch.nmos->avt_mv_um, 5);  // generic180's 5 mV um
    EXPECT_EQ(tech.variation.supply_v.size(), technology::load_named("generic180").variation.supply_v.size());
    EXPECT_NE(note.find("taken from the built-in generic180"), std::string::npos) << note;

    // A design of the project under mismatch: the offset spreads (Pelgrom: about 2 mV for the
    // built-in sizing; here any design's pair gives well above 0.1 mV).
    const auto opened = project.open_circuit();
    const auto designs = evaluation::test_designs(project, 1, dataset::Split::Validation);
    ASSERT_EQ(designs.size(), 1u);
    MonteCarloOptions mc;
    mc.runs = 20;
    mc.global = false;
    auto spec = sizing::parse_specification({"offset_v=0"});
    sizing::parse_tolerances(spec, {"offset_v=1"});
    simulation::WorkerPool pool(simulation::PoolOptions{2});
    const auto r = estimate_yield(project_request(project, opened, tech, designs[0].x, spec, mc, {}), pool, {});
    ASSERT_TRUE(r.mismatch);
    ASSERT_EQ(r.per_performance.size(), 1u);
    EXPECT_EQ(r.per_performance[0].measured, 20);
    EXPECT_GT(r.per_performance[0].std, 1e-4);
  }
  fs::remove(copy);

  // Up to date: no note. A user's technology that describes no variation at all: the note says
  // that nothing varies.
  std::string note = "stale";
  variation_technology(technology::load_named("generic180"), &note);
  EXPECT_TRUE(note.empty()) << note;
  auto own = technology::load_named("generic180");
  own.name = "my180";
  own.builtin.clear();
  own.variation = {};
  const auto same = variation_technology(own, &note);
  EXPECT_FALSE(same.variation.mismatch.present());
  EXPECT_NE(note.find("vary nothing"), std::string::npos) << note;
}
