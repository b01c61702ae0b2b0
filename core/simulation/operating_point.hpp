// Operating point of each transistor and the sizing rules checked on it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"

namespace inversize::simulation {

enum class Region { Cutoff, Linear, Saturation };
const char* to_string(Region r);

// Magnitudes as ngspice reports them (signed for PMOS); region and margins use absolute values.
struct OperatingPoint {
  Region region = Region::Cutoff;
  double vgs = 0, vds = 0, vth = 0, vdsat = 0, id = 0, gm = 0, gds = 0;
  double overdrive() const;     // |vgs| - |vth|
  double sat_margin() const;    // |vds| - |vdsat|
};

// Classifies from the magnitudes: cutoff below threshold, linear when |vds| < |vdsat|.
Region classify(const OperatingPoint& op);

struct SizingRuleLimits {
  double min_overdrive_v = 0.05;   // vgs - vth
  double min_sat_margin_v = 0.10;  // vds - vdsat
};

struct SizingRules {
  bool ok = true;
  std::vector<std::string> violations;  // "M3: vds - vdsat = 42 mV < 100 mV", ...
};

// The sizing rules' saturation margins for one transistor: its violations, as
// "M3: vds - vdsat = 42 mV < 100 mV" (empty when it is saturated with margin).
std::vector<std::string> margin_violations(const std::string& name, const OperatingPoint& op,
                                           const SizingRuleLimits& limits);

// Saturation with margins for every transistor, and equal lengths of current-mirror transistors
// (same polarity, shared gate and source, one of them diode-connected).
SizingRules check_sizing_rules(const circuit::Circuit& c, const std::map<std::string, OperatingPoint>& ops,
                               const SizingRuleLimits& limits = {});

}  // namespace inversize::simulation
