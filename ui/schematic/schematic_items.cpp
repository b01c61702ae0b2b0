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
                       QString size)
    : owner_(scene), symbol_(symbol), function_(function), name_(std::move(name)), size_(std::move(size)) {
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

BlockItem::BlockItem(SchematicScene* scene, int block, QString id, std::vector<Rect> rects, std::vector<int> label_slots)
    : owner_(scene), block_(block), id_(std::move(id)), slots_(std::move(label_slots)) {
  for (const Rect& r : rects) rects_.push_back(qrect(r));
  slots_.resize(rects_.size(), 0);
  setZValue(0);
  setCacheMode(QGraphicsItem::DeviceCoordinateCache);
  setCursor(Qt::PointingHandCursor);
}

namespace {
// Block labels on one region sit side by side in slots: wide enough for the longest id of the
// paper's vocabulary (CCM_l, CM_b12) in the label font, so two never run into each other.
QFont block_label_font() {
  QFont f;
  f.setPixelSize(11);
  f.setBold(true);
  return f;
}
double block_label_slot() { return QFontMetricsF(block_label_font()).horizontalAdvance(QStringLiteral("CM_b12")) + 8; }
}  // namespace

QRectF BlockItem::boundingRect() const {
  QRectF b;
  for (std::size_t k = 0; k < rects_.size(); ++k)
    b = b.united(rects_[k].adjusted(-2, -16, 2 + block_label_slot() * (slots_[k] + 1), 2));
  return b;
}

QPainterPath BlockItem::shape() const {
  QPainterPath path;
  for (const QRectF& r : rects_) path.addRoundedRect(r, 8, 8);
  for (std::size_t k = 0; k < rects_.size(); ++k)  // the labels are handles too
    path.addRect(QRectF(rects_[k].left() + block_label_slot() * slots_[k], rects_[k].top() - 15, block_label_slot(), 15));
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
  if (rects_.empty()) return;
  p->setFont(block_label_font());
  p->setPen(edge.darker(130));
  const double slot = block_label_slot();
  for (std::size_t k = 0; k < rects_.size(); ++k)
    p->drawText(QPointF(rects_[k].left() + 3 + slot * slots_[k], rects_[k].top() - 3), id_);
}

void BlockItem::set_selected_look(bool on) {
  selected_look_ = on;
  update();
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

QRectF LegendItem::boundingRect() const { return QRectF(0, 0, 170, 22 + 18 * 4); }

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
  p->drawText(QRectF(8, 3, 160, 16), Qt::AlignLeft | Qt::AlignVCenter,
              QCoreApplication::translate("SchematicLegend", "Device functions"));
  f.setBold(false);
  p->setFont(f);
  int row = 0;
  for (structure::Function fn : kFunctions) {
    const double y = 22 + 18 * row++;
    p->setPen(QPen(function_colour(fn), 3));
    p->drawLine(QPointF(10, y + 8), QPointF(30, y + 8));
    p->setPen(kInk);
    p->drawText(QRectF(38, y, 130, 16), Qt::AlignLeft | Qt::AlignVCenter, function_title(fn));
  }
}

}  // namespace inversize::ui::schematic
