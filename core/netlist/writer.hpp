// Writes new sizes back into the designer's own netlist text, changing nothing else.
#pragma once

#include <string>
#include <vector>

#include "netlist/netlist.hpp"

namespace inversize::netlist {

// One value to change. The element is identified where its text lives: the subckt that
// contains it (lower-case name, empty for the top level) and its name (case-insensitive).
struct SizeEdit {
  std::string subckt;
  std::string element;
  std::string key;  // "w", "l", "m", "nf" or "value" (the positional value, or c=/r=/l=/dc=)
  double value = 0;
};

// The main file's text with only the edited value texts replaced. A key the element does not
// have is inserted as " W=..." (upper-case key) at the end of the element, before any inline
// comment. Throws std::invalid_argument for an unknown element, a "value" edit of an element
// without a value, or an element that lives in an included file (only the main file is written).
std::string write_sized(const Deck& deck, const std::vector<SizeEdit>& edits);

}  // namespace inversize::netlist
