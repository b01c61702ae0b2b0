// Painting of the schematic symbols (MOSFETs, capacitors, resistors, sources) in the geometry
// of symbol_geometry.cpp; shared by the scene items and the exporters.
#pragma once

#include <QColor>
#include <QPainter>

#include "schematic/layout.hpp"

namespace inversize::ui::schematic {

// Paints `s` in scene coordinates with `ink` for its lines.
void paint_symbol(QPainter& p, const Symbol& s, const QColor& ink);

}  // namespace inversize::ui::schematic
