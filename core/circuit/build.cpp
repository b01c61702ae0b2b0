#include "common/text.hpp"
#include "circuit/build.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "circuit/deck_testbench.hpp"
#include "circuit/normalise.hpp"
#include "netlist/expression.hpp"
#include "netlist/units.hpp"

namespace inversize::circuit {

using netlist::Deck;
using netlist::Element;
using netlist::ElementType;
using netlist::Model;
using netlist::ParseError;
using netlist::SourceLoc;
using netlist::Subckt;

namespace {

// Bounds for hostile hierarchies (a subckt instantiating itself through others, instance bombs).
constexpr int kMaxDepth = 32;
constexpr std::size_t kMaxDevices = 100000;

using inversize::lower;

// "nch.3" -> "nch": BSIM binned models share the base name's polarity.
std::string bin_base(const std::string& name) {
  auto dot = name.rfind('.');
  if (dot == std::string::npos || dot + 1 == name.size()) return name;
  for (std::size_t i = dot + 1; i < name.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(name[i]))) return name;
  return name.substr(0, dot);
}

const Model* find_model(const std::map<std::string, Model>& models, const std::string& name) {
  if (auto it = models.find(name); it != models.end()) return &it->second;
  const std::string base = bin_base(name);
  for (auto it = models.lower_bound(base + "."); it != models.end() && it->first.rfind(base + ".", 0) == 0; ++it)
    if (bin_base(it->first) == base) return &it->second;
  return nullptr;
}

bool is_value_key(ElementType type, const std::string& key) {
  switch (type) {
    case ElementType::Capacitor: return key.empty() || key == "c" || key == "capacitance" || key == "value";
    case ElementType::Resistor: return key.empty() || key == "r" || key == "resistance" || key == "value";
    case ElementType::Inductor: return key.empty() || key == "l" || key == "inductance" || key == "value";
    case ElementType::CurrentSource:
    case ElementType::VoltageSource: return key.empty() || key == "dc";
    default: return false;
  }
}

using Scope = std::map<std::string, double>;

struct RawDevice {
  Device d;
  std::vector<std::string> nets;  // flat net names
  bool top = false;               // written at the top level of a whole deck: may be the testbench's
};

class Builder {
 public:
  Builder(const Deck& deck, const BuildOptions& opt) : deck_(deck), opt_(opt) {
    for (const auto& n : opt.nmos_models) tech_n_.insert(lower(n));
    for (const auto& p : opt.pmos_models) tech_p_.insert(lower(p));
  }

