#include "structure/decompose.hpp"

#include <algorithm>
#include <cctype>
#include <climits>
#include <map>
#include <set>

#include "structure/functions.hpp"
#include "structure/graph.hpp"
#include "structure/matcher.hpp"
#include "structure/symmetry.hpp"

namespace inversize::structure {

namespace {

using circuit::DeviceKind;

bool iequal(const std::string& a, const std::string& b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower(x) == std::tolower(y); });
}

// "M9" before "M10": digit runs compare as numbers, so listings read like the schematic.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      std::size_t i2 = i, j2 = j;
      while (i2 < a.size() && std::isdigit(static_cast<unsigned char>(a[i2]))) ++i2;
      while (j2 < b.size() && std::isdigit(static_cast<unsigned char>(b[j2]))) ++j2;
      const auto x = std::stoull(a.substr(i, std::min<std::size_t>(i2 - i, 18)));
      const auto y = std::stoull(b.substr(j, std::min<std::size_t>(j2 - j, 18)));
      if (x != y) return x < y;
      i = i2;
      j = j2;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j || (a.size() - i == b.size() - j && a < b);
}

// Block order: signal before bias, then t, l, b, c, so ids read like the paper's figures.
int function_rank(Function f) {
  switch (f) {
    case Function::Transconductance: return 0;
    case Function::Load: return 1;
    case Function::Bias: return 2;
    case Function::Compensation: return 3;
  }
  return 4;
}

bool is_decomposed(DeviceKind k) {
  return circuit::is_mos(k) || k == DeviceKind::Capacitor || k == DeviceKind::Resistor;
}

class Builder {
 public:
  Builder(const circuit::Circuit& c, const Library& lib)
      : c_(c), lib_(lib), g_(c), rec_(recognise(g_, lib)), fa_(analyse_functions(g_, rec_, lib)) {}

  Decomposition run() {
    out_.warnings = fa_.warnings;
    for (int d = 0; d < g_.device_count(); ++d)
      if (is_decomposed(g_.kind(d)))
        out_.devices.push_back({d, c_.devices[d].name, g_.kind(d), fa_.function[d], fa_.stage[d]});
    if (g_.mos_devices().empty()) out_.warnings.push_back("no transistors: nothing to decompose");
    // A structure stands as a block only if its transistors share one function; otherwise its
    // children do (a folded-cascode pair is DP_t + CP_l, a symmetrical OTA's mirror D_l + T_t),
    // and it neither dominates nor consumes anything.
    std::vector<bool> uniform(rec_.instances.size());
    for (std::size_t i = 0; i < uniform.size(); ++i) {
      const auto& devs = rec_.instances[i].devices;
      uniform[i] = std::all_of(devs.begin(), devs.end(), [&](int d) { return fa_.function[d] == fa_.function[devs[0]]; });
    }
    rec_.top = select_top(rec_, lib_, uniform);
    for (int id : rec_.top) emit(id);
    passive_blocks();
    order_blocks();
    symmetry();
    undriven_gates();
    return std::move(out_);
  }

 private:
  const circuit::Circuit& c_;
  const Library& lib_;
  CircuitGraph g_;
  Recognition rec_;
  FunctionAnalysis fa_;
  Decomposition out_;
  std::set<std::pair<int, std::vector<int>>> seen_;

  const std::string& name(int d) const { return c_.devices[d].name; }

  // In some structure beyond a bare transistor, even one split for mixed functions (the bias
  // diode of a folded cascode's folding current sources, which are loads).
  bool in_structure(int d) const {
    for (const auto& inst : rec_.instances)
      if (lib_.at(inst.structure).level > 0 && std::find(inst.devices.begin(), inst.devices.end(), d) != inst.devices.end())
        return true;
    return false;
  }

  void add_block(int structure, std::vector<int> devices) {
    std::sort(devices.begin(), devices.end());
    if (!seen_.insert({structure, devices}).second) return;
    Block b;
    b.structure = structure;
    b.structure_name = lib_.at(structure).name;
    b.function = fa_.function[devices.front()];
    int st = INT_MAX;
    for (int d : devices)
      if (fa_.stage[d] > kBiasNetwork) st = std::min(st, fa_.stage[d]);
    b.stage = st == INT_MAX ? kBiasNetwork : st;
    std::sort(devices.begin(), devices.end(), [&](int a, int b2) { return natural_less(name(a), name(b2)); });
    b.devices = std::move(devices);
    out_.blocks.push_back(std::move(b));
  }

