#include "simulation/operating_point.hpp"

#include <cmath>
#include <cstdio>

namespace inversize::simulation {

const char* to_string(Region r) {
  switch (r) {
    case Region::Cutoff: return "cutoff";
    case Region::Linear: return "linear";
    case Region::Saturation: return "saturation";
  }
  return "?";
}

double OperatingPoint::overdrive() const { return std::abs(vgs) - std::abs(vth); }
double OperatingPoint::sat_margin() const { return std::abs(vds) - std::abs(vdsat); }

Region classify(const OperatingPoint& op) {
  if (op.overdrive() < 0) return Region::Cutoff;
  if (op.sat_margin() < 0) return Region::Linear;
  return Region::Saturation;
}

namespace {
std::string mv(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f mV", v * 1e3);
  return buf;
}
}  // namespace

std::vector<std::string> margin_violations(const std::string& name, const OperatingPoint& op,
                                           const SizingRuleLimits& limits) {
  std::vector<std::string> out;
  if (op.overdrive() < limits.min_overdrive_v)
    out.push_back(name + ": vgs - vth = " + mv(op.overdrive()) + " < " + mv(limits.min_overdrive_v));
  if (op.sat_margin() < limits.min_sat_margin_v)
    out.push_back(name + ": vds - vdsat = " + mv(op.sat_margin()) + " < " + mv(limits.min_sat_margin_v));
  return out;
}

SizingRules check_sizing_rules(const circuit::Circuit& c, const std::map<std::string, OperatingPoint>& ops,
                               const SizingRuleLimits& limits) {
  SizingRules r;
  auto fail = [&](std::string v) {
    r.ok = false;
    r.violations.push_back(std::move(v));
  };
  for (const auto* d : c.transistors()) {
    auto it = ops.find(d->name);
    if (it == ops.end()) {
      fail(d->name + ": no operating point");
      continue;
    }
    for (auto& v : margin_violations(d->name, it->second, limits)) fail(std::move(v));
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
        fail(ref->name + "/" + out->name + ": current mirror with unequal lengths");
    }
  }
  return r;
}

}  // namespace inversize::simulation
