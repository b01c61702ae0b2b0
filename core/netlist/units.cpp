#include "netlist/units.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace inversize::netlist {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Multiplier of the suffix starting at `s` (already lower case checks done here).
double suffix_scale(std::string_view s) {
  auto starts = [&](std::string_view p) {
    if (s.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i)
      if (lower(s[i]) != p[i]) return false;
    return true;
  };
  if (s.empty()) return 1.0;
  if (starts("meg")) return 1e6;
  if (starts("mil")) return 25.4e-6;
  switch (lower(s[0])) {
    case 'f': return 1e-15;
    case 'p': return 1e-12;
    case 'n': return 1e-9;
    case 'u': return 1e-6;
    case 'm': return 1e-3;
    case 'k': return 1e3;
    case 'g': return 1e9;
    case 't': return 1e12;
    default: return 1.0;  // a unit letter without scale, e.g. "5V", "10Ohm"
  }
}

}  // namespace

std::size_t scan_spice_number(std::string_view text, double& value) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
  bool digits = false;
  while (i < n && is_digit(text[i])) { ++i; digits = true; }
  if (i < n && text[i] == '.') {
    ++i;
    while (i < n && is_digit(text[i])) { ++i; digits = true; }
  }
  if (!digits) return 0;
  // Exponent only when digits follow: "1e" is 1 with a unit letter 'e'.
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < n && (text[j] == '+' || text[j] == '-')) ++j;
    if (j < n && is_digit(text[j])) {
      while (j < n && is_digit(text[j])) ++j;
      i = j;
    }
  }
  // strtod on a bounded copy: the view is not NUL-terminated.
  const std::string number(text.substr(0, i));
  double v = std::strtod(number.c_str(), nullptr);
  std::size_t letters = i;
  while (letters < n && is_alpha(text[letters])) ++letters;
  v *= suffix_scale(text.substr(i, letters - i));
  value = v;
  return letters;
}

std::optional<double> parse_spice_number(std::string_view text) {
  auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  double v = 0;
  const std::size_t used = scan_spice_number(text, v);
  if (used == 0 || used != text.size()) return std::nullopt;
  return v;
}

std::string format_spice_number(double value) {
  if (value == 0) return "0";
  if (!std::isfinite(value)) return std::isnan(value) ? "0" : (value > 0 ? "1e308" : "-1e308");
  struct Suffix { double scale; const char* name; };
  static constexpr std::array<Suffix, 9> suffixes{{{1e12, "t"}, {1e9, "g"}, {1e6, "meg"}, {1e3, "k"},
      {1.0, ""}, {1e-3, "m"}, {1e-6, "u"}, {1e-9, "n"}, {1e-12, "p"}}};
  const double mag = std::fabs(value);
  const Suffix* chosen = nullptr;
  if (mag >= 1e-15 && mag < 1e15) {
    chosen = &suffixes.back();
    for (const auto& s : suffixes)
      if (mag >= s.scale) { chosen = &s; break; }
    if (mag < 1e-12) chosen = nullptr;  // femto handled below
  }
  const double scale = chosen ? chosen->scale : (mag >= 1e-15 && mag < 1e-12 ? 1e-15 : 0.0);
  const char* name = chosen ? chosen->name : "f";
  char buf[64];
  for (int precision = 1; precision <= 17; ++precision) {
    if (scale == 0.0)
      std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    else
      std::snprintf(buf, sizeof buf, "%.*g%s", precision, value / scale, name);
    // "7e+01u" reads back right but is not the short literal wanted: ask for more digits.
    if (scale != 0.0 && std::strchr(buf, 'e') && precision < 3) continue;
    auto back = parse_spice_number(buf);
    // 15 digits is as close as a designer cares; stop there even if not bit-exact.
    if (back && (*back == value || precision >= 15)) break;
  }
  return buf;
}

}  // namespace inversize::netlist
