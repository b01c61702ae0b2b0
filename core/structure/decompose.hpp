// The whole structural analysis of one opamp: structures, device functions and stages,
// blocks (structure + function, as in the paper's Fig. 1) and matched pairs.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "circuit/circuit.hpp"
#include "structure/function.hpp"
#include "structure/library.hpp"

namespace inversize::structure {

struct DeviceResult {
  int device = -1;  // index into Circuit::devices
  std::string name;
  circuit::DeviceKind kind = circuit::DeviceKind::Nmos;
  Function function = Function::Bias;
  int stage = kBiasNetwork;
};

struct Block {
  std::string id;         // "DP_t", "CM_b1", ... unique within one decomposition
  int structure = -1;     // id in the library
  std::string structure_name;
  Function function = Function::Bias;
  int stage = kBiasNetwork;  // the lowest signal stage among its devices, else the bias network
  std::vector<int> devices;  // circuit device indices, ordered by name
};

struct Decomposition {
  std::vector<DeviceResult> devices;          // transistors, capacitors and resistors, in circuit order
  std::vector<Block> blocks;                  // signal stages first, the bias network last
  std::vector<std::pair<int, int>> symmetry;  // matched device indices, each pair ordered by name
  std::vector<std::string> warnings;

  const DeviceResult* device(const std::string& name) const;  // case-insensitive; nullptr if absent
  const Block* block(const std::string& id) const;
};

// Never throws for a circuit that build_circuit accepted: what is outside the library becomes
// single-device blocks and a warning.
Decomposition decompose(const circuit::Circuit& c, const Library& lib = default_library());

}  // namespace inversize::structure
