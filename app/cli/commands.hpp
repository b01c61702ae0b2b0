// Each inversize-cli command registers itself on the CLI11 app, with the option set-ups that
// several commands share.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

void add_simulate_command(CLI::App& app);
void add_decompose_command(CLI::App& app);
void add_demo_command(CLI::App& app);
void add_worker_command(CLI::App& app);
void add_new_command(CLI::App& app);
void add_generate_command(CLI::App& app);
void add_dataset_command(CLI::App& app);
void add_train_command(CLI::App& app);
void add_sample_command(CLI::App& app);
void add_evaluate_command(CLI::App& app);
void add_yield_command(CLI::App& app);

namespace cli {

// A command's exit status: 0 goes on; any other ends the program with it (main returns it,
// silently: CLI11 treats RuntimeError as a status, not a usage error).
inline void exit_with(int status) {
  if (status != 0) throw CLI::RuntimeError(status);
}

inline void add_project_option(CLI::App* cmd, std::string& project) {
  cmd->add_option("project", project, "the project file (.isz)")->required();
}

// `what`: what the processes simulate when it is not the command's whole work ("for --verify").
inline void add_workers_option(CLI::App* cmd, int& workers, const std::string& what = "") {
  cmd->add_option("--workers", workers,
                  "simulation processes" + (what.empty() ? "" : " " + what) + " (default: one per core)");
}

inline void add_quiet_flag(CLI::App* cmd, bool& quiet) { cmd->add_flag("--quiet,-q", quiet, "no progress display"); }

}  // namespace cli
