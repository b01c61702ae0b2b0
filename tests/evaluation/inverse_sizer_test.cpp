// Inverse sizing with the shipped, trained Miller project: sampled sizings simulate close to
// the specification, the exported netlist simulates to exactly the verified performances, and
// missing or damaged models give clear messages.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>

#include <nlohmann/json.hpp>

#include "diffusion/project_models.hpp"
#include "evaluation/evaluation.hpp"
#include "sizing/inverse_sizer.hpp"
#include "evaluation/statistics.hpp"
#include "circuit/input.hpp"
#include "common/engineering.hpp"
#include "netlist/units.hpp"
#include "simulation/batch_reference.hpp"
#include "simulation/conditions.hpp"
#include "simulation/setup.hpp"
#include "simulation/simulator.hpp"
#include "sizing/sample_export.hpp"
#include "run_command.hpp"
#include "shipped_project.hpp"

using namespace inversize;
using namespace inversize::evaluation;
using namespace inversize::sizing;
namespace fs = std::filesystem;

namespace {

std::size_t k(const char* key) { return *performance_index(key); }

}  // namespace

TEST(InverseSizer, SamplesOfHeldOutSpecificationsSimulateCloseToThem) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  std::vector<dataset::Design> tests;
  for (auto& d : project.designs())
    if (d.pareto && d.split == dataset::Split::Test && tests.size() < 4) tests.push_back(d);
  ASSERT_EQ(tests.size(), 4u);

  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  std::vector<double> gain, gbw, power;
  // The reference: what any training design (the data's spread) would give for the same specs.
  std::vector<double> prior_gain, prior_gbw, prior_power;
  const auto& training = sizer.training_designs();
  for (const auto& t : tests) {
    for (std::size_t j = 0; j < training.size(); j += training.size() / 16) {
      const auto& p = training[j].performances;
      prior_gain.push_back(std::abs(difference(k("gain_db"), *p[k("gain_db")], *t.performances[k("gain_db")])));
      prior_gbw.push_back(std::abs(difference(k("gbw_hz"), *p[k("gbw_hz")], *t.performances[k("gbw_hz")])));
      prior_power.push_back(std::abs(difference(k("power_w"), *p[k("power_w")], *t.performances[k("power_w")])));
    }
    auto spec = specification_of(t);
    auto samples = sizer.sample(spec, 8, {});
    ASSERT_EQ(samples.size(), 8u);
    sizer.verify(samples, spec, pool, {});
    for (const auto& s : samples) {
      ASSERT_TRUE(s.verified);
      if (!s.simulation.simulated) continue;
      gain.push_back(std::abs(difference(k("gain_db"), *s.simulation.performances[k("gain_db")], *spec.values[k("gain_db")])));
      gbw.push_back(std::abs(difference(k("gbw_hz"), *s.simulation.performances[k("gbw_hz")], *spec.values[k("gbw_hz")])));
      power.push_back(std::abs(difference(k("power_w"), *s.simulation.performances[k("power_w")], *spec.values[k("power_w")])));
    }
  }
  ASSERT_GE(gain.size(), 28u) << "nearly every sample simulates";
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  // The model lands near the specification: several times closer than the data's spread
  // (measured: about 10x for the transit frequency and power, 20x for the gain; docs/results).
  EXPECT_LT(median(gain), 0.03);
  EXPECT_LT(median(gain) * 5, median(prior_gain)) << median(gain) << " vs " << median(prior_gain);
  EXPECT_LT(median(gbw) * 3, median(prior_gbw)) << median(gbw) << " vs " << median(prior_gbw);
  EXPECT_LT(median(power) * 3, median(prior_power)) << median(power) << " vs " << median(prior_power);
}

