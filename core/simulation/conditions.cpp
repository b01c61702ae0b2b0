#include "simulation/conditions.hpp"

#include <cctype>
#include <sstream>

#include "netlist/units.hpp"

namespace inversize::simulation {

namespace {

Conditions nominal(const netlist::Deck& deck, const circuit::DeckConditions& own, const technology::Technology& tech) {
  Conditions c;
  c.vdd_v = own.vdd_v.value_or(tech.vdd_v);
  c.vcm_v = c.vdd_v / 2;
  c.cl_f = own.cl_f.value_or(c.cl_f);
  c.ibias_a = own.ibias_a.value_or(c.ibias_a);
  c.temperature_c = tech.temperature_c;
  bool vcm_given = own.vcm_v.has_value();
  if (vcm_given) c.vcm_v = *own.vcm_v;
  if (deck.files.empty()) return c;
  std::istringstream in(deck.files.front().text);
  for (std::string line; std::getline(in, line);) {
    std::string l;
    for (char ch : line) l += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto at = l.find("inversize:");
    if (l.empty() || l[0] != '*' || at == std::string::npos) continue;
    std::istringstream kv(l.substr(at + 10));
    for (std::string tok; kv >> tok;) {
      auto eq = tok.find('=');
      if (eq == std::string::npos) continue;
      auto v = netlist::parse_spice_number(tok.substr(eq + 1));
      if (!v) continue;
      std::string k = tok.substr(0, eq);
      if (k == "vdd") c.vdd_v = *v;
      else if (k == "vcm") c.vcm_v = *v, vcm_given = true;
      else if (k == "cl") c.cl_f = *v;
      else if (k == "ibias") c.ibias_a = *v;
      else if (k == "temp") c.temperature_c = *v;
      else if (k == "sr_step") c.sr_step_v = *v;
    }
  }
  if (!vcm_given) c.vcm_v = c.vdd_v / 2;
  return c;
}

}  // namespace

Conditions nominal_conditions(const netlist::Deck& deck, const technology::Technology& tech) {
  return nominal(deck, {}, tech);
}

Conditions nominal_conditions(const netlist::Deck& deck, const circuit::Circuit& circuit, const technology::Technology& tech) {
  return nominal(deck, circuit.deck_conditions, tech);
}

}  // namespace inversize::simulation
