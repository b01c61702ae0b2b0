#include "robustness/corners.hpp"

#include <cmath>
#include <set>
#include <sstream>
#include <stdexcept>

#include "common/text.hpp"

namespace inversize::robustness {

namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// A dimension's corners, ascending, and which of them is nominal: the one nearest the
// technology's own value (a technology without corners in it has just that value).
struct Axis {
  std::vector<technology::CornerValue> values;
  std::size_t nominal = 0;
};

Axis axis(const std::vector<technology::CornerValue>& listed, double nominal_value) {
  Axis a;
  a.values = listed;
  if (a.values.empty()) a.values.push_back({"nominal", nominal_value});
  for (std::size_t i = 1; i < a.values.size(); ++i)
    if (std::abs(a.values[i].value - nominal_value) < std::abs(a.values[a.nominal].value - nominal_value)) a.nominal = i;
  return a;
}

struct Axes {
  std::vector<std::string> process;  // "" when the technology has no process corners
  std::size_t nominal_process = 0;
  Axis supply, temperature;
};

Axes axes(const technology::Technology& tech) {
  Axes a;
  for (const auto& p : tech.variation.process) a.process.push_back(p.name);
  if (a.process.empty()) a.process.push_back("");
  for (std::size_t i = 0; i < a.process.size(); ++i)
    if (a.process[i] == tech.variation.nominal) a.nominal_process = i;
  a.supply = axis(tech.variation.supply_v, tech.vdd_v);
  a.temperature = axis(tech.variation.temperature_c, tech.temperature_c);
  return a;
}

Corner make(const std::string& process, const technology::CornerValue& s, const technology::CornerValue& t) {
  Corner c;
  c.process = process;
  c.supply = s.name;
  c.supply_v = s.value;
  c.temperature = t.name;
  c.temperature_c = t.value;
  c.name = (process.empty() ? std::string("nominal") : process) + "/" + s.name + "/" + t.name;
  return c;
}

std::string names_of(const Axes& a) {
  std::ostringstream o;
  o << "process:";
  for (const auto& p : a.process) o << " " << (p.empty() ? "nominal" : p);
  o << "; supply:";
  for (const auto& s : a.supply.values) o << " " << s.name;
  o << "; temperature:";
  for (const auto& t : a.temperature.values) o << " " << t.name;
  return o.str();
}

}  // namespace

std::vector<Corner> select_corners(const technology::Technology& tech, const std::string& selection) {
  const Axes a = axes(tech);
  const auto& sv = a.supply.values;
  const auto& tv = a.temperature.values;
  const auto& s_nom = sv[a.supply.nominal];
  const auto& t_nom = tv[a.temperature.nominal];
  std::vector<Corner> out;
  std::set<std::string> seen;
  auto add = [&](Corner c) {
    if (seen.insert(c.name).second) out.push_back(std::move(c));
  };
  const std::string sel = lower(trim(selection));
  if (sel.empty() || sel == "none") return out;
  if (sel == "all") {
    for (const auto& p : a.process)
      for (const auto& s : sv)
        for (const auto& t : tv) add(make(p, s, t));
    return out;
  }
  if (sel == "default") {
    for (const auto& p : a.process) add(make(p, s_nom, t_nom));
    const std::string p = a.process[a.nominal_process];
    for (const auto* s : {&sv.front(), &sv.back()})
      for (const auto* t : {&tv.front(), &tv.back()}) add(make(p, *s, *t));
    return out;
  }
  std::istringstream in(selection);
  for (std::string item; std::getline(in, item, ',');) {
    item = trim(item);
    if (item.empty()) continue;
    std::vector<std::string> parts;
    std::istringstream ps(item);
    for (std::string part; std::getline(ps, part, '/');) parts.push_back(lower(trim(part)));
    auto bad = [&] {
      return std::invalid_argument("unknown corner '" + item + "' for " + tech.name +
                                   " (write PROCESS/SUPPLY/TEMPERATURE, a process corner alone, default, all or none; " +
                                   names_of(a) + ")");
    };
    if (parts.empty() || parts.size() == 2 || parts.size() > 3) throw bad();
    const std::string* process = nullptr;
    for (const auto& p : a.process)
      if (lower(p.empty() ? "nominal" : p) == parts[0]) process = &p;
    if (!process) throw bad();
    const technology::CornerValue* s = &s_nom;
    const technology::CornerValue* t = &t_nom;
    if (parts.size() == 3) {
      s = t = nullptr;
      for (const auto& v : sv)
        if (lower(v.name) == parts[1]) s = &v;
      for (const auto& v : tv)
        if (lower(v.name) == parts[2]) t = &v;
      if (!s || !t) throw bad();
    }
    add(make(*process, *s, *t));
  }
  return out;
}

simulation::Conditions corner_conditions(const technology::Technology& tech, const simulation::Conditions& nominal,
                                         const Corner& corner) {
  simulation::Conditions c = nominal;
  if (tech.vdd_v > 0 && corner.supply_v > 0) {
    const double ratio = corner.supply_v / tech.vdd_v;
    c.vdd_v = nominal.vdd_v * ratio;
    c.vcm_v = nominal.vcm_v * ratio;  // the input stays at its share of the supply
  }
  c.temperature_c = corner.temperature_c;
  return c;
}

technology::ModelSelection corner_models(const Corner& corner) {
  technology::ModelSelection m;
  m.process = corner.process;
  return m;
}

}  // namespace inversize::robustness
