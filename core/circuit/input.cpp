#include "common/text.hpp"
#include "circuit/input.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

#include "common/resources.hpp"
#include "netlist/parser.hpp"
#include "netlist/units.hpp"

namespace inversize::circuit {

namespace {
using inversize::lower;
}  // namespace

OpenedCircuit open_circuit(const std::string& spec, const technology::Technology& tech,
                           const std::vector<std::string>& ports, const std::string& subckt) {
  OpenedCircuit o;
  o.source = spec;
  std::string path = builtin_circuit_path(spec);
  if (path.empty()) {
    path = spec;
    if (!std::filesystem::exists(path)) throw std::runtime_error(spec + ": no such file");
  }
  o.deck = netlist::parse_file(path);
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
  o.circuit = build_circuit(o.deck, options);
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
