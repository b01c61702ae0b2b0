#include "dataset/design_space.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <stdexcept>

#include "netlist/units.hpp"

namespace inversize::dataset {

using nlohmann::json;

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "M2" before "M10": names compare by their digit runs as numbers.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      std::size_t ie = i, je = j;
      while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
      while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
      auto na = std::stoull(a.substr(i, std::min<std::size_t>(ie - i, 18)));
      auto nb = std::stoull(b.substr(j, std::min<std::size_t>(je - j, 18)));
      if (na != nb) return na < nb;
      i = ie;
      j = je;
    } else {
      char ca = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i])));
      char cb = static_cast<char>(std::tolower(static_cast<unsigned char>(b[j])));
      if (ca != cb) return ca < cb;
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void unite(int a, int b) { parent[find(a)] = find(b); }
};

// Device index groups of `uf` among `members`, each sorted by name, groups by netlist order
// of their first device.
std::vector<std::vector<int>> collect(UnionFind& uf, const std::vector<int>& members, const circuit::Circuit& c) {
  std::map<int, std::vector<int>> by_root;
  std::vector<int> root_order;
  for (int i : members) {
    int r = uf.find(i);
    if (!by_root.count(r)) root_order.push_back(r);
    by_root[r].push_back(i);
  }
  std::vector<std::vector<int>> out;
  for (int r : root_order) {
    auto g = by_root[r];
    std::sort(g.begin(), g.end(), [&](int a, int b) { return natural_less(c.devices[a].name, c.devices[b].name); });
    out.push_back(g);
  }
  return out;
}

std::string joined_name(const std::string& prefix, const std::vector<int>& g, const circuit::Circuit& c) {
  std::string s = prefix;
  for (int i : g) s += "_" + c.devices[i].name;
  return s;
}

double on_grid(double v, double grid) { return grid > 0 ? std::round(v / grid) * grid : v; }

// Bounds around `nominal` by factors, clipped to the limits and put on the grid.
void set_bounds(Variable& v, double down, double up, double lo_limit, double hi_limit) {
  double nom = std::clamp(v.nominal, lo_limit, hi_limit);
  v.lo = std::max(lo_limit, nom / down);
  v.hi = std::min(hi_limit, nom * up);
  if (v.grid > 0) {
    v.lo = std::ceil(v.lo / v.grid - 1e-9) * v.grid;
    v.hi = std::max(v.lo, std::floor(v.hi / v.grid + 1e-9) * v.grid);
  }
}

}  // namespace

const char* to_string(VariableKind k) {
  switch (k) {
    case VariableKind::Width: return "w";
    case VariableKind::Length: return "l";
    case VariableKind::Capacitance: return "c";
    case VariableKind::BiasCurrent: return "ibias";
  }
  return "?";
}

std::optional<std::size_t> DesignSpace::index(const std::string& name) const {
  for (std::size_t i = 0; i < variables.size(); ++i)
    if (lower(variables[i].name) == lower(name)) return i;
  return std::nullopt;
}

std::vector<std::size_t> DesignSpace::free_variables() const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < variables.size(); ++i)
    if (!variables[i].fixed()) out.push_back(i);
  return out;
}

std::vector<double> DesignSpace::nominal() const {
  std::vector<double> x;
  for (const auto& v : variables) x.push_back(v.nominal);
  return x;
}

std::vector<std::string> DesignSpace::names() const {
  std::vector<std::string> out;
  for (const auto& v : variables) out.push_back(v.name);
  return out;
}

double DesignSpace::to_unit(std::size_t i, double value) const {
  const auto& v = variables.at(i);
  if (v.fixed()) return 0;
  double u = v.log ? (std::log(value) - std::log(v.lo)) / (std::log(v.hi) - std::log(v.lo))
                   : (value - v.lo) / (v.hi - v.lo);
  return std::clamp(u, 0.0, 1.0);
}

double DesignSpace::from_unit(std::size_t i, double u) const {
  const auto& v = variables.at(i);
  if (v.fixed()) return v.lo;
  u = std::clamp(u, 0.0, 1.0);
  return v.log ? std::exp(std::log(v.lo) + u * (std::log(v.hi) - std::log(v.lo))) : v.lo + u * (v.hi - v.lo);
}

void DesignSpace::fix(const std::string& name, double value) {
  auto i = index(name);
  if (!i) throw std::invalid_argument("no design variable '" + name + "' (variables: " + [&] {
    std::string s;
    for (const auto& v : variables) s += (s.empty() ? "" : " ") + v.name;
    return s;
  }() + ")");
  if (!(value > 0) || !std::isfinite(value)) throw std::invalid_argument(name + ": value must be positive");
  auto& v = variables[*i];
  v.lo = v.hi = std::max(on_grid(value, v.grid), v.grid);
}