  Circuit build() {
    const Subckt* opamp = choose();
    Circuit c;
    std::vector<std::string> candidates;  // nets that may carry a port role
    Scope scope = deck_.params;
    if (opamp) {
      c.name = opamp->name;
      c.subckt = opamp->name;
      c.port_order = opamp->ports;
      candidates = opamp->ports;
      if (!opamp->unsupported.empty()) throw ParseError(opamp->loc, "subckt '" + opamp->name + "' cannot be used: " + opamp->unsupported);
      scope = subckt_scope(*opamp, {}, nullptr);
      std::map<std::string, std::string> ports;
      for (const auto& p : opamp->ports) ports[p] = p;
      flatten(opamp->elements, {opamp}, "", "", ports, scope, opamp->name, 0, false);
    } else {
      c.name = deck_.title;
      if (c.name.empty() && !deck_.files.empty())  // a file without a title line: its name
        c.name = std::filesystem::path(deck_.files[0].path).stem().string();
      flatten(deck_.elements, {}, "", "", {}, scope, "", 0, true);
      std::set<std::string> seen;
      for (const auto& r : raw_)
        for (const auto& n : r.nets)
          if (seen.insert(n).second) candidates.push_back(n);
    }
    const SourceLoc where = opamp ? opamp->loc : SourceLoc{deck_.files.empty() ? "" : deck_.files[0].path, 1};

    std::set<std::string> all_nets(candidates.begin(), candidates.end());
    for (const auto& r : raw_) all_nets.insert(r.nets.begin(), r.nets.end());
    std::map<PortRole, std::string> roles = assign_roles(candidates, all_nets, where, c.warnings);

    c.scale = deck_.scale;
    set_testbench_aside(opamp, roles, c.deck_conditions);
    if (!c.deck_conditions.set_aside.empty()) {
      std::string list;
      for (const auto& e : c.deck_conditions.set_aside) list += (list.empty() ? "" : ", ") + e;
      c.notes.push_back("read from the deck's testbench (InverSize's testbenches take its values): " + list);
    }
    add_bias_sources(roles, all_nets, where);
    if (!opamp)
      for (PortRole r : {PortRole::Vdd, PortRole::Vss, PortRole::Inp, PortRole::Inn, PortRole::Out, PortRole::Ibias})
        if (roles.count(r)) c.port_order.push_back(roles[r]);

    // Net order: ground, the ports, then internal nets as they appear.
    std::unordered_map<std::string, int> index;  // a hash: flattened circuits may be large
    auto add_net = [&](const std::string& n) {
      if (index.emplace(n, static_cast<int>(c.nets.size())).second) c.nets.push_back(n);
    };
    bool has_ground = all_nets.count("0") > 0;
    for (const auto& [r, n] : roles) has_ground = has_ground || n == "0";
    if (has_ground) add_net("0");
    for (const auto& p : c.port_order) add_net(p);
    for (const auto& r : raw_)
      for (const auto& n : r.nets) add_net(n);
    for (auto& r : raw_) {
      for (const auto& n : r.nets) r.d.nets.push_back(index.at(n));
      c.devices.push_back(std::move(r.d));
    }
    for (const auto& [r, n] : roles) c.ports[r] = index.at(n);

    if (c.transistors().empty()) throw ParseError(where, "the circuit has no MOSFET: nothing for InverSize to size");
    short_zero_volt_sources(c);
    normalise_drain_source(c);
    warn_single_connections(c);
    if (opamp)
      for (const auto& p : opamp->ports) {
        bool has_role = false;
        for (const auto& [r, n] : roles) has_role = has_role || n == p;
        for (const Device& d : c.devices)  // a bias voltage holds it
          if (d.kind == DeviceKind::VoltageSource && !d.nets.empty() && d.nets[0] == c.net_index(p)) has_role = true;
        if (!has_role)
          c.warnings.push_back("port '" + p + "' has no role (vdd, vss, inp, inn, out, ibias): the simulation leaves it unconnected");
      }
    return c;
  }

 private:
  [[noreturn]] void fail(const SourceLoc& loc, const std::string& reason) const { throw ParseError(loc, reason); }

  // ---- which subckt is the opamp -------------------------------------------------------

  bool is_wrapper(const Subckt& s) const {
    if (tech_n_.count(s.name) || tech_p_.count(s.name)) return true;
    // A PDK transistor: one MOSFET plus parasitic R/C, terminals d g s b, sized by w and l.
    if (s.ports.size() != 4 || !s.param_defaults.count("w") || !s.param_defaults.count("l")) return false;
    int mos = 0;
    for (const Element& e : s.elements) {
      if (e.type == ElementType::Mosfet) ++mos;
      else if (e.type != ElementType::Capacitor && e.type != ElementType::Resistor) return false;
    }
    return mos == 1;
  }

  const Subckt* choose() const {
    const SourceLoc main{deck_.files.empty() ? "" : deck_.files[0].path, 1};
    if (!opt_.subckt.empty()) {
      auto it = deck_.subckts.find(lower(opt_.subckt));
      if (it == deck_.subckts.end())
        fail(main, "no subckt '" + opt_.subckt + "' in the netlist" + candidates_text(roots()));
      if (is_wrapper(it->second))
        fail(it->second.loc, "subckt '" + it->second.name + "' is a transistor wrapper, not an opamp");
      return &it->second;
    }
    bool top_has_devices = false;
    for (const Element& e : deck_.elements) {
      if (e.type == ElementType::Mosfet) top_has_devices = true;
      if (e.type == ElementType::Subcircuit)
        if (const Subckt* s = find_subckt(e.model, {}); s && is_wrapper(*s)) top_has_devices = true;
    }
    if (top_has_devices) return nullptr;  // the whole deck is the circuit
    std::vector<const Subckt*> r = roots();
    if (r.size() == 1) return r[0];
    if (r.empty()) fail(main, "the netlist has no MOSFET and no opamp subckt");
    std::set<std::string> instantiated;
    for (const Element& e : deck_.elements)
      if (e.type == ElementType::Subcircuit) instantiated.insert(e.model);
    std::vector<const Subckt*> used;
    for (const Subckt* s : r)
      if (instantiated.count(s->name)) used.push_back(s);
    if (used.size() == 1) return used[0];
    fail(main, "several subckts could be the opamp; name the one to size" + candidates_text(r));
  }

