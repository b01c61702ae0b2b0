// inversize-cli sample: sizings for a specification from the project's trained model,
// optionally verified by simulation, the best written out as the designer's netlist.
#include <chrono>
#include <optional>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/format.hpp"
#include "cli/progress.hpp"
#include "cli/sampling_options.hpp"
#include "cli/yield_options.hpp"
#include "robustness/yield_json.hpp"
#include "sizing/inverse_sizer.hpp"
#include "sizing/sample_export.hpp"

using namespace inversize;
using nlohmann::json;

namespace {

struct SampleArgs {
  std::string project;
  std::vector<std::string> spec, tolerance;
  int n = 16;
  int candidates = -1;  // -1: diffusion::kCandidatesPerSample n
  std::string arch = diffusion::default_architecture();
  diffusion::SampleOptions options;
  bool verify = false;
  std::string export_path, csv_path, spec_path;
  bool json = false;
  int workers = 0;
  YieldOptions yield{0};
  std::string robust_path;
};

// The yields of the sizings that meet the specification (of every simulated one when none
// does), by sample; the rest stay empty.
std::vector<std::optional<robustness::YieldResult>> sample_yields(const dataset::Project& project,
                                                                  const std::vector<sizing::SampledSizing>& samples,
                                                                  const sizing::Specification& spec,
                                                                  const YieldOptions& opts, simulation::WorkerPool& pool,
                                                                  const JobContext& ctx) {
  bool any_meets = false;
  for (const auto& s : samples) any_meets = any_meets || s.meets;
  const auto opened = project.open_circuit();
  std::string tech_note;
  const auto tech = robustness::variation_technology(project.setup().technology, &tech_note);
  if (!tech_note.empty()) std::fprintf(stderr, "%s\n", tech_note.c_str());
  const auto corners = robustness::select_corners(tech, opts.corners);
  std::vector<robustness::YieldRequest> requests;
  std::vector<std::size_t> which;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const auto& s = samples[i];
    if (!s.verified || !s.simulation.simulated || (any_meets && !s.meets)) continue;
    requests.push_back(robustness::project_request(project, opened, tech, s.simulation.x.empty() ? s.x : s.simulation.x, spec,
                                                   opts.monte_carlo(), corners));
    which.push_back(i);
  }
  std::vector<std::optional<robustness::YieldResult>> out(samples.size());
  auto results = robustness::estimate_yields(requests, pool, ctx);
  for (std::size_t k = 0; k < which.size(); ++k) out[which[k]] = std::move(results[k]);
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

json performances_json(const dataset::PerformanceValues& p) {
  json j = json::object();
  for (std::size_t k = 0; k < kPerformanceCount; ++k) j[std::string(kPerformances[k].key)] = p[k] ? json(*p[k]) : json(nullptr);
  return j;
}

json to_json(const sizing::InverseSizer& sizer, const sizing::Specification& spec, const dataset::Design* aimed,
             const std::vector<sizing::SampledSizing>& samples, std::size_t best,
             const std::vector<std::optional<robustness::YieldResult>>& yields, std::optional<std::size_t> robust) {
  json out;
  out["spec"] = json::object();
  json given = json::array();
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (spec.values[k]) out["spec"][std::string(kPerformances[k].key)] = *spec.values[k];
    if (spec.given[k]) given.push_back(kPerformances[k].key);
  }
  out["given"] = given;
  out["tolerance"] = sizing::tolerance_assignments(spec);  // what "meets_spec" allows beyond the bounds
  out["filled_from"] = spec.filled_from ? json(*spec.filled_from) : json(nullptr);
  out["aimed_at"] = aimed ? json(aimed->id) : json(nullptr);  // the training design the draws are conditioned on
  out["arch"] = sizer.model().model->architecture();
  out["best"] = best;
  if (!yields.empty()) out["most_robust"] = robust ? json(*robust) : json(nullptr);
  const auto& space = sizer.project().setup().space;
  out["samples"] = json::array();
  for (const auto& s : samples) {
    json j;
    j["variables"] = json::object();
    for (std::size_t i = 0; i < space.size(); ++i) j["variables"][space.variables[i].name] = s.x[i];
    j["devices"] = json::object();
    for (const auto& d : sizer.devices(s.x)) j["devices"][d.name] = {{"w", d.w}, {"l", d.l}};
    j["origin"] = s.retry_of ? "retry" : s.from_archive ? "archive" : "drawn";
    if (s.retry_of) j["retry_of"] = *s.retry_of + 1;  // the sample number, as printed
    if (s.predicted) {
      j["predicted_meet"] = s.predicted_meet;
      j["predicted"] = performances_json(*s.predicted);  // the surrogate's, as ranked
    }
    if (s.verified && s.simulation.simulated) {
      j["performances"] = performances_json(s.simulation.performances);
      j["meets_spec"] = s.meets;
      j["feasible"] = s.simulation.feasible;  // keeps the project's sizing rules and criteria
      if (!s.simulation.feasible) j["failure"] = s.simulation.failure;
      json diff = json::object();
      for (std::size_t k = 0; k < kPerformanceCount; ++k)
        if (spec.given[k] && s.simulation.performances[k])
          diff[std::string(kPerformances[k].key)] = sizing::difference(k, *s.simulation.performances[k], *spec.values[k]);
      j["differences"] = diff;
    } else {
      j["performances"] = nullptr;
      j["meets_spec"] = s.verified ? json(false) : json(nullptr);
      if (s.verified) j["failure"] = s.simulation.failure;
    }
    if (!yields.empty()) {
      const auto& y = yields[&s - samples.data()];
      j["yield"] = y ? robustness::yield_json(*y, spec) : json(nullptr);
    }
    out["samples"].push_back(j);
  }
  return out;
}

