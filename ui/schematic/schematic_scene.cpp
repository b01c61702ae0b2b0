#include "schematic/schematic_scene.hpp"

#include <QStringList>
#include <algorithm>

#include "common/si_format.hpp"
#include "common/vocabulary.hpp"
#include "schematic/palette.hpp"
#include "schematic/schematic_items.hpp"

namespace inversize::ui::schematic {

SchematicScene::SchematicScene(QObject* parent) : QGraphicsScene(parent) {
  setBackgroundBrush(Qt::white);
}

void SchematicScene::show_circuit(const circuit::Circuit& c, const structure::Decomposition& d) {
  circuit_ = c;
  decomposition_ = d;
  ops_.clear();
  selected_block_ = -1;
  layout_ = make_layout(*circuit_, *decomposition_);
  rebuild();
}

void SchematicScene::clear_circuit() {
  circuit_.reset();
  decomposition_.reset();
  ops_.clear();
  layout_ = Layout{};
  selected_block_ = -1;
  rebuild();
}

namespace {
QString size_text(const circuit::Device& d) {
  using circuit::DeviceKind;
  if (circuit::is_mos(d.kind)) {
    QString t = QString::number(d.w * 1e6, 'g', 3) + QLatin1Char('/') + QString::number(d.l * 1e6, 'g', 3);
    if (d.m * d.nf != 1) t += QStringLiteral(" ×") + QString::number(d.m * d.nf);
    return t;
  }
  switch (d.kind) {
    case DeviceKind::Capacitor: return si(d.value, QStringLiteral("F"));
    case DeviceKind::Resistor: return si(d.value, QStringLiteral("Ω"));
    case DeviceKind::CurrentSource: return si(d.value, QStringLiteral("A"));
    case DeviceKind::VoltageSource: return si(d.value, QStringLiteral("V"));
    default: return si(d.value, QStringLiteral("H"));
  }
}
}  // namespace

void SchematicScene::rebuild() {
  clear();
  devices_.clear();
  blocks_.clear();
  legend_ = nullptr;
  if (!circuit_) {
    setSceneRect(QRectF(0, 0, 400, 300));
    return;
  }
  QStringList nets;
  for (const auto& n : circuit_->nets) nets << QString::fromStdString(n);
  addItem(new WiringItem(layout_, nets));
  for (std::size_t b = 0; b < layout_.blocks.size(); ++b) {
    const auto& region = layout_.blocks[b];
    auto* item = new BlockItem(this, region.block, QString::fromStdString(decomposition_->blocks[region.block].id),
                               region.rects, region.labels);
    item->setVisible(blocks_visible_);
    addItem(item);
    for (QGraphicsItem* label : item->label_items()) {
      label->setVisible(blocks_visible_);
      addItem(label);
    }
    blocks_.push_back(item);
  }
  bool any_shared = false;
  for (const Symbol& s : layout_.symbols) {
    structure::Function fn = structure::Function::Bias;
    for (const auto& r : decomposition_->devices)
      if (r.device == s.device) fn = r.function;
    int blocks = 0;
    for (const auto& b : decomposition_->blocks) blocks += std::count(b.devices.begin(), b.devices.end(), s.device);
    any_shared |= blocks > 1;
    auto* item = new DeviceItem(this, s, fn, QString::fromStdString(s.name), QString::fromStdString(s.size), blocks);
    addItem(item);
    devices_.push_back(item);
  }
  legend_ = new LegendItem(any_shared);
  legend_->setPos(layout_.bounds.x1 + 10, layout_.bounds.y0);
  legend_->setZValue(3);
  legend_->setVisible(functions_visible_);
  addItem(legend_);
  refresh_tooltips();
  setSceneRect(drawing_rect().adjusted(-200, -200, 200, 200));
}

QRectF SchematicScene::drawing_rect() const {
  QRectF r(QPointF(layout_.bounds.x0, layout_.bounds.y0), QPointF(layout_.bounds.x1, layout_.bounds.y1));
  if (legend_ && legend_->isVisible()) r = r.united(legend_->sceneBoundingRect().adjusted(0, 0, 10, 10));
  return r;
}

void SchematicScene::set_blocks_visible(bool on) {
  blocks_visible_ = on;
  for (auto* b : blocks_) {
    b->setVisible(on);
    for (QGraphicsItem* label : b->label_items()) label->setVisible(on);
  }
}

void SchematicScene::set_functions_visible(bool on) {
  functions_visible_ = on;
  if (legend_) legend_->setVisible(on);
  for (auto* d : devices_) d->update();
}

void SchematicScene::set_operating_points(const std::map<std::string, simulation::OperatingPoint>& ops) {
  ops_ = ops;
  refresh_tooltips();
}

const simulation::OperatingPoint* SchematicScene::operating_point(int device) const {
  if (!circuit_ || device < 0 || device >= static_cast<int>(circuit_->devices.size())) return nullptr;
  const std::string& name = circuit_->devices[device].name;
  for (const auto& [key, op] : ops_)
    if (QString::fromStdString(key).compare(QString::fromStdString(name), Qt::CaseInsensitive) == 0) return &op;
  return nullptr;
}

void SchematicScene::refresh_tooltips() {
  if (!circuit_) return;
  for (DeviceItem* item : devices_) {
    const int i = item->device();
    const circuit::Device& d = circuit_->devices[i];
    QString html = QStringLiteral("<b>%1</b> — %2<br>").arg(QString::fromStdString(d.name), device_kind_title(d.kind));
    if (circuit::is_mos(d.kind)) {
      html += tr("W = %1, L = %2").arg(si(d.w, QStringLiteral("m")), si(d.l, QStringLiteral("m")));
      if (d.m * d.nf != 1) html += tr(", M = %1").arg(d.m * d.nf);
      html += QStringLiteral("<br>");
    } else {
      html += tr("Value: %1").arg(size_text(d)) + QStringLiteral("<br>");
    }
    for (const auto& r : decomposition_->devices)
      if (r.device == i)
        html += tr("Function: %1 (%2)").arg(function_title(r.function), stage_title(r.stage)) +
                QStringLiteral("<br>");
    QStringList ids;
    for (const auto& b : decomposition_->blocks)
      if (std::find(b.devices.begin(), b.devices.end(), i) != b.devices.end()) ids << QString::fromStdString(b.id);
    html += tr("Blocks: %1").arg(ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", ")));
    if (const auto* op = operating_point(i)) {
      html += QStringLiteral("<hr><b>") + tr("Operating point") + QStringLiteral("</b> (") +
              region_title(op->region) + QStringLiteral(")<br>");
      html += QStringLiteral("V<sub>GS</sub> = %1, V<sub>DS</sub> = %2<br>V<sub>th</sub> = %3, V<sub>Dsat</sub> = %4<br>"
                             "I<sub>D</sub> = %5<br>g<sub>m</sub> = %6, g<sub>ds</sub> = %7")
                  .arg(si(op->vgs, QStringLiteral("V")), si(op->vds, QStringLiteral("V")), si(op->vth, QStringLiteral("V")),
                       si(op->vdsat, QStringLiteral("V")), si(op->id, QStringLiteral("A")), si(op->gm, QStringLiteral("S")),
                       si(op->gds, QStringLiteral("S")));
    }
    item->setToolTip(html);
  }
}

