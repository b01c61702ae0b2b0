// The testbench a designer wrote around the opamp (supplies, input sources, the load capacitor,
// the reference current source): recognised, set aside, and read as the deck's conditions.
// InverSize's own testbenches then provide these, at the values the deck gives.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"

namespace inversize::circuit {

// A top-level two-terminal element of the deck, on top-level net names.
struct TopElement {
  std::string name;
  DeviceKind kind = DeviceKind::VoltageSource;  // a source, capacitor, resistor or inductor
  std::string a, b;
  double value = 0;  // DC volts or amperes, farads, ohms, henries
};

// Which elements are the testbench's (true) and what they say. `roles`: the top-level net of
// each port; `circuit_nets`: the nets the opamp's own devices touch. A voltage source is the
// testbench's when both its nets are rails, inputs or nets only sources touch (a supply, an input,
// a common-mode source); a capacitor from the output to vss or ground is the load; a current
// source between the ibias net and a rail is the reference; a capacitor, resistor or inductor on
// an input is the testbench's input network (DC feedback, AC grounding). Anything else (0 V
// ammeters, bias voltages on internal nets, elements between internal nets) belongs to the opamp.
std::vector<bool> split_testbench(const std::vector<TopElement>& elements, const std::map<PortRole, std::string>& roles,
                                  const std::set<std::string>& circuit_nets, DeckConditions& out);

}  // namespace inversize::circuit
