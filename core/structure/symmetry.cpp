#include "structure/symmetry.hpp"

#include <algorithm>
#include <deque>
#include <optional>
#include <set>

namespace inversize::structure {

namespace {

using circuit::DeviceKind;

class Mirror {
 public:
  Mirror(const CircuitGraph& g) : g_(g), image_(g.net_count(), -1), partner_(g.device_count(), -1) {
    for (int n = 0; n < g.net_count(); ++n)
      if (g.is_rail(n)) image_[n] = n;
  }

  void seed(int a, int b) {
    if (partner_[a] >= 0 || partner_[b] >= 0) return;
    pair(a, b, pins(a));
  }

  // Breadth-first over mirrored net pairs; a device on one net pairs with the one device on
  // the mirrored net that fits every mirrored pin. Ambiguous candidates are left alone.
  void walk() {
    while (!queue_.empty()) {
      auto [n, m] = queue_.front();
      queue_.pop_front();
      for (const auto& at : g_.attachments(n)) {
        const int x = at.device;
        if (partner_[x] >= 0) continue;
        int found = -1, count = 0;
        std::vector<std::pair<int, int>> found_nets;
        for (const auto& bt : g_.attachments(m)) {
          const int y = bt.device;
          if (y == x || bt.pin != at.pin || partner_[y] >= 0 || !alike(x, y)) continue;
          if (auto nets = fits(x, y)) {
            if (y != found) ++count;
            found = y;
            found_nets = *nets;
          }
        }
        if (count == 1) pair(x, found, found_nets);
      }
    }
  }

  std::vector<std::pair<int, int>> pairs() const {
    std::vector<std::pair<int, int>> out;
    for (int d = 0; d < g_.device_count(); ++d)
      if (partner_[d] > d) out.emplace_back(d, partner_[d]);
    return out;
  }

 private:
  const CircuitGraph& g_;
  std::vector<int> image_;    // net -> mirrored net (itself on the axis), -1 while unknown
  std::vector<int> partner_;  // device -> matched device
  std::deque<std::pair<int, int>> queue_;

  std::vector<Pin> pin_list(int d) const {
    if (g_.is_mos(d)) return {Pin::Drain, Pin::Gate, Pin::Source};
    return {Pin::Plus, Pin::Minus};
  }

  std::vector<std::pair<int, int>> pins(int d) const {
    std::vector<std::pair<int, int>> nets;
    for (Pin p : pin_list(d)) nets.emplace_back(g_.net(d, p), -1);
    return nets;
  }

  bool alike(int x, int y) const {
    const auto& a = g_.circuit().devices[x];
    const auto& b = g_.circuit().devices[y];
    return a.kind == b.kind && a.model == b.model;
  }

  // Net pairs (x's net, y's net) if y can mirror x; two-terminal parts in either orientation.
  std::optional<std::vector<std::pair<int, int>>> fits(int x, int y) const {
    const auto px = pin_list(x);
    std::vector<std::vector<Pin>> orders{px};
    if (!g_.is_mos(x)) orders.push_back({Pin::Minus, Pin::Plus});
    for (const auto& py : orders) {
      std::vector<std::pair<int, int>> nets;
      bool ok = true;
      for (std::size_t i = 0; i < px.size() && ok; ++i) {
        const int nx = g_.net(x, px[i]), ny = g_.net(y, py[i]);
        if (nx < 0 || ny < 0) ok = false;
        else if (image_[nx] >= 0) ok = image_[nx] == ny;
        else ok = image_[ny] < 0 || ny == nx;
        nets.emplace_back(nx, ny);
      }
      if (ok) return nets;
    }
    return std::nullopt;
  }

  void pair(int x, int y, const std::vector<std::pair<int, int>>& nets) {
    partner_[x] = y;
    partner_[y] = x;
    for (std::size_t i = 0; i < nets.size(); ++i) {
      const int a = nets[i].first, b = nets[i].second >= 0 ? nets[i].second : g_.net(y, pin_list(y)[i]);
      if (a < 0 || b < 0 || image_[a] >= 0 || image_[b] >= 0) continue;
      image_[a] = b;
      image_[b] = a;
      if (a != b) queue_.emplace_back(a, b);
    }
  }
};

}  // namespace

std::vector<std::pair<int, int>> find_symmetry(const CircuitGraph& g, const Recognition& rec,
                                               const FunctionAnalysis& fa, const Library& lib) {
  std::set<std::pair<int, int>> out;
  auto add = [&](int a, int b) {
    if (a != b) out.insert({std::min(a, b), std::max(a, b)});
  };
  // Within structures: by construction, or where the signal passes both sides: the load of
  // the input stage, or the stage bias of a later stage that both sides sit in (the output
  // mirror of a symmetrical OTA). Mirrors that only set currents are ratioed, not matched.
  auto signal_sides = [&](int a, int b) {
    if (fa.function[a] != fa.function[b] || fa.stage[a] != fa.stage[b]) return false;
    return fa.function[a] == Function::Load || (fa.function[a] == Function::Bias && fa.stage[a] > 1);
  };
  for (int id : rec.top) {
    const auto& inst = rec.instances[id];
    const auto& def = lib.at(inst.structure);
    for (auto [i, j] : def.matched) {
      const int a = inst.devices[i], b = inst.devices[j];
      if (def.matched_always || signal_sides(a, b)) add(a, b);
    }
  }
  // Across structures: the two branches hanging off each input pair.
  Mirror walk(g);
  for (int id : fa.input_pairs) walk.seed(rec.instances[id].devices[0], rec.instances[id].devices[1]);
  walk.walk();
  for (auto [a, b] : walk.pairs()) add(a, b);
  return {out.begin(), out.end()};
}

}  // namespace inversize::structure
