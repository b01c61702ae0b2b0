// Testbenches generated from the opamp (as the `inversize_dut` subckt), the technology and the
// conditions. Each bench is one ngspice deck plus its analyses; docs/measurements.md explains
// every harness. The same decks run in-process and, for cross-checks, in `ngspice -b`
// (batch_reference.hpp).
#pragma once

#include <string>
#include <vector>

#include "simulation/conditions.hpp"

namespace inversize::simulation {

// What the testbench needs to know about the opamp.
struct DutInfo {
  std::string text;                 // includes + models + `.subckt inversize_dut vdd vss inp inn out [ibias]`
  bool has_ibias = false;
  bool ibias_into_pin = true;       // the reference current flows into the ibias pin (NMOS diode) or out of it
  std::vector<std::string> probe_paths;  // transistors' paths inside the DUT, e.g. "m1" -> @m.xdm.m1[...]
};

struct Bench {
  std::string name;                     // "ac", "dc", "tran"
  std::string deck;                     // complete netlist, ends with .end, no .control
  std::vector<std::string> analyses;    // commands run in order, one plot each
};

inline constexpr const char* kDutName = "inversize_dut";
// Instance names in the benches; measurements read vectors by these.
inline constexpr const char* kDiffInstance = "xdm";   // open loop, differential drive; operating point read here

std::vector<Bench> make_benches(const DutInfo& dut, const Conditions& c);

// ngspice's name for a device parameter of a transistor inside instance `instance`.
std::string device_param_vector(const std::string& instance, const std::string& path, const std::string& param);

}  // namespace inversize::simulation
