// From the deck ngspice holds to the next design's deck without loading it again: the
// `alter` commands that change the loaded circuit's element values (transistor W, L, M, NF,
// capacitors, resistors, source levels) into the wanted ones. Where the two decks differ in
// anything else (a model, a node, an option, a PDK device instanced as X, a nested subckt),
// alter cannot express the change and the deck is loaded afresh.
#pragma once

#include <string>
#include <vector>

namespace inversize::simulation {

struct Alteration {
  std::vector<std::string> commands;  // "alter @m.xdm.m1[w]=8e-06", in deck order
  std::string why_not;                // set when the wanted deck must be loaded afresh
  bool possible() const { return why_not.empty(); }
};

// The commands that turn the circuit of `loaded` into that of `wanted`. Identical decks give
// why_not "unchanged": loading again is what redraws the random functions (agauss, ...) of
// statistical models, which an unchanged deck may rely on.
// `binned_sizes`: alter W and L of transistors also when the deck holds binned models
// (`.model nmos_3p3.0 ...`). Off, such a change loads afresh: ngspice re-selects the bin of every
// altered W or L, and on gf180mcu that cost more than the load (docs/benchmarks.md).
Alteration alteration(const std::string& loaded, const std::string& wanted, bool binned_sizes = false);

}  // namespace inversize::simulation
