// What a technology says about variation: its process corners (library sections), its supply
// and temperature corners, its statistical library with the switches that turn global
// (die-to-die) variation and mismatch on, and Pelgrom mismatch coefficients per polarity.
// Described and validated here; running corners and Monte Carlo is the simulator's business.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace inversize::technology {

// A process corner: the sections of the corner library that select it (`.lib LIB SECTION`).
struct ProcessCorner {
  std::string name;
  std::vector<std::string> sections;
  std::string description;
};

// A named operating corner value (a supply voltage in V, a temperature in °C).
struct CornerValue {
  std::string name;
  double value = 0;
};

// The PDK's own statistical models: its sections replace the process corner's, and the two
// parameters switch global variation and mismatch (1 on, 0 off; both 0 in nominal runs).
struct Statistical {
  std::vector<std::string> sections;
  std::string global_switch;
  std::string mismatch_switch;
  std::string description;
  bool present() const { return !sections.empty() || !global_switch.empty() || !mismatch_switch.empty(); }
};

// Pelgrom coefficients of one polarity: sigma(dVT) = A_VT / sqrt(W L) and
// sigma(dbeta/beta) = A_beta / sqrt(W L) for a pair of devices, W and L in µm.
struct Pelgrom {
  double avt_mv_um = 0;
  double abeta_pct_um = 0;
};

struct Mismatch {
  std::optional<Pelgrom> nmos, pmos;
  std::string source;  // where the numbers come from
  bool present() const { return nmos || pmos; }
};

struct Variation {
  std::string library;                 // absolute path of the corner library; empty: no corners
  std::vector<ProcessCorner> process;  // in the order of the technology file
  std::string nominal;                 // the process corner used by default
  std::vector<CornerValue> supply_v;       // ascending
  std::vector<CornerValue> temperature_c;  // ascending
  Statistical statistical;
  Mismatch mismatch;

  const ProcessCorner* corner(const std::string& name) const {
    for (const auto& c : process)
      if (c.name == name) return &c;
    return nullptr;
  }
};

}  // namespace inversize::technology
