// Small text helpers shared across core (SPICE is case-insensitive: names compare in lower case).
#pragma once

#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <string>
#include <string_view>

namespace inversize {

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The first word of a line, lower case: a SPICE line's keyword or element name ("" for a blank line).
inline std::string first_word(std::string_view line) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const auto begin = line.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return "";
  return lower(line.substr(begin, line.find_first_of(kSpace, begin) - begin));
}

// printf into a string, of any length: a number with its unit in a report or a message.
[[gnu::format(printf, 1, 2)]] inline std::string printf_text(const char* format, ...) {
  va_list args, again;
  va_start(args, format);
  va_copy(again, args);
  const int n = std::vsnprintf(nullptr, 0, format, args);
  va_end(args);
  std::string out(n > 0 ? static_cast<std::size_t>(n) : 0, '\0');
  if (n > 0) std::vsnprintf(out.data(), out.size() + 1, format, again);
  va_end(again);
  return out;
}

}  // namespace inversize
