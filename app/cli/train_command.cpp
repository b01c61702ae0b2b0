// inversize-cli train: the project's models from its training archive, stored in the project.
#include <cmath>
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/sampling_options.hpp"
#include "diffusion/project_models.hpp"

using namespace inversize;

namespace {

// --loss: TrainOptions weights by min-SNR when min_snr_gamma > 0 (its default).
const std::string kMinSnrLoss = "min-snr";

struct TrainArgs {
  std::string project;
  std::vector<std::string> archs{diffusion::default_architecture()};
  diffusion::TrainOptions options;
  std::size_t limit = 0;
  std::string loss = kMinSnrLoss;
  bool quiet = false;
};

int run(TrainArgs& a) {
  a.options.epsilon_weighting = a.loss == "epsilon-weighted";
  if (a.loss != kMinSnrLoss) a.options.min_snr_gamma = 0;
  auto project = dataset::Project::open(a.project);
  if (a.archs.size() == 1 && a.archs[0] == "all") a.archs = diffusion::sizing_architectures();
  cli::InterruptScope interrupt;
  for (const auto& arch : a.archs) {
    auto bar = std::make_shared<cli::ProgressBar>("steps");
    auto ctx = cli::terminal_context(bar, a.quiet);
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
  cli::add_project_option(cmd, a->project);
  std::vector<std::string> archs = diffusion::sizing_architectures();
  archs.push_back("all");
  std::string help = "which models to train, or all:";
  for (const auto& arch : diffusion::architectures())
    help += "\n  " + std::string(arch.name) + (arch.name == archs.front() ? " (default)" : "") + ": " +
            std::string(arch.summary);
  cmd->add_option("--arch", a->archs, help)->check(CLI::IsMember(archs));
  using cli::number_text;
  auto& o = a->options;
  cmd->add_option("--seed", o.seed, "random seed (default " + number_text(o.seed) + ")");
  cmd->add_option("--threads", o.threads, "threads for training (default " + number_text(o.threads) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--steps", o.max_steps, "most optimiser steps per model (default " + number_text(o.max_steps) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--batch", o.batch_size, "designs per step (default " + number_text(o.batch_size) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--lr", o.learning_rate,
                  "peak learning rate of AdamW, after warm-up (default " + number_text(o.learning_rate) + ")")
      ->check(CLI::Range(1e-6, 1.0));
  add_backbone_option(cmd, o.backbone, "structural and monolithic models");
  cmd->add_option("--ema", o.ema_decay,
                  "decay of the moving average of the weights that is validated and saved (default " +
                      number_text(o.ema_decay) + "; 0: off)")
      ->check(CLI::Range(0.0, 0.99999));
  cmd->add_option("--limit", a->limit, "train on N training designs only, the first N unless --subset random (default: all)");
  cmd->add_option_function<std::string>(
         "--subset", [a](const std::string& v) { a->options.random_subset = v == "random"; },
         "with --limit: first (default; the earliest training designs, in the order they were made) or random (a "
         "random subset drawn with --seed)")
      ->check(CLI::IsMember({"first", "random"}));
  cmd->add_option("--loss", a->loss,
                  "loss of the v-prediction models: min-snr (the x0 error weighted by min(SNR, G)), v (plain v-MSE) "
                  "or epsilon-weighted (the error in epsilon space); default " + a->loss)
      ->check(CLI::IsMember(std::vector<std::string>{kMinSnrLoss, "v", "epsilon-weighted"}));
  cmd->add_option_function<std::string>(
         "--data", [a](const std::string& d) { a->options.feasible_designs = d == "feasible"; },
         "what the inverse models learn from: feasible (every feasible training design) or archive (its Pareto "
         "designs only); default " + std::string(o.feasible_designs ? "feasible" : "archive"))
      ->check(CLI::IsMember({"feasible", "archive"}));
  cmd->add_option("--min-snr", o.min_snr_gamma, "G of --loss min-snr (default " + number_text(o.min_snr_gamma) + ")")
      ->check(CLI::Range(0.1, 1000.0));
  cmd->add_option_function<int>(
         "--cond-frequencies", [a](int k) { a->options.cond_frequencies = k; },
         "Fourier features per condition value of the structural and monolithic models (default " +
             number_text(diffusion::default_config(diffusion::default_architecture()).cond_frequencies) +
             "; 0: the value alone)")
      ->check(CLI::Range(0, 12));
  cmd->add_option_function<std::string>(
         "--mean-fit", [a](const std::string& v) { a->options.mean_fit = diffusion::mean_fit_from_name(v); },
         "the structural and monolithic models draw each variable's deviation from a fit on the condition (the "
         "residual parametrisation): linear, or quadratic in the performances; none: the variables themselves "
         "(default " +
             std::string(diffusion::mean_fit_name(diffusion::default_config(diffusion::default_architecture()).mean_fit)) + ")")
      ->check(CLI::IsMember({"none", "linear", "quadratic"}));
  cmd->add_option_function<int>(
         "--width", [a](int w) { a->options.width = w; },
         "hidden width of the structural and monolithic denoisers (default " + number_text(diffusion::kMlpWidth) + " for mlp, " +
             number_text(diffusion::ModelConfig{}.width) + " for transformer)")
      ->check(CLI::Range(8, 2048));
  cmd->add_option_function<int>(
         "--depth", [a](int d) { a->options.depth = d; },
         "hidden layers (mlp) or blocks (transformer) of the structural and monolithic denoisers (default " +
             number_text(diffusion::ModelConfig{}.depth) + ")")
      ->check(CLI::Range(1, 12));
  cmd->add_option("--patience", o.patience,
                  "validation evaluations without improvement before stopping (default " + number_text(o.patience) +
                      "; the best parameters are kept either way)")
      ->check(CLI::PositiveNumber);
  cli::add_quiet_flag(cmd, a->quiet);
  cmd->callback([a] { cli::exit_with(run(*a)); });
}
