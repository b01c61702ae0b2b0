// SPICE deck reader: ngspice/HSPICE syntax as found in opamp netlists and PDK libraries.
// Every failure is a ParseError "file:line: reason"; no input crashes or hangs it.
#pragma once

#include <string>

#include "netlist/netlist.hpp"

namespace inversize::netlist {

// Reads `path` and everything it includes. Relative includes resolve against the including
// file's directory.
Deck parse_file(const std::string& path);

// Parses `text` as a main file called `label` (used in messages); relative includes resolve
// against `base_dir` (the current directory when empty).
Deck parse_string(const std::string& text, const std::string& label, const std::string& base_dir = "");

// "mosfet", "capacitor", "resistor", "current source", "voltage source", "subcircuit", "inductor".
const char* to_string(ElementType t);

}  // namespace inversize::netlist
