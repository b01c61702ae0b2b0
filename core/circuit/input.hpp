// Opening the circuit a designer names: a netlist path or builtin:NAME, with the technology's
// model names for polarity and --port overrides; and --set style edits of device parameters.
#pragma once

#include <string>
#include <vector>

#include "circuit/build.hpp"
#include "circuit/circuit.hpp"
#include "netlist/netlist.hpp"
#include "technology/technology.hpp"

namespace inversize::circuit {

struct OpenedCircuit {
  std::string source;  // what was asked for: a path or builtin:NAME
  netlist::Deck deck;
  Circuit circuit;
};

// `ports` holds ROLE=NET assignments, `biases` NET=V (--bias). Throws netlist::ParseError
// (file:line) for netlist problems and std::runtime_error for everything else, each with a
// one-line reason.
OpenedCircuit open_circuit(const std::string& spec, const technology::Technology& tech,
                           const std::vector<std::string>& ports = {}, const std::string& subckt = "",
                           const std::vector<std::string>& biases = {});

// The circuit of a parsed deck with the technology's model names and the designer's ROLE=NET
// and NET=V assignments. Reads the technology's library when the deck instances PDK devices
// (`XM1 d g s b nmos_3p3 W= L=`) it does not define.
Circuit build_with(const netlist::Deck& deck, const technology::Technology& tech, const std::vector<std::string>& ports,
                   const std::string& subckt, const std::vector<std::string>& biases = {});

// Applies "DEVICE.PARAM=VALUE" (PARAM: w, l, m, nf, or value/c/r for passives; VALUE with SI
// suffix). Throws std::invalid_argument naming the unknown device or parameter.
void apply_setting(Circuit& c, const std::string& assignment);

}  // namespace inversize::circuit
