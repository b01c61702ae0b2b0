// What a designer should read before trusting a result on their netlist, the same list in
// every command (decompose, simulate, new) and the GUI.
#pragma once

#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "netlist/netlist.hpp"
#include "structure/decompose.hpp"

namespace inversize::structure {

// The parser's warnings ("file:line: ..."), the circuit's (ports without a role, nets with one
// connection) and the structural ones (gates driven by nothing, inputs on no differential
// pair, devices outside every structure), in that order.
std::vector<std::string> netlist_warnings(const netlist::Deck& deck, const circuit::Circuit& c, const Decomposition& d);

}  // namespace inversize::structure
