// The steps of make_layout, each in its own file: placement (rows, columns, symbols),
// routing (wires, labels, junctions) and block shading.
#pragma once

#include "schematic/layout.hpp"

namespace inversize::ui::schematic {

// Symbols with their pins, the rails' heights and the symmetry axis.
void place_symbols(const circuit::Circuit& c, const structure::Decomposition& d, Layout& out);
// Pin geometry of one symbol from its kind, centre and orientation (fills pins and box).
void build_symbol(const circuit::Circuit& c, Symbol& s, int top_terminal, int left_terminal, int vdd, int vss);
// Wires, net and port labels, rail stubs and junction dots.
void route_nets(const circuit::Circuit& c, Layout& out);
// Shaded regions of the structural blocks.
void shade_blocks(const structure::Decomposition& d, Layout& out);

}  // namespace inversize::ui::schematic
