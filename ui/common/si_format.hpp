// Numbers for people: engineering notation with SI prefixes ("12 µm", "20.5 µA", "1.4 pF").
// The one owner of how the application writes a value with its unit, and of how it reads a
// value a designer types ("710 mV", "5p", "1.2 MHz", "0.71").
#pragma once

#include <QLocale>
#include <QString>
#include <cstddef>
#include <optional>
#include <string_view>

namespace inversize::ui {

QString si(double value, const QString& unit, int digits = 3);

// A unit as people read it: "um^2" -> "µm²", "V/us" -> "V/µs", "deg" -> "°".
QString display_unit(std::string_view unit);

// Whether values in this unit are written with an SI prefix: the base units (Hz, W, V, A, F,
// s, m, Ohm). dB, degrees, V/µs and µm² are already scaled or have none.
bool takes_prefix(std::string_view unit);

// A performance's value (the performance table's unit): SI prefixes for base units
// ("26.31 MHz", "710 mV", "1.2 mW"), plain for dB, degrees, V/µs and µm² ("62.3 dB");
// four significant digits, no trailing zeros. Not finite: "—".
QString performance_text(std::size_t performance, double value);

// A share as a percentage: 0.975 -> "97.5 %".
QString percent_text(double share, int decimals = 1);

// A value as a value editor shows it: the prefix where the unit takes one, up to `digits`
// significant digits, no trailing zeros, the locale's decimal point ("710 mV", "26,315 MHz"
// in German, "62.3 dB", "60°"). `unit` as core writes it ("Hz", "deg", "um^2").
QString si_edit_text(double value, std::string_view unit, int digits = 6, const QLocale& locale = QLocale::c());

// What a designer types into a value editor of this unit, in the unit's base: a number ('.'
// or the locale's decimal point, an exponent allowed), then, where the unit takes one, an SI
// prefix (f p n u µ m k M G T; "meg" as in SPICE), then optionally the unit itself
// ("710 mV", "0.71", "5p", "5 pF", "1.2MHz", "1,2 MHz" in German, "62 dB", "60°", "60 deg").
// nullopt when the text is not such a value (a wrong unit, a prefix on dB, two numbers).
std::optional<double> parse_si(const QString& text, std::string_view unit, const QLocale& locale = QLocale::c());

}  // namespace inversize::ui
