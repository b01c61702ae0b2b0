#include "schematic/layout.hpp"

#include "schematic/layout_steps.hpp"

namespace inversize::ui::schematic {

const Symbol* Layout::symbol_of(int device) const {
  for (const Symbol& s : symbols)
    if (s.device == device) return &s;
  return nullptr;
}

Layout make_layout(const circuit::Circuit& c, const structure::Decomposition& d) {
  Layout out;
  place_symbols(c, d, out);
  route_nets(c, out);
  shade_blocks(d, out);
  Rect b{out.rail_x0, out.vdd_y, out.rail_x1, out.vss_y};
  for (const Symbol& s : out.symbols) b = b.united(s.box);
  for (const Label& l : out.labels) b = b.united(label_rect(l));
  for (const BlockRegion& r : out.blocks) {
    for (const Rect& rect : r.rects) b = b.united(rect);
    for (const Rect& l : r.labels) b = b.united(l);
  }
  for (const Wire& w : out.wires) b = b.united({w.seg.lo_x(), w.seg.lo_y(), w.seg.hi_x(), w.seg.hi_y()});
  out.bounds = b.inflated(30);
  return out;
}

}  // namespace inversize::ui::schematic
