// A value editor in engineering notation: shows "710 mV", "26.31 MHz", "62.3 dB" and takes
// what a designer types ("0.71", "710m", "710 mV", "1.2MHz", "5p"); the value is in the unit's
// base (V, Hz, F), so no caller scales by a prefix. Formatting and reading are si_format's.
#pragma once

#include <QDoubleSpinBox>
#include <string>
#include <string_view>

namespace inversize::ui {

class SiSpinBox : public QDoubleSpinBox {
  Q_OBJECT

 public:
  explicit SiSpinBox(QWidget* parent = nullptr);

  // Core's unit ("Hz", "dB", "deg", "um^2"); "" for a plain number.
  void set_unit(std::string_view unit);
  const std::string& unit() const { return unit_; }
  // Significant digits shown (6: what a designer types survives; the slider rounds its own).
  void set_digits(int digits);

  QString textFromValue(double value) const override;
  double valueFromText(const QString& text) const override;
  QValidator::State validate(QString& text, int& pos) const override;

 private:
  std::string unit_;
  int digits_ = 6;
};

}  // namespace inversize::ui