TEST(InverseSizer, ExportedNetlistSimulatesToTheVerifiedPerformances) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  auto spec = sizer.complete(parse_specification({"gain_db=70", "gbw_hz=15meg", "power_w=250u"}));
  ASSERT_TRUE(spec.filled_from) << "left-out performances come from a training design";
  auto samples = sizer.sample(spec, 4, {});
  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  sizer.verify(samples, spec, pool, {});
  auto best = InverseSizer::best(samples);
  ASSERT_TRUE(samples[best].simulation.simulated);

  const auto& chosen = samples[best];
  const auto text = exported_netlist(sizer, chosen, spec, {"9.9.9", "2026-12-06", int(best) + 1});
  auto path = fs::path(project.path()).parent_path() / suggested_netlist_name(project.setup().circuit_source, int(best) + 1);
  EXPECT_EQ(path.filename().string(), "miller_sized_" + std::to_string(best + 1) + ".cir");
  { std::ofstream(path) << text; }
  // It parses, and plain `ngspice -b` running the testbenches on it measures exactly what the
  // verification showed (the raw file's 15 digits: 1e-6 relative).
  auto tech = project.setup().technology;
  auto opened = circuit::open_circuit(path.string(), tech);
  auto cond = simulation::nominal_conditions(opened.deck, opened.circuit, tech);
  auto setup = simulation::make_setup(opened.deck, opened.circuit, tech, cond);
  auto dir = fs::temp_directory_path() / ("inversize_export_batch_" + std::to_string(::getpid()));
  auto r = simulation::run_setup_with_ngspice_program(setup, dir.string());
  fs::remove_all(dir);
  ASSERT_TRUE(r.ok()) << r.error;
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    const auto& shown = chosen.simulation.performances[i];
    if (kPerformances[i].key == "area_um2" || !shown) continue;  // area is not a SPICE measurement
    ASSERT_TRUE(r.performances[i].value) << kPerformances[i].key;
    EXPECT_NEAR(*r.performances[i].value, *shown, 1e-6 * std::max(1e-3, std::abs(*shown))) << kPerformances[i].key;
  }

  // One header, fresh: what was exported, the specification, the verified performances; the
  // original header's measured values and its own `inversize:` line are gone, and exactly one
  // `inversize:` line holds the conditions with this sizing's bias current.
  std::istringstream in(text);
  std::vector<std::string> lines, conditions;
  for (std::string l; std::getline(in, l);) {
    lines.push_back(l);
    if (l.find("inversize:") != std::string::npos) conditions.push_back(l);
  }
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], "* miller: sample " + std::to_string(best + 1) + " exported by InverSize 9.9.9 on 2026-12-06");
  EXPECT_EQ(text.find("Measured"), std::string::npos) << text;
  EXPECT_EQ(text.find("verified there"), std::string::npos) << text;
  EXPECT_NE(text.find("* Specification (met strictly): gain_db >= 70 dB, gbw_hz >= 15 MHz, power_w <= 250 uW"),
            std::string::npos) << text;
  EXPECT_NE(text.find("gain_db " + si_format(*chosen.simulation.performances[k("gain_db")], "dB")), std::string::npos) << text;
  ASSERT_EQ(conditions.size(), 1u) << text;
  double ibias = 0;
  const auto& vars = project.setup().space.variables;
  for (std::size_t v = 0; v < vars.size(); ++v)
    if (vars[v].kind == dataset::VariableKind::BiasCurrent) ibias = chosen.x[v];
  ASSERT_GT(ibias, 0) << "the Miller's bias current is a design variable";
  EXPECT_EQ(conditions[0], "* inversize: vdd=1.8 vcm=0.9 cl=1p ibias=" + netlist::format_spice_number(ibias));
  EXPECT_NEAR(cond.ibias_a, ibias, 1e-12);
  const auto header_end = std::find(lines.begin(), lines.end(), conditions[0]);
  for (auto it = lines.begin(); it != header_end; ++it) EXPECT_EQ(it->rfind("*", 0), 0u) << *it;
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind(".subckt", 0) == 0; }), 1);
}

// The `* inversize:` line's reader, which the export and the nominal conditions share.
TEST(SampleExport, ConditionsCommentGivesItsPairsInOrder) {
  auto line = simulation::conditions_comment("* InverSize: vdd=3.3 CL=2p note ibias=10u");
  ASSERT_TRUE(line);
  ASSERT_EQ(line->size(), 3u);
  EXPECT_EQ((*line)[1], (std::pair<std::string, std::string>{"cl", "2p"}));
  EXPECT_FALSE(simulation::conditions_comment("M1 d g s b nch W=1u L=1u"));
  EXPECT_FALSE(simulation::conditions_comment("  * inversize: vdd=1"));  // as nominal_conditions reads them
}

// The designer's best sizing: one that meets and keeps the sizing rules, then one that meets.
// Verification says how it ended: cancelled when its token stopped it (the rest unverified),
// done when everything was simulated or nothing was left to simulate.
TEST(InverseSizer, VerifySaysWhetherItWasCancelled) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  auto spec = sizer.complete(parse_specification({"gain_db=70"}));
  auto samples = sizer.sample(spec, 2, {});
  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  JobContext cancelled;
  cancelled.cancel.cancel();
  EXPECT_TRUE(sizer.verify(samples, spec, pool, cancelled).is_cancelled());
  for (const auto& s : samples) EXPECT_FALSE(s.verified);
  EXPECT_TRUE(sizer.verify(samples, spec, pool, {}).is_done());
  for (const auto& s : samples) EXPECT_TRUE(s.verified);
  EXPECT_TRUE(sizer.verify(samples, spec, pool, cancelled).is_done()) << "nothing left to simulate";
}

