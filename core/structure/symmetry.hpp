// Matched device pairs, found deterministically: within structures (differential and
// cross-coupled halves, the two sides of load mirrors and cascode pairs) and across them, by
// walking out from the input pair and pairing devices whose pins sit on mirrored nets.
#pragma once

#include <utility>
#include <vector>

#include "structure/functions.hpp"
#include "structure/graph.hpp"
#include "structure/matcher.hpp"

namespace inversize::structure {

// Pairs of device indices, each pair (a, b) with a < b, sorted, without repeats.
std::vector<std::pair<int, int>> find_symmetry(const CircuitGraph& g, const Recognition& rec,
                                               const FunctionAnalysis& fa, const Library& lib = default_library());

}  // namespace inversize::structure
