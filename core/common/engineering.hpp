// Engineering notation for people: 1.23e-5, "A" -> "12.3 uA" (or "12.3 µA"). One owner for
// the CLI's tables and the application's panels.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace inversize {

// The SI prefix for values of this magnitude: the power of 1000 to divide by and its letter.
struct SiPrefix {
  double scale = 1;
  const char* prefix = "";
};
inline SiPrefix si_prefix(double magnitude, const char* micro = "u") {
  static const char* prefixes[] = {"f", "p", "n", "u", "m", "", "k", "M", "G", "T"};
  if (magnitude == 0 || !std::isfinite(magnitude)) return {};
  int e = std::clamp(static_cast<int>(std::floor(std::log10(std::abs(magnitude)) / 3)), -5, 4);
  return {std::pow(10.0, 3 * e), e == -2 ? micro : prefixes[e + 5]};
}

// `digits` significant digits; `micro` is the prefix written for 1e-6 ("u" in a terminal, "µ" in the UI).
inline std::string si_format(double value, const std::string& unit, int digits = 4, const char* micro = "u") {
  const std::string sep = unit.empty() ? "" : " ";
  char buf[64];
  if (value == 0 || !std::isfinite(value)) {
    std::snprintf(buf, sizeof buf, "%g%s%s", value, sep.c_str(), unit.c_str());
    return buf;
  }
  const auto p = si_prefix(value, micro);
  std::snprintf(buf, sizeof buf, "%.*g %s%s", digits, value / p.scale, p.prefix, unit.c_str());
  std::string s = buf;
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace inversize