void print_spec(const sizing::Specification& spec) {
  std::printf("specification%s, met %s\n",
              spec.filled_from ? (" (left-out performances from training design #" + std::to_string(*spec.filled_from) + ")").c_str()
                               : "",
              sizing::tolerance_text(spec).c_str());
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (!spec.values[k]) continue;
    const auto& info = kPerformances[k];
    std::printf("  %-12s %-18s %14s  %s\n", std::string(info.key).c_str(), std::string(info.name).c_str(),
                cli::format_value(*spec.values[k], std::string(info.unit)).c_str(), spec.given[k] ? "given" : "filled");
  }
}

// What the draws are conditioned on: a designer whose specification no training design meets
// should know that it lies beyond what the model has seen.
void print_aim(const dataset::Design* aimed, const diffusion::SampleOptions& opts) {
  if (aimed)
    std::printf("draws conditioned on training design #%lld, the nearest that meets the specification\n",
                static_cast<long long>(aimed->id));
  else if (sizing::InverseSizer::aiming(opts))
    std::printf("no training design meets the specification: the draws are conditioned on it as given, beyond what "
                "the model was trained on, and fewer samples may meet it\n");
  else
    std::printf("draws conditioned on the specification as given\n");
}

void print_samples(const sizing::InverseSizer& sizer, const sizing::Specification& spec,
                   const std::vector<sizing::SampledSizing>& samples, std::size_t best,
                   const std::vector<std::optional<robustness::YieldResult>>& yields, std::optional<std::size_t> robust) {
  const auto& space = sizer.project().setup().space;
  if (samples.front().verified) {
    std::printf("\n%4s %-5s %-6s", "#", "meets", "rules");
    if (!yields.empty()) std::printf(" %8s %-9s", "yield", "corners");
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      if (spec.given[k]) std::printf(" %22s", std::string(kPerformances[k].key).c_str());
    std::printf("\n");
    for (std::size_t i = 0; i < samples.size(); ++i) {
      const auto& s = samples[i];
      std::printf("%4zu %-5s %-6s", i + 1, !s.simulation.simulated ? "fail" : s.meets ? "yes" : "no",
                  !s.simulation.simulated ? "-" : s.simulation.feasible ? "kept" : "broken");
      if (!yields.empty()) {
        const auto& y = yields[i];
        std::printf(" %8s %-9s", y && y->runs ? percent(y->yield.value).c_str() : "-",
                    !y || y->corners.empty() ? "-" : y->corners_meet ? "all meet" : "some fail");
      }
      for (std::size_t k = 0; k < kPerformanceCount; ++k) {
        if (!spec.given[k]) continue;
        const auto& v = s.simulation.performances[k];
        if (!v) {
          std::printf(" %22s", "-");
          continue;
        }
        double d = sizing::difference(k, *v, *spec.values[k]);
        char diff[24];
        if (sizing::absolute_difference(k)) std::snprintf(diff, sizeof diff, "%+.2fm", d * 1e3);
        else std::snprintf(diff, sizeof diff, "%+.1f%%", d * 100);
        std::printf(" %13s (%6s)", cli::format_value(*v, std::string(kPerformances[k].unit)).c_str(), diff);
      }
      // Why it failed to simulate, or which sizing rule it breaks.
      if (!s.simulation.simulated || !s.simulation.feasible) std::printf("  %s", s.simulation.failure.c_str());
      std::printf("\n");
    }
  } else {
    std::printf("\n%4s", "#");
    for (const auto& v : space.variables) std::printf(" %11s", v.name.c_str());
    std::printf("\n");
    for (std::size_t i = 0; i < samples.size(); ++i) {
      std::printf("%4zu", i + 1);
      for (std::size_t j = 0; j < space.size(); ++j) std::printf(" %11s", netlist::format_spice_number(samples[i].x[j]).c_str());
      std::printf("\n");
    }
  }
  auto print_sizing = [&](const char* what, std::size_t i) {
    std::printf("\n%s sample #%zu:", what, i + 1);
    for (const auto& d : sizer.devices(samples[i].x))
      std::printf(" %s %s/%s", d.name.c_str(), netlist::format_spice_number(d.w).c_str(),
                  netlist::format_spice_number(d.l).c_str());
    if (samples[i].retry_of)
      std::printf("\n  sample #%zu, which missed, refined again with the surrogate corrected by its simulation",
                  *samples[i].retry_of + 1);
    else if (samples[i].from_archive)
      std::printf("\n  refined from a training design near the specification, not drawn");
    if (!yields.empty() && yields[i]) std::printf("\n  yield %s", yield_text(*yields[i]).c_str());
    std::printf("\n");
  };
  print_sizing(samples.front().verified ? "best (nominal)" : "first", best);
  if (robust) print_sizing("most robust", *robust);
  if (robust && yields[*robust]) {
    std::printf("\nthe most robust sizing, #%zu:\n", *robust + 1);
    print_yield(*yields[*robust], spec);
  }
}