  // A structure whose transistors do not share one function splits into its children: a
  // folded-cascode pair becomes DP_t and CP_l, a symmetrical-OTA mirror D_l and T_t.
  void emit(int id) {
    const Instance& inst = rec_.instances[id];
    const Function f = fa_.function[inst.devices.front()];
    const bool uniform = std::all_of(inst.devices.begin(), inst.devices.end(),
                                     [&](int d) { return fa_.function[d] == f; });
    if (uniform || inst.children.empty()) {
      add_block(inst.structure, inst.devices);
      if (inst.children.empty() && !fa_.signal_path[inst.devices[0]] && fa_.stage[inst.devices[0]] == kBiasNetwork &&
          !in_structure(inst.devices[0]))
        out_.warnings.push_back(name(inst.devices[0]) + ": outside every structure of the library; kept alone as a " +
                                lib_.at(inst.structure).name + " with function " + to_string(f));
      return;
    }
    for (int child : inst.children) emit(rec_.canonical[child]);
  }

  void passive_blocks() {
    const int cap = lib_.find("capacitor"), res = lib_.find("resistor");
    for (int d = 0; d < g_.device_count(); ++d) {
      if (g_.kind(d) == DeviceKind::Capacitor && cap >= 0) add_block(cap, {d});
      if (g_.kind(d) == DeviceKind::Resistor && res >= 0) add_block(res, {d});
    }
  }

  void order_blocks() {
    auto key = [&](const Block& b) {
      return std::make_tuple(b.stage == kBiasNetwork ? INT_MAX : b.stage, function_rank(b.function),
                             -lib_.at(b.structure).level, b.structure);
    };
    std::stable_sort(out_.blocks.begin(), out_.blocks.end(), [&](const Block& a, const Block& b) {
      if (key(a) != key(b)) return key(a) < key(b);
      for (std::size_t i = 0; i < std::min(a.devices.size(), b.devices.size()); ++i)
        if (name(a.devices[i]) != name(b.devices[i])) return natural_less(name(a.devices[i]), name(b.devices[i]));
      return a.devices.size() < b.devices.size();
    });
    std::map<std::string, int> total, used;
    auto base = [&](const Block& b) { return lib_.at(b.structure).abbr + "_" + abbreviation(b.function); };
    for (const auto& b : out_.blocks) ++total[base(b)];
    for (auto& b : out_.blocks) {
      const std::string s = base(b);
      b.id = total[s] > 1 ? s + std::to_string(++used[s]) : s;
    }
  }

  void symmetry() {
    for (auto [a, b] : find_symmetry(g_, rec_, fa_, lib_)) {
      if (natural_less(name(b), name(a))) std::swap(a, b);
      out_.symmetry.emplace_back(a, b);
    }
    std::sort(out_.symmetry.begin(), out_.symmetry.end(), [&](auto x, auto y) {
      if (name(x.first) != name(y.first)) return natural_less(name(x.first), name(y.first));
      return natural_less(name(x.second), name(y.second));
    });
  }

  void undriven_gates() {
    std::vector<bool> port(g_.net_count(), false);
    for (const auto& p : c_.port_order)
      if (int n = c_.net_index(p); n >= 0) port[n] = true;
    for (const auto& [role, n] : c_.ports)
      if (n >= 0 && n < g_.net_count()) port[n] = true;
    for (int d : g_.mos_devices()) {
      const int gn = g_.gate(d);
      if (gn < 0 || port[gn] || g_.is_rail(gn)) continue;
      bool driven = false;
      for (const auto& at : g_.attachments(gn)) driven = driven || at.pin != Pin::Gate;
      if (!driven) out_.warnings.push_back(name(d) + ": gate net '" + c_.nets[gn] + "' is driven by no device and no port");
    }
  }
};

}  // namespace

const DeviceResult* Decomposition::device(const std::string& n) const {
  for (const auto& d : devices)
    if (iequal(d.name, n)) return &d;
  return nullptr;
}

const Block* Decomposition::block(const std::string& id) const {
  for (const auto& b : blocks)
    if (b.id == id) return &b;
  return nullptr;
}

Decomposition decompose(const circuit::Circuit& c, const Library& lib) { return Builder(c, lib).run(); }

}  // namespace inversize::structure
