// A combo box whose current entry is cut with "…" where it does not fit (the whole entry is
// then its tooltip). QComboBox clips a long entry without a sign ("Transitfrequen"), which
// narrow axis choices in German and Portuguese showed.
#pragma once

#include <QComboBox>

namespace inversize::ui {

class ElidedComboBox : public QComboBox {
  Q_OBJECT

 public:
  explicit ElidedComboBox(QWidget* parent = nullptr);
  QString shown_text() const;  // the current entry as drawn at the present width

 protected:
  void paintEvent(QPaintEvent* event) override;
};

}  // namespace inversize::ui
