// Shading the structural blocks. A block's rectangle is drawn around its own devices only: a
// rectangle spanning two of them is kept only when no foreign device lies inside it, so a block
// split by another's device gets two rectangles rather than one that seems to hold the
// stranger. Blocks sharing a device overlap there, their outlines nested; each rectangle has
// a label, placed where it covers no symbol, text or other label.
#include <algorithm>
#include <limits>

#include "schematic/layout_steps.hpp"

namespace inversize::ui::schematic {

double block_label_width(const std::string& id) { return 7.5 * static_cast<double>(id.size()) + 8; }

namespace {

constexpr double kMargin = 6;  // between a device's texts and its block's outline
constexpr double kNest = 5;    // outlines of blocks sharing a device, one inside the other

bool clear_of(const Rect& r, const std::vector<Rect>& obstacles) {
  for (const Rect& o : obstacles)
    if (overlaps(r, o)) return false;
  return true;
}

// Merges the device boxes into as few rectangles as hold no foreign symbol, smallest growth first.
std::vector<Rect> regions(std::vector<Rect> rects, const std::vector<Rect>& foreign) {
  for (;;) {
    double best = std::numeric_limits<double>::infinity();
    std::size_t bi = 0, bj = 0;
    for (std::size_t i = 0; i < rects.size(); ++i)
      for (std::size_t j = i + 1; j < rects.size(); ++j) {
        const Rect u = rects[i].united(rects[j]);
        if (!clear_of(u, foreign)) continue;
        const double growth = u.width() * u.height() - rects[i].width() * rects[i].height() - rects[j].width() * rects[j].height();
        if (growth < best) best = growth, bi = i, bj = j;
      }
    if (best == std::numeric_limits<double>::infinity()) return rects;
    rects[bi] = rects[bi].united(rects[bj]);
    rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(bj));
  }
}

}  // namespace

void shade_blocks(const structure::Decomposition& d, Layout& out) {
  out.blocks.clear();
  std::vector<int> memberships(out.symbols.size(), 0);
  for (const auto& b : d.blocks)
    for (int dv : b.devices)
      for (std::size_t s = 0; s < out.symbols.size(); ++s)
        if (out.symbols[s].device == dv) ++memberships[s];

  // What a block label must not cover: symbols, their texts, net labels, earlier block labels.
  std::vector<Rect> taken;
  for (const Symbol& s : out.symbols) taken.insert(taken.end(), {s.box, s.name_box, s.size_box});
  for (const Label& l : out.labels) taken.push_back(label_rect(l));

  for (std::size_t b = 0; b < d.blocks.size(); ++b) {
    const auto& members = d.blocks[b].devices;
    std::vector<Rect> own, foreign;
    BlockRegion region;
    region.block = static_cast<int>(b);
    for (std::size_t s = 0; s < out.symbols.size(); ++s) {
      const Symbol& sym = out.symbols[s];
      if (std::find(members.begin(), members.end(), sym.device) == members.end()) {
        foreign.push_back(sym.box);
        continue;
      }
      own.push_back(sym.box.united(sym.name_box).united(sym.size_box).inflated(kMargin));
      if (memberships[s] > 1) region.shared.push_back(sym.device);
    }
    region.rects = regions(own, foreign);
    // Nested outlines where this block overlaps earlier ones (a shared device), as far as the
    // nesting keeps clear of foreign devices.
    for (Rect& r : region.rects) {
      int depth = 0;
      for (const BlockRegion& other : out.blocks)
        for (const Rect& o : other.rects)
          if (overlaps(r, o)) ++depth;
      const Rect nested = r.inflated(kNest * depth);
      if (clear_of(nested, foreign)) r = nested;
    }

    // A label per rectangle: above or below one of its corners, the first place that covers
    // nothing; further out when every corner is taken.
    const double w = block_label_width(d.blocks[b].id), h = kBlockLabelHeight;
    for (const Rect& r : region.rects) {
      Rect label{r.x0 + 2, r.y0 - h - 1, r.x0 + 2 + w, r.y0 - 1};
      bool placed = false;
      for (int away = 0; away < 4 && !placed; ++away) {
        const double up = r.y0 - h - 1 - away * h, down = r.y1 + 1 + away * h;
        for (const Rect& c : {Rect{r.x0 + 2, up, r.x0 + 2 + w, up + h}, Rect{r.x1 - 2 - w, up, r.x1 - 2, up + h},
                              Rect{r.x0 + 2, down, r.x0 + 2 + w, down + h}, Rect{r.x1 - 2 - w, down, r.x1 - 2, down + h}})
          if (clear_of(c, taken)) {
            label = c;
            placed = true;
            break;
          }
      }
      taken.push_back(label);
      region.labels.push_back(label);
    }
    out.blocks.push_back(std::move(region));
  }
}

}  // namespace inversize::ui::schematic
