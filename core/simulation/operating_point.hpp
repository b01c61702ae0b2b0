// Operating point of each transistor and the sizing rules checked on it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"

namespace inversize::simulation {

// Saturation means |vds| >= |vdsat| at any inversion level: the model's own vdsat (BSIM's
// includes the few kT/q a weakly inverted channel needs). WeakInversion is a saturated device
// below threshold that still conducts, as input pairs biased for gm/Id often are; Cutoff is one
// that does not.
enum class Region { Cutoff, WeakInversion, Linear, Saturation };
const char* to_string(Region r);  // "cutoff", "weak inversion", "linear", "saturation"

// Below threshold the drain current falls about a decade per 80-90 mV (slope factor 1.3-1.5):
// more than 0.3 V below threshold a device carries about a thousandth of its threshold current
// or less, which no opamp relies on. A level-1 model below threshold carries none at all.
inline constexpr double kWeakInversionSpanV = 0.3;
inline constexpr double kOffCurrentA = 1e-12;

// Values as ngspice reports them (signed: a PMOS has negative vth, vgs, vds).
struct OperatingPoint {
  Region region = Region::Cutoff;
  double vgs = 0, vds = 0, vth = 0, vdsat = 0, id = 0, gm = 0, gds = 0;
  double overdrive() const;     // vgs - vth in the device's own polarity (negative below threshold)
  double sat_margin() const;    // |vds| - |vdsat|
};

Region classify(const OperatingPoint& op);

struct SizingRuleLimits {
  double min_sat_margin_v = 0.10;  // vds - vdsat
};

// The rules' names, as counted in `generate`'s summary.
inline constexpr const char* kRuleSaturation = "saturation";
inline constexpr const char* kRuleOff = "off";
inline constexpr const char* kRuleMirrorLengths = "mirror lengths";
inline constexpr const char* kRuleNoOperatingPoint = "no operating point";

struct SizingRules {
  bool ok = true;
  std::vector<std::string> violations;  // "M3: not saturated, vds - vdsat = 42 mV < 100 mV", ...
  std::vector<std::string> rules;       // the rule each violation breaks, same order (kRule...)
  std::map<std::string, std::string> exempt;  // devices not judged, with why: "switch (gate on vdd)"
  void add(const std::string& rule, std::string violation);
};

// Devices the saturation rules do not judge, by wiring: a gate tied to its own source or to the
// rail that turns it off (off by design), a gate on the rail that turns it fully on (a switch or
// MOS resistor, in triode on purpose), drain tied to source (a MOS capacitor). Name -> why.
std::map<std::string, std::string> exempt_devices(const circuit::Circuit& c);

// One transistor against the rules of its operating point (off, saturation). Each violation
// as {rule, "M3: not saturated, vds - vdsat = 42 mV < 100 mV"}.
std::vector<std::pair<std::string, std::string>> operating_point_violations(const std::string& name,
                                                                             const OperatingPoint& op,
                                                                             const SizingRuleLimits& limits);

// Every transistor not exempt conducts and is saturated with margin; current-mirror
// transistors (same polarity, shared gate and source, one of them diode-connected) have equal
// lengths.
SizingRules check_sizing_rules(const circuit::Circuit& c, const std::map<std::string, OperatingPoint>& ops,
                               const SizingRuleLimits& limits = {});

}  // namespace inversize::simulation
