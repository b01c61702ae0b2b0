// The Close button of an information dialog (about, keyboard shortcuts, user guide): the row
// under its content, closing it as Escape does.
#pragma once

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>

namespace inversize::ui {

inline void add_close_button(QDialog* dialog, QBoxLayout* layout) {
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
  QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  layout->addWidget(buttons);
}

}  // namespace inversize::ui
