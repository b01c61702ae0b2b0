#include "structure/functions.hpp"

#include <algorithm>
#include <climits>

namespace inversize::structure {

namespace {

using circuit::DeviceKind;

struct Change {
  int device;
  Function function;
  int stage;
  bool operator<(const Change& o) const {
    return device != o.device ? device < o.device : stage != o.stage ? stage < o.stage : function < o.function;
  }
};

class Analysis {
 public:
  Analysis(const CircuitGraph& g, const Recognition& rec, const Library& lib) : g_(g), rec_(rec), lib_(lib) {
    out_.function.assign(g.device_count(), Function::Bias);
    out_.stage.assign(g.device_count(), kBiasNetwork);
    out_.signal_stage.assign(g.net_count(), -1);
    out_.signal_path.assign(g.device_count(), false);
  }

  FunctionAnalysis run() {
    seed_inputs();
    follow_signal();
    stage_bias_devices();
    passives();
    return std::move(out_);
  }

 private:
  const CircuitGraph& g_;
  const Recognition& rec_;
  const Library& lib_;
  FunctionAnalysis out_;
  std::vector<int> net_stage_;  // stage of the branch a net belongs to (drains/sources of stage devices)

  int net_of(const Instance& inst, const PinRef& p) const { return g_.net(inst.devices[p.transistor], p.pin); }

  void mark(int net, int stage) {
    if (net >= 0 && !g_.is_rail(net) && out_.signal_stage[net] < 0) out_.signal_stage[net] = stage;
  }

  // Apply a wave of decisions all taken on the same state, so the result does not depend on the
  // order devices were written in. A device claimed twice takes the lowest stage.
  bool apply(std::vector<Change> changes, const std::vector<std::pair<int, int>>& marks) {
    std::sort(changes.begin(), changes.end());
    bool any = false;
    for (const auto& ch : changes) {
      if (out_.signal_path[ch.device]) continue;
      out_.signal_path[ch.device] = true;
      out_.function[ch.device] = ch.function;
      out_.stage[ch.device] = ch.stage;
      any = true;
    }
    std::vector<std::pair<int, int>> m = marks;
    std::sort(m.begin(), m.end(), [](auto a, auto b) { return a.second < b.second; });
    for (auto [net, stage] : m) mark(net, stage);
    return any;
  }

  void seed_inputs() {
    const auto& c = g_.circuit();
    std::vector<int> inputs;
    for (auto role : {circuit::PortRole::Inp, circuit::PortRole::Inn})
      if (auto n = c.port(role)) inputs.push_back(*n);
    if (inputs.size() < 2) {
      out_.warnings.push_back("no inp/inn port pair: the signal path cannot be traced, transistors default to bias");
      if (inputs.empty()) return;
    }
    auto is_input = [&](int n) { return std::find(inputs.begin(), inputs.end(), n) != inputs.end(); };
    std::vector<Change> changes;
    std::vector<std::pair<int, int>> marks;
    for (int d : g_.mos_devices()) {
      if (!is_input(g_.gate(d))) continue;
      changes.push_back({d, Function::Transconductance, 1});
      marks.emplace_back(g_.is_rail(g_.drain(d)) ? g_.source(d) : g_.drain(d), 1);
    }
    if (changes.empty()) out_.warnings.push_back("no transistor gate on the inputs");
    apply(changes, marks);

    for (int i = 0; i < static_cast<int>(rec_.instances.size()); ++i) {
      const auto& inst = rec_.instances[i];
      if (rec_.canonical[i] != i || lib_.at(inst.structure).category != Category::Differential) continue;
      const int g0 = g_.gate(inst.devices[0]), g1 = g_.gate(inst.devices[1]);
      if (is_input(g0) && is_input(g1) && g0 != g1) out_.input_pairs.push_back(i);
    }
    if (!changes.empty() && inputs.size() == 2 && out_.input_pairs.empty())
      out_.warnings.push_back("the transistors on inp/inn do not form a differential pair");
  }

  // Single transistors first: cascodes (signal on the source), gain transistors and diode
  // loads (signal on the gate). Mirrors only when nothing else moves, so a mirror output
  // that lands on a node of its own stage is already known as such (mirror load), and one that
  // opens a new node carries the signal on (symmetrical OTA): transconductance, next stage.
  void follow_signal() {
    std::vector<int> mirrors;
    std::vector<bool> in_mirror(g_.device_count(), false);
    for (int id : rec_.top) {
      if (lib_.at(rec_.instances[id].structure).category != Category::Mirror) continue;
      mirrors.push_back(id);
      for (int d : rec_.instances[id].devices) in_mirror[d] = true;
    }
    const auto& ss = out_.signal_stage;
    for (int guard = 0; guard < 4 * g_.device_count() + 4; ++guard) {
      std::vector<Change> changes;
      std::vector<std::pair<int, int>> marks;
      for (int d : g_.mos_devices()) {
        if (out_.signal_path[d]) continue;
        const int gn = g_.gate(d), sn = g_.source(d), dn = g_.drain(d);
        const int sg = gn >= 0 ? ss[gn] : -1, ssrc = sn >= 0 ? ss[sn] : -1, sd = dn >= 0 ? ss[dn] : -1;
        // A common-gate device is a cascode even when it also looks like a bias mirror's output
        // (the folded-cascode's cascodes share their gate with a stacked bias diode).
        if (ssrc >= 0 && sg < 0 && !g_.is_rail(dn)) {
          changes.push_back({d, Function::Load, ssrc});
          marks.emplace_back(dn, ssrc);
        } else if (sg >= 0 && !in_mirror[d]) {
          if (dn == gn || (!g_.is_rail(dn) && sd == sg)) {
            changes.push_back({d, Function::Load, sg});
          } else {
            const int st = std::max(sg + 1, sd);
            changes.push_back({d, Function::Transconductance, st});
            marks.emplace_back(g_.is_rail(dn) ? sn : dn, st);
          }
        }
      }
      if (changes.empty()) {
        for (int id : mirrors) {
          const auto& inst = rec_.instances[id];
          const auto& def = lib_.at(inst.structure);
          const int in = net_of(inst, def.input), outn = net_of(inst, def.output);
          if (in < 0 || ss[in] < 0) continue;
          const int k = ss[in], so = outn >= 0 ? ss[outn] : -1;
          for (int i : def.reference_side) changes.push_back({inst.devices[i], Function::Load, k});
          if (so == k) {
            for (int i : def.output_side) changes.push_back({inst.devices[i], Function::Load, k});
          } else {
            const int st = std::max(k + 1, so);
            for (int i : def.output_side) changes.push_back({inst.devices[i], Function::Transconductance, st});
            marks.emplace_back(outn, st);
          }
        }
      }
      if (!apply(changes, marks)) break;
    }
  }