  // Non-wrapper subckts that no other non-wrapper subckt instantiates.
  std::vector<const Subckt*> roots() const {
    std::set<std::string> inside;
    for (const auto& [name, s] : deck_.subckts)
      if (!is_wrapper(s))
        for (const Element& e : s.elements)
          if (e.type == ElementType::Subcircuit) inside.insert(e.model);
    std::vector<const Subckt*> out;
    for (const auto& [name, s] : deck_.subckts)
      if (!is_wrapper(s) && !inside.count(name)) out.push_back(&s);
    return out;
  }

  static std::string candidates_text(const std::vector<const Subckt*>& c) {
    if (c.empty()) return "";
    std::string s = " (candidates: ";
    for (std::size_t i = 0; i < c.size(); ++i) s += (i ? ", " : "") + c[i]->name;
    return s + ")";
  }

  // ---- polarity ------------------------------------------------------------------------

  DeviceKind polarity(const std::string& model, const std::vector<const Subckt*>& chain, const SourceLoc& loc) const {
    const Model* m = nullptr;
    for (auto it = chain.rbegin(); it != chain.rend() && !m; ++it) m = find_model((*it)->models, model);
    if (!m) m = find_model(deck_.models, model);
    if (m) {
      if (m->type == "nmos") return DeviceKind::Nmos;
      if (m->type == "pmos") return DeviceKind::Pmos;
      fail(loc, "model '" + model + "' is a '" + m->type + "' model (" + m->loc.str() + "), not an NMOS or PMOS model");
    }
    if (tech_n_.count(model) || tech_n_.count(bin_base(model))) return DeviceKind::Nmos;
    if (tech_p_.count(model) || tech_p_.count(bin_base(model))) return DeviceKind::Pmos;
    fail(loc, "cannot tell whether model '" + model +
                  "' is NMOS or PMOS: add its .model card or name it in the technology");
  }

  DeviceKind wrapper_polarity(const Subckt& w, const SourceLoc& loc) const {
    if (tech_n_.count(w.name)) return DeviceKind::Nmos;
    if (tech_p_.count(w.name)) return DeviceKind::Pmos;
    for (const Element& e : w.elements)
      if (e.type == ElementType::Mosfet) return polarity(e.model, {&w}, e.loc);
    fail(loc, "cannot tell whether transistor wrapper '" + w.name +
                  "' is NMOS or PMOS: name it in the technology");
  }

  // Path to the first MOSFET inside a wrapper ("m0", or "x1.m0" through inner instances).
  std::string mos_path(const Subckt& s, int depth) const {
    int budget = 64;  // subckts looked into: wrappers are shallow, hostile ones must stay cheap
    return mos_path(s, depth, budget);
  }
  std::string mos_path(const Subckt& s, int depth, int& budget) const {
    for (const Element& e : s.elements)
      if (e.type == ElementType::Mosfet) return lower(e.name);
    if (depth < 8)
      for (const Element& e : s.elements)
        if (e.type == ElementType::Subcircuit && --budget > 0)
          if (const Subckt* inner = find_subckt(e.model, {&s}))
            if (auto p = mos_path(*inner, depth + 1, budget); !p.empty()) return lower(e.name) + "." + p;
    return "";
  }

  // ---- parameters ----------------------------------------------------------------------

  double eval(const std::string& text, const Scope& scope, const Element& e, const std::string& what) const {
    try {
      return netlist::evaluate(text, scope);
    } catch (const netlist::EvalError& err) {
      fail(e.loc, "cannot evaluate " + what + "=" + text + " of '" + e.name + "': " + err.what());
    }
  }

