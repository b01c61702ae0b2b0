// Helpers for the structure tests: load a netlist, reduce a decomposition to comparable text,
// and rewrite a netlist (rename, shuffle, swap inputs) for the invariance tests.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "circuit/circuit.hpp"
#include "structure/decompose.hpp"

namespace inversize::structure::test {

std::string data_dir();      // tests/data/opamps
std::string builtin(const std::string& name);  // resources/circuits/NAME.cir
std::string read_text(const std::string& path);
circuit::Circuit load_text(const std::string& text, const std::string& label);
circuit::Circuit load_file(const std::string& path);

// The index of the net of this name in a circuit written in C++, added on first use (a port
// when its name is a role: vdd, vss, inp, inn, out, ibias).
inline int net(circuit::Circuit& c, const std::string& name) {
  const auto it = std::find(c.nets.begin(), c.nets.end(), name);
  if (it != c.nets.end()) return static_cast<int>(it - c.nets.begin());
  c.nets.push_back(name);
  const int added = static_cast<int>(c.nets.size()) - 1;
  if (auto role = circuit::port_role_from_string(name)) c.ports[*role] = added;
  return added;
}

// A decomposition as names only, ids without their running number: order-free and comparable.
struct Summary {
  std::map<std::string, std::string> devices;  // upper-case name -> function letter + stage, e.g. "t1"
  std::multiset<std::string> blocks;           // "DP_t: M1 M2" with sorted upper-case names
  std::set<std::string> symmetry;              // "M1 M2"
  bool operator==(const Summary&) const = default;
};
Summary summarise(const Decomposition& d, const circuit::Circuit& c,
                  const std::map<std::string, std::string>& rename_back = {});
std::string describe(const Summary& s);

// Rewrites the element lines of a one-subckt netlist: devices and inner nets renamed (the
// mapping new -> old upper-case device name goes to `back`), element lines shuffled with `seed`.
std::string scramble(const std::string& text, unsigned seed, std::map<std::string, std::string>& back);
// Swaps the inp and inn nets.
std::string swap_inputs(const std::string& text);

}  // namespace inversize::structure::test
