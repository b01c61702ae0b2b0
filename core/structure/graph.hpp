// The circuit as a bipartite Boost.Graph: one vertex per device and per net, one edge per
// device pin, typed gate/drain/source/bulk (plus/minus for two-terminal parts). Supply rails
// come from the port roles. Everything in structure/ reads connectivity through this view.
#pragma once

#include <array>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "circuit/circuit.hpp"

namespace inversize::structure {

enum class Pin { Drain, Gate, Source, Bulk, Plus, Minus };
const char* to_string(Pin p);

struct VertexProps {
  bool is_net = false;
  int index = -1;  // into Circuit::devices or Circuit::nets
};
struct EdgeProps {
  Pin pin = Pin::Drain;
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, VertexProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

struct Attachment {
  int device = -1;
  Pin pin = Pin::Drain;
};

class CircuitGraph {
 public:
  explicit CircuitGraph(const circuit::Circuit& c);

  const circuit::Circuit& circuit() const { return *circuit_; }
  const Graph& graph() const { return graph_; }
  Vertex device_vertex(int device) const { return static_cast<Vertex>(device); }
  Vertex net_vertex(int net) const { return static_cast<Vertex>(device_count() + net); }
  int device_count() const { return static_cast<int>(circuit_->devices.size()); }
  int net_count() const { return static_cast<int>(circuit_->nets.size()); }

  bool is_mos(int device) const { return circuit::is_mos(kind(device)); }
  circuit::DeviceKind kind(int device) const { return circuit_->devices[device].kind; }
  // Net on a MOS pin (Drain/Gate/Source/Bulk) or a two-terminal pin (Plus/Minus); -1 if none.
  int net(int device, Pin p) const { return pins_[device][static_cast<int>(p)]; }
  int drain(int d) const { return net(d, Pin::Drain); }
  int gate(int d) const { return net(d, Pin::Gate); }
  int source(int d) const { return net(d, Pin::Source); }

  // Supply rails: the vdd and vss ports, and the ground net "0"/"gnd" when present.
  bool is_rail(int net) const { return net >= 0 && rail_[net]; }
  // All pins on a net, ordered by device index then pin.
  const std::vector<Attachment>& attachments(int net) const { return attachments_[net]; }
  std::vector<int> mos_devices() const;

 private:
  const circuit::Circuit* circuit_;
  Graph graph_;
  std::vector<std::array<int, 6>> pins_;
  std::vector<bool> rail_;
  std::vector<std::vector<Attachment>> attachments_;
};

}  // namespace inversize::structure
