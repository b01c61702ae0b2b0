// Deck -> Circuit: pick the opamp, flatten its hierarchy, tell NMOS from PMOS, find the
// ports; and the way back: a DUT subckt for simulation and size edits for the writer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "netlist/netlist.hpp"
#include "netlist/writer.hpp"

namespace inversize::circuit {

struct BuildOptions {
  std::string subckt;                          // the opamp subckt; empty = choose automatically
  std::map<PortRole, std::string> port_nets;   // --port ROLE=NET overrides
  // Technology model names; PDK wrapper subckt names count too (case-insensitive).
  std::vector<std::string> nmos_models, pmos_models;
};

// Throws netlist::ParseError ("file:line: reason") when the deck cannot be an opamp.
//
// Which circuit: BuildOptions::subckt if set; else, when the top level itself holds
// transistors, the whole deck (a testbench around devices written flat); else the one subckt
// (not a device wrapper) that no other subckt instantiates; else, among several, the one
// instantiated at the top level. A whole deck drops its top-level voltage sources and the
// current sources on the ibias net: they are the testbench's supplies, inputs and bias,
// which InverSize's own testbench provides. Other current sources are part of the circuit.
Circuit build_circuit(const netlist::Deck& deck, const BuildOptions& options = {});

// Edits that write `sized`'s W, L, M, NF and passive values back where `original`'s devices
// were written (only values that changed). Throws std::invalid_argument when two devices
// that share one line of text (two instances of one subckt) were sized differently.
std::vector<netlist::SizeEdit> size_edits(const Circuit& original, const Circuit& sized);

// Netlist text for a simulation testbench: the deck's .include/.lib lines with absolute paths,
// its .param lines and model cards, device-wrapper subckts, then
//   .subckt <dut_name> vdd vss inp inn out [ibias]
// with every device of `circuit` at its current sizes, and `.ends`.
// Throws std::invalid_argument if two devices' DUT names collide (e.g. "X1.M3" and "X1_M3").
std::string dut_subckt(const netlist::Deck& deck, const Circuit& circuit, const std::string& dut_name);

// The name dut_subckt() gives the device's line: "M1", "MX1_M3" (hierarchy flattened), "XM5".
std::string dut_element_name(const Device& d);

// The device's MOSFET below the DUT instance, lower case as ngspice names it: "m1", "mx1_m3";
// for a wrapped transistor the MOSFET inside the wrapper: "xm5.m0". Use as "@m.<inst>.<path>[gm]".
std::string dut_device_path(const Device& d);

}  // namespace inversize::circuit