void DesignSpace::narrow(const std::string& name, double lo, double hi) {
  auto i = index(name);
  if (!i) throw std::invalid_argument("no design variable '" + name + "'");
  if (!(lo > 0) || !(hi >= lo) || !std::isfinite(hi))
    throw std::invalid_argument(name + ": range needs 0 < LO <= HI");
  auto& v = variables[*i];
  v.lo = std::max(on_grid(lo, v.grid), v.grid);
  v.hi = std::max(on_grid(hi, v.grid), v.lo);
}

namespace {
double number(const std::string& text, const std::string& context) {
  auto v = netlist::parse_spice_number(text);
  if (!v) throw std::invalid_argument(context + ": '" + text + "' is not a number");
  return *v;
}
}  // namespace

void DesignSpace::apply_fix(const std::string& assignment) {
  auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0) throw std::invalid_argument("--fix takes NAME=VALUE, got '" + assignment + "'");
  fix(assignment.substr(0, eq), number(assignment.substr(eq + 1), "--fix " + assignment));
}

void DesignSpace::apply_range(const std::string& assignment) {
  auto eq = assignment.find('=');
  auto colon = assignment.find(':', eq == std::string::npos ? 0 : eq);
  if (eq == std::string::npos || eq == 0 || colon == std::string::npos)
    throw std::invalid_argument("--range takes NAME=LO:HI, got '" + assignment + "'");
  narrow(assignment.substr(0, eq), number(assignment.substr(eq + 1, colon - eq - 1), "--range " + assignment),
         number(assignment.substr(colon + 1), "--range " + assignment));
}

DesignSpace derive_design_space(const circuit::Circuit& c, const structure::Decomposition& d,
                                const technology::Technology& tech, const simulation::Conditions& nominal) {
  const int n = static_cast<int>(c.devices.size());
  UnionFind matched(static_cast<std::size_t>(n));
  for (auto [a, b] : d.symmetry) matched.unite(a, b);

  std::vector<int> mos, caps;
  for (const auto& dr : d.devices) {
    const auto& dev = c.devices[dr.device];
    if (circuit::is_mos(dev.kind)) mos.push_back(dr.device);
    else if (dev.kind == circuit::DeviceKind::Capacitor && dr.function == structure::Function::Compensation)
      caps.push_back(dr.device);
  }

  DesignSpace s;
  // W: one variable per matched group; members keep their ratio to the group's first device.
  auto w_groups = collect(matched, mos, c);
  for (const auto& g : w_groups) {
    Variable v;
    v.kind = VariableKind::Width;
    v.name = joined_name("W", g, c);
    v.nominal = c.devices[g[0]].w;
    v.grid = tech.grid_m;
    double rmin = 1, rmax = 1;
    for (int i : g) {
      double r = c.devices[i].w / v.nominal;
      v.members.push_back({c.devices[i].name, r});
      rmin = std::min(rmin, r);
      rmax = std::max(rmax, r);
    }
    set_bounds(v, 10, 10, tech.w_min_m / rmin, tech.w_max_m / rmax);
    s.variables.push_back(v);
  }
  // L: matched groups merged with the current mirrors the sizing rules want equal
  // (same polarity, shared gate and source, the reference diode-connected).
  UnionFind same_l = matched;
  for (int ref : mos) {
    const auto& r = c.devices[ref];
    if (r.nets[circuit::Gate] != r.nets[circuit::Drain]) continue;
    for (int out : mos) {
      const auto& o = c.devices[out];
      if (out != ref && o.kind == r.kind && o.nets[circuit::Gate] == r.nets[circuit::Gate] &&
          o.nets[circuit::Source] == r.nets[circuit::Source])
        same_l.unite(ref, out);
    }
  }
  for (const auto& g : collect(same_l, mos, c)) {
    Variable v;
    v.kind = VariableKind::Length;
    v.name = joined_name("L", g, c);
    v.nominal = c.devices[g[0]].l;
    v.grid = tech.grid_m;
    for (int i : g) v.members.push_back({c.devices[i].name, 1.0});
    set_bounds(v, 4, 4, tech.l_min_m, tech.l_max_m);
    s.variables.push_back(v);
  }
  for (const auto& g : collect(matched, caps, c)) {
    Variable v;
    v.kind = VariableKind::Capacitance;
    v.name = joined_name("C", g, c);
    v.nominal = c.devices[g[0]].value;
    v.grid = kCapacitanceGrid;
    for (int i : g) v.members.push_back({c.devices[i].name, c.devices[i].value / v.nominal});
    set_bounds(v, 10, 10, tech.c_min_f, tech.c_max_f);
    s.variables.push_back(v);
  }
  if (c.port(circuit::PortRole::Ibias)) {
    Variable v;
    v.kind = VariableKind::BiasCurrent;
    v.name = "Ibias";
    v.nominal = nominal.ibias_a;
    v.grid = kBiasCurrentGrid;
    set_bounds(v, 5, 5, 1e-9, 1e-2);
    s.variables.push_back(v);
  }
  return s;
}

