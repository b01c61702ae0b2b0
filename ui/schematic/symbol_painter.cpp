#include "schematic/symbol_painter.hpp"

#include <QPainterPath>
#include <QPolygonF>

namespace inversize::ui::schematic {

using circuit::DeviceKind;

namespace {

void arrow(QPainter& p, QPointF tip, QPointF from) {
  const QPointF d = tip - from;
  const double len = std::hypot(d.x(), d.y());
  if (len <= 0) return;
  const QPointF u = d / len, n(-u.y(), u.x());
  QPolygonF head{tip, tip - 7 * u + 3.5 * n, tip - 7 * u - 3.5 * n};
  p.save();
  p.setBrush(p.pen().color());
  p.drawPolygon(head);
  p.restore();
}

void paint_mos(QPainter& p, const Symbol& s, const QColor& ink) {
  const bool nmos = s.kind == DeviceKind::Nmos;
  const double top = -12, bottom = 12;  // where the drain/source leads meet the channel
  QPen lead(ink, 1.6);
  p.setPen(lead);
  // upper and lower leads on the column line
  p.drawPolyline(QPolygonF{{0, -kPinReach}, {0, top}, {-14, top}});
  p.drawPolyline(QPolygonF{{0, kPinReach}, {0, bottom}, {-14, bottom}});
  // gate
  p.drawLine(QPointF(-kGateReach, 0), QPointF(-20, 0));
  p.setPen(QPen(ink, 2.4));
  p.drawLine(QPointF(-20, -14), QPointF(-20, 14));
  p.drawLine(QPointF(-14, -18), QPointF(-14, 18));
  p.setPen(lead);
  // bulk: tied to the source inside the symbol, or its own pin on the right
  const bool tied = s.pins.size() > 3 && s.pins[3].tied;
  const double source_y = nmos ? bottom : top;
  if (tied) {
    p.drawLine(QPointF(-14, 0), QPointF(0, 0));
    p.drawLine(QPointF(0, 0), QPointF(0, source_y));
  } else {
    p.drawLine(QPointF(-14, 0), QPointF(14, 0));
  }
  // the arrow on the source: out of the channel for NMOS, into it for PMOS
  if (nmos)
    arrow(p, QPointF(-1, source_y), QPointF(-12, source_y));
  else
    arrow(p, QPointF(-13, source_y), QPointF(-2, source_y));
}

void paint_capacitor(QPainter& p, const QColor& ink) {
  p.setPen(QPen(ink, 1.6));
  p.drawLine(QPointF(0, -kPinReach), QPointF(0, -4));
  p.drawLine(QPointF(0, 4), QPointF(0, kPinReach));
  p.setPen(QPen(ink, 2.6));
  p.drawLine(QPointF(-14, -4), QPointF(14, -4));
  p.drawLine(QPointF(-14, 4), QPointF(14, 4));
}

void paint_resistor(QPainter& p, const QColor& ink) {
  p.setPen(QPen(ink, 1.6));
  QPolygonF z{{0, -kPinReach}, {0, -18}};
  for (int k = 0; k < 6; ++k) z << QPointF(k % 2 ? -7 : 7, -15 + 6 * k);
  z << QPointF(0, 18) << QPointF(0, kPinReach);
  p.drawPolyline(z);
}

void paint_inductor(QPainter& p, const QColor& ink) {
  p.setPen(QPen(ink, 1.6));
  p.drawLine(QPointF(0, -kPinReach), QPointF(0, -16));
  p.drawLine(QPointF(0, 16), QPointF(0, kPinReach));
  for (int k = 0; k < 4; ++k) p.drawArc(QRectF(-6, -16 + 8 * k, 12, 8), 90 * 16, -180 * 16);
}

void paint_source(QPainter& p, const Symbol& s, const QColor& ink) {
  p.setPen(QPen(ink, 1.6));
  p.setBrush(Qt::NoBrush);
  p.drawLine(QPointF(0, -kPinReach), QPointF(0, -14));
  p.drawLine(QPointF(0, 14), QPointF(0, kPinReach));
  p.drawEllipse(QPointF(0, 0), 14, 14);
  const bool plus_on_top = s.pins.empty() || s.pins[0].terminal == 0;
  if (s.kind == DeviceKind::CurrentSource) {
    // SPICE current flows from n+ through the source to n-
    const double dir = plus_on_top ? 1 : -1;
    p.drawLine(QPointF(0, -8 * dir), QPointF(0, 6 * dir));
    arrow(p, QPointF(0, 9 * dir), QPointF(0, 0));
  } else {
    const double y = plus_on_top ? -6 : 6;
    p.drawLine(QPointF(-4, y), QPointF(4, y));
    p.drawLine(QPointF(0, y - 4), QPointF(0, y + 4));
    p.drawLine(QPointF(-4, -y), QPointF(4, -y));
  }
}

}  // namespace

void paint_symbol(QPainter& p, const Symbol& s, const QColor& ink) {
  p.save();
  p.translate(s.centre.x, s.centre.y);
  if (circuit::is_mos(s.kind)) {
    if (s.mirrored) p.scale(-1, 1);
    paint_mos(p, s, ink);
    p.restore();
    return;
  }
  if (!s.vertical) p.rotate(-90);  // terminal 0 of the drawing on the left
  switch (s.kind) {
    case DeviceKind::Capacitor: paint_capacitor(p, ink); break;
    case DeviceKind::Resistor: paint_resistor(p, ink); break;
    case DeviceKind::Inductor: paint_inductor(p, ink); break;
    default: paint_source(p, s, ink); break;
  }
  p.restore();
}

}  // namespace inversize::ui::schematic
