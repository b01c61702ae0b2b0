// Numbers for people: engineering notation with SI prefixes ("12 µm", "20.5 µA", "1.4 pF").
// The one owner of how the application writes a value with its unit.
#pragma once

#include <QString>
#include <cstddef>
#include <string_view>

namespace inversize::ui {

QString si(double value, const QString& unit, int digits = 3);

// A unit as people read it: "um^2" -> "µm²", "V/us" -> "V/µs", "deg" -> "°".
QString display_unit(std::string_view unit);

// A performance's value (the performance table's unit): SI prefixes for base units
// ("26.31 MHz", "710 mV", "1.2 mW"), plain for dB, degrees, V/µs and µm² ("62.3 dB");
// four significant digits, no trailing zeros. Not finite: "—".
QString performance_text(std::size_t performance, double value);

}  // namespace inversize::ui