  // Devices not on the signal path set currents: their stage is that of the branch their drain
  // or source sits in (a tail source belongs to its stage); the rest is the bias network.
  void stage_bias_devices() {
    net_stage_.assign(g_.net_count(), INT_MAX);
    auto touch = [&](int net, int stage) {
      if (net >= 0 && !g_.is_rail(net)) net_stage_[net] = std::min(net_stage_[net], stage);
    };
    for (int d : g_.mos_devices())
      if (out_.signal_path[d]) {
        touch(g_.drain(d), out_.stage[d]);
        touch(g_.source(d), out_.stage[d]);
      }
    std::vector<bool> done(g_.device_count(), false);
    for (bool moved = true; moved;) {
      std::vector<std::pair<int, int>> found;
      for (int d : g_.mos_devices()) {
        if (out_.signal_path[d] || done[d]) continue;
        int st = INT_MAX;
        for (int n : {g_.drain(d), g_.source(d)})
          if (n >= 0 && !g_.is_rail(n)) st = std::min(st, net_stage_[n]);
        if (st != INT_MAX) found.emplace_back(d, st);
      }
      moved = !found.empty();
      for (auto [d, st] : found) {
        done[d] = true;
        out_.stage[d] = st;
        touch(g_.drain(d), st);
        touch(g_.source(d), st);
      }
    }
  }

  bool signal(int net) const { return net >= 0 && out_.signal_stage[net] >= 0; }

  int known_stage(int net) const {
    if (net < 0) return -1;
    if (out_.signal_stage[net] >= 0) return out_.signal_stage[net];
    return net_stage_[net] == INT_MAX ? -1 : net_stage_[net];
  }

  // A net's stage, looking through one series resistor (a nulling resistor in front of Cc).
  int stage_through_resistor(int net) const {
    int st = known_stage(net);
    if (net < 0 || st >= 0) return st;
    for (const auto& at : g_.attachments(net)) {
      if (g_.kind(at.device) != DeviceKind::Resistor) continue;
      const int other = g_.net(at.device, at.pin == Pin::Plus ? Pin::Minus : Pin::Plus);
      if (!g_.is_rail(other)) st = std::max(st, known_stage(other));
    }
    return st;
  }

  // Capacitors between two inner nodes compensate, to a rail they load. A resistor in series
  // with a compensation capacitor is part of the compensation.
  void passives() {
    std::vector<bool> compensation_net(g_.net_count(), false);
    for (int d = 0; d < g_.device_count(); ++d) {
      if (g_.kind(d) != DeviceKind::Capacitor) continue;
      const int a = g_.net(d, Pin::Plus), b = g_.net(d, Pin::Minus);
      if (g_.is_rail(a) || g_.is_rail(b)) {
        out_.function[d] = Function::Load;
        out_.stage[d] = std::max(0, known_stage(g_.is_rail(a) ? b : a));
      } else {
        out_.function[d] = Function::Compensation;
        out_.stage[d] = std::max({0, stage_through_resistor(a), stage_through_resistor(b)});
        if (a >= 0) compensation_net[a] = true;
        if (b >= 0) compensation_net[b] = true;
      }
    }
    for (int d = 0; d < g_.device_count(); ++d) {
      const auto kind = g_.kind(d);
      if (kind == DeviceKind::Resistor) {
        const int a = g_.net(d, Pin::Plus), b = g_.net(d, Pin::Minus);
        const bool comp = (a >= 0 && compensation_net[a] && !g_.is_rail(a)) || (b >= 0 && compensation_net[b] && !g_.is_rail(b));
        const int st = std::max({0, known_stage(a), known_stage(b)});
        if (comp) out_.function[d] = Function::Compensation;
        else if ((g_.is_rail(a) && signal(b)) || (g_.is_rail(b) && signal(a)))
          out_.function[d] = Function::Load;
        else out_.function[d] = Function::Bias;
        out_.stage[d] = st;
      } else if (!circuit::is_mos(kind) && kind != DeviceKind::Capacitor) {
        out_.warnings.push_back(g_.circuit().devices[d].name + ": a " + circuit::to_string(kind) +
                                " inside the opamp is left out of the decomposition");
      }
    }
  }
};

}  // namespace

FunctionAnalysis analyse_functions(const CircuitGraph& g, const Recognition& rec, const Library& lib) {
  return Analysis(g, rec, lib).run();
}

}  // namespace inversize::structure
