// The opamp as InverSize sees it: flat devices on named nets, with port roles.
// Built from a netlist::Deck by circuit/build.hpp; everything downstream (structure,
// simulation, dataset) works on this, never on the deck directly.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "netlist/netlist.hpp"

namespace inversize::circuit {

enum class DeviceKind { Nmos, Pmos, Capacitor, Resistor, CurrentSource, VoltageSource, Inductor };

const char* to_string(DeviceKind k);  // "nmos", "pmos", "capacitor", "resistor", ...
inline bool is_mos(DeviceKind k) { return k == DeviceKind::Nmos || k == DeviceKind::Pmos; }

// Port roles of an opamp. Aliases (vcc, avdd, gnd, in+, vout, iref, ...) map onto these.
enum class PortRole { Vdd, Vss, Inp, Inn, Out, Ibias };
const char* to_string(PortRole r);                          // "vdd", "vss", ...
std::optional<PortRole> port_role_from_string(const std::string& name);  // role names and aliases

// MOSFET terminal order, as in SPICE.
enum Terminal { Drain = 0, Gate = 1, Source = 2, Bulk = 3 };

struct Device {
  std::string name;        // flat name inside the opamp, upper case as written, e.g. "M1", "XM3"
  DeviceKind kind = DeviceKind::Nmos;
  std::vector<int> nets;   // indices into Circuit::nets; MOS: d g s b; two-terminal: p n
  std::string model;       // model (or PDK wrapper subckt) name, lower case
  double w = 0;            // metres (MOS)
  double l = 0;            // metres (MOS)
  double m = 1;            // multiplier (M times NF for the area; NF kept separately)
  double nf = 1;
  double value = 0;        // farad, ohm, ampere or volt for passive devices and sources
  // Where the device came from, so sizes can be written back:
  std::string element_path;  // "" for top level, else the X-instance path inside the opamp, e.g. "x1"
  bool wrapped = false;      // a PDK transistor written as an X instance of a wrapper subckt
  netlist::SourceLoc loc;
  // Where the element's text lives, for netlist::SizeEdit: its subckt (lower case, "" = top level)
  // and its name as written there.
  std::string source_subckt;
  std::string source_element;
  // Other instance parameters (ad, as, sa, ...), lower-case keys, values evaluated to numbers
  // where they were expressions, in the order written. Written back by dut_subckt().
  std::vector<std::pair<std::string, std::string>> params;
  bool m_written = false;    // M= / NF= appeared on the instance (else written only when != 1)
  bool nf_written = false;
  std::string inner_path;    // wrapped: the MOSFET inside the wrapper, lower case, e.g. "m0" or "x1.m0"
  // Instance parameters whose expression uses the device's own sizes (xschem's
  // ad='int((nf+1)/2) * W/nf * 0.29'): re-evaluated with the current W, L, NF, M when written.
  std::vector<std::pair<std::string, std::string>> size_expressions;
  bool swapped = false;      // drain and source were written the other way round (normalised here)
};

// What the designer's deck says about the conditions, read from its testbench elements
// (supplies, input sources, load capacitor, bias current source), which are set aside.
struct DeckConditions {
  std::optional<double> vdd_v;     // supply voltage, vdd - vss
  std::optional<double> vcm_v;     // DC voltage of the non-inverting input above vss
  std::optional<double> cl_f;      // the deck's load capacitance on the output
  std::optional<double> ibias_a;   // the deck's reference current into (or out of) ibias
  std::vector<std::string> set_aside;  // "Vdd (supply)", "CL (load)", ... in the order written
};

struct Circuit {
  std::string name;                         // subckt name, or the deck title for a whole deck
  std::string subckt;                       // lower-case subckt name simulated as the DUT; empty for a whole deck
  std::vector<std::string> nets;            // lower-case names; index 0 is always the ground net "0" if present
  std::vector<Device> devices;
  std::vector<std::string> port_order;      // subckt port list, lower case
  std::map<PortRole, int> ports;            // role -> net index
  std::vector<std::string> warnings;
  std::vector<std::string> notes;          // what was understood and changed: 0 V sources shorted, ...
  DeckConditions deck_conditions;
  // Geometry unit of the deck (`.option scale`): W and L here are metres, the deck's are W/scale.
  double scale = 1;

  int net_index(const std::string& name) const;  // -1 if absent
  const Device* device(const std::string& name) const;  // case-insensitive; nullptr if absent
  Device* device(const std::string& name);
  std::optional<int> port(PortRole r) const {
    auto it = ports.find(r);
    if (it == ports.end()) return std::nullopt;
    return it->second;
  }
  std::vector<const Device*> transistors() const;
};

}  // namespace inversize::circuit
