#include "structure/matcher.hpp"

#include <algorithm>
#include <map>

namespace inversize::structure {

bool rule_holds(const CircuitGraph& g, const Rule& r, const std::vector<int>& devices) {
  const int da = devices[r.a.transistor], db = devices[r.b.transistor];
  switch (r.kind) {
    case Rule::Kind::NetEqual: {
      const int na = g.net(da, r.a.pin);
      return na >= 0 && na == g.net(db, r.b.pin);
    }
    case Rule::Kind::NetDiffer: return g.net(da, r.a.pin) != g.net(db, r.b.pin);
    case Rule::Kind::OnRail: return g.is_rail(g.net(da, r.a.pin));
    case Rule::Kind::OffRail: return !g.is_rail(g.net(da, r.a.pin));
    case Rule::Kind::SameType: return g.kind(da) == g.kind(db);
    case Rule::Kind::OppositeType: return g.kind(da) != g.kind(db);
  }
  return false;
}

namespace {

class Matcher {
 public:
  Matcher(const CircuitGraph& g, const Library& lib) : g_(g), lib_(lib), by_structure_(lib.size()), single_of_device_(lib.size()) {}

  Recognition run() {
    for (int s = 0; s < lib_.size(); ++s) match(s);
    return select();
  }

 private:
  const CircuitGraph& g_;
  const Library& lib_;
  Recognition out_;
  std::vector<std::vector<int>> by_structure_;
  std::vector<std::vector<int>> single_of_device_;  // [structure][device] -> level-0 instance or -1

  void add(int s, std::vector<int> devices, std::vector<int> children) {
    by_structure_[s].push_back(static_cast<int>(out_.instances.size()));
    out_.instances.push_back({s, std::move(devices), std::move(children)});
  }

  void match(int s) {
    const StructureDef& def = lib_.at(s);
    if (def.category == Category::Passive) return;
    if (def.children.empty()) {
      single_of_device_[s].assign(g_.device_count(), -1);
      for (int d : g_.mos_devices()) {
        std::vector<int> devs{d};
        if (std::all_of(def.rules.begin(), def.rules.end(), [&](const Rule& r) { return rule_holds(g_, r, devs); })) {
          single_of_device_[s][d] = static_cast<int>(out_.instances.size());
          add(s, devs, {});
        }
      }
      return;
    }
    // Rules become checkable once every transistor they name is bound: group them by child.
    std::vector<int> offset;
    int total = 0;
    for (int c : def.children) {
      offset.push_back(total);
      total += lib_.at(c).size;
    }
    std::vector<std::vector<const Rule*>> due(def.children.size());
    for (const auto& r : def.rules) {
      std::size_t k = 0;
      while (k + 1 < offset.size() && offset[k + 1] <= r.max_transistor()) ++k;
      due[k].push_back(&r);
    }
    std::vector<int> devices, children;
    extend(s, def, offset, due, 0, devices, children);
  }

  // Candidate instances for child k: a level-0 child tied by an equality rule to an already
  // bound pin only needs the devices on that net; otherwise every instance of the child.
  std::vector<int> candidates(const StructureDef& def, const std::vector<int>& offset, std::size_t k,
                              const std::vector<int>& devices) {
    const int child = def.children[k];
    if (lib_.at(child).size == 1 && k > 0) {
      const int self = offset[k];
      for (const auto& r : def.rules) {
        if (r.kind != Rule::Kind::NetEqual) continue;
        const PinRef* mine = r.a.transistor == self ? &r.a : r.b.transistor == self ? &r.b : nullptr;
        const PinRef* other = mine == &r.a ? &r.b : &r.a;
        if (!mine || other->transistor >= self) continue;
        const int net = g_.net(devices[other->transistor], other->pin);
        if (net < 0) return {};
        std::vector<int> ids;
        for (const auto& at : g_.attachments(net))
          if (at.pin == mine->pin && single_of_device_[child][at.device] >= 0)
            ids.push_back(single_of_device_[child][at.device]);
        return ids;
      }
    }
    return by_structure_[child];
  }

