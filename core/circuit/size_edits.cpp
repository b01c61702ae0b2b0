// Circuit sizes -> netlist::SizeEdit, for netlist::write_sized().
#include "common/text.hpp"
#include <cctype>
#include <cmath>
#include <map>
#include <stdexcept>

#include "circuit/build.hpp"

namespace inversize::circuit {

namespace {

using inversize::lower;

bool same(double a, double b) { return a == b || std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b)); }

}  // namespace

std::vector<netlist::SizeEdit> size_edits(const Circuit& original, const Circuit& sized) {
  struct Slot {
    netlist::SizeEdit edit;
    bool changed = false;
    std::string first_device;  // a device writing this value, for the conflict message
  };
  std::vector<Slot> slots;  // in device order, so the edits come out deterministic
  std::map<std::string, std::size_t> index;
  std::map<std::string, const Device*> before;
  for (const Device& d : original.devices) before.emplace(lower(d.name), &d);
  for (const Device& d : sized.devices) {
    auto found = before.find(lower(d.name));
    if (found == before.end() || d.source_element.empty()) continue;
    const Device* o = found->second;
    auto visit = [&](const char* key, double before, double after) {
      const std::string id = d.source_subckt + "\n" + lower(d.source_element) + "\n" + key;
      const bool changed = !same(before, after);
      auto it = index.find(id);
      if (it == index.end()) {
        index[id] = slots.size();
        slots.push_back(Slot{netlist::SizeEdit{d.source_subckt, d.source_element, key, after}, changed, d.name});
        return;
      }
      Slot& s = slots[it->second];
      if (!same(s.edit.value, after))
        throw std::invalid_argument(s.first_device + " and " + d.name + " are written on one line of subckt '" +
                                    d.source_subckt + "' but were given different " + key + " values");
      s.changed = s.changed || changed;
    };
    if (is_mos(d.kind)) {
      // In the deck's unit (`.option scale`), as the designer wrote them.
      const double unit = sized.scale > 0 ? sized.scale : 1;
      visit("w", o->w / unit, d.w / unit);
      visit("l", o->l / unit, d.l / unit);
      visit("m", o->m, d.m);
      visit("nf", o->nf, d.nf);
    } else {
      visit("value", o->value, d.value);
    }
  }
  std::vector<netlist::SizeEdit> out;
  for (const auto& s : slots)
    if (s.changed) out.push_back(s.edit);
  return out;
}

}  // namespace inversize::circuit
