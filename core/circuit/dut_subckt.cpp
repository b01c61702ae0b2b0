// Circuit -> the DUT subckt text that simulation testbenches include.
#include "common/text.hpp"
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>
#include <sstream>

#include "circuit/build.hpp"
#include "netlist/expression.hpp"
#include "netlist/units.hpp"

namespace inversize::circuit {

using netlist::format_spice_number;

namespace {

// Only [A-Za-z0-9_] survive: hierarchical names ("x1.n3") and odd characters are safe in any
// SPICE and cannot be mistaken for syntax.
std::string sanitize(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') c = '_';
  return out;
}

std::string unique(std::string name, std::set<std::string>& used) {
  auto key = [](std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string candidate = name;
  for (int i = 2; used.count(key(candidate)); ++i) candidate = name + "_" + std::to_string(i);
  used.insert(key(candidate));
  return candidate;
}

const netlist::Subckt* find_any(const std::vector<netlist::Subckt>& list, const std::string& name) {
  for (const auto& s : list) {
    if (s.name == name) return &s;
    if (const auto* n = find_any(s.nested, name)) return n;
  }
  return nullptr;
}

const netlist::Subckt* find_subckt(const netlist::Deck& deck, const std::string& name) {
  if (auto it = deck.subckts.find(name); it != deck.subckts.end()) return &it->second;
  for (const auto& [n, s] : deck.subckts)
    if (const auto* found = find_any(s.nested, name)) return found;
  return nullptr;
}

char letter(const Device& d) {
  if (d.wrapped) return 'X';
  switch (d.kind) {
    case DeviceKind::Nmos:
    case DeviceKind::Pmos: return 'M';
    case DeviceKind::Capacitor: return 'C';
    case DeviceKind::Resistor: return 'R';
    case DeviceKind::Inductor: return 'L';
    case DeviceKind::CurrentSource: return 'I';
    case DeviceKind::VoltageSource: return 'V';
  }
  return 'X';
}

using inversize::lower;

}  // namespace

std::string dut_element_name(const Device& d) {
  const char l = letter(d);
  std::string name = sanitize(d.name);
  if (name.empty() || std::toupper(static_cast<unsigned char>(name[0])) != l) name = std::string(1, l) + name;
  return name;
}

std::string dut_device_path(const Device& d) {
  std::string path = lower(dut_element_name(d));
  if (d.wrapped && !d.inner_path.empty()) path += "." + d.inner_path;
  return path;
}

std::string dut_subckt(const netlist::Deck& deck, const Circuit& circuit, const std::string& dut_name) {
  std::ostringstream o;
  const std::string main = deck.files.empty() ? std::string() : deck.files[0].path;
  o << "* InverSize DUT for '" << circuit.name << "'\n";
  // Libraries: only what the main file includes itself (nested includes follow from those).
  for (const auto& inc : deck.includes) {
    if (inc.loc.file != main) continue;
    if (inc.section.empty()) o << ".include \"" << inc.resolved_path << "\"\n";
    else o << ".lib \"" << inc.resolved_path << "\" " << inc.section << "\n";
  }
  for (const auto& p : deck.param_defs) {
    if (p.loc.file != main) continue;
    if (auto it = deck.params.find(p.name); it != deck.params.end())
      o << ".param " << p.name << "=" << format_spice_number(it->second) << "\n";
  }
  for (const auto& [name, m] : deck.models)
    if (m.loc.file == main) o << m.text << "\n";
  // W and L below are in the deck's unit, as the designer's own lines were.
  const double unit = circuit.scale > 0 ? circuit.scale : 1;
  if (deck.scale_loc.file == main && deck.scale_loc.line > 0) o << ".option scale=" << format_spice_number(deck.scale) << "\n";

  // Wrapper subckts written in the main file, verbatim; nested ones go inside the DUT.
  std::set<std::string> wrappers_done;
  std::vector<const netlist::Subckt*> inner_defs;
  for (const Device& d : circuit.devices) {
    if (!d.wrapped || !wrappers_done.insert(d.model).second) continue;
    auto it = deck.subckts.find(d.model);
    if (it != deck.subckts.end()) {
      const auto& s = it->second;
      if (s.span.file == 0 && s.span.end <= deck.files[0].text.size())
        o << deck.files[0].text.substr(s.span.begin, s.span.end - s.span.begin) << "\n";
    } else if (const auto* s = find_subckt(deck, d.model)) {
      inner_defs.push_back(s);
    }
  }

  // Net names: ports by role, ground stays "0", the rest prefixed.
  std::vector<std::string> names(circuit.nets.size());
  std::set<std::string> used_nets;
  std::vector<PortRole> port_roles = {PortRole::Vdd, PortRole::Vss, PortRole::Inp, PortRole::Inn, PortRole::Out};
  if (circuit.port(PortRole::Ibias)) port_roles.push_back(PortRole::Ibias);
  for (PortRole r : port_roles)
    if (auto n = circuit.port(r); n && *n >= 0 && *n < static_cast<int>(names.size()) && names[*n].empty())
      names[*n] = unique(to_string(r), used_nets);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!names[i].empty()) continue;
    names[i] = circuit.nets[i] == "0" ? unique("0", used_nets) : unique("n_" + sanitize(circuit.nets[i]), used_nets);
  }

