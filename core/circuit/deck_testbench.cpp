#include "circuit/deck_testbench.hpp"

#include <cmath>
#include <deque>
#include <optional>

#include "netlist/units.hpp"

namespace inversize::circuit {

namespace {

std::string role_net(const std::map<PortRole, std::string>& roles, PortRole r) {
  auto it = roles.find(r);
  return it == roles.end() ? std::string() : it->second;
}

// DC node voltages through the given voltage sources, from nets taken as 0 V.
std::map<std::string, double> potentials(const std::vector<const TopElement*>& sources,
                                         const std::vector<std::string>& grounds) {
  std::map<std::string, double> v;
  std::deque<std::string> todo;
  for (const auto& g : grounds) {
    v[g] = 0.0;
    todo.push_back(g);
  }
  while (!todo.empty()) {
    const std::string n = todo.front();
    todo.pop_front();
    for (const TopElement* s : sources) {
      // V(a) - V(b) = value
      if (s->a == n && !v.count(s->b)) { v[s->b] = v[n] - s->value; todo.push_back(s->b); }
      if (s->b == n && !v.count(s->a)) { v[s->a] = v[n] + s->value; todo.push_back(s->a); }
    }
  }
  return v;
}

}  // namespace

std::vector<bool> split_testbench(const std::vector<TopElement>& elements, const std::map<PortRole, std::string>& roles,
                                  const std::set<std::string>& circuit_nets, DeckConditions& out) {
  const std::string vdd = role_net(roles, PortRole::Vdd), vss = role_net(roles, PortRole::Vss);
  const std::string inp = role_net(roles, PortRole::Inp), inn = role_net(roles, PortRole::Inn);
  const std::string outn = role_net(roles, PortRole::Out), ib = role_net(roles, PortRole::Ibias);
  auto rail = [&](const std::string& n) { return n == "0" || n == "gnd" || (!vss.empty() && n == vss) || (!vdd.empty() && n == vdd); };
  auto testbench_net = [&](const std::string& n) {
    return rail(n) || (!inp.empty() && n == inp) || (!inn.empty() && n == inn) || !circuit_nets.count(n);
  };
  std::vector<bool> aside(elements.size(), false);
  std::vector<const TopElement*> sources;
  double load = 0;
  bool has_load = false;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const TopElement& e = elements[i];
    const auto fmt = [](double v, const char* unit) { return netlist::format_spice_number(v) + unit; };
    switch (e.kind) {
      case DeviceKind::VoltageSource:
        if (!testbench_net(e.a) || !testbench_net(e.b)) break;
        aside[i] = true;
        sources.push_back(&e);
        {
          const bool supply = rail(e.a) && rail(e.b);
          const bool input = e.a == inp || e.b == inp || e.a == inn || e.b == inn;
          out.set_aside.push_back(e.name + " (" + (supply ? "supply" : input ? "input" : "testbench source") + ", " +
                                  fmt(e.value, "V") + ")");
        }
        break;
      case DeviceKind::CurrentSource: {
        const bool on_ibias = !ib.empty() && (e.a == ib || e.b == ib);
        const std::string other = e.a == ib ? e.b : e.a;
        if (!(on_ibias && testbench_net(other)) && !(testbench_net(e.a) && testbench_net(e.b))) break;
        aside[i] = true;
        if (on_ibias) out.ibias_a = std::fabs(e.value);
        out.set_aside.push_back(e.name + " (" + (on_ibias ? "reference current" : "testbench source") + ", " +
                                fmt(e.value, "A") + ")");
        break;
      }
      case DeviceKind::Capacitor:
      case DeviceKind::Resistor:
      case DeviceKind::Inductor: {
        // Only gates sit on an opamp's inputs: anything else there is the testbench's
        // (feedback for the operating point, AC grounding, source resistance).
        const bool at_input = (!inp.empty() && (e.a == inp || e.b == inp)) || (!inn.empty() && (e.a == inn || e.b == inn));
        if (at_input) {
          aside[i] = true;
          out.set_aside.push_back(e.name + " (input network)");
          break;
        }
        const bool load_cap = e.kind == DeviceKind::Capacitor && !outn.empty() &&
                              ((e.a == outn && rail(e.b) && e.b != vdd) || (e.b == outn && rail(e.a) && e.a != vdd));
        if (!load_cap) break;
        aside[i] = true;
        load += e.value;
        has_load = true;
        out.set_aside.push_back(e.name + " (load, " + fmt(e.value, "F") + ")");
        break;
      }
      default:
        break;
    }
  }
  if (has_load) out.cl_f = load;
  // ngspice's ground is "0" (and "gnd"); a deck whose vss reaches neither floats it at 0 V.
  auto v = potentials(sources, {"0", "gnd"});
  if (!vss.empty() && !v.count(vss)) v = potentials(sources, {vss});
  const auto at = [&](const std::string& n) -> std::optional<double> {
    auto it = v.find(n);
    if (n.empty() || it == v.end()) return std::nullopt;
    return it->second;
  };
  if (const auto v_ss = at(vss.empty() ? "0" : vss)) {
    if (auto v_dd = at(vdd); v_dd && *v_dd != *v_ss) out.vdd_v = *v_dd - *v_ss;
    if (auto v_in = at(inp)) out.vcm_v = *v_in - *v_ss;
    else if (auto v_inn = at(inn)) out.vcm_v = *v_inn - *v_ss;
  }
  return aside;
}

}  // namespace inversize::circuit
