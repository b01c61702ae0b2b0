#include "schematic/schematic_view.hpp"

#include <QFile>
#include <cmath>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWheelEvent>

#include "schematic/schematic_scene.hpp"

namespace inversize::ui::schematic {

SchematicView::SchematicView(SchematicScene* scene, QWidget* parent) : QGraphicsView(scene, parent), scene_(scene) {
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
  setFrameShape(QFrame::NoFrame);
}

void SchematicView::fit_to_window() {
  fitted_ = true;
  if (!scene_->has_circuit()) return;
  fitInView(scene_->drawing_rect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
  // never blow a small circuit up beyond 1.6x
  if (zoom() > 1.6) setTransform(QTransform::fromScale(1.6, 1.6));
  centerOn(scene_->drawing_rect().center());
}

double SchematicView::zoom() const { return transform().m11(); }

void SchematicView::zoom_by(double factor) {
  const double next = zoom() * factor;
  if (next < 0.05 || next > 20) return;
  fitted_ = false;
  scale(factor, factor);
}

void SchematicView::wheelEvent(QWheelEvent* e) {
  const double steps = e->angleDelta().y() / 120.0;
  if (steps == 0) return;
  zoom_by(std::pow(1.15, steps));
  e->accept();
}

void SchematicView::resizeEvent(QResizeEvent* e) {
  QGraphicsView::resizeEvent(e);
  if (fitted_) fit_to_window();
}

bool SchematicView::export_svg(const QString& path, const QString& title) const {
  const QRectF source = scene_->drawing_rect();
  QSvgGenerator svg;
  svg.setFileName(path);
  svg.setSize(source.size().toSize());
  svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
  svg.setTitle(title);
  svg.setDescription(tr("Schematic drawn by InverSize"));
  QPainter p;
  if (!p.begin(&svg)) return false;
  scene_->render_drawing(p, QRectF(QPointF(0, 0), source.size()));
  p.end();
  return QFile::exists(path);
}

bool SchematicView::export_png(const QString& path, double scale) const {
  const QRectF source = scene_->drawing_rect();
  QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32);
  image.fill(Qt::white);
  QPainter p(&image);
  p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  scene_->render_drawing(p, QRectF(QPointF(0, 0), source.size() * scale));
  p.end();
  return image.save(path, "PNG");
}

}  // namespace inversize::ui::schematic
