// The side panel of a selected block: its structure, function and the variables of its
// devices (W, L, M or the value), with the operating point when simulated.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace inversize::ui::project {
struct Document;
}

namespace inversize::ui::mainwindow {

class BlockPanel : public QWidget {
  Q_OBJECT

 public:
  explicit BlockPanel(QWidget* parent = nullptr);
  void show_block(const project::Document* doc, int block);  // -1 or no document: empty
  int rows() const;

 private:
  QLabel* title_;
  QTableWidget* table_;
};

}  // namespace inversize::ui::mainwindow
