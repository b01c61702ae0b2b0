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
  // The technology's library: subckts of PDK devices that the netlist instances (`XM1 d g s b
  // nmos_3p3 W= L=`) without defining them. Not owned; may be null.
  const netlist::Deck* library = nullptr;
  // --bias NET=V: nets held at V volts above vss by a voltage source (voltage-biased gates).
  std::map<std::string, double> bias_nets;
};

// Throws netlist::ParseError ("file:line: reason") when the deck cannot be an opamp.
//
// Which circuit: BuildOptions::subckt if set; else, when the top level itself holds
// transistors, the whole deck (a testbench around devices written flat); else the one subckt
// (not a device wrapper) that no other subckt instantiates; else, among several, the one
// instantiated at the top level. The deck's testbench (supplies, input sources, the load
// capacitor and the reference current source, see deck_testbench.hpp) is set aside and read
// into Circuit::deck_conditions; 0 V sources become short circuits, and transistors written
// with drain and source swapped are normalised (normalise.hpp); Circuit::notes says so.
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
