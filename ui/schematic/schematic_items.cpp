#include "schematic/schematic_items.hpp"

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "schematic/palette.hpp"
#include "schematic/schematic_scene.hpp"
#include "schematic/symbol_painter.hpp"

namespace inversize::ui::schematic {

namespace {
QRectF qrect(const Rect& r) { return QRectF(QPointF(r.x0, r.y0), QPointF(r.x1, r.y1)); }
const QColor kInk(0x20, 0x20, 0x20);
const QColor kWire(0x30, 0x30, 0x30);
}  // namespace

// ---- DeviceItem

DeviceItem::DeviceItem(SchematicScene* scene, const Symbol& symbol, structure::Function function, QString name,
                       QString size, int blocks)
    : owner_(scene), symbol_(symbol), function_(function), name_(std::move(name)), size_(std::move(size)), blocks_(blocks) {
  setAcceptHoverEvents(true);
  setZValue(2);
  setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

QRectF DeviceItem::boundingRect() const {
  // The symbol, its name and size as paint() draws them: a horizontal capacitor's texts sit
  // above and below its plates, outside the symbol box, and were clipped by the item cache.
  return qrect(symbol_.box)
      .adjusted(-6, -6, 6, 6)
      .united(qrect(symbol_.name_box).adjusted(-22, -4, 22, 4))
      .united(qrect(symbol_.size_box).adjusted(-22, -4, 22, 4));
}

void DeviceItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  const QRectF body = qrect(symbol_.box);
  if (highlighted_ || hovered_) {
    p->setPen(Qt::NoPen);
    p->setBrush(highlighted_ ? QColor(255, 214, 0, 150) : QColor(120, 170, 255, 70));
    p->drawRoundedRect(body.adjusted(-5, -5, 5, 5), 6, 6);
  }
  const QColor ink = owner_->functions_visible() ? function_colour(function_) : kInk;
  paint_symbol(*p, symbol_, ink);
  // name and size where the layout kept room for them
  const bool centred = !circuit::is_mos(symbol_.kind) && !symbol_.vertical;
  const bool text_left = circuit::is_mos(symbol_.kind) && symbol_.mirrored;
  const Qt::Alignment align = centred ? Qt::AlignHCenter : (text_left ? Qt::AlignRight : Qt::AlignLeft);
  QFont f = p->font();
  f.setPixelSize(11);
  f.setBold(true);
  p->setFont(f);
  p->setPen(kInk);
  const double grow_l = text_left || centred ? 20 : 0, grow_r = text_left ? 0 : 20;
  p->drawText(qrect(symbol_.name_box).adjusted(-grow_l, -2, grow_r, 2), align | Qt::AlignVCenter, name_);
  f.setBold(false);
  f.setPixelSize(10);  // W/L and values stay readable at fit-to-window zoom
  p->setFont(f);
  p->setPen(QColor(0x55, 0x55, 0x55));
  p->drawText(qrect(symbol_.size_box).adjusted(-grow_l, -2, grow_r, 2), align | Qt::AlignVCenter, size_);
  // A device several blocks share: their number at the symbol's corner away from the gate.
  if (blocks_ > 1) {
    const QRectF box = qrect(symbol_.box);
    paint_shared_badge(*p, symbol_.mirrored ? box.topRight() + QPointF(-7, 7) : box.topLeft() + QPointF(7, 7), blocks_);
  }
}

void paint_shared_badge(QPainter& p, QPointF centre, int blocks) {
  p.save();
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
  p.setBrush(QColor(0xff, 0xf4, 0xd6));
  p.drawEllipse(centre, 6.5, 6.5);
  QFont f = p.font();
  f.setPixelSize(9);
  f.setBold(true);
  p.setFont(f);
  p.setPen(QColor(0x30, 0x30, 0x30));
  p.drawText(QRectF(centre.x() - 6.5, centre.y() - 6.5, 13, 13), Qt::AlignCenter, QString::number(blocks));
  p.restore();
}

void DeviceItem::set_highlighted(bool on) {
  highlighted_ = on;
  update();
}

void DeviceItem::mousePressEvent(QGraphicsSceneMouseEvent* e) {
  if (e->button() == Qt::LeftButton) {
    emit owner_->deviceClicked(symbol_.device);
    e->accept();
    return;
  }
  QGraphicsItem::mousePressEvent(e);
}

void DeviceItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
  hovered_ = true;
  update();
}

void DeviceItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
  hovered_ = false;
  update();
}

// ---- BlockItem

namespace {
QFont block_label_font() {
  QFont f;
  f.setPixelSize(11);
  f.setBold(true);
  return f;
}
}  // namespace

