#include "common/resources.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <cctype>
#include <stdexcept>
#include <vector>

namespace fs = std::filesystem;

namespace inversize {

std::string resource_dir() {
  if (const char* env = std::getenv("INVERSIZE_RESOURCES"); env && *env && fs::is_directory(env))
    return env;
  // Prefer the source tree when running from a build folder: it is what the binary was built from.
  for (const char* dir : {INVERSIZE_SOURCE_RESOURCE_DIR, INVERSIZE_INSTALLED_RESOURCE_DIR})
    if (fs::is_directory(fs::path(dir) / "circuits")) return dir;
  throw std::runtime_error("cannot find InverSize's resources: set INVERSIZE_RESOURCES to its resources folder");
}

std::string resource_path(const std::string& relative) {
  fs::path p = fs::path(resource_dir()) / relative;
  if (!fs::exists(p)) throw std::runtime_error("missing resource file " + p.string());
  return p.string();
}

std::string read_resource(const std::string& relative) {
  const std::string path = resource_path(relative);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (!(in && text << in.rdbuf())) throw std::runtime_error("cannot read resource file " + path);
  return text.str();
}

std::string builtin_circuit_path(const std::string& spec) {
  const std::string prefix = "builtin:";
  if (spec.rfind(prefix, 0) != 0) return {};
  std::string name = spec.substr(prefix.size());
  const fs::path dir = fs::path(resource_dir()) / "circuits";
  auto unknown = [&] {
    std::vector<std::string> names;  // the files in circuits/, so a new built-in is listed
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".cir") names.push_back(e.path().stem().string());
    std::sort(names.begin(), names.end());
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    return std::runtime_error("unknown built-in circuit '" + name + "' (built-ins: " + list + ")");
  };
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) throw unknown();
  fs::path p = dir / (name + ".cir");
  if (!fs::exists(p)) throw unknown();
  return p.string();
}

}  // namespace inversize
