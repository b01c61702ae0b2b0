// inversize-cli generate: simulated training data into a project, with a progress bar on
// standard error; Ctrl-C stops cleanly and keeps everything finished.
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "dataset/generator.hpp"
#include "dataset/project.hpp"
#include "simulation/worker_pool.hpp"

using namespace inversize;

namespace {

struct GenerateArgs {
  std::string project;
  dataset::GenerateOptions options;
  std::string method = "nsga2";
  std::vector<std::string> fixes, ranges;
  bool quiet = false;
};

int run(GenerateArgs& a) {
  a.options.method = dataset::method_from_string(a.method);
  auto project = dataset::Project::open(a.project);
  if (!a.fixes.empty() || !a.ranges.empty()) {
    auto space = project.setup().space;
    for (const auto& f : a.fixes) space.apply_fix(f);
    for (const auto& r : a.ranges) space.apply_range(r);
    project.set_design_space(space);
  }
  auto bar = std::make_shared<cli::ProgressBar>("in archive");
  auto ctx = cli::terminal_context(bar, a.quiet);
  dataset::GenerateSummary s;
  {
    cli::InterruptScope interrupt;
    s = dataset::generate(project, a.options, ctx);
  }
  bar->end();
  std::fprintf(stderr, "%s: %lld designs simulated (%lld feasible, %lld failed) in %s, %lld in the training archive%s\n",
               a.project.c_str(), static_cast<long long>(s.simulated), static_cast<long long>(s.feasible),
               static_cast<long long>(s.failed), cli::duration(s.seconds).c_str(), static_cast<long long>(s.archive),
               s.outcome.is_cancelled() ? " (cancelled)" : s.budget_spent ? " (design budget spent)" : "");
  if (!s.failed_rules.empty()) {
    std::fprintf(stderr, "infeasible designs by the rule they fail (a design may fail several):\n");
    for (const auto& [rule, count] : s.failed_rules)
      std::fprintf(stderr, "  %-24s %lld\n", rule.c_str(), static_cast<long long>(count));
  }
  if (s.outcome.is_cancelled()) return cli::exit_status(s.outcome);
  if (s.budget_spent) {
    const long long budget = dataset::design_budget(a.options);
    std::fprintf(stderr, "inversize-cli: the design budget of %lld simulations (%s) was spent before %lld archive designs\n",
                 budget, a.options.max_designs > 0 ? "--max-designs" : "the default 50 N + 1000; raise it with --max-designs",
                 static_cast<long long>(a.options.target));
    return 2;
  }
  return 0;
}

}  // namespace

void add_generate_command(CLI::App& app) {
  auto a = std::make_shared<GenerateArgs>();
  auto* cmd = app.add_subcommand("generate", "Simulate training data until the project's archive holds N designs");
  cli::add_project_option(cmd, a->project);
  cmd->add_option("--samples,-n", a->options.target, "designs wanted in the training archive (feasible, Pareto)")
      ->required()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--method", a->method, "nsga2 (default) or random (Latin hypercube)")
      ->check(CLI::IsMember({"nsga2", "random"}));
  cli::add_workers_option(cmd, a->options.workers);
  cmd->add_option("--seed", a->options.seed, "random seed (default 1)");
  cmd->add_option("--population", a->options.population, "nsga2 population size (default 48)");
  cmd->add_option("--batch", a->options.batch, "random: designs per Latin hypercube (default 32)");
  cmd->add_option("--max-designs", a->options.max_designs, "stop after this many simulations (default 50 N + 1000)");
  cmd->add_option("--timeout", a->options.timeout_s,
                  "seconds one design may take (default " + std::to_string(static_cast<int>(simulation::kSimulationTimeoutS)) + ")");
  cmd->add_option("--fix", a->fixes, "fix a design variable from now on, NAME=VALUE");
  cmd->add_option("--range", a->ranges, "range of a design variable from now on, NAME=LO:HI");
  cli::add_quiet_flag(cmd, a->quiet);
  cmd->callback([a] { cli::exit_with(run(*a)); });
}
