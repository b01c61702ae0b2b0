#include "common/si_format.hpp"

#include <cmath>

#include "common/engineering.hpp"
#include "common/performance.hpp"

namespace inversize::ui {

QString si(double value, const QString& unit, int digits) {
  if (!std::isfinite(value)) return QStringLiteral("—");
  return QString::fromStdString(inversize::si_format(value, unit.toStdString(), digits, "µ"));
}

QString display_unit(std::string_view unit) {
  if (unit == "um^2") return QStringLiteral("µm²");
  if (unit == "V/us") return QStringLiteral("V/µs");
  if (unit == "deg") return QStringLiteral("°");
  return QString::fromUtf8(unit.data(), qsizetype(unit.size()));
}

QString performance_text(std::size_t performance, double value) {
  if (!std::isfinite(value)) return QStringLiteral("—");
  const std::string_view unit = kPerformances.at(performance).unit;
  // Base units take a prefix; the others are already scaled (dB, V/µs, µm²) or have none.
  const bool prefixed = unit == "Hz" || unit == "W" || unit == "V" || unit == "A" || unit == "F" || unit == "s";
  if (prefixed) return si(value, display_unit(unit), 4);
  const QString number = QString::number(value, 'g', 4);
  // %g would write 12345 µm² as 1.234e+04: large plain values are written out, rounded.
  const QString text = std::abs(value) >= 1e4 ? QString::number(std::round(value), 'f', 0) : number;
  return unit == "deg" ? text + display_unit(unit) : text + QLatin1Char(' ') + display_unit(unit);
}

}  // namespace inversize::ui
