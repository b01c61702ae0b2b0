// A one-line label that never widens its window: a long text is cut with "…" where it does not
// fit, and then the whole text is its tooltip. For status lines whose text grows with the
// circuit, the specification or the language. A QLabel otherwise (setText, text).
#pragma once

#include <QLabel>

namespace inversize::ui {

class ElidedLabel : public QLabel {
  Q_OBJECT

 public:
  explicit ElidedLabel(const QString& text = {}, QWidget* parent = nullptr);
  QSize minimumSizeHint() const override;  // a few characters, whatever the text

 protected:
  void paintEvent(QPaintEvent* event) override;
};

}  // namespace inversize::ui
