// The design space of an opamp: the variables a generator or a model sets, derived from the
// structure (one W per group of matched transistors, one L per group that must share its
// length, C of compensation capacitors, the bias current), with bounds, grid and scale.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "simulation/conditions.hpp"
#include "structure/decompose.hpp"
#include "technology/technology.hpp"

namespace inversize::dataset {

enum class VariableKind { Width, Length, Capacitance, BiasCurrent };
const char* to_string(VariableKind k);  // "w", "l", "c", "ibias"

struct Member {
  std::string device;  // circuit device name ("" for the bias current)
  double ratio = 1;    // device value = variable value * ratio (W groups keep the designer's ratios)
};

struct Variable {
  std::string name;  // "W_M1_M2", "L_M5_M7_M8", "C_Cc", "Ibias"
  VariableKind kind = VariableKind::Width;
  std::vector<Member> members;
  double nominal = 0;  // the netlist's value (first member), SI units
  double lo = 0, hi = 0;
  double grid = 0;     // 0: continuous
  bool log = true;     // sampled and normalised on a log scale
  bool fixed() const { return lo == hi; }
};

struct DesignSpace {
  std::vector<Variable> variables;

  std::size_t size() const { return variables.size(); }
  std::optional<std::size_t> index(const std::string& name) const;  // case-insensitive
  std::vector<std::size_t> free_variables() const;                   // indices of the non-fixed ones
  std::vector<double> nominal() const;
  std::vector<std::string> names() const;

  // [0, 1] <-> physical value on the variable's scale.
  double to_unit(std::size_t i, double value) const;
  double from_unit(std::size_t i, double u) const;

  // Designer's edits; throw std::invalid_argument with a readable reason.
  void fix(const std::string& name, double value);
  void narrow(const std::string& name, double lo, double hi);
  // "NAME=VALUE" and "NAME=LO:HI" (SI suffixes allowed), as the CLI passes them.
  void apply_fix(const std::string& assignment);
  void apply_range(const std::string& assignment);
};

// Sampled values a designer can type back: capacitances on 1 fF, bias currents on 1 nA.
inline constexpr double kCapacitanceGrid = 1e-15;
inline constexpr double kBiasCurrentGrid = 1e-9;

// Derivation choices (docs/dataset.md): W in [nominal/10, nominal*10], L in [nominal/4,
// nominal*4], C in [nominal/10, nominal*10], Ibias in [nominal/5, nominal*5], each clipped
// to the technology's limits; W and L on the technology grid; all on a log scale.
DesignSpace derive_design_space(const circuit::Circuit& c, const structure::Decomposition& d,
                                const technology::Technology& tech, const simulation::Conditions& nominal);

// Values on each variable's grid and inside its bounds, as they will be simulated.
std::vector<double> snap(const DesignSpace& s, const std::vector<double>& x);

// Writes the design, snapped, into the circuit's devices and the conditions' bias current.
// Throws std::invalid_argument when x has the wrong size or a member device is missing.
void apply(const DesignSpace& s, const std::vector<double>& x, circuit::Circuit& c, simulation::Conditions& cond);

// For each block of the decomposition, the variables its devices use (W, L, C; the bias
// current belongs to the blocks of the diode that takes the reference current).
struct BlockVariables {
  std::string block_id;
  std::vector<int> variables;  // ascending indices into DesignSpace::variables
};
std::vector<BlockVariables> block_variables(const DesignSpace& s, const circuit::Circuit& c,
                                            const structure::Decomposition& d);

void to_json(nlohmann::json& j, const DesignSpace& s);
void from_json(const nlohmann::json& j, DesignSpace& s);

}  // namespace inversize::dataset