TEST(InverseSizer, BestPrefersAFeasibleSizingThatMeets) {
  auto sizing = [](bool meets, bool feasible, double shortfall) {
    SampledSizing s;
    s.verified = true;
    s.simulation.simulated = true;
    s.simulation.feasible = feasible;
    s.meets = meets;
    s.shortfall = shortfall;
    return s;
  };
  std::vector<SampledSizing> v{sizing(false, true, 0.01), sizing(true, false, 0), sizing(true, true, 0)};
  EXPECT_EQ(InverseSizer::best(v), 2u);
  v.pop_back();
  EXPECT_EQ(InverseSizer::best(v), 1u) << "meeting outranks feasible";
  v.push_back(sizing(false, false, 0.001));
  EXPECT_EQ(InverseSizer::best(v), 1u);
}

TEST(InverseSizer, MissingOrDamagedModelsGiveClearMessages) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  try {
    InverseSizer sizer(project, "ann-that-was-never-trained");
    FAIL();
  } catch (const dataset::ProjectError& e) {
    EXPECT_NE(std::string(e.what()).find("inversize-cli train"), std::string::npos) << e.what();
  }
  dataset::ModelRecord junk;
  junk.arch = "mlp-ddpm";
  junk.data = {'n', 'o', 't', ' ', 'a', ' ', 'm', 'o', 'd', 'e', 'l'};
  project.put_model(junk);
  try {
    InverseSizer sizer(project, "mlp-ddpm");
    FAIL();
  } catch (const dataset::ProjectError& e) {
    EXPECT_NE(std::string(e.what()).find("train it again"), std::string::npos) << e.what();
  }
}

TEST(ProjectModels, ConditionOnlyOnPerformancesThatVary) {
  auto project = dataset::Project::open(shipped_project_copy("fcoa.isz"));
  auto designs = diffusion::training_designs(project);
  ASSERT_GT(designs.size(), 700u);
  auto pd = diffusion::project_data(project, designs);
  // The PMOS-input folded cascode keeps its input pair saturated down to 0 V in every design.
  EXPECT_EQ(std::count(pd.performances.begin(), pd.performances.end(), k("icmr_min_v")), 0);
  EXPECT_EQ(std::count(pd.performances.begin(), pd.performances.end(), k("gain_db")), 1);
  EXPECT_EQ(pd.data.x.size(), designs.size());
  EXPECT_EQ(pd.data.variable_names.size(), project.setup().space.free_variables().size());
  ASSERT_FALSE(pd.context.blocks.empty());
  EXPECT_EQ(pd.context.limits.size(), pd.data.variable_names.size());
  auto limited = diffusion::training_designs(project, 250);
  EXPECT_EQ(limited.size(), 250u);
  EXPECT_EQ(limited.front().id, designs.front().id) << "the first designs, in id order";

  // The surrogate's extra designs: simulated, off the archive, never a test design; with a
  // limit only those the generation had made by then.
  auto forward = diffusion::forward_designs(project, designs);
  std::size_t off_archive = 0;
  for (const auto& d : project.designs())
    off_archive += d.simulated && !d.pareto && d.split == dataset::Split::Train && d.id < designs.back().id;
  EXPECT_GT(forward.size(), designs.size()) << "the FCOA's generation simulated more than it kept";
  EXPECT_EQ(forward.size(), off_archive);
  for (const auto& d : forward) {
    EXPECT_TRUE(d.simulated && !d.pareto && d.split == dataset::Split::Train) << d.id;
  }
  auto early = diffusion::forward_designs(project, limited);
  EXPECT_LT(early.size(), forward.size());
  for (const auto& d : early) EXPECT_LT(d.id, limited.back().id);
  auto with_forward = diffusion::project_data(project, designs, forward);
  EXPECT_EQ(with_forward.data.forward_x.size(), forward.size());
  EXPECT_EQ(with_forward.data.x, pd.data.x) << "the inverse model's data stays the archive";
}

// train --backbone mlp: the structural model gets MLP blocks and says so in its record; the
// published baselines keep their own networks.
TEST(ProjectModels, TrainingHonoursTheBackboneOption) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  diffusion::TrainOptions o;
  o.max_steps = 20;
  o.eval_every = 10;
  o.backbone = diffusion::Backbone::mlp;
  auto m = diffusion::train_model(project, "structural", o);
  EXPECT_EQ(m.model->config().backbone, diffusion::Backbone::mlp);
  diffusion::store_model(project, m, o);
  auto records = project.list_models();
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records.back().hyperparameters["backbone"], "mlp");
  auto loaded = diffusion::load_project_model(project, "structural");
  EXPECT_EQ(loaded.model->config().backbone, diffusion::Backbone::mlp);
  auto ann = diffusion::train_model(project, "ann", o);
  EXPECT_EQ(ann.model->config().width, diffusion::default_config("ann").width) << "baselines unchanged";
}

