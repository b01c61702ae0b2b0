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

  // The convention of acst's topology library (docs/structure.md, "Functions and stages"):
  // only the input stage has a load; later stages are a transconductor (cascoded or not) with
  // a stage bias. So the input stage is everything whose channel carries the input pair's
  // current, a later stage only its transconductors; what is left sets currents (bias).
  void follow_signal() {
    input_stage_load();
    for (int k = 2; gain_stage(k);) ++k;
  }

  // Channel closure from the input pair's outputs: a transistor whose drain or source sits on
  // a first-stage net is a load (mirror, cascode, folding current source, diode), and its
  // other channel net joins the stage. The tail stays outside: what hangs there is bias.
  void input_stage_load() {
    std::vector<bool> tail(g_.net_count(), false);
    for (int d : g_.mos_devices())
      if (out_.signal_path[d] && out_.stage[d] == 1) {
        const int other = g_.is_rail(g_.drain(d)) ? g_.drain(d) : g_.source(d);
        if (other >= 0) tail[other] = true;
      }
    for (bool moved = true; moved;) {
      std::vector<Change> changes;
      std::vector<std::pair<int, int>> marks;
      for (int d : g_.mos_devices()) {
        if (out_.signal_path[d]) continue;
        const int dn = g_.drain(d), sn = g_.source(d);
        if (stage_of(dn) != 1 && stage_of(sn) != 1) continue;
        changes.push_back({d, Function::Load, 1});
        for (int n : {dn, sn})
          if (n >= 0 && !tail[n]) marks.emplace_back(n, 1);
      }
      moved = apply(changes, marks);
    }
  }

  // Stage k: transistors whose gate carries the stage k-1 signal and whose channel touches no
  // signal net, then their cascodes (source on a transconductor's output). Not a new stage: a
  // device whose channel touches a signal net, one whose gate hangs on a diode that is not a
  // load, or a transistor of a current mirror whose reference side is not a load. All those
  // are the stage bias of a stage already found (the output mirror of a symmetrical OTA,
  // cascoded or not). False when the stage is empty.
  bool gain_stage(int k) {
    std::vector<Change> changes;
    std::vector<std::pair<int, int>> marks;
    for (int d : g_.mos_devices()) {
      if (out_.signal_path[d] || stage_of(g_.gate(d)) != k - 1) continue;
      if (on_bias_diode(g_.gate(d)) || mirrored_by_stage_bias(d)) continue;
      if (stage_of(g_.drain(d)) >= 0 || stage_of(g_.source(d)) >= 0) continue;
      changes.push_back({d, Function::Transconductance, k});
      marks.emplace_back(g_.is_rail(g_.drain(d)) ? g_.source(d) : g_.drain(d), k);
    }
    if (!apply(changes, marks)) return false;
    for (bool moved = true; moved;) {
      changes.clear();
      marks.clear();
      for (int d : g_.mos_devices()) {
        if (out_.signal_path[d] || g_.is_rail(g_.drain(d)) || stage_of(g_.source(d)) != k) continue;
        changes.push_back({d, Function::Transconductance, k});
        marks.emplace_back(g_.drain(d), k);
      }
      moved = apply(changes, marks);
    }
    return true;
  }

  int stage_of(int net) const { return net >= 0 ? out_.signal_stage[net] : -1; }

  bool on_bias_diode(int net) const {
    for (const auto& at : g_.attachments(net))
      if (at.pin == Pin::Gate && g_.drain(at.device) == net && !out_.signal_path[at.device]) return true;
    return false;
  }

  // In a mirror whose input carries a signal but whose reference side is not on the signal
  // path (the diode or the reference cascode of a later stage's bias).
  bool mirrored_by_stage_bias(int d) const {
    for (int i = 0; i < static_cast<int>(rec_.instances.size()); ++i) {
      const auto& inst = rec_.instances[i];
      const auto& def = lib_.at(inst.structure);
      if (rec_.canonical[i] != i || def.category != Category::Mirror) continue;
      if (std::find(inst.devices.begin(), inst.devices.end(), d) == inst.devices.end()) continue;
      if (stage_of(g_.net(inst.devices[def.input.transistor], def.input.pin)) < 0) continue;
      if (std::none_of(def.reference_side.begin(), def.reference_side.end(),
                       [&](int k) { return out_.signal_path[inst.devices[k]]; }))
        return true;
    }
    return false;
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
