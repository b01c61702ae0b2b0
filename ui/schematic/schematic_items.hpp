// The graphics items of the schematic scene.
#pragma once

#include <QGraphicsItem>

#include "schematic/layout.hpp"
#include "structure/function.hpp"

namespace inversize::ui::schematic {

class SchematicScene;

// One device symbol with its name and size.
class DeviceItem : public QGraphicsItem {
 public:
  DeviceItem(SchematicScene* scene, const Symbol& symbol, structure::Function function, QString name, QString size);
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
  int device() const { return symbol_.device; }
  void set_highlighted(bool on);
  bool highlighted() const { return highlighted_; }

 protected:
  void mousePressEvent(QGraphicsSceneMouseEvent* e) override;
  void hoverEnterEvent(QGraphicsSceneHoverEvent* e) override;
  void hoverLeaveEvent(QGraphicsSceneHoverEvent* e) override;

 private:
  SchematicScene* owner_;
  Symbol symbol_;
  structure::Function function_;
  QString name_, size_;
  bool highlighted_ = false;
  bool hovered_ = false;
};

// A structural block: shaded rounded regions with the block id.
class BlockItem : public QGraphicsItem {
 public:
  BlockItem(SchematicScene* scene, int block, QString id, std::vector<Rect> rects, std::vector<int> label_slots);
  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
  int block() const { return block_; }
  void set_selected_look(bool on);

 protected:
  void mousePressEvent(QGraphicsSceneMouseEvent* e) override;

 private:
  SchematicScene* owner_;
  int block_;
  QString id_;
  std::vector<QRectF> rects_;
  std::vector<int> slots_;
  bool selected_look_ = false;
};

// Wires, junction dots, rails and labels (not interactive).
class WiringItem : public QGraphicsItem {
 public:
  WiringItem(const Layout& layout, QStringList net_names);
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;

 private:
  const Layout& layout_;
  QStringList nets_;
};

// The colours of the device functions.
class LegendItem : public QGraphicsItem {
 public:
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
};

}  // namespace inversize::ui::schematic
