// Options shared by commands that read a circuit: NETLIST|builtin:NAME, --tech, --port, --subckt,
// --bias, --set; and the warnings every such command prints about the netlist.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "circuit/input.hpp"
#include "structure/diagnostics.hpp"
#include "technology/choice.hpp"
#include "technology/technology.hpp"

struct CircuitOptions {
  std::string input;
  std::string tech;
  std::string subckt;
  std::vector<std::string> ports;  // ROLE=NET
  std::vector<std::string> biases;  // NET=V

  void add_to(CLI::App* cmd, bool positional = true) {
    if (positional) cmd->add_option("netlist", input, "SPICE netlist, or builtin:NAME (miller, fcoa, miller_gf180, fcoa_gf180)")->required();
    cmd->add_option("--tech", tech, inversize::technology::kTechOptionHelp);
    cmd->add_option("--subckt", subckt, "the opamp's .subckt when the netlist holds several");
    cmd->add_option("--port", ports, "port role of a net, ROLE=NET (roles: vdd vss inp inn out ibias)");
  }
  // --bias: where the circuit is opened from the netlist, and by `new` (the project stores them).
  void add_bias_to(CLI::App* cmd) {
    cmd->add_option("--bias", biases, "hold a gate net at a voltage above vss, NET=V (e.g. vbn=0.7)");
  }
  inversize::technology::Technology technology() const {
    return tech.empty() ? inversize::technology::technology_for_circuit(input) : inversize::technology::load_named(tech);
  }
  inversize::circuit::OpenedCircuit open(const inversize::technology::Technology& t) const {
    return inversize::circuit::open_circuit(input, t, ports, subckt, biases);
  }
};

// --set, for the commands that size the circuit they open.
inline void add_set_option(CLI::App* cmd, std::vector<std::string>& sets) {
  cmd->add_option("--set", sets, "change a device parameter, DEVICE.PARAM=VALUE (W, L, M, NF, or C/R value), e.g. M1.W=12u");
}

// Warnings (parser, circuit, structure) and notes (what was understood and changed) on stderr.
inline void print_netlist_messages(const std::vector<std::string>& warnings, const std::vector<std::string>& notes) {
  for (const auto& w : warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  for (const auto& n : notes) std::fprintf(stderr, "note: %s\n", n.c_str());
}
