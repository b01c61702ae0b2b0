#include "structure/diagnostics.hpp"

namespace inversize::structure {

std::vector<std::string> netlist_warnings(const netlist::Deck& deck, const circuit::Circuit& c, const Decomposition& d) {
  std::vector<std::string> out = deck.warnings;
  out.insert(out.end(), c.warnings.begin(), c.warnings.end());
  out.insert(out.end(), d.warnings.begin(), d.warnings.end());
  return out;
}

}  // namespace inversize::structure
