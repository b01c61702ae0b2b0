// Small text helpers shared across core (SPICE is case-insensitive: names compare in lower case).
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace inversize {

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace inversize