namespace {
// Options that train a model's networks a few steps, without a surrogate: enough to check what
// the options build.
diffusion::TrainOptions a_few_steps() {
  diffusion::TrainOptions o;
  o.max_steps = 20;
  o.eval_every = 10;
  o.surrogate = false;
  return o;
}
}  // namespace

// train --width/--depth: the structural and monolithic denoisers take them; the baselines keep
// their published networks. The capacity is real: a wider network has more parameters, counted
// by hand from the layer shapes of the first hidden layer (inputs x width + width biases).
TEST(ProjectModels, TrainingHonoursTheWidthAndDepthOptions) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  auto o = a_few_steps();
  o.width = 48;
  o.depth = 2;
  auto m = diffusion::train_model(project, "monolithic", o);
  EXPECT_EQ(m.model->config().width, 48);
  EXPECT_EQ(m.model->config().depth, 2);
  auto ann = diffusion::train_model(project, "ann", o);
  EXPECT_EQ(ann.model->config().width, diffusion::default_config("ann").width) << "baselines unchanged";
  EXPECT_EQ(ann.model->config().depth, diffusion::default_config("ann").depth);
}

// train --mean-fit: the structural and monolithic models take it, record it, and load with it;
// by default their fit is linear (docs/diffusion.md, "A quadratic mean"). The published
// baselines have none.
TEST(ProjectModels, TrainingHonoursTheMeanFitOption) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  auto o = a_few_steps();
  auto linear = diffusion::train_model(project, "monolithic", o);
  EXPECT_EQ(linear.model->config().mean_fit, diffusion::MeanFit::linear);
  o.mean_fit = diffusion::MeanFit::quadratic;
  auto quadratic = diffusion::train_model(project, "monolithic", o);
  EXPECT_EQ(quadratic.model->config().mean_fit, diffusion::MeanFit::quadratic);
  diffusion::store_model(project, quadratic, o);
  EXPECT_EQ(project.list_models().back().hyperparameters["mean_fit"], "quadratic");
  EXPECT_EQ(diffusion::load_project_model(project, "monolithic").model->config().mean_fit, diffusion::MeanFit::quadratic);
  // The fit is a model's part of its blob: the quadratic one has a row per product of two of
  // the condition's performances more.
  const auto n = quadratic.model->performance_names().size();
  EXPECT_EQ(quadratic.model->to_blob().size() - linear.model->to_blob().size(),
            n * (n + 1) / 2 * quadratic.model->variable_names().size() * sizeof(double));
  EXPECT_EQ(diffusion::train_model(project, "ann", o).model->config().mean_fit, diffusion::MeanFit::none)
      << "baselines unchanged";
}

// sample --candidates with archive_share: that share of the candidates are the training designs
// nearest the specification, ranked with the draws. With every candidate from the archive and no
// refinement, every kept sizing is a training design itself, unchanged; with none, the draws
// are the model's own (no training design reproduced to the last digit).
TEST(InverseSizer, ArchiveShareMakesTheNearestTrainingDesignsCandidates) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  const auto spec = sizer.complete(specification_of(test_designs(project, 1).front()));
  auto is_training = [&](const std::vector<double>& x) {
    return std::any_of(sizer.training_designs().begin(), sizer.training_designs().end(),
                       [&](const dataset::Design& d) { return d.x == x; });
  };
  diffusion::SampleOptions so;
  so.seed = 3;
  so.steps = 10;
  so.candidates = 20;
  so.archive_share = 1.0;
  auto from_archive = sizer.sample(spec, 4, so);
  ASSERT_EQ(from_archive.size(), 4u);
  for (const auto& s : from_archive) EXPECT_TRUE(is_training(s.x) && s.from_archive);
  so.archive_share = 0.0;
  auto drawn = sizer.sample(spec, 4, so);
  ASSERT_EQ(drawn.size(), 4u);
  for (const auto& s : drawn) EXPECT_FALSE(is_training(s.x) || s.from_archive);
}

