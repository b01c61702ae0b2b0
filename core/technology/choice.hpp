// The technology a circuit is written for when the designer names none: the built-in whose
// NMOS or PMOS model name the netlist uses (an M element's model or an X instance of the PDK's
// device), otherwise the default. So `simulate builtin:miller_gf180` needs no --tech.
#pragma once

#include <string>

#include "netlist/netlist.hpp"
#include "technology/technology.hpp"

namespace inversize::technology {

Technology technology_for(const netlist::Deck& deck);
// `spec` as the commands take it (a path or builtin:NAME). A netlist that cannot be read gets
// the default: opening it reports the problem with its file and line.
Technology technology_for_circuit(const std::string& spec);

}  // namespace inversize::technology
