#include "schematic/layout.hpp"

#include <cmath>
#include <functional>
#include <numeric>

#include "schematic/layout_steps.hpp"

namespace inversize::ui::schematic {

const Symbol* Layout::symbol_of(int device) const {
  for (const Symbol& s : symbols)
    if (s.device == device) return &s;
  return nullptr;
}

void shade_blocks(const structure::Decomposition& d, Layout& out) {
  out.blocks.clear();
  for (std::size_t b = 0; b < d.blocks.size(); ++b) {
    std::vector<Rect> boxes;
    for (int dv : d.blocks[b].devices)
      if (const Symbol* s = out.symbol_of(dv)) boxes.push_back(s->box.united(s->name_box).united(s->size_box).inflated(6));
    // neighbouring devices (next column or next row) share one region
    std::vector<int> group(boxes.size());
    std::iota(group.begin(), group.end(), 0);
    std::function<int(int)> find = [&](int a) { return group[a] == a ? a : group[a] = find(group[a]); };
    for (std::size_t i = 0; i < boxes.size(); ++i)
      for (std::size_t j = i + 1; j < boxes.size(); ++j)
        if (overlaps(boxes[i].inflated(45), boxes[j].inflated(45))) group[find(static_cast<int>(i))] = find(static_cast<int>(j));
    BlockRegion region;
    region.block = static_cast<int>(b);
    std::vector<int> roots;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
      const int r = find(static_cast<int>(i));
      auto it = std::find(roots.begin(), roots.end(), r);
      if (it == roots.end()) {
        roots.push_back(r);
        region.rects.push_back(boxes[i]);
      } else {
        Rect& rect = region.rects[it - roots.begin()];
        rect = rect.united(boxes[i]);
      }
    }
    // labels of blocks sharing a corner sit side by side, their outlines nest
    for (Rect& r : region.rects) {
      int slot = 0;
      for (const BlockRegion& other : out.blocks)
        for (const Rect& o : other.rects)
          if (std::abs(o.x0 - r.x0) < 30 && std::abs(o.y0 - r.y0) < 30) ++slot;
      r = r.inflated(4.0 * slot);
      region.label_slot.push_back(slot);
    }
    out.blocks.push_back(std::move(region));
  }
}

Layout make_layout(const circuit::Circuit& c, const structure::Decomposition& d) {
  Layout out;
  place_symbols(c, d, out);
  route_nets(c, out);
  shade_blocks(d, out);
  Rect b{out.rail_x0, out.vdd_y, out.rail_x1, out.vss_y};
  for (const Symbol& s : out.symbols) b = b.united(s.box);
  for (const Label& l : out.labels) b = b.united(label_rect(l));
  for (const Wire& w : out.wires) b = b.united({w.seg.lo_x(), w.seg.lo_y(), w.seg.hi_x(), w.seg.hi_y()});
  out.bounds = b.inflated(30);
  return out;
}

}  // namespace inversize::ui::schematic