  // Globals, the instance's parameters, the subckt's other defaults (which may use them:
  // l={w/2}), then its .param lines.
  Scope subckt_scope(const Subckt& s, const std::vector<std::pair<std::string, double>>& instance,
                     const Element* inst) const {
    Scope scope = deck_.params;
    std::map<std::string, std::string> pending = s.param_defaults;
    for (const auto& [k, v] : instance) {
      scope[k] = v;
      pending.erase(k);
    }
    // Defaults may refer to each other in any order: a few passes settle them.
    for (int pass = 0; pass < 8 && !pending.empty(); ++pass) {
      for (auto it = pending.begin(); it != pending.end();) {
        try {
          scope[it->first] = netlist::evaluate(it->second, scope);
          it = pending.erase(it);
        } catch (const netlist::EvalError&) {
          ++it;
        }
      }
    }
    for (const auto& [k, text] : pending) {
      try {
        scope[k] = netlist::evaluate(text, scope);
      } catch (const netlist::EvalError& err) {
        fail(inst ? inst->loc : s.loc, "cannot evaluate parameter " + k + "=" + text + " of subckt '" + s.name + "': " + err.what());
      }
    }
    for (const auto& p : s.params) {
      try {
        scope[p.name] = netlist::evaluate(p.text, scope);
      } catch (const netlist::EvalError& err) {
        fail(p.loc, "cannot evaluate parameter '" + p.name + "' = " + p.text + ": " + err.what());
      }
    }
    return scope;
  }

  // ---- flattening ----------------------------------------------------------------------

  const Subckt* find_subckt(const std::string& name, const std::vector<const Subckt*>& chain) const {
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
      for (const Subckt& n : (*it)->nested)
        if (n.name == name) return &n;
    if (auto it = deck_.subckts.find(name); it != deck_.subckts.end()) return &it->second;
    // A PDK device the netlist instances without defining it: the technology's library has it.
    if (opt_.library && (tech_n_.count(name) || tech_p_.count(name)))
      if (auto it = opt_.library->subckts.find(name); it != opt_.library->subckts.end()) return &it->second;
    return nullptr;
  }

  void flatten(const std::vector<Element>& elements, const std::vector<const Subckt*>& chain,
               const std::string& prefix, const std::string& path, const std::map<std::string, std::string>& ports,
               const Scope& scope, const std::string& source_subckt, int depth, bool whole_deck_top) {
    auto net = [&](const std::string& local) -> std::string {
      if (local == "0") return "0";
      if (auto it = ports.find(local); it != ports.end()) return it->second;
      return path.empty() ? local : path + "." + local;
    };
    for (const Element& e : elements) {
      // Counts instances too: nested instances of near-empty subckts must not run away either.
      if (raw_.size() >= kMaxDevices || ++visits_ > 4 * kMaxDevices)
        fail(e.loc, "the circuit has more than " + std::to_string(kMaxDevices) + " devices and instances");
      RawDevice r;
      r.top = whole_deck_top;
      Device& d = r.d;
      d.name = prefix + e.name;
      d.loc = e.loc;
      d.element_path = path;
      d.source_subckt = source_subckt;
      d.source_element = e.name;
      d.model = e.model;
      for (const auto& n : e.nodes) r.nets.push_back(net(n));
      switch (e.type) {
        case ElementType::Mosfet: {
          d.kind = polarity(e.model, chain, e.loc);
          std::vector<std::pair<std::string, std::string>> given;
          for (const auto& f : e.fields) {
            if (f.key.empty()) d.params.emplace_back("", f.text);
            else given.emplace_back(f.key, f.text);
          }
          sizes(d, e, given, scope, nullptr);
          break;
        }
        case ElementType::Capacitor:
        case ElementType::Resistor:
        case ElementType::Inductor:
        case ElementType::CurrentSource: {
          d.kind = e.type == ElementType::Capacitor ? DeviceKind::Capacitor
                   : e.type == ElementType::Resistor ? DeviceKind::Resistor
                   : e.type == ElementType::Inductor ? DeviceKind::Inductor
                                                     : DeviceKind::CurrentSource;
          passive(e, scope, d);
          break;
        }
        case ElementType::VoltageSource:
          d.kind = DeviceKind::VoltageSource;
          passive(e, scope, d);
          break;
        case ElementType::Subcircuit: {
          instance(e, chain, prefix, path, r.nets, scope, depth);
          continue;
        }
      }
      raw_.push_back(std::move(r));
    }
  }