// sample --candidates: of the same draws, the ones the surrogate finds most likely to meet the
// specification are kept, best first. The oracle by hand, not by the ranking's own functions:
// with one bound given, a lower bound on the gain, the chance to meet it grows with the
// predicted gain (a normal around the prediction, in an increasing normalisation, shifted by
// the same local bias for every draw) — so the kept draws are those of the highest predicted
// gain, in that order, whatever the tolerance, the spread or the bias.
TEST(InverseSizer, CandidatesKeepTheSamplesTheSurrogateFindsLikeliestToMeet) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  diffusion::TrainOptions o;
  o.max_steps = 300;
  o.eval_every = 100;
  auto model = diffusion::train_model(project, "mlp-ddpm", o);
  ASSERT_TRUE(model.model->has_surrogate());
  InverseSizer sizer(project, std::move(model));
  const auto& m = sizer.model();
  const std::size_t gain = *performance_index("gain_db");
  Specification one;
  one.given[gain] = true;
  one.values[gain] = test_designs(project, 1).front().performances[gain];
  const auto spec = sizer.complete(one);
  const auto column = std::find(m.performances.begin(), m.performances.end(), gain) - m.performances.begin();
  ASSERT_LT(std::size_t(column), m.performances.size());

  diffusion::SampleOptions so;
  so.seed = 5;
  so.steps = 10;
  auto drawn = sizer.sample(spec, 30, so);  // the same 30 draws the candidates come from
  so.candidates = 30;
  auto kept = sizer.sample(spec, 5, so);
  ASSERT_EQ(kept.size(), 5u);

  diffusion::SizingModel::Matrix free;
  for (const auto& s : drawn) free.push_back(sizer.model_row(s.x));
  const auto predicted = m.model->predict_performances(free);
  std::vector<std::size_t> order(drawn.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return predicted[a][column] > predicted[b][column]; });
  for (std::size_t i = 0; i < kept.size(); ++i) {
    EXPECT_EQ(kept[i].x, drawn[order[i]].x) << "rank " << i;
    ASSERT_TRUE(kept[i].predicted);
    EXPECT_GT(kept[i].predicted_meet, 0.0);
    EXPECT_LE(kept[i].predicted_meet, 1.0);
    if (i) EXPECT_LE(kept[i].predicted_meet, kept[i - 1].predicted_meet);
  }
  EXPECT_GT(predicted[order.front()][column], predicted[order.back()][column]) << "the draws differ";
}

// The shipped structural model on the Miller: refined by its surrogate, the samples of held-out
// specifications meet them in simulation far more often (docs/results: 20 % -> 95 % of 40
// specifications, best of 10), and keep the sizing rules.
TEST(InverseSizer, RefinedSamplesMeetHeldOutSpecificationsInSimulation) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  int met_drawn = 0, met_refined = 0, feasible_refined = 0, refined_samples = 0;
  for (const auto& t : test_designs(project, 6)) {
    auto spec = specification_of(t);
    diffusion::SampleOptions so;
    so.seed = 11 + static_cast<std::uint64_t>(t.id);
    auto drawn = sizer.sample(spec, 8, so);
    so.refine = diffusion::kRefineSteps;
    auto refined = sizer.sample(spec, 8, so);
    sizer.verify(drawn, spec, pool, {});
    sizer.verify(refined, spec, pool, {});
    met_drawn += std::any_of(drawn.begin(), drawn.end(), [](const auto& s) { return s.meets; });
    met_refined += std::any_of(refined.begin(), refined.end(), [](const auto& s) { return s.meets; });
    for (const auto& s : refined) {
      ++refined_samples;
      feasible_refined += s.simulation.feasible;
    }
  }
  // Measured (best of 8, strictly met): 2 of 6 refined with the MLP models shipped since
  // 2026-12-06 (4 of 6 with the transformer models before), at least two more than as drawn.
  EXPECT_GE(met_refined, 2) << "of 6 specifications, best of 8 refined samples";
  EXPECT_GE(met_refined, met_drawn + 2) << met_drawn << " met as drawn";
  EXPECT_GE(feasible_refined * 10, refined_samples * 8) << "at least 80 % keep every sizing rule";
}

// On held-out designs the surrogate is off in the direction its neighbours in the training
// archive are off: corrected by local_bias, its predictions of the test designs' performances
// are centred on what they simulate.
TEST(InverseSizer, LocalBiasCentresTheSurrogateOnHeldOutDesigns) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  const auto& m = sizer.model();
  const auto& norm = m.model->performance_normalizer();
  const auto tests = test_designs(project, 40);
  diffusion::SizingModel::Matrix rows;
  for (const auto& t : tests) rows.push_back(sizer.model_row(t.x));
  const auto predicted = m.model->predict_performances(rows);
  // Measured, median (simulated - predicted) in archive standard deviations, raw -> corrected:
  // gbw +0.0047 -> +0.0018 (about +0.9 % -> +0.3 %), slew rate +0.0056 -> +0.0039, power
  // +0.0052 -> +0.0049, area +0.0016 -> -0.0016.
  double off_raw = 0, off_corrected = 0;
  for (const char* key : {"gbw_hz", "sr_v_per_us", "power_w", "area_um2"}) {
    const auto j = static_cast<std::size_t>(
        std::find(m.performances.begin(), m.performances.end(), k(key)) - m.performances.begin());
    ASSERT_LT(j, m.performances.size());
    std::vector<double> raw, corrected;
    for (std::size_t i = 0; i < tests.size(); ++i) {
      const double e = norm.normalise(j, *tests[i].performances[k(key)]) - norm.normalise(j, predicted[i][j]);
      raw.push_back(e);
      corrected.push_back(e - sizer.local_bias(specification_of(tests[i]))[j]);
    }
    off_raw += std::abs(quantile(raw, 0.5));
    off_corrected += std::abs(quantile(corrected, 0.5));
    if (std::string(key) == "gbw_hz" || std::string(key) == "sr_v_per_us")
      EXPECT_LT(std::abs(quantile(corrected, 0.5)), std::abs(quantile(raw, 0.5))) << key;
  }
  EXPECT_LT(off_corrected, 0.8 * off_raw);
}

