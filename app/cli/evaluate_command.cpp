// inversize-cli evaluate: the paper's experiments on a project, as a report directory. Written
// into DIR.partial and renamed at the end, so a cancelled run leaves nothing that looks complete.
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/sampling_options.hpp"
#include "cli/yield_options.hpp"
#include "evaluation/report.hpp"
#include "robustness/yield_study.hpp"

#ifdef INVERSIZE_HAVE_UI
#include <QApplication>

#include "plots/report_plots.hpp"
#endif

using namespace inversize;
namespace fs = std::filesystem;

namespace {

struct EvaluateArgs {
  std::string project, report;
  std::vector<std::string> tables;  // --tables: report directories to write again from summary.json
  std::vector<std::string> merge;   // --merge-seeds: report directories of runs that differ in the training seed
  std::vector<std::string> bounds;  // --bounds: performance keys
  std::vector<std::string> archs{diffusion::default_architecture()};
  std::string sizes = "all";
  evaluation::EvaluationOptions options;
  bool quiet = false;
  YieldOptions yield{0, "none"};
  std::string yield_keys = "gain_db,gbw_hz,pm_deg,power_w";
  bool yield_only = false;
  bool as_sample = false;  // --as-sample: the designer's defaults for what is not given
};

// --yield N: the yield of the chosen (nominal best) sizing, of the most robust one and of the
// nearest training design per specification, into DIR/yield.md and yield.json.
JobOutcome run_yield_study(const dataset::Project& project, const EvaluateArgs& a, const fs::path& dir,
                           const JobContext& ctx) {
  robustness::YieldStudyOptions o;
  o.arch = a.archs.front();
  o.samples = a.options.samples;
  o.sample = a.options.sample;
  o.slack = a.options.slack > 0 ? a.options.slack : 0.05;
  o.keys.clear();
  std::stringstream in(a.yield_keys);
  for (std::string k; std::getline(in, k, ',');) o.keys.push_back(k);
  o.split = a.options.split;
  o.limit = a.options.limit > 0 ? a.options.limit : 10;
  o.mc = a.yield.monte_carlo();
  o.corners = a.yield.corners;
  o.workers = a.options.workers;
  robustness::YieldStudy study;
  auto outcome = run_job([&] { study = robustness::yield_study(project, o, ctx); });
  if (!outcome.is_done()) return outcome;
  robustness::write_yield_study(dir.string(), study);
  std::fprintf(stderr, "%s: yield of %zu specifications (%.0f %% slack, %d Monte Carlo runs each) in %s/yield.md (%s)\n",
               a.project.c_str(), study.rows.size(), o.slack * 100, o.mc.runs, dir.c_str(),
               cli::duration(study.seconds).c_str());
  return outcome;
}

std::vector<std::size_t> parse_sizes(const std::string& text) {
  std::vector<std::size_t> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    if (item == "all") out.push_back(0);
    else {
      char* end = nullptr;
      long v = std::strtol(item.c_str(), &end, 10);
      if (item.empty() || *end != '\0' || v <= 0) throw std::invalid_argument("--sizes: '" + item + "' is not a positive count or 'all'");
      out.push_back(static_cast<std::size_t>(v));
    }
  }
  return out;
}

#ifdef INVERSIZE_HAVE_UI
// Draws with ui/plots on a QApplication (offscreen without a display).
template <class Draw>
bool draw_plots(const std::string& dir, Draw draw) {
  if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
  static int argc = 1;
  static char name[] = "inversize-cli";
  static char* argv[] = {name, nullptr};
  QApplication app(argc, argv);
  std::setlocale(LC_ALL, "C");  // Qt took the system locale; numbers stay C-locale
  if (!draw()) throw std::runtime_error(dir + ": could not write the plots");
  return true;
}
bool plots(const std::string& dir, const evaluation::SeedStudy& study) {
  return draw_plots(dir, [&] { return ui::draw_seed_study_plot(dir, study); });
}
bool plots(const std::string& dir, const evaluation::EvaluationResult& r) {
  return draw_plots(dir, [&] { return ui::draw_report_plots(dir, r); });
}
#else
// Built without the UI: a report without plots (it says so).
template <class Report>
bool plots(const std::string&, const Report&) {
  return false;
}
#endif

