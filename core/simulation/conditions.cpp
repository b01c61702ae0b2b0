#include "simulation/conditions.hpp"

#include <cctype>
#include <sstream>

#include "common/text.hpp"
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
    const auto pairs = conditions_comment(line);
    if (!pairs) continue;
    for (const auto& [k, text] : *pairs) {
      auto v = netlist::parse_spice_number(text);
      if (!v) continue;
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

std::optional<std::vector<std::pair<std::string, std::string>>> conditions_comment(std::string_view line) {
  const std::string l = lower(line);
  const auto at = l.find("inversize:");
  if (l.empty() || l[0] != '*' || at == std::string::npos) return std::nullopt;
  std::vector<std::pair<std::string, std::string>> pairs;
  std::istringstream words(std::string(line.substr(at + 10)));
  for (std::string word; words >> word;) {
    const auto eq = word.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    pairs.emplace_back(lower(word.substr(0, eq)), word.substr(eq + 1));
  }
  return pairs;
}

Conditions nominal_conditions(const netlist::Deck& deck, const technology::Technology& tech) {
  return nominal(deck, {}, tech);
}

Conditions nominal_conditions(const netlist::Deck& deck, const circuit::Circuit& circuit, const technology::Technology& tech) {
  return nominal(deck, circuit.deck_conditions, tech);
}

}  // namespace inversize::simulation