std::vector<double> snap(const DesignSpace& s, const std::vector<double>& x) {
  if (x.size() != s.size())
    throw std::invalid_argument("design has " + std::to_string(x.size()) + " values, the design space " +
                                std::to_string(s.size()) + " variables");
  std::vector<double> out(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    const auto& v = s.variables[i];
    double val = std::isfinite(x[i]) ? std::clamp(x[i], v.lo, v.hi) : v.nominal;
    val = on_grid(val, v.grid);
    if (val < v.lo) val += v.grid;
    if (val > v.hi) val -= v.grid;
    out[i] = std::clamp(val, v.lo, v.hi);
  }
  return out;
}

void apply(const DesignSpace& s, const std::vector<double>& x, circuit::Circuit& c, simulation::Conditions& cond) {
  auto xs = snap(s, x);
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const auto& v = s.variables[i];
    if (v.kind == VariableKind::BiasCurrent) {
      cond.ibias_a = xs[i];
      continue;
    }
    for (const auto& m : v.members) {
      auto* dev = c.device(m.device);
      if (!dev) throw std::invalid_argument("design variable " + v.name + ": no device '" + m.device + "' in " + c.name);
      double value = xs[i] * m.ratio;
      if (v.grid > 0) value = std::max(v.grid, on_grid(value, v.grid));
      switch (v.kind) {
        case VariableKind::Width: dev->w = value; break;
        case VariableKind::Length: dev->l = value; break;
        default: dev->value = value; break;
      }
    }
  }
}

std::vector<BlockVariables> block_variables(const DesignSpace& s, const circuit::Circuit& c,
                                            const structure::Decomposition& d) {
  // The diode that takes the reference current carries the bias current's variable.
  auto ibias_net = c.port(circuit::PortRole::Ibias);
  auto takes_ibias = [&](int i) {
    const auto& dev = c.devices[i];
    return ibias_net && circuit::is_mos(dev.kind) && dev.nets[circuit::Drain] == *ibias_net &&
           dev.nets[circuit::Gate] == *ibias_net;
  };
  bool any_diode = false;
  for (std::size_t i = 0; i < c.devices.size(); ++i) any_diode = any_diode || takes_ibias(static_cast<int>(i));
  auto touches_ibias = [&](int i) {
    if (any_diode) return takes_ibias(i);
    const auto& nets = c.devices[i].nets;
    return ibias_net && std::find(nets.begin(), nets.end(), *ibias_net) != nets.end();
  };

  std::vector<BlockVariables> out;
  for (const auto& b : d.blocks) {
    BlockVariables bv{b.id, {}};
    for (std::size_t k = 0; k < s.variables.size(); ++k) {
      const auto& v = s.variables[k];
      bool used = false;
      for (int dev : b.devices) {
        if (v.kind == VariableKind::BiasCurrent) used = used || touches_ibias(dev);
        for (const auto& m : v.members) used = used || lower(m.device) == lower(c.devices[dev].name);
      }
      if (used) bv.variables.push_back(static_cast<int>(k));
    }
    out.push_back(bv);
  }
  return out;
}

void to_json(json& j, const DesignSpace& s) {
  j = json::array();
  for (const auto& v : s.variables) {
    json members = json::array();
    for (const auto& m : v.members) members.push_back({{"device", m.device}, {"ratio", m.ratio}});
    j.push_back({{"name", v.name}, {"kind", to_string(v.kind)}, {"members", members}, {"nominal", v.nominal},
                 {"lo", v.lo}, {"hi", v.hi}, {"grid", v.grid}, {"log", v.log}});
  }
}

void from_json(const json& j, DesignSpace& s) {
  s.variables.clear();
  for (const auto& e : j) {
    Variable v;
    v.name = e.at("name").get<std::string>();
    std::string kind = e.at("kind").get<std::string>();
    if (kind == "w") v.kind = VariableKind::Width;
    else if (kind == "l") v.kind = VariableKind::Length;
    else if (kind == "c") v.kind = VariableKind::Capacitance;
    else if (kind == "ibias") v.kind = VariableKind::BiasCurrent;
    else throw std::invalid_argument("design space: unknown variable kind '" + kind + "'");
    for (const auto& m : e.at("members")) v.members.push_back({m.at("device").get<std::string>(), m.at("ratio").get<double>()});
    v.nominal = e.at("nominal").get<double>();
    v.lo = e.at("lo").get<double>();
    v.hi = e.at("hi").get<double>();
    v.grid = e.value("grid", 0.0);
    v.log = e.value("log", true);
    if (!(v.lo > 0) || !(v.hi >= v.lo)) throw std::invalid_argument("design space: bad bounds for " + v.name);
    s.variables.push_back(v);
  }
}

}  // namespace inversize::dataset