  void passive(const Element& e, const Scope& scope, Device& d) const {
    bool has_value = false;
    for (const auto& f : e.fields) {
      if (is_value_key(e.type, f.key) && !has_value) {
        d.value = eval(f.text, scope, e, f.key.empty() ? "the value" : f.key);
        has_value = true;
      } else if (f.key == "ac" || f.key == "acphase") {
        // small-signal stimulus: the testbench sets its own
      } else {
        d.params.emplace_back(f.key, param_text(f.text, scope));
      }
    }
    if (!has_value && (e.type == ElementType::Capacitor || e.type == ElementType::Resistor || e.type == ElementType::Inductor))
      fail(e.loc, std::string(to_string(d.kind)) + " '" + e.name + "' has no value InverSize can size");
  }

  // Expressions become numbers (the DUT has no parameters); other text stays as written.
  static std::string param_text(const std::string& text, const Scope& scope) {
    try {
      return netlist::format_spice_number(netlist::evaluate(text, scope));
    } catch (const netlist::EvalError&) {
      return text;
    }
  }

  // W, L, M, NF and the other parameters of a transistor line. Values may use the line's own
  // W, L, NF, M (xschem: ad='int((nf+1)/2) * W/nf * 0.29'); such parameters stay expressions and
  // are evaluated again at every size. W and L are in the deck's unit (`.option scale`) as written.
  void sizes(Device& d, const Element& e, const std::vector<std::pair<std::string, std::string>>& given,
             const Scope& scope, const Subckt* wrapper) const {
    static const std::set<std::string> size_keys = {"w", "l", "m", "nf"};
    Scope own = scope;
    bool has_w = false, has_l = false;
    for (const auto& [k, text] : given) {
      if (!size_keys.count(k)) continue;
      const double v = eval(text, scope, e, k == "nf" ? std::string("NF") : std::string(1, static_cast<char>(std::toupper(k[0]))));
      own[k] = v;
      if (k == "w") { d.w = v; has_w = true; }
      else if (k == "l") { d.l = v; has_l = true; }
      else if (k == "m") { d.m = v; d.m_written = true; }
      else { d.nf = v; d.nf_written = true; }
    }
    if (wrapper) {
      // Only w and l of the wrapper's defaults matter; its other internals are the PDK's business.
      Scope defaults = deck_.params;
      for (const auto& [k, v] : own)
        if (size_keys.count(k)) defaults[k] = v;
      auto fallback = [&](const char* key, double& out, bool& has) {
        auto it = wrapper->param_defaults.find(key);
        if (has || it == wrapper->param_defaults.end()) return;
        out = eval(it->second, defaults, e, std::string(key) + " (default of " + wrapper->name + ")");
        own[key] = out;
        has = true;
      };
      fallback("w", d.w, has_w);
      fallback("l", d.l, has_l);
    }
    if (!has_w || !has_l)
      fail(e.loc, "MOSFET '" + e.name + "' has no " + std::string(!has_w ? "W=" : "L=") + ": InverSize needs explicit sizes");
    for (const auto& [k, text] : given) {
      if (size_keys.count(k)) continue;
      bool uses_size = false;
      try {
        for (const auto& id : netlist::referenced_identifiers(text))
          if (size_keys.count(id) && !scope.count(id)) uses_size = true;
      } catch (const netlist::EvalError&) {
      }
      if (uses_size) {
        eval(text, own, e, k);  // fails here, with file:line, if it cannot be evaluated at all
        d.size_expressions.emplace_back(k, text);
      } else if (wrapper) {
        d.params.emplace_back(k, netlist::format_spice_number(eval(text, own, e, k)));
      } else {
        d.params.emplace_back(k, param_text(text, own));
      }
    }
    d.w *= deck_.scale;
    d.l *= deck_.scale;
    check_size(d, e);
  }

  void check_size(const Device& d, const Element& e) const {
    if (!(d.w > 0) || !(d.l > 0)) fail(e.loc, "MOSFET '" + e.name + "' has a W or L that is not positive");
    if (!(d.m > 0) || !(d.nf > 0)) fail(e.loc, "MOSFET '" + e.name + "' has an M or NF that is not positive");
  }

