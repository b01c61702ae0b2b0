// The library of structures, kept as data (resources/structure/library.json): each structure
// is made of child structures (or, at level 0, one bare transistor), pin-connection rules on
// the transistors of its children, a hierarchy level, and optionally the roles a current
// mirror's sides play and which of its transistors are matched. Dominance rules settle
// overlaps. One generic matcher (matcher.hpp) applies any such library.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "structure/graph.hpp"

namespace inversize::structure {

// What the function analysis needs to know about a structure, without naming it.
// Passive entries only name the blocks of capacitors and resistors; the matcher skips them.
enum class Category { Transistor, Mirror, Differential, CrossCoupled, Cascode, Reference, Composite, Passive };
const char* to_string(Category c);

// A pin of the k-th transistor of a structure (transistors numbered over the children in order).
struct PinRef {
  int transistor = 0;
  Pin pin = Pin::Drain;
};

struct Rule {
  enum class Kind { NetEqual, NetDiffer, OnRail, OffRail, SameType, OppositeType };
  Kind kind = Kind::NetEqual;
  PinRef a, b;  // b unused for rail rules; only .transistor used for type rules
  int max_transistor() const { return std::max(a.transistor, b.transistor); }
};

struct StructureDef {
  std::string name;     // "simple current mirror"
  std::string abbr;     // "CM": block ids are abbr + "_" + function letter
  int level = 0;
  Category category = Category::Transistor;
  std::vector<int> children;  // structure ids; empty at level 0 (one bare transistor)
  std::vector<Rule> rules;    // same-polarity rules are added unless "mixed_types" is set
  int size = 1;               // transistors, over all children
  // Current mirrors: the net the reference current enters, the net it leaves by, and the
  // transistors of each side.
  PinRef input, output;
  std::vector<int> reference_side, output_side;
  // Matched transistors; "always" for pairs that are symmetric by construction (differential,
  // cross-coupled), otherwise only when the structure is a load (the two sides of a stage).
  std::vector<std::pair<int, int>> matched;
  bool matched_always = false;
};

class Library {
 public:
  // Throws std::runtime_error("library: <reason>") on malformed data.
  static Library from_json(std::string_view text);

  const std::vector<StructureDef>& structures() const { return structures_; }
  const StructureDef& at(int id) const { return structures_.at(id); }
  int size() const { return static_cast<int>(structures_.size()); }
  int find(std::string_view name) const;  // -1 if absent
  int max_level() const { return max_level_; }
  // True when an instance of `a` that shares a transistor with an instance of `b` removes it.
  bool dominates(int a, int b) const { return dominance_[a][b]; }
  // Structure ids with every dominating structure before the ones it dominates.
  const std::vector<int>& dominance_order() const { return dominance_order_; }

 private:
  // The phases of from_json: each structure in order, the dominance matrix, its order.
  StructureDef parse_structure(const nlohmann::json& s) const;
  void parse_dominance(const nlohmann::json& rules);
  void order_by_dominance();

  std::vector<StructureDef> structures_;
  std::vector<std::vector<bool>> dominance_;
  std::vector<int> dominance_order_;
  int max_level_ = 0;
};

// The built-in library, read from the resource file kLibraryResource once; throws
// std::runtime_error when the resources cannot be found or the file is malformed.
inline constexpr const char* kLibraryResource = "structure/library.json";
const Library& default_library();

}  // namespace inversize::structure
