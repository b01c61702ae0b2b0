// SPICE numbers: "10u", "1.5kOhm", "3meg", "5mil", "1e-6" <-> double.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace inversize::netlist {

// Reads a number with an optional SI suffix (f p n u m k meg g t, mil; case-insensitive) and
// ignores trailing unit letters as SPICE does ("10uF" = 10e-6, "1F" = 1e-15).
// Returns the number of characters consumed (0 when `text` does not start with a number).
std::size_t scan_spice_number(std::string_view text, double& value);

// The whole of `text` (surrounding blanks allowed) as a SPICE number; nullopt otherwise.
std::optional<double> parse_spice_number(std::string_view text);

// Shortest SPICE literal that reads back as `value` (up to 15 significant digits),
// e.g. 1.2e-05 -> "12u", 3.3e6 -> "3.3meg", 0 -> "0".
std::string format_spice_number(double value);

}  // namespace inversize::netlist
