#include "structure_test_util.hpp"

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

#include "circuit/build.hpp"
#include "netlist/parser.hpp"

namespace inversize::structure::test {

namespace {

std::string upper(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return s;
}

std::vector<std::string> split(const std::string& line) {
  std::istringstream is(line);
  std::vector<std::string> out;
  for (std::string t; is >> t;) out.push_back(t);
  return out;
}

bool is_element(const std::string& line) {
  const auto t = split(line);
  return !t.empty() && t[0][0] != '*' && t[0][0] != '.';
}

int node_count(char first) { return std::toupper(first) == 'M' ? 4 : 2; }

}  // namespace

std::string data_dir() { return std::string(INVERSIZE_TEST_DATA_DIR) + "/opamps"; }
std::string builtin(const std::string& name) {
  return std::string(INVERSIZE_SOURCE_RESOURCE_DIR) + "/circuits/" + name + ".cir";
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

circuit::Circuit load_text(const std::string& text, const std::string& label) {
  circuit::BuildOptions opt;
  opt.nmos_models = {"nch"};
  opt.pmos_models = {"pch"};
  return circuit::build_circuit(netlist::parse_string(text, label), opt);
}

circuit::Circuit load_file(const std::string& path) { return load_text(read_text(path), path); }

Summary summarise(const Decomposition& d, const circuit::Circuit& c, const std::map<std::string, std::string>& back) {
  auto name = [&](int dev) {
    const std::string n = upper(c.devices[dev].name);
    auto it = back.find(n);
    return it == back.end() ? n : it->second;
  };
  Summary s;
  for (const auto& dev : d.devices)
    s.devices[name(dev.device)] = std::string(1, abbreviation(dev.function)) + std::to_string(dev.stage);
  for (const auto& b : d.blocks) {
    std::vector<std::string> names;
    for (int dev : b.devices) names.push_back(name(dev));
    std::sort(names.begin(), names.end());
    std::string text = b.id.substr(0, b.id.find('_') + 2) + ":";
    for (const auto& n : names) text += " " + n;
    s.blocks.insert(text);
  }
  for (auto [a, b] : d.symmetry) {
    auto x = name(a), y = name(b);
    if (y < x) std::swap(x, y);
    s.symmetry.insert(x + " " + y);
  }
  return s;
}

std::string describe(const Summary& s) {
  std::ostringstream os;
  os << "devices:";
  for (const auto& [n, f] : s.devices) os << ' ' << n << '=' << f;
  os << "\nblocks:";
  for (const auto& b : s.blocks) os << " [" << b << ']';
  os << "\nsymmetry:";
  for (const auto& p : s.symmetry) os << " [" << p << ']';
  return os.str();
}

std::string scramble(const std::string& text, unsigned seed, std::map<std::string, std::string>& back) {
  std::istringstream in(text);
  std::vector<std::string> head, elements, tail;
  std::set<std::string> ports = {"0"};
  for (std::string line; std::getline(in, line);) {
    const auto t = split(line);
    if (!t.empty() && upper(t[0]) == ".SUBCKT")
      for (std::size_t i = 2; i < t.size(); ++i) ports.insert(t[i]);
    if (is_element(line)) elements.push_back(line);
    else (elements.empty() ? head : tail).push_back(line);
  }
  std::mt19937 rng(seed);
  std::shuffle(elements.begin(), elements.end(), rng);
  std::map<std::string, std::string> nets;
  int next_dev = 0;
  std::ostringstream out;
  for (const auto& l : head) out << l << '\n';
  for (const auto& l : elements) {
    auto t = split(l);
    const std::string fresh = std::string(1, t[0][0]) + "Z" + std::to_string(97 - next_dev++);
    back[upper(fresh)] = upper(t[0]);
    t[0] = fresh;
    for (int i = 1; i <= node_count(t[0][0]) && i < static_cast<int>(t.size()); ++i) {
      if (ports.count(t[i])) continue;
      auto [it, added] = nets.try_emplace(t[i], "w" + std::to_string(1000 - static_cast<int>(nets.size()) * 7));
      t[i] = it->second;
    }
    for (const auto& tok : t) out << tok << ' ';
    out << '\n';
  }
  for (const auto& l : tail) out << l << '\n';
  return out.str();
}

std::string swap_inputs(const std::string& text) {
  std::istringstream in(text);
  std::ostringstream out;
  for (std::string line; std::getline(in, line);) {
    if (!is_element(line)) {
      out << line << '\n';
      continue;
    }
    auto t = split(line);
    for (int i = 1; i <= node_count(t[0][0]) && i < static_cast<int>(t.size()); ++i)
      t[i] = t[i] == "inp" ? "inn" : t[i] == "inn" ? "inp" : t[i];
    for (const auto& tok : t) out << tok << ' ';
    out << '\n';
  }
  return out.str();
}

}  // namespace inversize::structure::test
