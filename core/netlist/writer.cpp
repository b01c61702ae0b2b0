#include "common/text.hpp"
#include "netlist/writer.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "netlist/units.hpp"

namespace inversize::netlist {

namespace {

using inversize::lower;

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

const Element* find_element(const Deck& deck, const SizeEdit& edit) {
  const std::vector<Element>* elements = &deck.elements;
  if (!edit.subckt.empty()) {
    auto it = deck.subckts.find(lower(edit.subckt));
    if (it == deck.subckts.end()) throw std::invalid_argument("no subckt '" + edit.subckt + "' in the netlist");
    elements = &it->second.elements;
  }
  const std::string name = lower(edit.element);
  for (const Element& e : *elements)
    if (lower(e.name) == name) return &e;
  throw std::invalid_argument("no element '" + edit.element + "'" +
                              (edit.subckt.empty() ? std::string(" at the top level") : " in subckt '" + edit.subckt + "'"));
}

// The field holding `key` ("value" means the positional value or its keyword form).
const Field* find_field(const Element& e, const std::string& key) {
  if (key != "value") return e.field(key);
  for (const Field& f : e.fields) {
    if (f.key.empty() && e.type != ElementType::Mosfet && e.type != ElementType::Subcircuit) return &f;
    const bool named_value =
        (e.type == ElementType::Capacitor && (f.key == "c" || f.key == "capacitance" || f.key == "value")) ||
        (e.type == ElementType::Resistor && (f.key == "r" || f.key == "resistance" || f.key == "value")) ||
        (e.type == ElementType::Inductor && (f.key == "l" || f.key == "inductance" || f.key == "value")) ||
        ((e.type == ElementType::VoltageSource || e.type == ElementType::CurrentSource) && f.key == "dc");
    if (named_value) return &f;
  }
  return nullptr;
}

struct Replacement {
  std::size_t begin, end;
  std::string text;
};

}  // namespace

std::string write_sized(const Deck& deck, const std::vector<SizeEdit>& edits) {
  if (deck.files.empty()) throw std::invalid_argument("the deck has no main file");
  // Several edits of one (element, key): the last one wins, as if applied in order.
  std::vector<std::pair<const Element*, SizeEdit>> latest;
  for (const SizeEdit& edit : edits) {
    const Element* e = find_element(deck, edit);
    SizeEdit norm = edit;
    norm.key = lower(edit.key);
    auto same = [&](const auto& p) { return p.first == e && p.second.key == norm.key; };
    auto it = std::find_if(latest.begin(), latest.end(), same);
    if (it != latest.end()) it->second = norm;
    else latest.emplace_back(e, norm);
  }
  std::vector<Replacement> reps;
  for (const auto& [e, edit] : latest) {
    if (e->span.file != 0)
      throw std::invalid_argument("element '" + e->name + "' is written in " + e->loc.file +
                                  ", not in the main file; only the main file is rewritten");
    const std::string text = format_spice_number(edit.value);
    if (const Field* f = find_field(*e, edit.key)) {
      reps.push_back({f->span.begin, f->span.end, text});
    } else if (edit.key == "value") {
      throw std::invalid_argument("element '" + e->name + "' has no value to change");
    } else {
      reps.push_back({e->span.end, e->span.end, " " + upper(edit.key) + "=" + text});
    }
  }
  // Insertions at one point keep their order (stable sort): " W=.. L=..".
  std::stable_sort(reps.begin(), reps.end(), [](const Replacement& a, const Replacement& b) { return a.begin < b.begin; });
  for (std::size_t i = 1; i < reps.size(); ++i)
    if (reps[i].begin < reps[i - 1].end) throw std::invalid_argument("overlapping size edits");
  const std::string& src = deck.files[0].text;
  std::string out;
  out.reserve(src.size() + 64);
  std::size_t pos = 0;
  for (const auto& r : reps) {
    out.append(src, pos, r.begin - pos);
    out += r.text;
    pos = r.end;
  }
  out.append(src, pos, std::string::npos);
  return out;
}

}  // namespace inversize::netlist