// The paper's protocol asks for a test design's own performances. Refined to meet them, the
// Miller's samples overshoot on the good side (docs/results: gbw +10 %, power -8 % at the
// median); refined to match them, they land on them.
TEST(InverseSizer, RefinedToMatchTheSamplesLandOnTheSpecifiedValues) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  simulation::WorkerPool pool({2, simulation::kSimulationTimeoutS});
  const std::vector<std::size_t> perf{k("gbw_hz"), k("sr_v_per_us"), k("power_w"), k("area_um2")};
  std::vector<std::vector<double>> meet(perf.size()), match(perf.size());
  for (const auto& t : test_designs(project, 5)) {
    auto spec = specification_of(t);
    diffusion::SampleOptions so;
    so.seed = 5 + static_cast<std::uint64_t>(t.id);
    so.refine = diffusion::kRefineSteps;
    for (auto goal : {diffusion::RefineGoal::meet, diffusion::RefineGoal::match}) {
      so.goal = goal;
      auto samples = sizer.sample(spec, 8, so);
      sizer.verify(samples, spec, pool, {});
      auto& into = goal == diffusion::RefineGoal::meet ? meet : match;
      for (const auto& s : samples)
        for (std::size_t j = 0; j < perf.size(); ++j)
          if (s.simulation.simulated && s.simulation.performances[perf[j]])
            into[j].push_back(difference(perf[j], *s.simulation.performances[perf[j]], *spec.values[perf[j]]));
    }
  }
  // Measured (5 specifications x 8 samples), median [q1, q3] meet -> match, the models with the
  // linear mean (2026-12-07): gbw +8.2 [+6.7, +12] -> +2.1 [-0.2, +3.7] %, slew rate +6.7 -> +1.9 %,
  // power -14 -> -3.8 [-7.0, -1.1] %, area -12 -> -1.5 %. (The models before: power -12.5 ->
  // -1.2 [-2.2, -0.4] %, the rest alike.)
  double off_meet = 0, off_match = 0;
  for (std::size_t j = 0; j < perf.size(); ++j) {
    const auto a = box_stats(meet[j]), b = box_stats(match[j]);
    const auto key = kPerformances[perf[j]].key;
    ASSERT_GE(b.n, 36u) << key;
    std::printf("%s meet %+.3f [%+.3f, %+.3f] match %+.3f [%+.3f, %+.3f]\n", std::string(key).c_str(), a.median, a.q1, a.q3, b.median, b.q1, b.q3);
    EXPECT_LT(std::abs(b.median), 0.04) << key << ": matched samples land within 4 % at the median";
    EXPECT_GT(b.q1, -0.08) << key;
    EXPECT_LT(b.q3, 0.08) << key;
    off_meet += std::abs(a.median);
    off_match += std::abs(b.median);
  }
  EXPECT_LT(off_match * 3, off_meet) << "meeting overshoots on the good side, matching does not";
}

// The chance is the product over the given performances of the normal tail beyond each one's
// bound (strict, or widened by the specification's tolerance), in normalised units; here the
// normalisation is the identity. Phi by hand (tables).
TEST(InverseSizer, MeetProbabilityMultipliesTheTailsBeyondTheBounds) {
  // Two columns whose normalisation is the identity: values -1 and +1 in each.
  auto norm = diffusion::Normalizer::fit({{-1.0, -1.0}, {1.0, 1.0}}, {false, false});
  ASSERT_NEAR(norm.normalise(0, 0.5), 0.5, 1e-12);
  auto spec = parse_specification({"gain_db=60", "power_w=1"});
  const std::vector<std::size_t> perf{k("gain_db"), k("power_w")};
  // gain: bound 60, predicted 61, sigma 1: P = Phi(1) = 0.8413447.
  // power (minimised): bound 1, predicted 1 - 0.5 * 0.04, sigma 0.04: P = Phi(0.5) = 0.6914625.
  const double lp = log_meet_probability(spec, perf, {61.0, 0.98}, {1.0, 0.04}, norm);
  EXPECT_NEAR(std::exp(lp), 0.8413447 * 0.6914625, 1e-6);
  // A tolerance moves the bound: gain 1 dB -> bound 59, predicted 59.8: P = Phi(0.8) = 0.7881446.
  auto tolerant = spec;
  parse_tolerances(tolerant, {"gain_db=1"});
  EXPECT_NEAR(std::exp(log_meet_probability(tolerant, perf, {59.8, 0.98}, {1.0, 0.04}, norm)), 0.7881446 * 0.6914625,
              1e-6);
  // A performance left out of the specification does not count.
  spec.given[k("power_w")] = false;
  EXPECT_NEAR(std::exp(log_meet_probability(spec, perf, {61.0, 0.98}, {1.0, 0.04}, norm)), 0.8413447, 1e-6);
}

