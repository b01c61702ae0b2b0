#include "structure/graph.hpp"

#include <algorithm>

namespace inversize::structure {

const char* to_string(Pin p) {
  switch (p) {
    case Pin::Drain: return "drain";
    case Pin::Gate: return "gate";
    case Pin::Source: return "source";
    case Pin::Bulk: return "bulk";
    case Pin::Plus: return "plus";
    case Pin::Minus: return "minus";
  }
  return "?";
}

CircuitGraph::CircuitGraph(const circuit::Circuit& c)
    : circuit_(&c), graph_(c.devices.size() + c.nets.size()) {
  const int nd = device_count();
  for (int d = 0; d < nd; ++d) graph_[device_vertex(d)] = {false, d};
  for (int n = 0; n < net_count(); ++n) graph_[net_vertex(n)] = {true, n};

  static constexpr Pin kMosPins[] = {Pin::Drain, Pin::Gate, Pin::Source, Pin::Bulk};
  static constexpr Pin kTwoPins[] = {Pin::Plus, Pin::Minus};
  for (int d = 0; d < nd; ++d) {
    const auto& dev = c.devices[d];
    const bool mos = circuit::is_mos(dev.kind);
    for (std::size_t i = 0; i < dev.nets.size() && i < (mos ? 4u : 2u); ++i) {
      const int n = dev.nets[i];
      if (n < 0 || n >= net_count()) continue;
      boost::add_edge(device_vertex(d), net_vertex(n), EdgeProps{mos ? kMosPins[i] : kTwoPins[i]}, graph_);
    }
  }

  // Derived lookups, read once from the graph so the matcher's inner loops stay array accesses.
  pins_.assign(nd, {-1, -1, -1, -1, -1, -1});
  attachments_.assign(net_count(), {});
  for (auto [e, end] = boost::edges(graph_); e != end; ++e) {
    Vertex a = boost::source(*e, graph_), b = boost::target(*e, graph_);
    if (graph_[a].is_net) std::swap(a, b);
    const int dev = graph_[a].index, n = graph_[b].index;
    const Pin pin = graph_[*e].pin;
    pins_[dev][static_cast<int>(pin)] = n;
    attachments_[n].push_back({dev, pin});
  }
  for (auto& list : attachments_)
    std::sort(list.begin(), list.end(), [](const Attachment& x, const Attachment& y) {
      return x.device != y.device ? x.device < y.device : x.pin < y.pin;
    });

  rail_.assign(net_count(), false);
  for (auto role : {circuit::PortRole::Vdd, circuit::PortRole::Vss})
    if (auto n = c.port(role); n && *n >= 0 && *n < net_count()) rail_[*n] = true;
  for (const char* ground : {"0", "gnd"})
    if (int n = c.net_index(ground); n >= 0) rail_[n] = true;
}

std::vector<int> CircuitGraph::mos_devices() const {
  std::vector<int> out;
  for (int d = 0; d < device_count(); ++d)
    if (is_mos(d)) out.push_back(d);
  return out;
}

}  // namespace inversize::structure
