#include "common/text.hpp"
#include "circuit/input.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <stdexcept>

#include "common/resources.hpp"
#include "netlist/parser.hpp"
#include "netlist/units.hpp"

namespace inversize::circuit {

namespace {
using inversize::lower;
}  // namespace

namespace {

bool instances_undefined(const netlist::Deck& deck, const std::vector<netlist::Element>& elements) {
  for (const auto& e : elements)
    if (e.type == netlist::ElementType::Subcircuit && !deck.subckts.count(e.model)) return true;
  return false;
}

// The technology's model files as a deck, for the subckts of its devices.
std::optional<netlist::Deck> technology_library(const netlist::Deck& deck, const technology::Technology& tech) {
  bool needed = instances_undefined(deck, deck.elements);
  for (const auto& [name, s] : deck.subckts) needed = needed || instances_undefined(deck, s.elements);
  if (!needed || tech.model_files.empty()) return std::nullopt;
  try {
    return netlist::parse_string("* technology " + tech.name + "\n" + tech.spice_includes(), "technology " + tech.name);
  } catch (const netlist::ParseError& e) {
    throw std::runtime_error("cannot read the library of technology '" + tech.name + "': " + e.what());
  }
}

}  // namespace

Circuit build_with(const netlist::Deck& deck, const technology::Technology& tech, const std::vector<std::string>& ports,
                   const std::string& subckt, const std::vector<std::string>& biases) {
  BuildOptions options;
  options.subckt = lower(subckt);
  options.nmos_models = {lower(tech.nmos_model)};
  options.pmos_models = {lower(tech.pmos_model)};
  for (const auto& a : ports) {
    auto eq = a.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == a.size())
      throw std::invalid_argument("--port takes ROLE=NET, got '" + a + "'");
    auto role = port_role_from_string(lower(a.substr(0, eq)));
    if (!role) throw std::invalid_argument("unknown port role '" + a.substr(0, eq) + "' (roles: vdd vss inp inn out ibias)");
    options.port_nets[*role] = lower(a.substr(eq + 1));
  }
  for (const auto& a : biases) {
    auto eq = a.find('=');
    auto volts = eq == std::string::npos ? std::nullopt : netlist::parse_spice_number(a.substr(eq + 1));
    if (eq == 0 || !volts) throw std::invalid_argument("--bias takes NET=VOLTS, got '" + a + "'");
    options.bias_nets[lower(a.substr(0, eq))] = *volts;
  }
  const std::optional<netlist::Deck> library = technology_library(deck, tech);
  if (library) options.library = &*library;
  return build_circuit(deck, options);
}

OpenedCircuit open_circuit(const std::string& spec, const technology::Technology& tech,
                           const std::vector<std::string>& ports, const std::string& subckt,
                           const std::vector<std::string>& biases) {
  OpenedCircuit o;
  o.source = spec;
  std::string path = builtin_circuit_path(spec);
  if (path.empty()) {
    path = spec;
    if (!std::filesystem::exists(path)) throw std::runtime_error(spec + ": no such file");
  }
  o.deck = netlist::parse_file(path);
  o.circuit = build_with(o.deck, tech, ports, subckt, biases);
  return o;
}

void apply_setting(Circuit& c, const std::string& assignment) {
  auto eq = assignment.find('=');
  auto dot = assignment.rfind('.', eq);
  if (eq == std::string::npos || dot == std::string::npos || dot == 0)
    throw std::invalid_argument("--set takes DEVICE.PARAM=VALUE, got '" + assignment + "'");
  std::string dev = assignment.substr(0, dot);
  std::string param = lower(assignment.substr(dot + 1, eq - dot - 1));
  auto value = netlist::parse_spice_number(assignment.substr(eq + 1));
  if (!value) throw std::invalid_argument("--set " + assignment + ": '" + assignment.substr(eq + 1) + "' is not a number");
  Device* d = c.device(dev);
  if (!d) throw std::invalid_argument("--set " + assignment + ": no device '" + dev + "' in " + c.name);
  if (is_mos(d->kind)) {
    if (!(*value > 0)) throw std::invalid_argument("--set " + assignment + ": must be positive");
    if (param == "w") d->w = *value;
    else if (param == "l") d->l = *value;
    else if (param == "m") d->m = *value;
    else if (param == "nf") d->nf = *value;
    else throw std::invalid_argument("--set " + assignment + ": a transistor has w, l, m and nf");
  } else {
    if (param == "value" || param == "c" || param == "r" || param == "dc") d->value = *value;
    else throw std::invalid_argument("--set " + assignment + ": use " + dev + ".value=...");
  }
}

}  // namespace inversize::circuit
