// Helpers of the simulation tests: the built worker, shell commands, and plain `ngspice -b`
// runs whose `meas` results are the trusted reference.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "simulation/worker_pool.hpp"
#include "run_command.hpp"

inline const std::string kSimulationData = INVERSIZE_SIMULATION_DATA_DIR;

// simulate() runs in the worker process that the build made.
inline void use_built_worker() { inversize::simulation::set_worker_executable(INVERSIZE_WORKER_EXE); }

// Runs `ngspice -b deck` with the deck's directory copied to a scratch folder (ngspice writes
// its model-check logs into the working directory) and returns its `meas` results by name.
inline std::map<std::string, double> ngspice_batch_measures(const std::string& deck) {
  namespace fs = std::filesystem;
  const fs::path src(deck);
  const fs::path dir = fs::temp_directory_path() / ("inversize_ref_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& f : fs::directory_iterator(src.parent_path())) fs::copy(f.path(), dir / f.path().filename());
  int status = 0;
  const std::string out =
      run_command("cd '" + dir.string() + "' && ngspice -b '" + src.filename().string() + "' 2>&1", status);
  fs::remove_all(dir);
  std::map<std::string, double> measures;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    std::istringstream l(line);
    std::string name, eq;
    double value = 0;
    if (l >> name >> eq >> value && eq == "=") measures[name] = value;
  }
  return measures;
}