  void instance(const Element& e, const std::vector<const Subckt*>& chain, const std::string& prefix,
                const std::string& path, const std::vector<std::string>& nets, const Scope& scope, int depth) {
    const Subckt* s = find_subckt(e.model, chain);
    if (!s) fail(e.loc, "'" + e.name + "' uses subckt '" + e.model + "', which is not defined");
    if (!s->unsupported.empty()) fail(e.loc, "'" + e.name + "' uses subckt '" + s->name + "', which cannot be used: " + s->unsupported);
    if (nets.size() != s->ports.size())
      fail(e.loc, "'" + e.name + "' connects " + std::to_string(nets.size()) + " nodes but subckt '" + s->name + "' has " +
                      std::to_string(s->ports.size()) + " ports");
    if (is_wrapper(*s)) {
      RawDevice r;
      Device& d = r.d;
      d.name = prefix + e.name;
      d.loc = e.loc;
      d.element_path = path;
      d.source_subckt = chain.empty() ? "" : chain.back()->name;
      d.source_element = e.name;
      d.model = s->name;
      d.wrapped = true;
      d.kind = wrapper_polarity(*s, e.loc);
      d.inner_path = mos_path(*s, 0);
      r.nets = nets;
      std::vector<std::pair<std::string, std::string>> given;
      for (const auto& f : e.fields)
        if (!f.key.empty()) given.emplace_back(f.key, f.text);
      sizes(d, e, given, scope, s);
      raw_.push_back(std::move(r));
      return;
    }
    std::vector<std::pair<std::string, double>> params;
    for (const auto& f : e.fields)
      if (!f.key.empty()) params.emplace_back(f.key, eval(f.text, scope, e, f.key));
    if (depth + 1 > kMaxDepth) fail(e.loc, "subckt instances nested more than " + std::to_string(kMaxDepth) + " deep");
    if (std::find(chain.begin(), chain.end(), s) != chain.end())
      fail(e.loc, "'" + e.name + "' instantiates subckt '" + s->name + "' inside itself");
    std::map<std::string, std::string> ports;
    for (std::size_t i = 0; i < nets.size(); ++i) ports[s->ports[i]] = nets[i];
    std::vector<const Subckt*> inner = chain;
    inner.push_back(s);
    const Scope child = subckt_scope(*s, params, &e);
    const std::string name_lower = lower(e.name);
    flatten(s->elements, inner, prefix + e.name + ".", path.empty() ? name_lower : path + "." + name_lower, ports,
            child, s->name, depth + 1, false);
  }

  // ---- the deck's testbench -------------------------------------------------------------

  static bool two_terminal(ElementType t) { return t != ElementType::Mosfet && t != ElementType::Subcircuit; }
  static DeviceKind kind_of(ElementType t) {
    switch (t) {
      case ElementType::VoltageSource: return DeviceKind::VoltageSource;
      case ElementType::CurrentSource: return DeviceKind::CurrentSource;
      case ElementType::Capacitor: return DeviceKind::Capacitor;
      case ElementType::Resistor: return DeviceKind::Resistor;
      default: return DeviceKind::Inductor;
    }
  }