  o << ".subckt " << dut_name;
  for (PortRole r : port_roles) o << " " << to_string(r);
  o << "\n";
  std::set<std::string> models_done;
  std::set<std::string> subckts_done;
  for (const Device& d : circuit.devices) {
    // Models written inside the subckts the devices came from are local there: copy them in.
    if (d.source_subckt.empty() || !subckts_done.insert(d.source_subckt).second) continue;
    if (const auto* s = find_subckt(deck, d.source_subckt))
      for (const auto& [name, m] : s->models)
        if (models_done.insert(name).second) o << m.text << "\n";
  }
  for (const auto* s : inner_defs)
    if (s->span.file >= 0 && static_cast<std::size_t>(s->span.file) < deck.files.size())
      o << deck.files[s->span.file].text.substr(s->span.begin, s->span.end - s->span.begin) << "\n";

  std::map<std::string, std::string> used_devices;  // lower-case DUT name -> device
  for (const Device& d : circuit.devices) {
    const std::string name = dut_element_name(d);
    // Probe paths are computed per device (dut_device_path), so a collision cannot be renamed away.
    auto [it, fresh] = used_devices.emplace(lower(name), d.name);
    if (!fresh) throw std::invalid_argument("devices '" + it->second + "' and '" + d.name + "' both become '" + name + "' in the DUT");
    o << name;
    for (int n : d.nets) o << " " << (n >= 0 && n < static_cast<int>(names.size()) ? names[n] : "0");
    if (is_mos(d.kind)) {
      o << " " << d.model << (d.wrapped ? " w=" : " W=") << format_spice_number(d.w / unit) << (d.wrapped ? " l=" : " L=")
        << format_spice_number(d.l / unit);
      if (d.m_written || d.m != 1) o << (d.wrapped ? " m=" : " M=") << format_spice_number(d.m);
      if (d.nf_written || d.nf != 1) o << (d.wrapped ? " nf=" : " NF=") << format_spice_number(d.nf);
    } else if (d.kind == DeviceKind::CurrentSource || d.kind == DeviceKind::VoltageSource) {
      o << " DC " << format_spice_number(d.value);
    } else {
      o << " " << format_spice_number(d.value);
      if (!d.model.empty()) o << " " << d.model;
    }
    for (const auto& [k, v] : d.params) {
      if (k.empty()) o << " " << v;
      else o << " " << k << "=" << v;
    }
    if (!d.size_expressions.empty()) {
      std::map<std::string, double> own = deck.params;
      own["w"] = d.w / unit;
      own["l"] = d.l / unit;
      own["nf"] = d.nf;
      own["m"] = d.m;
      for (const auto& [k, text] : d.size_expressions) {
        try {
          o << " " << k << "=" << format_spice_number(netlist::evaluate(text, own));
        } catch (const netlist::EvalError& e) {
          throw std::invalid_argument(d.name + ": cannot evaluate " + k + "=" + text + " at its sizes: " + e.what());
        }
      }
    }
    o << "\n";
  }
  o << ".ends " << dut_name << "\n";
  return o.str();
}

}  // namespace inversize::circuit