int run(SampleArgs& a) {
  auto project = dataset::Project::open(a.project);
  sizing::InverseSizer sizer(project, a.arch);
  auto spec = sizing::parse_specification(a.spec);
  sizing::parse_tolerances(spec, a.tolerance);
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (spec.tolerance[k] && !spec.given[k])
      throw std::invalid_argument("--tolerance " + std::string(kPerformances[k].key) +
                                  ": the specification does not give " + std::string(kPerformances[k].key));
  spec = sizer.complete(spec);
  a.options.candidates = a.candidates < 0 ? diffusion::kCandidatesPerSample * a.n : a.candidates;

  const bool verify = a.verify || a.yield.mc > 0;  // a yield needs the verified sizings
  const auto* aimed = sizer.aimed_design(spec, a.options);
  if (!a.json) {
    print_spec(spec);
    print_aim(aimed, a.options);
  }
  auto t0 = std::chrono::steady_clock::now();
  auto say_sampled = [&] {
    if (!a.json) std::printf("\n%d sizings from the %s model in %.2f s\n", a.n, a.arch.c_str(), seconds_since(t0));
  };
  std::vector<sizing::SampledSizing> samples;
  if (!verify) {
    samples = sizer.sample(spec, a.n, a.options);
    say_sampled();
  }

  JobOutcome outcome;  // of the verification
  if (verify) {
    simulation::WorkerPool pool({a.workers, simulation::kSimulationTimeoutS});
    auto bar = std::make_shared<cli::ProgressBar>("verified");
    auto ctx = cli::terminal_context(bar, a.json);
    cli::InterruptScope interrupt;
    std::optional<std::chrono::steady_clock::time_point> t1;  // the first simulation
    outcome = sizer.sample_verified(samples, spec, a.n, a.options, pool, ctx, {}, [&](const auto&) {
      if (t1) return;
      say_sampled();
      t1 = std::chrono::steady_clock::now();
    });
    bar->end();
    std::size_t met = 0, verified = 0;
    for (const auto& s : samples) met += s.meets ? 1 : 0, verified += s.verified ? 1 : 0;
    const bool in_rounds = a.options.rounds > 1 && a.options.candidates > a.n;
    if (!a.json)
      std::printf("verified %zu by simulation%s in %.1f s: %zu meet the specification (%s)%s\n", verified,
                  in_rounds ? (" in " + std::to_string(a.options.rounds) + " rounds").c_str() : "",
                  t1 ? seconds_since(*t1) : 0.0, met, sizing::tolerance_text(spec).c_str(),
                  outcome.is_cancelled() ? " (cancelled)" : "");
  }
  // Yield in the loop: the verified sizings under variation, the most robust picked.
  std::vector<std::optional<robustness::YieldResult>> yields;
  std::optional<std::size_t> robust;
  if (a.yield.mc > 0 && outcome.is_done()) {
    simulation::WorkerPool pool({a.workers, simulation::kSimulationTimeoutS});
    auto bar = std::make_shared<cli::ProgressBar>("yield simulations");
    auto ctx = cli::terminal_context(bar, a.json);
    cli::InterruptScope interrupt;
    yields = sample_yields(project, samples, spec, a.yield, pool, ctx);
    bar->end();
    std::vector<const robustness::YieldResult*> ys;
    for (const auto& y : yields) ys.push_back(y ? &*y : nullptr);
    robust = robustness::most_robust(ys);
    if (ctx.cancel.cancelled()) outcome = JobOutcome::cancelled();
  }
  std::size_t best = sizing::InverseSizer::best(samples);
  if (a.json) std::cout << to_json(sizer, spec, aimed, samples, best, yields, robust).dump() << "\n";
  else print_samples(sizer, spec, samples, best, yields, robust);

  std::fflush(stdout);  // the table first, then the messages on standard error
  if (!a.export_path.empty()) {
    const sizing::ExportNote note{INVERSIZE_VERSION, sizing::today_iso(), static_cast<int>(best + 1)};
    sizing::write_text_file(a.export_path, sizing::exported_netlist(sizer, samples[best], spec, note));
    std::fprintf(stderr, "wrote sample #%zu as %s\n", best + 1, a.export_path.c_str());
  }
  if (!a.robust_path.empty()) {
    if (!robust) throw std::runtime_error("--export-robust: no sizing has a yield (give --yield N and --verify)");
    sizing::write_text_file(a.robust_path, sizer.sized_netlist(samples[*robust].x));
    std::fprintf(stderr, "wrote the most robust sample #%zu as %s\n", *robust + 1, a.robust_path.c_str());
  }
  if (!a.csv_path.empty()) sizing::write_text_file(a.csv_path, sizing::samples_csv(project.setup().space, samples));
  if (!a.spec_path.empty())
    sizing::write_text_file(a.spec_path, sizing::specification_json(spec, true).dump(2) + "\n");
  return cli::exit_status(outcome);
}

}  // namespace

