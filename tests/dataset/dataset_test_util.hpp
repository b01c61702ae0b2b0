// Shared by the dataset tests: the built-in circuits opened with the default technology and
// scratch project paths.
#pragma once

#include <filesystem>
#include <string>
#include <unistd.h>

#include "circuit/input.hpp"
#include "dataset/project.hpp"
#include "simulation/worker_pool.hpp"
#include "structure/decompose.hpp"
#include "technology/technology.hpp"

namespace inversize::dataset::testing {

inline std::string scratch_path(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("inversize_dataset_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto p = dir / name;
  std::filesystem::remove(p);
  std::filesystem::remove(p.string() + "-wal");
  std::filesystem::remove(p.string() + "-shm");
  return p.string();
}

inline Project new_project(const std::string& name, const std::string& circuit = "builtin:miller") {
  simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  return Project::create(scratch_path(name), make_project_setup(circuit, technology::load_default()));
}

}  // namespace inversize::dataset::testing
