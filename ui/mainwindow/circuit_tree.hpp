// The circuit tree: the blocks of the decomposition with their devices, then every device.
// Choosing a block or one of its devices selects the block; a device of the device list says
// which device; the two headings change nothing.
#pragma once

#include <QTreeWidget>

namespace inversize::ui::project {
struct Document;
}

namespace inversize::ui::mainwindow {

class CircuitTree : public QTreeWidget {
  Q_OBJECT

 public:
  explicit CircuitTree(QWidget* parent = nullptr);
  void show_document(const project::Document* doc);
  void select_block(int block);  // without emitting blockSelected
  int block_count() const;

 signals:
  void blockSelected(int block);
  void deviceSelected(int device);  // index into the circuit's devices

 private:
  QTreeWidgetItem* blocks_ = nullptr;
  bool quiet_ = false;
};

}  // namespace inversize::ui::mainwindow