// A report directory written whole or not at all: into DIR.partial, renamed to DIR when complete.
struct ReportDirectory {
  explicit ReportDirectory(const std::string& report) : final_dir(report), partial(report + ".partial") {
    fs::remove_all(partial);
    fs::create_directories(partial);
  }
  void publish() const {
    fs::remove_all(final_dir);
    fs::rename(partial, final_dir);
  }
  fs::path final_dir, partial;
};

nlohmann::json read_summary(const std::string& dir) {
  const std::string path = dir + "/summary.json";
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read");
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(path + ": not a summary (" + e.what() + ")");
  }
}

// --merge-seeds: one report of the runs' means and deviations, written like a run's.
int merge_seeds(const EvaluateArgs& a) {
  if (a.report.empty()) throw std::invalid_argument("evaluate --merge-seeds: --report DIR is needed");
  std::vector<std::pair<std::string, nlohmann::json>> runs;
  for (const auto& dir : a.merge) runs.emplace_back(dir, read_summary(dir));
  auto study = evaluation::merge_seed_runs(runs);
  const auto project = study.setup.value("project", std::string());
  try {
    evaluation::training_already(study, dataset::Project::open(project));
  } catch (const std::exception& e) {  // the study stands without it; say why it is missing
    std::fprintf(stderr, "%s: no \"a training design already\" row (%s)\n", project.c_str(), e.what());
  }
  const ReportDirectory out(a.report);
  evaluation::write_seed_study(out.partial.string(), study, plots(out.partial.string(), study));
  out.publish();
  std::fprintf(stderr, "%zu runs (training seeds", study.runs.size());
  for (auto seed : study.run_seeds) std::fprintf(stderr, " %llu", static_cast<unsigned long long>(seed));
  std::fprintf(stderr, ") merged into %s\n", out.final_dir.c_str());
  const auto headline = evaluation::metric_name(study.headline);
  for (const auto& p : study.points)
    std::fprintf(stderr, "  %-26s %5zu designs: best of %d %s %.0f ± %.0f %%, median |difference| %.2f ± %.2f %%\n",
                 p.arch.c_str(), p.training_designs, study.samples, headline.c_str(), p.best_stats.mean * 100,
                 p.best_stats.std * 100, p.error_stats.mean * 100, p.error_stats.std * 100);
  return 0;
}

// A yield study that did not finish leaves no report: the exit status of a cancel, or its error.
int yield_study_stopped(const JobOutcome& outcome, const EvaluateArgs& a, const fs::path& partial) {
  fs::remove_all(partial);
  if (outcome.is_cancelled()) {
    std::fprintf(stderr, "%s: yield study cancelled; no report written\n", a.project.c_str());
    return cli::exit_status(outcome);
  }
  outcome.rethrow();
  return 1;
}

// --as-sample: the options `sample` takes by default, where the command line does not give them.
void apply_designer_defaults(const CLI::App& cmd, evaluation::EvaluationOptions& o) {
  const auto d = diffusion::designer_defaults(o.sample, o.samples);
  auto& s = o.sample;
  if (!cmd.count("--aim")) s.aim = d.aim;
  if (!cmd.count("--candidates")) s.candidates = d.candidates;
  if (!cmd.count("--archive-share")) s.archive_share = d.archive_share;
  if (!cmd.count("--refine")) s.refine = d.refine;
  if (!cmd.count("--rounds")) s.rounds = d.rounds;
}

