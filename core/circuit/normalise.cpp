#include "circuit/normalise.hpp"

#include <algorithm>
#include <deque>
#include <limits>
#include <numeric>
#include <optional>

#include "netlist/netlist.hpp"

namespace inversize::circuit {

void short_zero_volt_sources(Circuit& c) {
  const int n = static_cast<int>(c.nets.size());
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<bool> port(n, false);
  for (const auto& [r, i] : c.ports) port[i] = true;
  const int ground = c.net_index("0");
  // Which net names the joined one: a port, then ground, then the first written.
  auto rank = [&](int x) { return port[x] ? 0 : x == ground ? 1 : 2; };
  std::vector<bool> removed(c.devices.size(), false);
  for (std::size_t k = 0; k < c.devices.size(); ++k) {
    const Device& d = c.devices[k];
    if (d.kind != DeviceKind::VoltageSource || d.value != 0 || d.nets.size() != 2) continue;
    int a = find(d.nets[0]), b = find(d.nets[1]);
    removed[k] = true;
    if (a == b) continue;
    if (port[a] && port[b]) {
      std::string ra, rb;
      for (const auto& [r, i] : c.ports) {
        if (find(i) == a) ra = to_string(r);
        if (find(i) == b) rb = to_string(r);
      }
      throw netlist::ParseError(d.loc, "0 V source '" + d.name + "' joins the ports " + ra + " ('" + c.nets[a] +
                                           "') and " + rb + " ('" + c.nets[b] + "')");
    }
    if (rank(b) < rank(a) || (rank(b) == rank(a) && b < a)) std::swap(a, b);
    parent[b] = a;
    port[a] = port[a] || port[b];
    c.notes.push_back(d.name + ": 0 V source between '" + c.nets[d.nets[0]] + "' and '" + c.nets[d.nets[1]] +
                      "' (an ammeter) is a short circuit: one net '" + c.nets[a] + "'");
  }
  if (std::none_of(removed.begin(), removed.end(), [](bool r) { return r; })) return;
  std::vector<int> index(n, -1);
  std::vector<std::string> nets;
  for (int i = 0; i < n; ++i)
    if (find(i) == i) {
      index[i] = static_cast<int>(nets.size());
      nets.push_back(c.nets[i]);
    }
  std::vector<Device> devices;
  for (std::size_t k = 0; k < c.devices.size(); ++k) {
    if (removed[k]) continue;
    Device d = std::move(c.devices[k]);
    for (int& x : d.nets) x = index[find(x)];
    devices.push_back(std::move(d));
  }
  for (auto& [r, i] : c.ports) i = index[find(i)];
  c.nets = std::move(nets);
  c.devices = std::move(devices);
}

namespace {

constexpr int kFar = std::numeric_limits<int>::max();

// Channel steps from the rail through transistors of one polarity (or of both: `kind` unset).
std::vector<int> channel_distance(const Circuit& c, std::optional<DeviceKind> kind, const std::vector<int>& rails) {
  std::vector<int> dist(c.nets.size(), kFar);
  std::deque<int> todo;
  for (int r : rails)
    if (r >= 0 && dist[r] != 0) { dist[r] = 0; todo.push_back(r); }
  while (!todo.empty()) {
    const int x = todo.front();
    todo.pop_front();
    for (const Device& d : c.devices) {
      if (!is_mos(d.kind) || (kind && d.kind != *kind) || d.nets.size() < 4) continue;
      const int dn = d.nets[Drain], sn = d.nets[Source];
      const int other = dn == x ? sn : sn == x ? dn : -1;
      if (other >= 0 && dist[other] == kFar) {
        dist[other] = dist[x] + 1;
        todo.push_back(other);
      }
    }
  }
  return dist;
}

void swap_params(Device& d) {
  static const std::pair<const char*, const char*> pairs[] = {{"ad", "as"}, {"pd", "ps"}, {"nrd", "nrs"}, {"sa", "sb"}};
  auto flip = [](std::string& k) {
    for (const auto& [a, b] : pairs) {
      if (k == a) { k = b; return; }
      if (k == b) { k = a; return; }
    }
  };
  for (auto& [k, v] : d.params) flip(k);
  for (auto& [k, v] : d.size_expressions) flip(k);
}

}  // namespace

void normalise_drain_source(Circuit& c) {
  const int vss = c.port(PortRole::Vss).value_or(-1), vdd = c.port(PortRole::Vdd).value_or(-1);
  const int ground = c.net_index("0");
  const auto to_vss = channel_distance(c, DeviceKind::Nmos, {vss, ground});
  const auto to_vdd = channel_distance(c, DeviceKind::Pmos, {vdd});
  const auto any_to_vss = channel_distance(c, std::nullopt, {vss, ground});
  const auto any_to_vdd = channel_distance(c, std::nullopt, {vdd});
  for (Device& d : c.devices) {
    if (!is_mos(d.kind) || d.nets.size() < 4) continue;
    const bool n = d.kind == DeviceKind::Nmos;
    const int dn = d.nets[Drain], sn = d.nets[Source], gn = d.nets[Gate];
    if (dn == sn) continue;
    const bool gate_on_rail = gn == vss || gn == vdd || gn == ground;
    // The rail the source belongs on, written as the drain; a diode with its gate on the
    // "source"; or, both ways agreeing, the "drain" nearer the source's rail through channels
    // of its polarity and the "source" nearer the other rail through any channel (one distance
    // alone misleads: a node may hang between a load of the same polarity and the device).
    const bool on_rail = n ? (dn == vss || dn == ground) && sn != vss && sn != ground : dn == vdd && sn != vdd;
    const bool diode = gn == sn && gn != dn && !gate_on_rail;
    const auto& own = n ? to_vss : to_vdd;
    const auto& other = n ? any_to_vdd : any_to_vss;
    const bool reversed = own[dn] < own[sn] && other[sn] < other[dn];
    if (!on_rail && !diode && !reversed) continue;
    std::swap(d.nets[Drain], d.nets[Source]);
    swap_params(d);
    d.swapped = true;
    c.notes.push_back(d.name + ": drain and source written the other way round; read with drain '" + c.nets[sn] +
                      "' and source '" + c.nets[dn] + "'");
  }
}

}  // namespace inversize::circuit