  // Sets the deck's supplies, inputs, load and reference aside (a whole deck) or reads them
  // around the opamp's instance (a subckt), into `out`.
  void set_testbench_aside(const Subckt* opamp, const std::map<PortRole, std::string>& roles, DeckConditions& out) {
    std::vector<TopElement> top;
    std::set<std::string> circuit_nets;
    if (!opamp) {
      std::vector<std::size_t> at;
      for (std::size_t i = 0; i < raw_.size(); ++i) {
        const RawDevice& r = raw_[i];
        const bool candidate = r.top && r.nets.size() == 2 && !is_mos(r.d.kind);
        if (!candidate) {
          circuit_nets.insert(r.nets.begin(), r.nets.end());
          continue;
        }
        top.push_back(TopElement{r.d.name, r.d.kind, r.nets[0], r.nets[1], r.d.value});
        at.push_back(i);
      }
      const std::vector<bool> aside = split_testbench(top, roles, circuit_nets, out);
      std::vector<bool> drop(raw_.size(), false);
      for (std::size_t k = 0; k < at.size(); ++k) drop[at[k]] = aside[k];
      std::size_t i = 0;
      std::erase_if(raw_, [&](const RawDevice&) { return drop[i++]; });
      return;
    }
    const Element* inst = nullptr;
    for (const Element& e : deck_.elements)
      if (e.type == ElementType::Subcircuit && e.model == opamp->name && e.nodes.size() == opamp->ports.size()) {
        inst = &e;
        break;
      }
    if (!inst) return;
    std::map<std::string, std::string> to_top;  // opamp port -> top-level net
    for (std::size_t i = 0; i < opamp->ports.size(); ++i) to_top[opamp->ports[i]] = inst->nodes[i];
    std::map<PortRole, std::string> top_roles;
    for (const auto& [r, n] : roles)
      if (auto it = to_top.find(n); it != to_top.end()) top_roles[r] = it->second;
    for (const Element& e : deck_.elements) {
      const auto value = e.value("value");
      const bool source = e.type == ElementType::VoltageSource || e.type == ElementType::CurrentSource;
      if (&e != inst && two_terminal(e.type) && e.nodes.size() == 2 && (value || source)) {
        top.push_back(TopElement{e.name, kind_of(e.type), e.nodes[0], e.nodes[1], value.value_or(0)});
      } else {
        circuit_nets.insert(e.nodes.begin(), e.nodes.end());
      }
    }
    const std::vector<bool> aside = split_testbench(top, top_roles, circuit_nets, out);
    // A source from a rail to an opamp port that has no role holds that port: a bias voltage.
    std::map<std::string, std::string> from_top;
    for (const auto& [port, net] : to_top) from_top.emplace(net, port);
    const std::string vss = roles.count(PortRole::Vss) ? roles.at(PortRole::Vss) : "";
    const std::string vdd = roles.count(PortRole::Vdd) ? roles.at(PortRole::Vdd) : "";
    auto rail_inside = [&](const std::string& top_net) -> std::string {
      if (top_net == "0" || (top_roles.count(PortRole::Vss) && top_net == top_roles[PortRole::Vss])) return vss;
      if (top_roles.count(PortRole::Vdd) && top_net == top_roles[PortRole::Vdd]) return vdd;
      return "";
    };
    for (std::size_t k = 0; k < top.size(); ++k) {
      const TopElement& t = top[k];
      if (aside[k] || t.kind != DeviceKind::VoltageSource) continue;
      for (int flip = 0; flip < 2; ++flip) {
        const std::string& a = flip ? t.b : t.a;  // the port side
        const std::string& b = flip ? t.a : t.b;
        auto port = from_top.find(a);
        const std::string rail = rail_inside(b);
        if (port == from_top.end() || rail.empty() || !roleless(port->second, roles)) continue;
        RawDevice r;
        r.d.name = t.name;
        r.d.kind = DeviceKind::VoltageSource;
        r.d.value = flip ? -t.value : t.value;
        r.d.loc = opamp->loc;
        r.nets = {port->second, rail};
        raw_.push_back(std::move(r));
        out.set_aside.push_back(t.name + " (bias voltage of port '" + port->second + "', kept)");
        break;
      }
    }
  }

  static bool roleless(const std::string& net, const std::map<PortRole, std::string>& roles) {
    for (const auto& [r, n] : roles)
      if (n == net) return false;
    return true;
  }

  // --bias NET=V: a voltage source from vss holds a gate net (a cascode bias, ...).
  void add_bias_sources(const std::map<PortRole, std::string>& roles, const std::set<std::string>& all_nets,
                        const SourceLoc& where) {
    for (const auto& [net_name, volts] : opt_.bias_nets) {
      const std::string net = lower(net_name);
      if (!all_nets.count(net)) fail(where, "--bias " + net_name + "=...: the circuit has no net '" + net + "'");
      if (!roleless(net, roles)) fail(where, "--bias " + net_name + "=...: '" + net + "' is a port with a role");
      RawDevice r;
      r.d.name = "Vbias_" + net;
      r.d.kind = DeviceKind::VoltageSource;
      r.d.value = volts;
      r.d.loc = where;
      r.nets = {net, roles.at(PortRole::Vss)};
      raw_.push_back(std::move(r));
    }
  }

