#include "common/si_spin_box.hpp"

#include <cfloat>

#include "common/si_format.hpp"

namespace inversize::ui {

SiSpinBox::SiSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
  // QDoubleSpinBox rounds every value to its decimals: as many as a double has, so that
  // 5 pF stays 5 pF; what is shown is textFromValue's.
  setDecimals(DBL_MAX_10_EXP + DBL_DIG);
  setRange(-1e300, 1e300);
}

void SiSpinBox::set_unit(std::string_view unit) {
  unit_ = std::string(unit);
  setValue(value());  // rewrites the text in the new unit
  updateGeometry();
}

void SiSpinBox::set_digits(int digits) {
  digits_ = digits;
  setValue(value());
  updateGeometry();
}

QString SiSpinBox::textFromValue(double value) const { return si_edit_text(value, unit_, digits_, locale()); }

double SiSpinBox::valueFromText(const QString& text) const {
  return parse_si(text, unit_, locale()).value_or(value());
}

QValidator::State SiSpinBox::validate(QString& text, int&) const {
  const auto v = parse_si(text, unit_, locale());
  if (!v) return QValidator::Intermediate;  // still typing ("1.2 M"), or wrong: reverted on leaving
  return *v >= minimum() && *v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

}  // namespace inversize::ui
