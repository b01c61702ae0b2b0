// Options shared by commands that read a circuit: NETLIST|builtin:NAME, --tech, --port, --subckt.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "circuit/input.hpp"
#include "technology/choice.hpp"
#include "technology/technology.hpp"

struct CircuitOptions {
  std::string input;
  std::string tech;
  std::string subckt;
  std::vector<std::string> ports;  // ROLE=NET

  void add_to(CLI::App* cmd, bool positional = true) {
    if (positional) cmd->add_option("netlist", input, "SPICE netlist, or builtin:NAME (miller, fcoa, miller_gf180, fcoa_gf180)")->required();
    cmd->add_option("--tech", tech, inversize::technology::kTechOptionHelp);
    cmd->add_option("--subckt", subckt, "the opamp's .subckt when the netlist holds several");
    cmd->add_option("--port", ports, "port role of a net, ROLE=NET (roles: vdd vss inp inn out ibias)");
  }
  inversize::technology::Technology technology() const {
    return tech.empty() ? inversize::technology::technology_for_circuit(input) : inversize::technology::load_named(tech);
  }
  inversize::circuit::OpenedCircuit open(const inversize::technology::Technology& t) const {
    return inversize::circuit::open_circuit(input, t, ports, subckt);
  }
};
