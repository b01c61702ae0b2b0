// The schematic as a QGraphicsScene: symbols coloured by function, shaded block regions,
// wires and labels from the layout, a legend; hover tooltips and block selection.
#pragma once

#include <QGraphicsScene>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "schematic/layout.hpp"
#include "simulation/operating_point.hpp"
#include "structure/decompose.hpp"

namespace inversize::ui::schematic {

class DeviceItem;
class BlockItem;
class LegendItem;

class SchematicScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit SchematicScene(QObject* parent = nullptr);

  void show_circuit(const circuit::Circuit& c, const structure::Decomposition& d);
  void clear_circuit();
  bool has_circuit() const { return circuit_.has_value(); }

  void set_blocks_visible(bool on);
  void set_functions_visible(bool on);
  bool blocks_visible() const { return blocks_visible_; }
  bool functions_visible() const { return functions_visible_; }

  void set_operating_points(const std::map<std::string, simulation::OperatingPoint>& ops);

  // Highlights the block's devices (and the block); -1 clears.
  void select_block(int block);
  int selected_block() const { return selected_block_; }
  std::vector<int> highlighted_devices() const;

  const Layout& layout() const { return layout_; }
  const circuit::Circuit* circuit() const { return circuit_ ? &*circuit_ : nullptr; }
  const structure::Decomposition* decomposition() const { return decomposition_ ? &*decomposition_ : nullptr; }
  const simulation::OperatingPoint* operating_point(int device) const;
  QRectF drawing_rect() const;  // what an export shows
  // Draws drawing_rect() into `target` as a document shows it: without the selection's
  // highlight (restored afterwards).
  void render_drawing(QPainter& painter, const QRectF& target);

 signals:
  void blockClicked(int block);
  void deviceClicked(int device);

 private:
  friend class DeviceItem;
  friend class BlockItem;
  void rebuild();
  void refresh_tooltips();

  std::optional<circuit::Circuit> circuit_;
  std::optional<structure::Decomposition> decomposition_;
  std::map<std::string, simulation::OperatingPoint> ops_;
  Layout layout_;
  std::vector<DeviceItem*> devices_;
  std::vector<BlockItem*> blocks_;
  LegendItem* legend_ = nullptr;
  bool blocks_visible_ = true;
  bool functions_visible_ = true;
  int selected_block_ = -1;
};

}  // namespace inversize::ui::schematic
