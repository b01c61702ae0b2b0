#include "simulation/operating_point.hpp"

#include <cmath>
#include <cstdio>

#include "common/text.hpp"

namespace inversize::simulation {

const char* to_string(Region r) {
  switch (r) {
    case Region::Cutoff: return "cutoff";
    case Region::WeakInversion: return "weak inversion";
    case Region::Linear: return "linear";
    case Region::Saturation: return "saturation";
  }
  return "?";
}

// ngspice reports vgs and vds in the device's own polarity (a conducting PMOS has vgs > 0),
// but level 1-3 models give their threshold (von) and vdsat with the raw sign (negative for a
// PMOS), BSIM in the device's polarity. An enhancement device's threshold is |vth| either way,
// and a PMOS with its gate above its source has vgs < 0: it reads as off.
double OperatingPoint::overdrive() const { return vgs - std::abs(vth); }
double OperatingPoint::sat_margin() const { return std::abs(vds) - std::abs(vdsat); }

Region classify(const OperatingPoint& op) {
  const bool below_threshold = op.overdrive() < 0;
  if (below_threshold && (op.overdrive() < -kWeakInversionSpanV || std::abs(op.id) < kOffCurrentA))
    return Region::Cutoff;
  if (op.sat_margin() < 0) return Region::Linear;
  return below_threshold ? Region::WeakInversion : Region::Saturation;
}

void SizingRules::add(const std::string& rule, std::string violation) {
  ok = false;
  rules.push_back(rule);
  violations.push_back(std::move(violation));
}

namespace {
std::string mv(double v) { return printf_text("%.0f mV", v * 1e3); }
std::string amps(double a) { return printf_text("%.2g A", std::abs(a)); }
}  // namespace

std::vector<std::pair<std::string, std::string>> operating_point_violations(const std::string& name,
                                                                             const OperatingPoint& op,
                                                                             const SizingRuleLimits& limits) {
  if (classify(op) == Region::Cutoff)
    return {{kRuleOff, name + ": off, vgs - vth = " + mv(op.overdrive()) + ", id = " + amps(op.id)}};
  if (op.sat_margin() < limits.min_sat_margin_v)
    return {{kRuleSaturation,
             name + ": not saturated, vds - vdsat = " + mv(op.sat_margin()) + " < " + mv(limits.min_sat_margin_v)}};
  return {};
}

std::map<std::string, std::string> exempt_devices(const circuit::Circuit& c) {
  const int vdd = c.port(circuit::PortRole::Vdd).value_or(-2);
  const int vss = c.port(circuit::PortRole::Vss).value_or(-2);
  std::map<std::string, std::string> out;
  for (const auto* d : c.transistors()) {
    const int g = d->nets[circuit::Gate], s = d->nets[circuit::Source], dr = d->nets[circuit::Drain];
    const bool nmos = d->kind == circuit::DeviceKind::Nmos;
    const int on_rail = nmos ? vdd : vss, off_rail = nmos ? vss : vdd;
    if (dr == s) out[d->name] = "MOS capacitor (drain tied to source)";
    else if (g == s) out[d->name] = "off by design (gate tied to source)";
    else if (g == off_rail) out[d->name] = std::string("off by design (gate on ") + (nmos ? "vss" : "vdd") + ")";
    else if (g == on_rail) out[d->name] = std::string("switch (gate on ") + (nmos ? "vdd" : "vss") + ")";
  }
  return out;
}

SizingRules check_sizing_rules(const circuit::Circuit& c, const std::map<std::string, OperatingPoint>& ops,
                               const SizingRuleLimits& limits) {
  SizingRules r;
  r.exempt = exempt_devices(c);
  for (const auto* d : c.transistors()) {
    if (r.exempt.count(d->name)) continue;
    auto it = ops.find(d->name);
    if (it == ops.end()) {
      r.add(kRuleNoOperatingPoint, d->name + ": no operating point");
      continue;
    }
    for (auto& [rule, v] : operating_point_violations(d->name, it->second, limits)) r.add(rule, std::move(v));
  }
  // Mirrors: a diode-connected transistor and every transistor of its polarity sharing gate and source.
  auto ts = c.transistors();
  for (const auto* ref : ts) {
    if (ref->nets[circuit::Gate] != ref->nets[circuit::Drain]) continue;
    for (const auto* out : ts) {
      if (out == ref || out->kind != ref->kind) continue;
      if (out->nets[circuit::Gate] != ref->nets[circuit::Gate] ||
          out->nets[circuit::Source] != ref->nets[circuit::Source])
        continue;
      if (std::abs(out->l - ref->l) > 1e-12)
        r.add(kRuleMirrorLengths, ref->name + "/" + out->name + ": current mirror with unequal lengths");
    }
  }
  return r;
}

}  // namespace inversize::simulation
