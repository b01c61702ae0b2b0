// The one generic matcher: finds every instance of every structure of a library in a circuit,
// bottom-up by hierarchy level, then keeps the top-level ones (not a child of a kept
// structure, not dominated by an overlapping structure).
#pragma once

#include <vector>

#include "structure/graph.hpp"
#include "structure/library.hpp"

namespace inversize::structure {

struct Instance {
  int structure = -1;
  std::vector<int> devices;   // circuit device indices, in the structure's transistor order
  std::vector<int> children;  // instance ids, one per child of the structure
};

struct Recognition {
  std::vector<Instance> instances;  // every match, symmetric role variants included
  std::vector<int> canonical;       // per instance: first instance with the same structure and devices
  std::vector<int> top;             // canonical ids of the kept structures, highest level first
};

Recognition recognise(const CircuitGraph& g, const Library& lib = default_library());

// The kept structures among the valid instances (all of them when `valid` is empty): an
// instance is dropped when an overlapping valid, kept instance of a structure that dominates
// it exists, and consumed when it is a child of a valid instance that is not dropped.
// Level-0 instances are always valid, so every transistor stays covered.
std::vector<int> select_top(const Recognition& rec, const Library& lib, const std::vector<bool>& valid = {});

// True when the rule holds for the transistors `devices` (indexed as in the structure).
bool rule_holds(const CircuitGraph& g, const Rule& r, const std::vector<int>& devices);

}  // namespace inversize::structure
