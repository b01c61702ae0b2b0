// Numbers for people: engineering notation with SI prefixes ("12 µm", "20.5 µA", "1.4 pF").
#pragma once

#include <QString>

namespace inversize::ui {

QString si(double value, const QString& unit, int digits = 3);

}  // namespace inversize::ui
