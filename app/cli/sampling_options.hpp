// Options shared by `sample`, `evaluate` and `train`. Every default in a help text is printed
// from the value the option holds when it is added (cli::number_text), never written out.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <optional>
#include <string>

#include "cli/format.hpp"
#include "diffusion/architectures.hpp"
#include "diffusion/options.hpp"
#include "sizing/specification.hpp"

namespace cli {
// A default in a help text, "(default 25)", printed from the value the option starts with: the
// options struct owns every default, and the help cannot drift from it.
inline std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
}  // namespace cli

inline void add_refine_goal_option(CLI::App* cmd, inversize::diffusion::RefineGoal& goal) {
  const std::string tol = inversize::sizing::protocol_tolerance_text();
  cmd->add_option_function<std::string>(
         "--refine-goal", [&goal](const std::string& g) { goal = inversize::diffusion::refine_goal_from_name(g); },
         "what ranking and refinement aim at: meet (default: every performance on the right side of its value, "
         "with any --tolerance) or match (within " + tol + " of every value on both sides, the paper's protocol; "
         "no aiming then)")
      ->check(CLI::IsMember({"meet", "match"}));
}

// --guidance, --sampler, --steps, --temperature and --refine with the defaults `o` holds: the command's own
// (`sample` refines by default, `evaluate` keeps the paper's protocol).
inline void add_sampling_options(CLI::App* cmd, inversize::diffusion::SampleOptions& o) {
  using cli::number_text;
  cmd->add_option("--guidance", o.guidance,
                  "classifier-free guidance weight (default " + number_text(o.guidance) +
                      "; 1: conditional only, 0: unconditional)");
  cmd->add_option_function<std::string>(
         "--sampler", [&o](const std::string& k) { o.sampler = inversize::diffusion::sampler_from_name(k); },
         std::string("ddim, ddpm or dpm++2m (DPM-Solver++, second order) (default ") +
             inversize::diffusion::sampler_name(o.sampler) + ")")
      ->check(CLI::IsMember({"ddim", "ddpm", "dpm++2m"}));
  cmd->add_option("--steps", o.steps, "sampling steps (default " + number_text(o.steps) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--temperature", o.temperature,
                  "scale of the starting noise (default " + number_text(o.temperature) +
                      "; 1: the model's own spread, below 1: closer to its mode)")
      ->check(CLI::Range(0.0, 2.0));
  cmd->add_option("--refine", o.refine,
                  "gradient steps up the surrogate's chance of meeting the specification for every drawn sizing, "
                  "before ranking (default " + number_text(o.refine) + "; 0: as drawn)")
      ->check(CLI::NonNegativeNumber);
}

// --backbone of the diffusion architectures that take one; the default is the architecture
// table's.
inline void add_backbone_option(CLI::App* cmd, std::optional<inversize::diffusion::Backbone>& backbone,
                                const std::string& which) {
  namespace d = inversize::diffusion;
  const std::string dflt = d::backbone_name(d::default_config(d::default_architecture()).backbone);
  cmd->add_option_function<std::string>(
         "--backbone", [&backbone](const std::string& b) { backbone = d::backbone_from_name(b); },
         "denoiser of the " + which + ": mlp or transformer (the paper's adaLN-Zero DiT); default " + dflt +
             "; the baselines keep their published networks")
      ->check(CLI::IsMember({"transformer", "mlp"}));
}
