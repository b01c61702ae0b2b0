// Number formatting and parsing for the terminal.
#pragma once

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <string>

#include "common/engineering.hpp"
#include "netlist/units.hpp"

namespace cli {

// Engineering notation for base units (Hz, W, A, F, S, s); dB, deg, V/us, um^2 and bare
// numbers stay plain.
inline std::string format_value(double v, const std::string& unit = "") {
  const bool prefixed = unit == "Hz" || unit == "W" || unit == "A" || unit == "F" || unit == "S" || unit == "s";
  if (!prefixed && std::isfinite(v) && std::abs(v) >= 1e-3 && std::abs(v) < 1e6) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.4g %s", v, unit.c_str());
    std::string s = buf;
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
  }
  return inversize::si_format(v, unit);
}

// CLI11 transform: accepts SPICE numbers with SI suffixes ("2p", "20u", "1.8").
inline CLI::Validator si_number() {
  return CLI::Validator(
      [](std::string& s) {
        auto v = inversize::netlist::parse_spice_number(s);
        if (!v) throw CLI::ValidationError("not a number: " + s);
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", *v);
        s = buf;
        return std::string();
      },
      "NUMBER");
}

}  // namespace cli