void add_sample_command(CLI::App& app) {
  auto a = std::make_shared<SampleArgs>();
  auto* cmd = app.add_subcommand("sample", "Sizings for a specification from the project's trained model");
  cli::add_project_option(cmd, a->project);
  cmd->add_option("--spec", a->spec,
                  "a performance to meet, KEY=VALUE (e.g. gain_db=60 gbw_hz=20meg): met when the simulated value is "
                  "on its right side")
      ->required();
  cmd->add_option("--tolerance", a->tolerance,
                  "how far on the bad side of a bound still meets it, KEY=VALUE: in the performance's own unit "
                  "(gain_db=0.5 pm_deg=1 power_w=10u) or, for linear quantities, in percent (gbw_hz=2%) "
                  "(default: none, strictly)");
  using cli::number_text;
  cmd->add_option("-n,--samples", a->n, "number of sizings (default " + number_text(a->n) + ")")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--arch", a->arch, "which trained model (default " + a->arch + ")")
      ->check(CLI::IsMember(diffusion::sizing_architectures()));
  a->options = diffusion::designer_defaults(a->options, 1);  // candidates: from -n when parsed (a->candidates)
  add_sampling_options(cmd, a->options);
  cmd->add_flag("--aim,!--no-aim", a->options.aim,
               "condition on the nearest training design that meets the specification, where one does (default; "
               "--no-aim: on the specification as given)");
  cmd->add_option("--candidates", a->candidates,
                  "draw M and keep the N the surrogate finds likeliest to meet the specification, likeliest first "
                  "(default " + number_text(diffusion::kCandidatesPerSample) + " N; 0: keep the N drawn)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--archive-share", a->options.archive_share,
                  "share of the candidates that are the training designs nearest the specification instead of the "
                  "model's draws, refined and ranked alike (default " + number_text(a->options.archive_share) + "; 0: all drawn)")
      ->check(CLI::Range(0.0, 1.0));
  add_refine_goal_option(cmd, a->options.goal);
  cmd->add_option("--rounds", a->options.rounds,
                  "with --verify: simulate the N sizings in R rounds; after each, the surrogate's error that SPICE "
                  "measured corrects the refinement and ranking of the candidates left, and the sizings that missed "
                  "are refined again from where they are (default " +
                      number_text(a->options.rounds) + "; 1: rank once)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--seed", a->options.seed, "random seed (default " + number_text(a->options.seed) + ")");
  cmd->add_option("--threads", a->options.threads, "threads for sampling (default " + number_text(a->options.threads) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--verify", a->verify, "simulate every sizing and compare it with the specification");
  cli::add_workers_option(cmd, a->workers, "for --verify");
  cmd->add_option("--export", a->export_path, "write the best sizing as the designer's netlist with new sizes");
  a->yield.add_to(cmd, "--yield", "--yield-seed", false);
  cmd->add_option("--export-robust", a->robust_path, "write the sizing with the highest yield (--yield) as the designer's netlist");
  cmd->add_option("--csv", a->csv_path, "write every sizing (variables, verified performances) as CSV");
  cmd->add_option("--save-spec", a->spec_path, "write the specification (given and filled) as JSON");
  cmd->add_flag("--json", a->json, "machine-readable output on standard output");
  cmd->callback([a] { cli::exit_with(run(*a)); });
}
