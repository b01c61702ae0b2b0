// inversize-cli train: the project's models from its training archive, stored in the project.
#include <cmath>
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "diffusion/project_models.hpp"

using namespace inversize;

namespace {

struct TrainArgs {
  std::string project;
  std::vector<std::string> archs{diffusion::default_architecture()};
  diffusion::TrainOptions options;
  std::size_t limit = 0;
  std::string loss = "min-snr";
  bool quiet = false;
};

int run(TrainArgs& a) {
  a.options.epsilon_weighting = a.loss == "epsilon-weighted";
  if (a.loss != "min-snr") a.options.min_snr_gamma = 0;
  auto project = dataset::Project::open(a.project);
  if (a.archs.size() == 1 && a.archs[0] == "all") a.archs = diffusion::sizing_architectures();
  cli::InterruptScope interrupt;
  for (const auto& arch : a.archs) {
    auto bar = std::make_shared<cli::ProgressBar>("steps");
    JobContext ctx;
    ctx.cancel = cli::interrupt_token();
    if (!a.quiet) ctx.progress = [bar](const Progress& p) { (*bar)(p); };
    // One line per finished block: where it stopped and how well it does on held-out designs.
    auto last = std::make_shared<diffusion::TrainProgress>();
    auto block_done = [bar, last, &a] {
      if (a.quiet || last->block.empty()) return;
      bar->end();
      std::fprintf(stderr, "  %-14s %5lld steps  loss %.4f  validation %.4f%s\n", last->block.c_str(), last->step,
                   last->loss, last->val_loss, last->step < last->total ? "  (stopped early)" : "");
    };
    auto progress = [last, block_done](const diffusion::TrainProgress& p) {
      if (p.block != last->block) block_done();
      *last = p;
    };
    std::fprintf(stderr, "training %s on %s\n", arch.c_str(), a.project.c_str());
    diffusion::ProjectModel m;
    const auto outcome = run_job([&] { m = diffusion::train_model(project, arch, a.options, ctx, progress, a.limit); });
    if (outcome.is_done()) block_done();
    bar->end();
    if (outcome.is_cancelled()) {
      std::fprintf(stderr, "%s: training of %s cancelled; nothing stored\n", a.project.c_str(), arch.c_str());
      return cli::exit_status(outcome);
    }
    outcome.rethrow();
    diffusion::store_model(project, m, a.options);
    std::fprintf(stderr, "%s: %s model %lld trained on %zu designs in %s\n", a.project.c_str(), arch.c_str(),
                 static_cast<long long>(m.id), m.designs, cli::duration(m.seconds).c_str());
  }
  project.compact();  // replaced models leave free pages behind
  return 0;
}

}  // namespace

void add_train_command(CLI::App& app) {
  auto a = std::make_shared<TrainArgs>();
  auto* cmd = app.add_subcommand("train", "Train the project's sizing models on its training archive");
  cmd->add_option("project", a->project, "the project file (.isz)")->required();
  std::vector<std::string> archs = diffusion::sizing_architectures();
  archs.push_back("all");
  std::string help = "which models to train, or all:";
  for (const auto& arch : diffusion::architectures())
    help += "\n  " + std::string(arch.name) + (arch.name == archs.front() ? " (default)" : "") + ": " +
            std::string(arch.summary);
  cmd->add_option("--arch", a->archs, help)->check(CLI::IsMember(archs));
  cmd->add_option("--seed", a->options.seed, "random seed (default 0)");
  cmd->add_option("--threads", a->options.threads, "threads for training (default 2)")->check(CLI::PositiveNumber);
  cmd->add_option("--steps", a->options.max_steps, "most optimiser steps per model (default 6000)")->check(CLI::PositiveNumber);
  cmd->add_option("--batch", a->options.batch_size, "designs per step (default 64)")->check(CLI::PositiveNumber);
  cmd->add_option("--lr", a->options.learning_rate, "peak learning rate of AdamW, after warm-up (default 2e-3)")
      ->check(CLI::Range(1e-6, 1.0));
  cmd->add_option_function<std::string>(
         "--backbone",
         [a](const std::string& b) {
           a->options.backbone = diffusion::backbone_from_name(b);
         },
         "denoiser of the structural and monolithic models: transformer (default, the paper's adaLN-Zero) or mlp; the "
         "baselines keep their published networks")
      ->check(CLI::IsMember({"transformer", "mlp"}));
  cmd->add_option("--ema", a->options.ema_decay,
                  "decay of the moving average of the weights that is validated and saved (0: off)")
      ->check(CLI::Range(0.0, 0.99999));
  cmd->add_option("--limit", a->limit, "train on the first N training designs only (default: all)");
  cmd->add_option("--loss", a->loss,
                  "loss of the v-prediction models: min-snr (default: the x0 error weighted by min(SNR, G)), v (plain "
                  "v-MSE) or epsilon-weighted (the error in epsilon space)")
      ->check(CLI::IsMember({"min-snr", "v", "epsilon-weighted"}));
  cmd->add_option_function<std::string>(
         "--data", [a](const std::string& d) { a->options.feasible_designs = d == "feasible"; },
         "what the inverse models learn from: feasible (every feasible training design) or archive (its Pareto "
         "designs only)")
      ->check(CLI::IsMember({"feasible", "archive"}));
  cmd->add_option("--min-snr", a->options.min_snr_gamma, "G of --loss min-snr (default 5)")
      ->check(CLI::Range(0.1, 1000.0));
  cmd->add_option_function<int>(
         "--cond-frequencies", [a](int k) { a->options.cond_frequencies = k; },
         "Fourier features per condition value of the structural and monolithic models (0: the value alone)")
      ->check(CLI::Range(0, 12));
  cmd->add_option_function<int>(
         "--width", [a](int w) { a->options.width = w; },
         "hidden width of the structural and monolithic denoisers (default: the backbone's, 128 for mlp, 64 for transformer)")
      ->check(CLI::Range(8, 2048));
  cmd->add_option_function<int>(
         "--depth", [a](int d) { a->options.depth = d; },
         "hidden layers (mlp) or blocks (transformer) of the structural and monolithic denoisers (default 3)")
      ->check(CLI::Range(1, 12));
  cmd->add_option("--patience", a->options.patience,
                  "validation evaluations without improvement before stopping (default 100: all steps, the best kept)")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--quiet,-q", a->quiet, "no progress display");
  cmd->callback([a] {
    int rc = run(*a);
    if (rc != 0) std::exit(rc);
  });
}