class BlockItem::Label : public QGraphicsItem {
 public:
  Label(BlockItem* block, const Rect& r) : block_(block), rect_(qrect(r)) {
    setZValue(1.5);  // above the wires (1), below the devices (2)
    setCursor(Qt::PointingHandCursor);
  }
  QRectF boundingRect() const override { return rect_.adjusted(-1, -1, 1, 1); }
  void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override {
    p->setRenderHint(QPainter::Antialiasing);
    const QColor edge = block_colour(block_->id_).darker(150);
    p->setPen(QPen(edge, block_->selected_look_ ? 1.6 : 0.8));
    p->setBrush(QColor(255, 255, 255, 225));
    p->drawRoundedRect(rect_, 3, 3);
    p->setFont(block_label_font());
    p->setPen(edge.darker(130));
    p->drawText(rect_, Qt::AlignCenter, block_->id_);
  }

 protected:
  void mousePressEvent(QGraphicsSceneMouseEvent* e) override { block_->mousePressEvent(e); }

 private:
  BlockItem* block_;
  QRectF rect_;
};

BlockItem::BlockItem(SchematicScene* scene, int block, QString id, std::vector<Rect> rects, const std::vector<Rect>& labels)
    : owner_(scene), block_(block), id_(std::move(id)) {
  for (const Rect& r : rects) rects_.push_back(qrect(r));
  for (const Rect& l : labels) labels_.push_back(new Label(this, l));
  setZValue(0);
  setCacheMode(QGraphicsItem::DeviceCoordinateCache);
  setCursor(Qt::PointingHandCursor);
}

QRectF BlockItem::boundingRect() const {
  QRectF b;
  for (const QRectF& r : rects_) b = b.united(r.adjusted(-2, -2, 2, 2));
  return b;
}

QPainterPath BlockItem::shape() const {
  QPainterPath path;
  for (const QRectF& r : rects_) path.addRoundedRect(r, 8, 8);
  return path;
}

void BlockItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  QColor fill = block_colour(id_);
  QColor edge = fill.darker(150);
  fill.setAlpha(selected_look_ ? 110 : 55);
  p->setPen(QPen(edge, selected_look_ ? 2.0 : 1.0, selected_look_ ? Qt::SolidLine : Qt::DashLine));
  p->setBrush(fill);
  for (const QRectF& r : rects_) p->drawRoundedRect(r, 8, 8);
}

void BlockItem::set_selected_look(bool on) {
  selected_look_ = on;
  update();
  for (QGraphicsItem* l : labels_) l->update();
}

void BlockItem::mousePressEvent(QGraphicsSceneMouseEvent* e) {
  if (e->button() == Qt::LeftButton) {
    emit owner_->blockClicked(block_);
    e->accept();
    return;
  }
  QGraphicsItem::mousePressEvent(e);
}

// ---- WiringItem

