// The schematic in a window: wheel zoom about the cursor, drag to pan, fit to window, and
// export of the drawing as SVG or PNG.
#pragma once

#include <QGraphicsView>

namespace inversize::ui::schematic {

class SchematicScene;

class SchematicView : public QGraphicsView {
  Q_OBJECT

 public:
  explicit SchematicView(SchematicScene* scene, QWidget* parent = nullptr);
  SchematicScene* schematic() const { return scene_; }

  void fit_to_window();
  void zoom_by(double factor);
  double zoom() const;

  // Both return false (and leave no file) when writing fails.
  bool export_svg(const QString& path, const QString& title = {}) const;
  bool export_png(const QString& path, double scale = 2.0) const;

 protected:
  void wheelEvent(QWheelEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;

 private:
  SchematicScene* scene_;
  bool fitted_ = true;  // follows the window size until the user zooms
};

}  // namespace inversize::ui::schematic
