#include "common/si_format.hpp"

#include <QRegularExpression>
#include <cmath>
#include <initializer_list>

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

bool takes_prefix(std::string_view unit) {
  for (std::string_view base : {"Hz", "W", "V", "A", "F", "s", "m", "Ohm"})
    if (unit == base) return true;
  return false;
}

QString performance_text(std::size_t performance, double value) {
  if (!std::isfinite(value)) return QStringLiteral("—");
  const std::string_view unit = kPerformances.at(performance).unit;
  if (takes_prefix(unit)) return si(value, display_unit(unit), 4);
  const QString number = QString::number(value, 'g', 4);
  // %g would write 12345 µm² as 1.234e+04: large plain values are written out, rounded.
  const QString text = std::abs(value) >= 1e4 ? QString::number(std::round(value), 'f', 0) : number;
  return unit == "deg" ? text + display_unit(unit) : text + QLatin1Char(' ') + display_unit(unit);
}

QString percent_text(double share, int decimals) {
  if (!std::isfinite(share)) return QStringLiteral("—");
  return QString::number(100 * share, 'f', decimals) + QStringLiteral(" %");
}

QString si_edit_text(double value, std::string_view unit, int digits, const QLocale& locale) {
  if (!std::isfinite(value)) return QStringLiteral("—");
  QString number, prefix;
  if (takes_prefix(unit)) {
    const auto p = si_prefix(value, "µ");
    number = QString::number(value / p.scale, 'g', digits);
    prefix = QString::fromUtf8(p.prefix);
  } else {
    // Written out where %g would switch to an exponent (123456.7 µm², not 1.23457e+05).
    number = std::abs(value) >= std::pow(10.0, digits) ? QString::number(std::round(value), 'f', 0)
                                                       : QString::number(value, 'g', digits);
  }
  number.replace(QLatin1Char('.'), locale.decimalPoint());
  if (unit == "deg") return number + display_unit(unit);
  if (unit.empty()) return number + (prefix.isEmpty() ? QString() : QLatin1Char(' ') + prefix);
  return number + QLatin1Char(' ') + prefix + display_unit(unit);
}

namespace {

// The spellings of a unit a designer may type: core's, the displayed one, and the usual ASCII
// and case variants.
bool is_unit(const QString& text, std::string_view unit) {
  if (text == QString::fromUtf8(unit.data(), qsizetype(unit.size())) || text == display_unit(unit)) return true;
  auto any = [&text](std::initializer_list<const char*> spellings) {
    for (const char* s : spellings)
      if (text == QString::fromUtf8(s)) return true;
    return false;
  };
  if (unit == "dB") return any({"db", "DB"});
  if (unit == "Hz") return any({"hz", "HZ"});
  if (unit == "deg") return any({"°", "Deg", "degree", "degrees"});
  if (unit == "V/us") return any({"V/µs", "V/μs"});
  if (unit == "um^2") return any({"µm^2", "um²", "um2", "µm2", "μm²"});
  if (unit == "Ohm") return any({"Ω", "ohm"});
  return false;
}

// The multiplier of an SI prefix letter (case matters: m milli, M mega).
std::optional<double> prefix_scale(QChar c) {
  switch (c.unicode()) {
    case 'f': return 1e-15;
    case 'p': return 1e-12;
    case 'n': return 1e-9;
    case 'u': case 0x00B5: case 0x03BC: return 1e-6;  // u, micro sign, Greek mu
    case 'm': return 1e-3;
    case 'k': case 'K': return 1e3;
    case 'M': return 1e6;
    case 'G': return 1e9;
    case 'T': return 1e12;
    default: return std::nullopt;
  }
}

}  // namespace

std::optional<double> parse_si(const QString& input, std::string_view unit, const QLocale& locale) {
  const QString point = locale.decimalPoint();
  // '.' always; the locale's decimal point too (the German comma).
  const QString dot = point == QStringLiteral(".") ? QStringLiteral("\\.")
                                                   : QStringLiteral("[.") + QRegularExpression::escape(point) + QLatin1Char(']');
  const QRegularExpression number(QStringLiteral("^\\s*([+-]?(?:\\d+(?:%1\\d*)?|%1\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*$").arg(dot));
  const auto m = number.match(input);
  if (!m.hasMatch()) return std::nullopt;
  QString digits = m.captured(1);
  if (point != QStringLiteral(".")) digits.replace(point, QStringLiteral("."));
  bool ok = false;
  const double value = digits.toDouble(&ok);
  if (!ok) return std::nullopt;
  QString rest = m.captured(2);
  rest.remove(QLatin1Char(' '));
  if (rest.isEmpty() || is_unit(rest, unit)) return value;
  if (!takes_prefix(unit)) return std::nullopt;
  double scale = 1;
  if (rest.startsWith(QStringLiteral("meg"), Qt::CaseInsensitive)) {  // SPICE's mega
    scale = 1e6;
    rest.remove(0, 3);
  } else if (const auto s = prefix_scale(rest.front())) {
    scale = *s;
    rest.remove(0, 1);
  } else {
    return std::nullopt;
  }
  if (!rest.isEmpty() && !is_unit(rest, unit)) return std::nullopt;
  return value * scale;
}

}  // namespace inversize::ui
