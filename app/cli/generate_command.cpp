// inversize-cli generate: simulated training data into a project, with a progress bar on
// standard error; Ctrl-C stops cleanly and keeps everything finished.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "dataset/generator.hpp"
#include "dataset/project.hpp"

using namespace inversize;

namespace {

struct GenerateArgs {
  std::string project;
  dataset::GenerateOptions options;
  std::string method = "nsga2";
  std::vector<std::string> fixes, ranges;
  bool quiet = false;
};

CancelToken g_cancel;

extern "C" void on_sigint(int) {
  g_cancel.cancel();  // an atomic store: safe in a signal handler
  ::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the process the hard way
}

std::string duration(double s) {
  char buf[32];
  if (!(s >= 0) || s > 1e7) return "?";
  if (s < 60) std::snprintf(buf, sizeof buf, "%.0fs", s);
  else if (s < 3600) std::snprintf(buf, sizeof buf, "%dm%02ds", static_cast<int>(s) / 60, static_cast<int>(s) % 60);
  else std::snprintf(buf, sizeof buf, "%dh%02dm", static_cast<int>(s) / 3600, static_cast<int>(s) % 3600 / 60);
  return buf;
}

// Redrawn in place on a terminal; a line every few seconds otherwise (logs, pipes).
class ProgressBar {
 public:
  ProgressBar() : tty_(::isatty(2) != 0), start_(Clock::now()) {}
  void operator()(const Progress& p) {
    auto now = Clock::now();
    double since_draw = std::chrono::duration<double>(now - last_).count();
    if (since_draw < (tty_ ? 0.2 : 5.0) && p.done < p.total) return;
    last_ = now;
    if (first_done_ < 0) first_done_ = p.done;
    double t = std::chrono::duration<double>(now - start_).count();
    double rate = t > 0 ? static_cast<double>(p.done - first_done_) / t : 0;
    double eta = rate > 0 ? static_cast<double>(p.total - p.done) / rate : -1;
    const int width = 24;
    int filled = p.total > 0 ? static_cast<int>(width * std::min<long long>(p.done, p.total) / p.total) : 0;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(width, '.');
    std::fprintf(stderr, "%s[%s] %lld/%lld in archive | %s | ETA %s%s", tty_ ? "\r" : "", bar.c_str(), p.done, p.total,
                 p.message.c_str(), p.done >= p.total ? "0s" : duration(eta).c_str(), tty_ ? "\033[K" : "\n");
    drawn_ = true;
  }
  void end() {
    if (drawn_ && tty_) std::fputc('\n', stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool tty_;
  bool drawn_ = false;
  long long first_done_ = -1;
  Clock::time_point start_, last_{};
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
  auto bar = std::make_shared<ProgressBar>();
  JobContext ctx;
  ctx.cancel = g_cancel;
  if (!a.quiet) ctx.progress = [bar](const Progress& p) { (*bar)(p); };
  struct sigaction sa{};
  sa.sa_handler = on_sigint;
  ::sigaction(SIGINT, &sa, nullptr);
  auto s = dataset::generate(project, a.options, ctx);
  ::signal(SIGINT, SIG_DFL);
  bar->end();
  std::fprintf(stderr, "%s: %lld designs simulated (%lld feasible, %lld failed) in %s, %lld in the training archive%s\n",
               a.project.c_str(), static_cast<long long>(s.simulated), static_cast<long long>(s.feasible),
               static_cast<long long>(s.failed), duration(s.seconds).c_str(), static_cast<long long>(s.archive),
               s.status == "cancelled" ? " (cancelled)" : s.status == "limit" ? " (design budget spent)" : "");
  if (s.status == "cancelled") return 130;
  if (s.status == "limit") {
    std::fprintf(stderr, "inversize-cli: stopped after --max-designs before %lld archive designs\n",
                 static_cast<long long>(a.options.target));
    return 2;
  }
  return 0;
}

}  // namespace

void add_generate_command(CLI::App& app) {
  auto a = std::make_shared<GenerateArgs>();
  auto* cmd = app.add_subcommand("generate", "Simulate training data until the project's archive holds N designs");
  cmd->add_option("project", a->project, "the project file (.isz)")->required();
  cmd->add_option("--samples,-n", a->options.target, "designs wanted in the training archive (feasible, Pareto)")
      ->required()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--method", a->method, "nsga2 (default) or random (Latin hypercube)")
      ->check(CLI::IsMember({"nsga2", "random"}));
  cmd->add_option("--workers", a->options.workers, "simulation processes (default: one per core)");
  cmd->add_option("--seed", a->options.seed, "random seed (default 1)");
  cmd->add_option("--population", a->options.population, "nsga2 population size (default 48)");
  cmd->add_option("--batch", a->options.batch, "random: designs per Latin hypercube (default 32)");
  cmd->add_option("--max-designs", a->options.max_designs, "stop after this many simulations (default 50 N + 1000)");
  cmd->add_option("--timeout", a->options.timeout_s, "seconds one design may take (default 20)");
  cmd->add_option("--fix", a->fixes, "fix a design variable from now on, NAME=VALUE");
  cmd->add_option("--range", a->ranges, "range of a design variable from now on, NAME=LO:HI");
  cmd->add_flag("--quiet,-q", a->quiet, "no progress bar");
  cmd->callback([a] {
    int rc = run(*a);
    if (rc != 0) std::exit(rc);
  });
}