  void extend(int s, const StructureDef& def, const std::vector<int>& offset,
              const std::vector<std::vector<const Rule*>>& due, std::size_t k, std::vector<int>& devices,
              std::vector<int>& children) {
    if (k == def.children.size()) {
      add(s, devices, children);
      return;
    }
    for (int id : candidates(def, offset, k, devices)) {
      // A copy: adding matches below may reallocate the instance list.
      const std::vector<int> child_devices = out_.instances[id].devices;
      bool clash = false;
      for (int d : child_devices)
        if (std::find(devices.begin(), devices.end(), d) != devices.end()) clash = true;
      if (clash) continue;
      devices.insert(devices.end(), child_devices.begin(), child_devices.end());
      children.push_back(id);
      if (std::all_of(due[k].begin(), due[k].end(), [&](const Rule* r) { return rule_holds(g_, *r, devices); }))
        extend(s, def, offset, due, k + 1, devices, children);
      children.pop_back();
      devices.resize(devices.size() - child_devices.size());
    }
  }

  Recognition select() {
    const int n = static_cast<int>(out_.instances.size());
    std::map<std::pair<int, std::vector<int>>, int> first;
    out_.canonical.resize(n);
    for (int i = 0; i < n; ++i) {
      auto sorted = out_.instances[i].devices;
      std::sort(sorted.begin(), sorted.end());
      out_.canonical[i] = first.try_emplace({out_.instances[i].structure, sorted}, i).first->second;
    }
    out_.top = select_top(out_, lib_);
    return std::move(out_);
  }
};

}  // namespace

Recognition recognise(const CircuitGraph& g, const Library& lib) { return Matcher(g, lib).run(); }

std::vector<int> select_top(const Recognition& rec, const Library& lib, const std::vector<bool>& valid_in) {
  const auto& inst = rec.instances;
  const int n = static_cast<int>(inst.size());
  auto valid = [&](int i) { return valid_in.empty() || lib.at(inst[i].structure).level == 0 || valid_in[i]; };
  std::vector<std::vector<int>> sorted(n);
  std::vector<std::vector<int>> of_structure(lib.size());
  for (int i = 0; i < n; ++i) {
    sorted[i] = inst[i].devices;
    std::sort(sorted[i].begin(), sorted[i].end());
    if (rec.canonical[i] == i && valid(i)) of_structure[inst[i].structure].push_back(i);
  }
  auto overlap = [&](int a, int b) {
    for (int d : sorted[a])
      if (std::binary_search(sorted[b].begin(), sorted[b].end(), d)) return true;
    return false;
  };
  // Dominators are settled before what they dominate, so the outcome never depends on the
  // order the matches were found in.
  std::vector<bool> dropped(n, false), consumed(n, false);
  for (int s : lib.dominance_order())
    for (int i : of_structure[s])
      for (int d = 0; d < lib.size() && !dropped[i]; ++d)
        if (lib.dominates(d, s))
          for (int j : of_structure[d])
            if (!dropped[j] && overlap(i, j)) {
              dropped[i] = true;
              break;
            }
  // Top-down, so a child that its own parent dominates (the level shifter of a cascode mirror)
  // still consumes its children.
  for (int level = lib.max_level(); level > 0; --level)
    for (int p = 0; p < n; ++p) {
      const int cp = rec.canonical[p];
      if (lib.at(inst[p].structure).level != level || !valid(cp) || (dropped[cp] && !consumed[cp])) continue;
      for (int c : inst[p].children) consumed[rec.canonical[c]] = true;
    }
  std::vector<int> top;
  for (int s = 0; s < lib.size(); ++s)
    for (int i : of_structure[s])
      if (!dropped[i] && !consumed[i]) top.push_back(i);
  std::stable_sort(top.begin(), top.end(), [&](int a, int b) {
    const int la = lib.at(inst[a].structure).level, lb = lib.at(inst[b].structure).level;
    if (la != lb) return la > lb;
    if (inst[a].structure != inst[b].structure) return inst[a].structure < inst[b].structure;
    return sorted[a] < sorted[b];
  });
  return top;
}

}  // namespace inversize::structure