int run(EvaluateArgs& a) {
  if (!a.tables.empty()) {
    for (const auto& dir : a.tables) {
      evaluation::rewrite_report(dir);
      std::fprintf(stderr, "%s/report.md written from %s/summary.json\n", dir.c_str(), dir.c_str());
    }
    return 0;
  }
  if (!a.merge.empty()) return merge_seeds(a);
  if (a.project.empty() || a.report.empty()) throw std::invalid_argument("evaluate: PROJECT and --report DIR are needed");
  auto project = dataset::Project::open(a.project);
  if (a.archs.size() == 1 && a.archs[0] == "all") a.archs = diffusion::sizing_architectures();
  a.options.archs = a.archs;
  a.options.training_sizes = parse_sizes(a.sizes);
  a.options.bounds = evaluation::parse_bounds(a.bounds);
  if (!a.options.train.surrogate && (a.options.sample.refine > 0 || a.options.sample.candidates > a.options.samples))
    throw std::invalid_argument("evaluate: --candidates and --refine need the surrogate that --no-surrogate leaves out");
  const ReportDirectory out(a.report);
  const auto& partial = out.partial;

  auto bar = std::make_shared<cli::ProgressBar>("samples");
  auto ctx = cli::terminal_context(bar, a.quiet);
  auto yield_study = [&] {
    JobOutcome y;
    {
      cli::InterruptScope interrupt;
      y = run_yield_study(project, a, partial, ctx);
    }
    bar->end();
    return y;
  };
  if (a.yield_only) {
    if (a.yield.mc <= 0) throw std::invalid_argument("--yield-only needs --yield N");
    const auto y = yield_study();
    if (!y.is_done()) return yield_study_stopped(y, a, partial);
    out.publish();
    return 0;
  }
  evaluation::EvaluationResult r;
  JobOutcome outcome;
  {
    cli::InterruptScope interrupt;
    outcome = run_job([&] { r = evaluation::evaluate(project, a.options, ctx); });
  }
  bar->end();
  if (!outcome.is_done()) fs::remove_all(partial);
  if (outcome.is_cancelled()) {
    std::fprintf(stderr, "%s: evaluation cancelled; no report written\n", a.project.c_str());
    return cli::exit_status(outcome);
  }
  outcome.rethrow();
  if (a.yield.mc > 0) {
    const auto y = yield_study();
    if (!y.is_done()) return yield_study_stopped(y, a, partial);
  }
  evaluation::write_report(partial.string(), r, plots(partial.string(), r));
  out.publish();
  std::fprintf(stderr, "%s: report of %zu %s designs x %d samples in %s (%s)\n", a.project.c_str(), r.test_designs,
               dataset::to_string(r.split), r.samples, out.final_dir.c_str(), cli::duration(r.seconds).c_str());
  const auto headline = evaluation::metric_name(r.headline);
  for (const auto& m : r.models)
    std::fprintf(stderr, "  %-26s %5zu designs: median |difference| %.2f %%, best of %d %s: %.0f %% of the specifications\n",
                 m.arch.c_str(), m.training_designs, evaluation::overall_error(m) * 100, r.samples, headline.c_str(),
                 m.best_of_n[evaluation::index(r.headline)] * 100);
  std::fprintf(stderr, "  a training design already satisfies it (%s): %.0f %% of the specifications\n", headline.c_str(),
               r.training_satisfies[evaluation::index(r.headline)] * 100);
  return 0;
}

}  // namespace

