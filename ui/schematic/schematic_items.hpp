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
  // `blocks`: how many blocks hold the device; a shared one carries that number in a badge.
  DeviceItem(SchematicScene* scene, const Symbol& symbol, structure::Function function, QString name, QString size,
             int blocks = 1);
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
  int blocks_ = 1;
  bool highlighted_ = false;
  bool hovered_ = false;
};

// A structural block: shaded rounded regions with the block id on a label above every fill
// (the label is a handle too).
class BlockItem : public QGraphicsItem {
 public:
  BlockItem(SchematicScene* scene, int block, QString id, std::vector<Rect> rects, const std::vector<Rect>& labels);
  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
  int block() const { return block_; }
  void set_selected_look(bool on);
  // The labels (one per rectangle), separate items above the wires and every block's fill (so
  // no later block's shading hides them); the scene adds them beside the block.
  const std::vector<QGraphicsItem*>& label_items() const { return labels_; }

 protected:
  void mousePressEvent(QGraphicsSceneMouseEvent* e) override;

 private:
  SchematicScene* owner_;
  int block_;
  QString id_;
  std::vector<QRectF> rects_;
  bool selected_look_ = false;
  class Label;
  std::vector<QGraphicsItem*> labels_;
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

// The colours of the device functions, and the badge of a device shared by blocks when the
// circuit has one.
class LegendItem : public QGraphicsItem {
 public:
  explicit LegendItem(bool shared_devices = false) : shared_(shared_devices) {}
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;

 private:
  static QString shared_text();
  bool shared_;
};

// The badge of a device that several blocks share: the number of blocks in a small disc.
void paint_shared_badge(QPainter& p, QPointF centre, int blocks);

}  // namespace inversize::ui::schematic
