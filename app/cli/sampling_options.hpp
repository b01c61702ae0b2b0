// Sampling options shared by `sample` and `evaluate`.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "diffusion/options.hpp"
#include "sizing/specification.hpp"

inline void add_refine_goal_option(CLI::App* cmd, inversize::diffusion::RefineGoal& goal) {
  const std::string tol = inversize::sizing::protocol_tolerance_text();
  cmd->add_option_function<std::string>(
         "--refine-goal", [&goal](const std::string& g) { goal = inversize::diffusion::refine_goal_from_name(g); },
         "what ranking and refinement aim at: meet (default: every performance on the right side of its value, "
         "with any --tolerance) or match (within " + tol + " of every value on both sides, the paper's protocol; "
         "no aiming then)")
      ->check(CLI::IsMember({"meet", "match"}));
}
