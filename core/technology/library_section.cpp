#include "technology/library_section.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <vector>

#include "common/text.hpp"

namespace fs = std::filesystem;

namespace inversize::technology {

namespace {

std::vector<std::string> tokens(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string t; in >> t;) {
    if (t.size() >= 2 && (t.front() == '\'' || t.front() == '"') && t.back() == t.front()) t = t.substr(1, t.size() - 2);
    out.push_back(t);
  }
  return out;
}

// The sections of one file, by lower-case name: their lines as written.
using Sections = std::map<std::string, std::vector<std::string>>;

Sections read_sections(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read the model library " + path);
  Sections out;
  std::vector<std::string>* current = nullptr;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto t = tokens(line);
    const std::string kw = t.empty() ? "" : lower(t[0]);
    if (!current && kw == ".lib" && t.size() == 2) {
      current = &out[lower(t[1])];
    } else if (current && kw == ".endl") {
      current = nullptr;
    } else if (current) {
      current->push_back(line);
    }
  }
  return out;
}

class Expander {
 public:
  explicit Expander(std::map<std::string, Sections>& files) : files_(files) {}

  void expand(const std::string& path, const std::string& section) {
    const std::string key = path + "|" + lower(section);
    if (!done_.insert(key).second) return;  // ngspice, too, reads a section once
    auto it = files_.find(path);
    if (it == files_.end()) it = files_.emplace(path, read_sections(path)).first;
    auto s = it->second.find(lower(section));
    if (s == it->second.end()) throw std::runtime_error("section '" + section + "' not found in " + path);
    const fs::path dir = fs::path(path).parent_path();
    for (const auto& line : s->second) {
      const auto t = tokens(line);
      const std::string kw = t.empty() ? "" : lower(t[0]);
      if (kw == ".lib" && t.size() == 3) {
        expand(absolute(dir, t[1]), t[2]);
      } else if ((kw == ".include" || kw == ".inc") && t.size() == 2) {
        text_ += ".include \"" + absolute(dir, t[1]) + "\"\n";
      } else {
        text_ += line;
        text_ += '\n';
      }
    }
  }
  std::string take() { return std::move(text_); }

 private:
  static std::string absolute(const fs::path& dir, const std::string& file) {
    fs::path p(file);
    if (p.is_relative()) p = dir / p;
    std::error_code ec;
    fs::path canon = fs::weakly_canonical(p, ec);
    return ec ? p.string() : canon.string();
  }

  std::map<std::string, Sections>& files_;
  std::set<std::string> done_;
  std::string text_;
};

}  // namespace

std::string spice_models(const Technology& t, const ModelSelection& selection, const ModelDemand* demand) {
  std::string out;
  std::istringstream in(t.spice_includes(selection));
  for (std::string line; std::getline(in, line);) {
    // spice_includes writes `.lib "PATH" SECTION`, the path quoted and absolute.
    const auto open = line.find('"'), close = line.rfind('"');
    if (line.rfind(".lib \"", 0) == 0 && close > open) {
      const std::string path = line.substr(open + 1, close - open - 1), section = line.substr(close + 2);
      const ModelText& models = library_section_models(path, section);
      out += demand ? "* " + path + ", section " + section + ": the models the deck uses\n" + models.used_by(*demand)
                    : models.whole();
    } else {
      out += line;
      out += '\n';
    }
  }
  return out;
}

const ModelText& library_section_models(const std::string& path, const std::string& section) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::unique_ptr<ModelText>> cache;
  static std::map<std::string, Sections> files;
  std::lock_guard lock(mutex);
  const auto key = std::make_pair(path, lower(section));
  if (auto it = cache.find(key); it != cache.end()) return *it->second;
  Expander e(files);
  e.expand(path, section);
  auto text = std::make_unique<ModelText>("* " + path + ", section " + section + "\n" + e.take());
  files.clear();  // the corner text is what is kept; the whole library would be megabytes
  return *cache.emplace(key, std::move(text)).first->second;
}

std::string library_section_text(const std::string& path, const std::string& section) {
  return library_section_models(path, section).whole();
}

}  // namespace inversize::technology
