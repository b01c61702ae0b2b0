// A private copy of a shipped project (resources/projects), for tests that open, train or write
// one: tests never write into the shipped file.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

// INVERSIZE_PROJECTS_DIR: defined by the CMake target of a test that reads shipped projects.
inline std::string shipped_project_copy(const std::string& name) {
  namespace fs = std::filesystem;
  const auto dir = fs::temp_directory_path() / ("inversize_shipped_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto to = dir / name;
  fs::copy_file(fs::path(INVERSIZE_PROJECTS_DIR) / name, to, fs::copy_options::overwrite_existing);
  return to.string();
}
