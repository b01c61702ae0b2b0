// Help → Keyboard shortcuts: every menu entry that has one, read from the menu bar itself, so
// the list is always the one that works (and in the interface language).
#pragma once

#include <QDialog>

class QAction;
class QMenuBar;
class QTableWidget;

namespace inversize::ui::mainwindow {

// An action's shortcuts as the dialog lists them: "Ctrl++, Ctrl+=" where it has several.
QString keys_text(const QAction& action);

class ShortcutsDialog : public QDialog {
  Q_OBJECT

 public:
  ShortcutsDialog(const QMenuBar& menus, QWidget* parent = nullptr);
  QTableWidget* table() const { return table_; }

 private:
  QTableWidget* table_;
};

}  // namespace inversize::ui::mainwindow