TEST(InverseSizer, MatchProbabilityIntegratesBetweenBothBounds) {
  auto norm = diffusion::Normalizer::fit({{-1.0, -1.0}, {1.0, 1.0}}, {false, false});
  auto spec = parse_specification({"gain_db=60", "power_w=1"});
  const std::vector<std::size_t> perf{k("gain_db"), k("power_w")};
  // gain: [58.8, 61.2] around 59.8 with sigma 1: Phi(1.4) - Phi(-1) = 0.9192433 - 0.1586553.
  // power: [0.98, 1.02] around 1.0 with sigma 0.04: Phi(0.5) - Phi(-0.5) = 0.3829249.
  const double lp = log_meet_probability(spec, perf, {59.8, 1.0}, {1.0, 0.04}, norm, diffusion::RefineGoal::match);
  EXPECT_NEAR(std::exp(lp), (0.9192433 - 0.1586553) * 0.3829249, 1e-6);
  // Far better than asked meets, but does not match.
  EXPECT_GT(std::exp(log_meet_probability(spec, perf, {70.0, 0.5}, {1.0, 0.04}, norm)), 0.99);
  EXPECT_LT(std::exp(log_meet_probability(spec, perf, {70.0, 0.5}, {1.0, 0.04}, norm, diffusion::RefineGoal::match)),
            1e-6);
}

// --aim: a relaxed specification is sampled at the nearest training design that meets it.
TEST(InverseSizer, AimConditionsOnTheNearestTrainingDesignThatMeetsTheSpecification) {
  auto project = dataset::Project::open(shipped_project_copy("miller.isz"));
  InverseSizer sizer(project, "structural");
  const auto& training = sizer.training_designs();
  auto spec = specification_of(test_designs(project, 1).front(), 0.05);  // 5 % slack
  const auto* target = sizer.aim(spec);
  ASSERT_NE(target, nullptr);
  EXPECT_EQ(shortfall(spec, target->performances), 0.0);
  // No design that meets it is nearer (brute force over the training designs).
  const auto order = nearest_designs(spec, training, training.size());
  for (const auto* d : order) {
    if (d == target) break;
    EXPECT_GT(shortfall(spec, d->performances), 0.0) << "design #" << d->id << " meets and is nearer";
  }
  // Sampling with aim is sampling at the target's performances.
  diffusion::SampleOptions so;
  so.seed = 2;
  so.steps = 10;
  so.aim = true;
  auto aimed = sizer.sample(spec, 3, so);
  auto at_target = spec;
  at_target.values = target->performances;
  so.aim = false;
  auto plain = sizer.sample(at_target, 3, so);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(aimed[i].x, plain[i].x);

  auto impossible = parse_specification({"gain_db=200"});
  EXPECT_EQ(sizer.aim(impossible), nullptr);
}

// The designer's command: by default drawn 10 N, refined, ranked and aimed; the verified samples
// say whether they meet the specification and keep the sizing rules.
TEST(SampleCommand, VerifiedSamplesMeetAndSayWhetherTheyKeepTheSizingRules) {
  const auto path = shipped_project_copy("miller.isz");
  const std::string spec = " --spec gain_db=65 gbw_hz=10meg power_w=200u -n 4 --verify --workers 2 --json";
  int status = 0;
  auto out = run_command(std::string(INVERSIZE_CLI_EXE) + " sample " + path + spec, status);
  ASSERT_EQ(status, 0) << out;
  auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j["samples"].size(), 4u);
  int meet = 0;
  for (const auto& s : j["samples"]) {
    ASSERT_TRUE(s.contains("feasible")) << s.dump();
    meet += s["meets_spec"].get<bool>() && s["feasible"].get<bool>();
    EXPECT_TRUE(s.contains("predicted_meet")) << "ranked by the surrogate";
    // The surrogate's performances of this very sample, as ranked: near what SPICE says of it.
    ASSERT_TRUE(s.contains("predicted")) << s.dump();
    EXPECT_NEAR(s["predicted"]["gain_db"].get<double>(), s["performances"]["gain_db"].get<double>(), 2.0) << s.dump();
  }
  EXPECT_GE(meet, 3) << out;
  EXPECT_TRUE(j["aimed_at"].is_number_integer()) << "a training design meets this specification";

  auto plain = run_command(std::string(INVERSIZE_CLI_EXE) + " sample " + path + spec + " --refine 0 --candidates 0 --no-aim", status);
  ASSERT_EQ(status, 0) << plain;
  auto p = nlohmann::json::parse(plain);
  ASSERT_EQ(p["samples"].size(), 4u);
  EXPECT_FALSE(p["samples"][0].contains("predicted_meet")) << "drawn only";
  EXPECT_FALSE(p["samples"][0].contains("predicted"));
  EXPECT_TRUE(p["aimed_at"].is_null()) << "--no-aim";
}

