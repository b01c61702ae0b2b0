#include "common/elided_combo_box.hpp"

#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace inversize::ui {

ElidedComboBox::ElidedComboBox(QWidget* parent) : QComboBox(parent) {}

QString ElidedComboBox::shown_text() const {
  QStyleOptionComboBox option;
  initStyleOption(&option);
  const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
  return fontMetrics().elidedText(currentText(), Qt::ElideRight, field.width());
}

void ElidedComboBox::paintEvent(QPaintEvent*) {
  // As QComboBox paints itself, with the entry's text elided to the edit field.
  QStylePainter painter(this);
  painter.setPen(palette().color(QPalette::Text));
  QStyleOptionComboBox option;
  initStyleOption(&option);
  painter.drawComplexControl(QStyle::CC_ComboBox, option);
  option.currentText = shown_text();
  const QString tip = option.currentText == currentText() ? QString() : currentText();
  if (toolTip() != tip) setToolTip(tip);
  painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

}  // namespace inversize::ui
