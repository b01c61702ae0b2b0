#include "common/text.hpp"
#include "circuit/circuit.hpp"

#include <algorithm>
#include <cctype>

namespace inversize::circuit {

namespace {

using inversize::lower;

}  // namespace

const char* to_string(DeviceKind k) {
  switch (k) {
    case DeviceKind::Nmos: return "nmos";
    case DeviceKind::Pmos: return "pmos";
    case DeviceKind::Capacitor: return "capacitor";
    case DeviceKind::Resistor: return "resistor";
    case DeviceKind::CurrentSource: return "current source";
    case DeviceKind::VoltageSource: return "voltage source";
    case DeviceKind::Inductor: return "inductor";
  }
  return "device";
}

const char* to_string(PortRole r) {
  switch (r) {
    case PortRole::Vdd: return "vdd";
    case PortRole::Vss: return "vss";
    case PortRole::Inp: return "inp";
    case PortRole::Inn: return "inn";
    case PortRole::Out: return "out";
    case PortRole::Ibias: return "ibias";
  }
  return "port";
}

// "vin" alone is deliberately absent: it may be either input (see build.cpp), and "0" is
// only a fallback for vss.
std::optional<PortRole> port_role_from_string(const std::string& name) {
  static const std::pair<const char*, PortRole> aliases[] = {
      {"vdd", PortRole::Vdd},   {"vcc", PortRole::Vdd},    {"avdd", PortRole::Vdd},  {"vdda", PortRole::Vdd},
      {"vpwr", PortRole::Vdd},  {"vdd!", PortRole::Vdd},   {"vss", PortRole::Vss},   {"gnd", PortRole::Vss},
      {"avss", PortRole::Vss},  {"vssa", PortRole::Vss},   {"vgnd", PortRole::Vss},  {"gnd!", PortRole::Vss},
      {"vss!", PortRole::Vss},  {"agnd", PortRole::Vss},   {"gnda", PortRole::Vss},  {"vee", PortRole::Vss},
      {"dvdd", PortRole::Vdd},  {"vddio", PortRole::Vdd},  {"vddd", PortRole::Vdd},  {"inp", PortRole::Inp},    {"in+", PortRole::Inp},   {"vinp", PortRole::Inp},
      {"vip", PortRole::Inp},   {"inp1", PortRole::Inp},   {"ip", PortRole::Inp},    {"in_p", PortRole::Inp},
      {"plus", PortRole::Inp},  {"vin+", PortRole::Inp},   {"inn", PortRole::Inn},   {"in-", PortRole::Inn},
      {"vinn", PortRole::Inn},  {"im", PortRole::Inn},     {"in_n", PortRole::Inn},  {"minus", PortRole::Inn},
      {"vin-", PortRole::Inn},  {"inm", PortRole::Inn},    {"vim", PortRole::Inn},   {"vinm", PortRole::Inn},
      {"inn1", PortRole::Inn},  {"out", PortRole::Out},    {"vout", PortRole::Out},  {"output", PortRole::Out},
      {"vo", PortRole::Out},    {"ibias", PortRole::Ibias}, {"iref", PortRole::Ibias}, {"ib", PortRole::Ibias},
      {"ibn", PortRole::Ibias}, {"ibp", PortRole::Ibias},  {"bias", PortRole::Ibias},
      {"nb", PortRole::Ibias},  {"pb", PortRole::Ibias},   {"ibias_in", PortRole::Ibias}, {"iin", PortRole::Ibias}};
  const std::string l = lower(name);
  for (const auto& [alias, role] : aliases)
    if (l == alias) return role;
  return std::nullopt;
}

int Circuit::net_index(const std::string& name) const {
  const std::string l = lower(name);
  auto it = std::find(nets.begin(), nets.end(), l);
  return it == nets.end() ? -1 : static_cast<int>(it - nets.begin());
}

const Device* Circuit::device(const std::string& name) const {
  const std::string l = lower(name);
  for (const Device& d : devices)
    if (lower(d.name) == l) return &d;
  return nullptr;
}

Device* Circuit::device(const std::string& name) {
  return const_cast<Device*>(static_cast<const Circuit&>(*this).device(name));
}

std::vector<const Device*> Circuit::transistors() const {
  std::vector<const Device*> out;
  for (const Device& d : devices)
    if (is_mos(d.kind)) out.push_back(&d);
  return out;
}

}  // namespace inversize::circuit
