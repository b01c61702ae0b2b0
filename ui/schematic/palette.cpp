#include "schematic/palette.hpp"

#include <QCoreApplication>

namespace inversize::ui::schematic {

namespace {
// The translation keys of the function names, for lupdate; the text itself is structure::to_string.
[[maybe_unused]] const char* const kFunctionNames[] = {
    QT_TRANSLATE_NOOP("Function", "bias"), QT_TRANSLATE_NOOP("Function", "load"),
    QT_TRANSLATE_NOOP("Function", "transconductance"), QT_TRANSLATE_NOOP("Function", "compensation")};
}  // namespace

QColor function_colour(structure::Function f) {
  switch (f) {
    case structure::Function::Bias: return QColor(0x1f, 0x5f, 0xb4);
    case structure::Function::Load: return QColor(0xc8, 0x6a, 0x10);
    case structure::Function::Transconductance: return QColor(0x1e, 0x8c, 0x3a);
    case structure::Function::Compensation: return QColor(0x8e, 0x3c, 0xad);
  }
  return Qt::black;
}

QColor block_colour(const QString& block_id) {
  static const QColor tints[] = {QColor(0x7f, 0xb3, 0xe8), QColor(0xf2, 0xb8, 0x6b), QColor(0x8f, 0xd1, 0x9e),
                                 QColor(0xd8, 0xa6, 0xe8), QColor(0xf0, 0xe0, 0x70), QColor(0x9d, 0xdc, 0xdc),
                                 QColor(0xf2, 0x9c, 0x9c)};
  const QString kind = block_id.section(QLatin1Char('_'), 0, 0);
  const uint h = qHash(kind);
  return tints[h % (sizeof tints / sizeof tints[0])];
}

QString function_title(structure::Function f) {
  return QCoreApplication::translate("Function", structure::to_string(f));
}

}  // namespace inversize::ui::schematic
