#include "mainwindow/circuit_tree.hpp"

#include <QHeaderView>

#include "common/vocabulary.hpp"
#include "project/document.hpp"
#include "schematic/palette.hpp"

namespace inversize::ui::mainwindow {

namespace {
constexpr int kBlockRole = Qt::UserRole + 1;
constexpr int kDeviceRole = Qt::UserRole + 2;
}

CircuitTree::CircuitTree(QWidget* parent) : QTreeWidget(parent) {
  setColumnCount(2);
  setHeaderLabels({tr("Element"), tr("Function")});
  // Names whole; the function fills what is left, cut with "…" in a narrow dock (its tooltip
  // says it whole), so the tree never scrolls sideways for it.
  header()->setStretchLastSection(true);
  header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  header()->setSectionResizeMode(1, QHeaderView::Stretch);
  header()->setMinimumSectionSize(24);
  setIndentation(14);  // three levels of names in a dock of a laptop's window
  setMinimumWidth(180);
  connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (quiet_ || !item) return;
    QTreeWidgetItem* it = item;
    while (it && !it->data(0, kBlockRole).isValid()) it = it->parent();
    if (it) emit blockSelected(it->data(0, kBlockRole).toInt());
    else if (item->data(0, kDeviceRole).isValid()) emit deviceSelected(item->data(0, kDeviceRole).toInt());
  });
}

void CircuitTree::show_document(const project::Document* doc) {
  clear();
  blocks_ = nullptr;
  if (!doc) return;
  const auto& c = doc->circuit();
  const auto& d = doc->decomposition;
  blocks_ = new QTreeWidgetItem(this, {tr("Blocks (%1)").arg(d.blocks.size())});
  for (std::size_t b = 0; b < d.blocks.size(); ++b) {
    const auto& block = d.blocks[b];
    auto* item = new QTreeWidgetItem(blocks_, {QString::fromStdString(block.id), schematic::function_title(block.function)});
    item->setData(0, kBlockRole, static_cast<int>(b));
    item->setToolTip(0, block_description(block));
    item->setForeground(1, schematic::function_colour(block.function));
    item->setToolTip(1, item->text(1));
    for (int dv : block.devices) new QTreeWidgetItem(item, {QString::fromStdString(c.devices[dv].name)});
  }
  auto* devices = new QTreeWidgetItem(this, {tr("Devices (%1)").arg(d.devices.size())});
  for (const auto& r : d.devices) {
    auto* item = new QTreeWidgetItem(devices, {QString::fromStdString(r.name), schematic::function_title(r.function)});
    for (std::size_t i = 0; i < c.devices.size(); ++i)
      if (c.devices[i].name == r.name) item->setData(0, kDeviceRole, static_cast<int>(i));
    item->setForeground(1, schematic::function_colour(r.function));
    item->setToolTip(1, item->text(1));
  }
  blocks_->setExpanded(true);
  // The two headings span the row: their words ("Bauelemente (9)") do not widen the names' column.
  for (QTreeWidgetItem* heading : {blocks_, devices}) heading->setFirstColumnSpanned(true);
}

void CircuitTree::select_block(int block) {
  quiet_ = true;
  if (blocks_ && block >= 0 && block < blocks_->childCount())
    setCurrentItem(blocks_->child(block));
  else
    setCurrentItem(nullptr);
  quiet_ = false;
}

int CircuitTree::block_count() const { return blocks_ ? blocks_->childCount() : 0; }

}  // namespace inversize::ui::mainwindow