// sample says what the draws are conditioned on; a specification no training design meets is
// named as such, so the designer knows why fewer samples meet it.
TEST(SampleCommand, SaysWhatTheDrawsAreConditionedOn) {
  const auto path = shipped_project_copy("miller.isz");
  const std::string cli = std::string(INVERSIZE_CLI_EXE) + " sample " + path + " -n 2 --candidates 0 --refine 0 --spec ";
  for (const auto& [args, says] : {std::pair{"gain_db=200", "no training design meets the specification"},
                                   {"gain_db=65 gbw_hz=10meg power_w=200u", "draws conditioned on training design #"},
                                   {"gain_db=65 gbw_hz=10meg power_w=200u --no-aim", "draws conditioned on the specification as given"}}) {
    int status = 0;
    const auto out = run_command(cli + args, status);
    EXPECT_EQ(status, 0) << out;
    EXPECT_NE(out.find(says), std::string::npos) << args << ": " << out;
  }
}

// --tolerance: explicit, in the performance's own unit; refused in percent for decibels and
// for a performance the specification does not give; recorded in the JSON.
TEST(SampleCommand, ToleranceIsExplicitAndRecorded) {
  const auto path = shipped_project_copy("miller.isz");
  const std::string cli = std::string(INVERSIZE_CLI_EXE) + " sample " + path + " --spec gain_db=65 gbw_hz=10meg -n 2 --json";
  int status = 0;
  auto out = run_command(cli + " --tolerance gain_db=0.5 gbw_hz=2%", status);
  ASSERT_EQ(status, 0) << out;
  EXPECT_EQ(nlohmann::json::parse(out)["tolerance"], (nlohmann::json{"gain_db=0.5", "gbw_hz=2%"}));
  out = run_command(cli, status);
  ASSERT_EQ(status, 0) << out;
  EXPECT_TRUE(nlohmann::json::parse(out)["tolerance"].empty()) << "strictly by default";
  out = run_command(cli + " --tolerance gain_db=2% 2>&1", status);
  EXPECT_NE(status, 0);
  EXPECT_NE(out.find("not in percent"), std::string::npos) << out;
  out = run_command(cli + " --tolerance pm_deg=1 2>&1", status);
  EXPECT_NE(status, 0);
  EXPECT_NE(out.find("does not give pm_deg"), std::string::npos) << out;
}

// --refine-goal match: the sizings land on the values (a 10 MHz gbw), where meeting them
// aims at a training design that beats them and keeps its overshoot (13-19 MHz, GUI under Xvfb).
TEST(SampleCommand, MatchingLandsOnTheSpecifiedValues) {
  const auto path = shipped_project_copy("miller.isz");
  const std::string spec = " --spec gain_db=65 gbw_hz=10meg power_w=200u -n 6 --verify --workers 2 --json";
  auto gbw_errors = [&](const std::string& extra) {
    int status = 0;
    auto out = run_command(std::string(INVERSIZE_CLI_EXE) + " sample " + path + spec + extra, status);
    EXPECT_EQ(status, 0) << out;
    const auto j = nlohmann::json::parse(out);
    std::vector<double> e;
    for (const auto& s : j["samples"])
      if (s["performances"].contains("gbw_hz")) e.push_back(std::abs(s["performances"]["gbw_hz"].get<double>() / 10e6 - 1));
    return e;
  };
  const auto match = gbw_errors(" --refine-goal match"), meet = gbw_errors("");
  ASSERT_GE(match.size(), 5u);
  ASSERT_GE(meet.size(), 5u);
  // Measured: 9.3-10.2 MHz matched (median 4 % off: the surrogate's error this far inside
  // the front), 15.9-25.8 MHz met.
  EXPECT_LT(quantile(match, 0.5), 0.07) << "within 7 % of 10 MHz at the median";
  EXPECT_GT(quantile(meet, 0.5), 2 * quantile(match, 0.5));

  int status = 0;
  auto err = run_command(std::string(INVERSIZE_CLI_EXE) + " sample " + path + spec + " --refine-goal exact 2>&1", status);
  EXPECT_NE(status, 0);
  EXPECT_NE(err.find("--refine-goal"), std::string::npos) << err;
}