  // ---- ports ---------------------------------------------------------------------------

  std::map<PortRole, std::string> assign_roles(const std::vector<std::string>& candidates, const std::set<std::string>& all_nets,
                                               const SourceLoc& where, std::vector<std::string>& warnings) const {
    std::map<PortRole, std::string> roles;
    std::set<std::string> taken;
    for (const auto& [role, net_name] : opt_.port_nets) {
      const std::string n = lower(net_name);
      if (!all_nets.count(n))
        fail(where, std::string("--port ") + to_string(role) + "=" + net_name + ": the circuit has no net '" + n + "'");
      roles[role] = n;
      taken.insert(n);
    }
    for (const auto& n : candidates) {
      if (taken.count(n)) continue;
      auto role = port_role_from_string(n);
      if (!role) continue;
      if (roles.count(*role)) {
        if (!opt_.port_nets.count(*role))
          warnings.push_back("nets '" + roles[*role] + "' and '" + n + "' both look like " + to_string(*role) + "; '" +
                             roles[*role] + "' is used");
        continue;
      }
      roles[*role] = n;
      taken.insert(n);
    }
    // "vin" is the inverting input only next to a non-inverting one.
    if (roles.count(PortRole::Inp) && !roles.count(PortRole::Inn) && !taken.count("vin") &&
        std::find(candidates.begin(), candidates.end(), "vin") != candidates.end())
      roles[PortRole::Inn] = "vin";
    if (!roles.count(PortRole::Vss) && all_nets.count("0") && !taken.count("0")) roles[PortRole::Vss] = "0";

    std::string missing;
    for (PortRole r : {PortRole::Vdd, PortRole::Vss, PortRole::Inp, PortRole::Inn, PortRole::Out})
      if (!roles.count(r)) missing += std::string(missing.empty() ? "" : ", ") + to_string(r);
    if (!missing.empty()) {
      std::string names;
      for (std::size_t i = 0; i < candidates.size() && i < 20; ++i) names += (i ? " " : "") + candidates[i];
      fail(where, "cannot tell which net is " + missing + " (nets: " + names + "): name them with --port ROLE=NET, e.g. --port " +
                      to_string(*first_missing(roles)) + "=NET");
    }
    for (auto a = roles.begin(); a != roles.end(); ++a)
      for (auto b = std::next(a); b != roles.end(); ++b)
        if (a->second == b->second)
          fail(where, std::string("ports ") + to_string(a->first) + " and " + to_string(b->first) + " are the same net '" + a->second + "'");
    return roles;
  }

  static std::optional<PortRole> first_missing(const std::map<PortRole, std::string>& roles) {
    for (PortRole r : {PortRole::Vdd, PortRole::Vss, PortRole::Inp, PortRole::Inn, PortRole::Out})
      if (!roles.count(r)) return r;
    return std::nullopt;
  }

  static void warn_single_connections(Circuit& c) {
    std::vector<int> count(c.nets.size(), 0);
    std::vector<std::string> where(c.nets.size());
    static const char* mos_terminals[] = {"drain", "gate", "source", "bulk"};
    for (const Device& d : c.devices)
      for (std::size_t t = 0; t < d.nets.size(); ++t) {
        const int n = d.nets[t];
        if (n < 0) continue;
        ++count[n];
        where[n] = d.name + " " + (is_mos(d.kind) && t < 4 ? mos_terminals[t] : (t == 0 ? "node 1" : "node 2"));
      }
    std::set<std::string> ports(c.port_order.begin(), c.port_order.end());
    for (const auto& [r, n] : c.ports) ports.insert(c.nets[n]);
    for (std::size_t n = 0; n < c.nets.size(); ++n)
      if (count[n] == 1 && !ports.count(c.nets[n]) && c.nets[n] != "0")
        c.warnings.push_back("net '" + c.nets[n] + "' has only one connection (" + where[n] + ")");
  }

  const Deck& deck_;
  const BuildOptions& opt_;
  std::set<std::string> tech_n_, tech_p_;
  std::vector<RawDevice> raw_;
  std::size_t visits_ = 0;
};

}  // namespace

Circuit build_circuit(const Deck& deck, const BuildOptions& options) { return Builder(deck, options).build(); }

}  // namespace inversize::circuit
