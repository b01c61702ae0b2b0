// Number formatting and parsing for the terminal.
#pragma once

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <string>

#include "netlist/units.hpp"

namespace cli {

// Engineering notation: 1.23e-5 -> "12.3 u" + unit.
inline std::string format_value(double v, const std::string& unit = "") {
  if (v == 0 || !std::isfinite(v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g%s%s", v, unit.empty() ? "" : " ", unit.c_str());
    return buf;
  }
  static const char* prefixes[] = {"f", "p", "n", "u", "m", "", "k", "M", "G", "T"};
  int e = static_cast<int>(std::floor(std::log10(std::abs(v)) / 3));
  // SI prefixes only for base units; dB, deg, V/us, um^2 and bare numbers stay plain.
  const bool prefixed = unit == "Hz" || unit == "W" || unit == "A" || unit == "F" || unit == "S" || unit == "s";
  if (!prefixed && std::abs(v) >= 1e-3 && std::abs(v) < 1e6) e = 0;
  e = std::max(-5, std::min(4, e));
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.4g %s%s", v / std::pow(10.0, 3 * e), prefixes[e + 5], unit.c_str());
  if (!prefixed && e == 0) std::snprintf(buf, sizeof buf, "%.4g %s", v, unit.c_str());
  std::string s = buf;
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
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
