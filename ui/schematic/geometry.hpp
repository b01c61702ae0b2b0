// Plain 2-D geometry of the schematic layout (no Qt): points, boxes and axis-parallel segments,
// in drawing units (1 unit = 1 pixel at 100 %). y grows downward, as on screen.
#pragma once

#include <algorithm>
#include <cmath>

namespace inversize::ui::schematic {

struct Point {
  double x = 0, y = 0;
  bool operator==(const Point& o) const { return std::abs(x - o.x) < 1e-6 && std::abs(y - o.y) < 1e-6; }
};

struct Rect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  Rect inflated(double d) const { return {x0 - d, y0 - d, x1 + d, y1 + d}; }
  Rect united(const Rect& o) const {
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
  }
  bool contains(Point p) const { return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

// True when the open interiors of a and b meet (touching edges do not count).
inline bool overlaps(const Rect& a, const Rect& b) {
  return a.x0 < b.x1 - 1e-6 && b.x0 < a.x1 - 1e-6 && a.y0 < b.y1 - 1e-6 && b.y0 < a.y1 - 1e-6;
}

// An axis-parallel segment (the only kind the router draws).
struct Segment {
  Point a, b;
  bool horizontal() const { return std::abs(a.y - b.y) < 1e-6; }
  double length() const { return std::abs(a.x - b.x) + std::abs(a.y - b.y); }
  double lo_x() const { return std::min(a.x, b.x); }
  double hi_x() const { return std::max(a.x, b.x); }
  double lo_y() const { return std::min(a.y, b.y); }
  double hi_y() const { return std::max(a.y, b.y); }
  // p on the segment, ends included.
  bool covers(Point p) const {
    return p.x >= lo_x() - 1e-6 && p.x <= hi_x() + 1e-6 && p.y >= lo_y() - 1e-6 && p.y <= hi_y() + 1e-6;
  }
  // p on the segment, strictly between its ends.
  bool covers_inside(Point p) const { return covers(p) && !(p == a) && !(p == b); }
  // Does the segment pass through the open interior of r?
  bool crosses(const Rect& r) const {
    // for an axis-parallel segment this is: its line strictly inside r, its extent overlapping r
    return lo_x() < r.x1 - 1e-6 && hi_x() > r.x0 + 1e-6 && lo_y() < r.y1 - 1e-6 && hi_y() > r.y0 + 1e-6;
  }
};

// Collinear segments sharing more than a point.
inline bool overlap_collinear(const Segment& s, const Segment& t) {
  if (s.horizontal() != t.horizontal()) return false;
  if (s.horizontal()) {
    if (std::abs(s.a.y - t.a.y) > 1e-6) return false;
    return std::min(s.hi_x(), t.hi_x()) - std::max(s.lo_x(), t.lo_x()) > 1e-6;
  }
  if (std::abs(s.a.x - t.a.x) > 1e-6) return false;
  return std::min(s.hi_y(), t.hi_y()) - std::max(s.lo_y(), t.lo_y()) > 1e-6;
}

// Perpendicular segments crossing strictly inside both.
inline bool cross_inside(const Segment& s, const Segment& t) {
  if (s.horizontal() == t.horizontal()) return false;
  const Segment& h = s.horizontal() ? s : t;
  const Segment& v = s.horizontal() ? t : s;
  return v.a.x > h.lo_x() + 1e-6 && v.a.x < h.hi_x() - 1e-6 && h.a.y > v.lo_y() + 1e-6 && h.a.y < v.hi_y() - 1e-6;
}

}  // namespace inversize::ui::schematic
