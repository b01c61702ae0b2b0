#include "common/si_format.hpp"

#include <cmath>

namespace inversize::ui {

QString si(double value, const QString& unit, int digits) {
  if (!std::isfinite(value)) return QStringLiteral("—");
  if (value == 0) return QStringLiteral("0 ") + unit;
  static const char* const prefixes[] = {"f", "p", "n", "µ", "m", "", "k", "M", "G"};
  int exp3 = static_cast<int>(std::floor(std::log10(std::abs(value)) / 3));
  exp3 = std::clamp(exp3, -5, 3);
  const double scaled = value / std::pow(10.0, 3 * exp3);
  return QString::number(scaled, 'g', digits) + QLatin1Char(' ') + QString::fromUtf8(prefixes[exp3 + 5]) + unit;
}

}  // namespace inversize::ui