void SchematicScene::select_block(int block) {
  selected_block_ = block;
  std::vector<int> members;
  if (decomposition_ && block >= 0 && block < static_cast<int>(decomposition_->blocks.size()))
    members = decomposition_->blocks[block].devices;
  for (DeviceItem* d : devices_)
    d->set_highlighted(std::find(members.begin(), members.end(), d->device()) != members.end());
  for (BlockItem* b : blocks_) b->set_selected_look(b->block() == block);
}

void SchematicScene::render_drawing(QPainter& painter, const QRectF& target) {
  const int block = selected_block_;
  const std::vector<int> highlighted = highlighted_devices();
  for (DeviceItem* d : devices_) d->set_highlighted(false);
  for (BlockItem* b : blocks_) b->set_selected_look(false);
  render(&painter, target, drawing_rect());
  for (BlockItem* b : blocks_) b->set_selected_look(b->block() == block);
  for (DeviceItem* d : devices_)
    d->set_highlighted(std::find(highlighted.begin(), highlighted.end(), d->device()) != highlighted.end());
}

std::vector<int> SchematicScene::highlighted_devices() const {
  std::vector<int> out;
  for (const DeviceItem* d : devices_)
    if (d->highlighted()) out.push_back(d->device());
  return out;
}

}  // namespace inversize::ui::schematic
