// Each device's function (bias, load, transconductance; compensation or load for passives) and
// stage, found by following the signal from the inputs through the recognised structures.
#pragma once

#include <string>
#include <vector>

#include "structure/function.hpp"
#include "structure/graph.hpp"
#include "structure/matcher.hpp"

namespace inversize::structure {

struct FunctionAnalysis {
  std::vector<Function> function;  // per circuit device (sources get Bias and are reported apart)
  std::vector<int> stage;          // per circuit device: kBiasNetwork, 1, 2, ...
  std::vector<int> signal_stage;   // per net: stage of the signal it carries, -1 for none
  std::vector<bool> signal_path;   // per device: given its function by the signal, not by default
  std::vector<int> input_pairs;    // canonical instance ids of the differential pairs on inp/inn
  std::vector<std::string> warnings;
};

FunctionAnalysis analyse_functions(const CircuitGraph& g, const Recognition& rec,
                                   const Library& lib = default_library());

}  // namespace inversize::structure
