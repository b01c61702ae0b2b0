#include "technology/choice.hpp"

#include <set>

#include "common/resources.hpp"
#include "common/text.hpp"
#include "netlist/parser.hpp"

namespace inversize::technology {

namespace {
void used_models(const std::vector<netlist::Element>& elements, std::set<std::string>& out) {
  for (const auto& e : elements)
    if (e.type == netlist::ElementType::Mosfet || e.type == netlist::ElementType::Subcircuit) {
      out.insert(lower(e.model));
      // "nch.3" -> "nch": binned names share the base name.
      if (auto dot = e.model.find('.'); dot != std::string::npos) out.insert(lower(e.model.substr(0, dot)));
    }
}
}  // namespace

Technology technology_for(const netlist::Deck& deck) {
  std::set<std::string> used;
  used_models(deck.elements, used);
  for (const auto& [name, s] : deck.subckts) used_models(s.elements, used);
  Technology fallback = load_default();
  if (used.count(lower(fallback.nmos_model)) || used.count(lower(fallback.pmos_model))) return fallback;
  for (const auto& name : builtin_names()) {
    Technology t = load_named(name);
    if (used.count(lower(t.nmos_model)) || used.count(lower(t.pmos_model))) return t;
  }
  return fallback;
}

Technology technology_for_circuit(const std::string& spec) {
  netlist::Deck deck;
  try {
    std::string path = builtin_circuit_path(spec);
    deck = netlist::parse_file(path.empty() ? spec : path);
  } catch (const std::exception&) {
    return load_default();
  }
  return technology_for(deck);
}

}  // namespace inversize::technology