WiringItem::WiringItem(const Layout& layout, QStringList net_names) : layout_(layout), nets_(std::move(net_names)) {
  setZValue(1);
  setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

// The drawing, and the rail names left of the rails.
QRectF WiringItem::boundingRect() const {
  QRectF r = qrect(layout_.bounds);
  if (layout_.vdd_net >= 0 || layout_.vss_net >= 0)
    r = r.united(QRectF(layout_.rail_x0 - 62, std::min(layout_.vdd_y, layout_.vss_y) - 10, 62,
                        std::abs(layout_.vss_y - layout_.vdd_y) + 20));
  return r;
}

void WiringItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  QPen wire(kWire, 1.4);
  wire.setCapStyle(Qt::SquareCap);
  for (const Wire& w : layout_.wires) {
    const bool rail = w.net == layout_.vdd_net || w.net == layout_.vss_net;
    const bool is_rail_line = rail && w.seg.horizontal() && (w.seg.a.y == layout_.vdd_y || w.seg.a.y == layout_.vss_y);
    p->setPen(is_rail_line ? QPen(kWire, 2.6) : wire);
    p->drawLine(QPointF(w.seg.a.x, w.seg.a.y), QPointF(w.seg.b.x, w.seg.b.y));
  }
  p->setPen(Qt::NoPen);
  p->setBrush(kWire);
  for (const Junction& j : layout_.junctions) p->drawEllipse(QPointF(j.at.x, j.at.y), 3.2, 3.2);

  QFont f = p->font();
  f.setPixelSize(11);
  // rail names at the left end of the rails
  f.setBold(true);
  p->setFont(f);
  p->setPen(kInk);
  if (layout_.vdd_net >= 0)
    p->drawText(QRectF(layout_.rail_x0 - 60, layout_.vdd_y - 8, 55, 16), Qt::AlignRight | Qt::AlignVCenter,
                nets_.value(layout_.vdd_net).toUpper());
  if (layout_.vss_net >= 0)
    p->drawText(QRectF(layout_.rail_x0 - 60, layout_.vss_y - 8, 55, 16), Qt::AlignRight | Qt::AlignVCenter,
                nets_.value(layout_.vss_net).toUpper());
  f.setBold(false);
  for (const Label& l : layout_.labels) {
    const Rect r = label_rect(l);
    const QRectF box(QPointF(r.x0, r.y0), QPointF(r.x1, r.y1));
    const QString text = QString::fromStdString(l.text);
    p->setFont(f);
    switch (l.kind) {
      case LabelKind::Port: {
        // a flag pointing away from the wire
        p->setPen(QPen(kInk, 1.2));
        p->setBrush(QColor(0xff, 0xf4, 0xd6));
        p->drawRoundedRect(box.adjusted(0, 1, 0, -1), 3, 3);
        f.setBold(true);
        p->setFont(f);
        p->drawText(box, Qt::AlignCenter, text);
        f.setBold(false);
        break;
      }
      case LabelKind::Rail: {
        // a short bar across the stub, as a rail symbol, and the rail's name
        p->setPen(QPen(kInk, 1.6));
        const bool vertical_stub = l.dir == Exit::Up || l.dir == Exit::Down;
        if (vertical_stub)
          p->drawLine(QPointF(l.at.x - 6, l.at.y), QPointF(l.at.x + 6, l.at.y));
        else
          p->drawLine(QPointF(l.at.x, l.at.y - 6), QPointF(l.at.x, l.at.y + 6));
        f.setPixelSize(9);
        p->setFont(f);
        p->setPen(QColor(0x50, 0x50, 0x50));
        QRectF tb = box;
        if (l.dir == Exit::Right) tb.translate(4, 0);
        if (l.dir == Exit::Left) tb.translate(-4, 0);
        p->drawText(tb, Qt::AlignCenter, text.toUpper());
        f.setPixelSize(11);
        break;
      }
      case LabelKind::Net:
        p->setPen(QColor(0x1a, 0x4c, 0x8a));
        p->drawText(box, Qt::AlignCenter, text);
        break;
    }
  }
}

// ---- LegendItem

QRectF LegendItem::boundingRect() const {
  // As wide as the longest entry in the user's language.
  QFont f;
  f.setPixelSize(11);
  const QFontMetricsF m(f);
  double w = 160;
  for (structure::Function fn : kFunctions) w = std::max(w, 46 + m.horizontalAdvance(function_title(fn)));
  if (shared_) w = std::max(w, 46 + m.horizontalAdvance(shared_text()));
  f.setBold(true);
  w = std::max(w, 16 + QFontMetricsF(f).horizontalAdvance(QCoreApplication::translate("SchematicLegend", "Device functions")));
  return QRectF(0, 0, w, 22 + 18 * (4 + (shared_ ? 1 : 0)));
}

QString LegendItem::shared_text() { return QCoreApplication::translate("SchematicLegend", "in several blocks"); }

void LegendItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  p->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
  p->setBrush(QColor(255, 255, 255, 230));
  p->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
  QFont f = p->font();
  f.setPixelSize(11);
  f.setBold(true);
  p->setFont(f);
  p->setPen(kInk);
  const double width = boundingRect().width();
  p->drawText(QRectF(8, 3, width - 10, 16), Qt::AlignLeft | Qt::AlignVCenter,
              QCoreApplication::translate("SchematicLegend", "Device functions"));
  f.setBold(false);
  p->setFont(f);
  int row = 0;
  for (structure::Function fn : kFunctions) {
    const double y = 22 + 18 * row++;
    p->setPen(QPen(function_colour(fn), 3));
    p->drawLine(QPointF(10, y + 8), QPointF(30, y + 8));
    p->setPen(kInk);
    p->drawText(QRectF(38, y, width - 40, 16), Qt::AlignLeft | Qt::AlignVCenter, function_title(fn));
  }
  if (shared_) {
    const double y = 22 + 18 * row;
    paint_shared_badge(*p, QPointF(20, y + 8), 2);
    p->setPen(kInk);
    p->drawText(QRectF(38, y, width - 40, 16), Qt::AlignLeft | Qt::AlignVCenter, shared_text());
  }
}

}  // namespace inversize::ui::schematic
