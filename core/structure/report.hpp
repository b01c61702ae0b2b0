// How a decomposition is shown: one JSON object per file (the `decompose --json` contract) and
// a readable summary. Names come from function.hpp and the library, nowhere else.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "circuit/circuit.hpp"
#include "structure/decompose.hpp"

namespace inversize::structure {

// Keys in the order of the contract: {"file", "devices": [{"name","kind","function","stage"}], "blocks": [{"id","structure",
//  "function","devices"}], "symmetry": [[a,b],...], "warnings": [...]}
nlohmann::ordered_json to_json(const Decomposition& d, const circuit::Circuit& c, const std::string& file);
std::string to_text(const Decomposition& d, const circuit::Circuit& c, const std::string& file);

}  // namespace inversize::structure
