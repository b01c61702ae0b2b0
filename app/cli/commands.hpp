// Each inversize-cli command registers itself on the CLI11 app.
#pragma once

#include <CLI/CLI.hpp>

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