void add_evaluate_command(CLI::App& app) {
  auto a = std::make_shared<EvaluateArgs>();
  auto* cmd = app.add_subcommand("evaluate", "Reproduce the paper's experiments on a project: a report directory");
  cmd->add_option("project", a->project, "the project file (.isz)");
  cmd->add_option("--report", a->report, "directory for report.md, summary.json, samples.csv and the plots");
  cmd->add_option("--tables", a->tables,
                  "write DIR/report.md again from DIR/summary.json, for each report directory given (no project, "
                  "no simulation): every table of a report comes from its summary")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--merge-seeds", a->merge,
                  "merge report directories of runs that differ only in --train-seed into --report DIR: per model "
                  "and training size the mean and standard deviation over the seeds (no project, no simulation)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--bounds", a->bounds,
                  "a designer's specification: only these performances (e.g. gain_db,gbw_hz,pm_deg,power_w), each "
                  "test design's value a one-sided bound (at least it, at most it for power and area); headline "
                  "metric: meets, strictly")
      ->delimiter(',');
  std::vector<std::string> archs = diffusion::sizing_architectures();
  archs.push_back("all");
  cmd->add_option("--arch", a->archs,
                  "architectures to compare (default " + diffusion::default_architecture() +
                      "; 'all' for the others too; the archive lookup is always scored)")
      ->check(CLI::IsMember(archs));
  cmd->add_option("--sizes", a->sizes, "training sizes, e.g. 250,500,all (default all; smaller ones are trained here)");
  using cli::number_text;
  cmd->add_option("-n,--samples", a->options.samples,
                  "samples per test specification (default " + number_text(a->options.samples) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_option_function<std::string>(
         "--split", [a](const std::string& s) { a->options.split = *dataset::split_from_string(s); },
         "which designs' performances are asked back: test (default; the locked split the reports show), "
         "validation (where settings are chosen) or train (the designs the models learnt from: a check of the fit, "
         "not a test)")
      ->check(CLI::IsMember({"test", "validation", "train"}));
  cmd->add_option("--limit", a->options.limit, "evaluate the first K designs of the split only");
  cmd->add_option_function<double>(
         "--slack", [a](double pct) { a->options.slack = pct / 100.0; },
         "ask each test specification PCT % worse than its design achieved (default 0: the design's own performances)")
      ->check(CLI::Range(0.0, 50.0));
  cmd->add_option("--explore", a->options.exploration_samples,
                  "samples for the one-specification exploration (default " +
                      number_text(a->options.exploration_samples) + "; 0: none)");
  add_sampling_options(cmd, a->options.sample);
  const auto designer = diffusion::designer_defaults({}, 1);
  cmd->add_flag("--as-sample", a->as_sample,
               "score what `sample` gives by default: aim, " + number_text(designer.candidates) + " N candidates, " +
                   number_text(designer.archive_share * 100) + " % of them from the archive, " +
                   number_text(designer.refine) + " refinement steps, " + number_text(designer.rounds) +
                   " rounds (each of these options given beside it wins)");
  cmd->add_flag("--aim", a->options.sample.aim,
               "condition on the nearest training design that meets the specification, where one does");
  cmd->add_option("--candidates", a->options.sample.candidates,
                  "draw M samples per specification and simulate the N the surrogate finds likeliest to meet it "
                  "(default " + number_text(a->options.sample.candidates) + "; 0: the N drawn)")
      ->check(CLI::NonNegativeNumber);
  add_refine_goal_option(cmd, a->options.sample.goal);
  cmd->add_option("--archive-share", a->options.sample.archive_share,
                  "share of the --candidates that are the nearest training designs instead of the model's draws, "
                  "refined and ranked alike (default " + number_text(a->options.sample.archive_share) + ")")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--rounds", a->options.sample.rounds,
                  "simulate the N samples of a specification in R rounds; after each, the surrogate's error that SPICE "
                  "measured corrects the refinement and ranking of the candidates left, and the samples that missed "
                  "are refined again from where they are (default " +
                      number_text(a->options.sample.rounds) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--seed", a->options.sample.seed,
                  "random seed of sampling (default " + number_text(a->options.sample.seed) + ")");
  cmd->add_option_function<std::string>(
         "--subset", [a](const std::string& v) { a->options.train.random_subset = v == "random"; },
         "which designs a smaller --sizes trains on: first (default; the earliest of the training split, in the order "
         "they were made) or random (a random subset drawn with --train-seed)")
      ->check(CLI::IsMember({"first", "random"}));
  cmd->add_option("--train-seed", a->options.train.seed,
                  "random seed of models trained here (default " + number_text(a->options.train.seed) + ")");
  cmd->add_option("--train-threads", a->options.train.threads,
                  "threads for training the models trained here (default " + number_text(a->options.train.threads) +
                      "; 1 on a loaded machine)")
      ->check(CLI::PositiveNumber);
  add_backbone_option(cmd, a->options.train.backbone, "structural and monolithic models trained here");
  cmd->add_flag("!--no-surrogate", a->options.train.surrogate,
               "train the models here without their performance surrogate: the model alone needs none, "
               "--candidates and --refine do (the data-efficiency study saves its training time)");
  cli::add_workers_option(cmd, a->options.workers);
  a->yield.add_to(cmd, "--yield", "--yield-seed", false);
  cmd->add_option("--yield-spec", a->yield_keys,
                  "the performances the yield study's specifications give (default " + a->yield_keys +
                      "; each the design's value relaxed by --slack, 5 % when --slack is 0)");
  cmd->add_flag("--yield-only", a->yield_only, "only the yield study (--yield N): DIR/yield.md and yield.json");
  cli::add_quiet_flag(cmd, a->quiet);
  cmd->callback([a, cmd] {
    if (a->as_sample) apply_designer_defaults(*cmd, a->options);
    cli::exit_with(run(*a));
  });
}
