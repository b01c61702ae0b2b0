// About InverSize: version, licence and the libraries it stands on.
#pragma once

#include <QDialog>

namespace inversize::ui::mainwindow {

class AboutDialog : public QDialog {
  Q_OBJECT

 public:
  explicit AboutDialog(QWidget* parent = nullptr);
  static QString text();
};

}  // namespace inversize::ui::mainwindow
