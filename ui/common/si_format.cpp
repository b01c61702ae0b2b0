#include "common/si_format.hpp"

#include <cmath>

#include "common/engineering.hpp"

namespace inversize::ui {

QString si(double value, const QString& unit, int digits) {
  if (!std::isfinite(value)) return QStringLiteral("—");
  return QString::fromStdString(inversize::si_format(value, unit.toStdString(), digits, "µ"));
}

}  // namespace inversize::ui
