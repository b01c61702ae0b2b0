// Routing: each net grows as a tree of orthogonal wires from pin to pin, always taking the
// cheapest route that passes no symbol, touches no other net and crosses few wires; what cannot
// be reached that way is named by a net label instead. Rails get stubs or rail labels.
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <optional>

#include "schematic/layout_steps.hpp"

namespace inversize::ui::schematic {

namespace {

constexpr double kStub = 14;
constexpr double kCrossCost = 150;
constexpr double kBendCost = 20;
constexpr int kMaxCrossings = 1;
constexpr double kMinGap = 24;

Point step(Point p, Exit e, double d) {
  switch (e) {
    case Exit::Up: return {p.x, p.y - d};
    case Exit::Down: return {p.x, p.y + d};
    case Exit::Left: return {p.x - d, p.y};
    case Exit::Right: return {p.x + d, p.y};
  }
  return p;
}

Exit direction(Point a, Point b) {
  if (std::abs(a.x - b.x) < 1e-6) return b.y < a.y ? Exit::Up : Exit::Down;
  return b.x < a.x ? Exit::Left : Exit::Right;
}

bool opposite(Exit a, Exit b) {
  return (a == Exit::Up && b == Exit::Down) || (a == Exit::Down && b == Exit::Up) ||
         (a == Exit::Left && b == Exit::Right) || (a == Exit::Right && b == Exit::Left);
}

}  // namespace

// The space a label's text takes (about 7 units a character at the painter's font).
Rect label_rect(const Label& l) {
  const double w = 7.0 * static_cast<double>(l.text.size()) + 8, h = 16;
  switch (l.dir) {
    case Exit::Right: return {l.at.x, l.at.y - h / 2, l.at.x + w, l.at.y + h / 2};
    case Exit::Left: return {l.at.x - w, l.at.y - h / 2, l.at.x, l.at.y + h / 2};
    case Exit::Up: return {l.at.x - w / 2, l.at.y - h, l.at.x + w / 2, l.at.y};
    case Exit::Down: return {l.at.x - w / 2, l.at.y, l.at.x + w / 2, l.at.y + h};
  }
  return {};
}

namespace {

struct PinRef {
  int symbol, index;
};

class Router {
 public:
  Router(const circuit::Circuit& c, Layout& out) : c_(c), out_(out) {}

  void run();

 private:
  const Pin& pin(const PinRef& r) const { return out_.symbols[r.symbol].pins[r.index]; }
  // Crossings of the path, or nullopt when it is not allowed.
  std::optional<int> check(const std::vector<Point>& path, int net) const;
  std::optional<int> check(const Segment& s, int net, const std::vector<Point>& own_ends) const;
  void add_path(const std::vector<Point>& path, int net) {
    for (std::size_t k = 0; k + 1 < path.size(); ++k)
      if (!(path[k] == path[k + 1])) out_.wires.push_back({net, {path[k], path[k + 1]}});
  }
  bool add_label(const PinRef& r, LabelKind kind, const std::string& text);
  // A label's rectangle touches no symbol (its box grown by `margin`, its texts by kTextGap), no
  // other label and no wire.
  bool clear_of_drawing(const Rect& lr, double margin) const {
    for (const Symbol& s : out_.symbols)
      if (overlaps(lr, s.box.inflated(margin)) || overlaps(lr, s.name_box.inflated(kTextGap)) ||
          overlaps(lr, s.size_box.inflated(kTextGap)))
        return false;
    for (const Label& o : out_.labels)
      if (overlaps(lr, label_rect(o))) return false;
    for (const Wire& w : out_.wires)
      if (w.seg.crosses(lr)) return false;
    return true;
  }
  void route_rail(int net, double rail_y, Exit toward);
  // A net's wires and labels, in the phases below.
  void route_net(int net, const std::vector<PinRef>& pins);
  struct Connection {
    double cost = 1e18;
    std::size_t pin = 0;
    std::vector<Point> path;  // empty: no allowed path
  };
  void wire_pins(int net, const std::vector<PinRef>& pins);
  Connection cheapest_connection(int net, const std::vector<PinRef>& pins, const std::vector<bool>& started) const;
  std::vector<std::vector<Point>> candidate_paths(Point a, Point b) const;
  std::vector<std::vector<std::size_t>> pieces(int net, const std::vector<PinRef>& pins) const;
  void label_pieces(int net, const std::vector<PinRef>& pins);
  void add_port_flag(int net, const std::string& text);
  void place_junctions();

  const circuit::Circuit& c_;
  Layout& out_;
  std::vector<double> gap_ys_, gap_xs_;
};

std::optional<int> Router::check(const Segment& s, int net, const std::vector<Point>& own_ends) const {
  if (s.length() < 1e-6) return 0;
  for (const Symbol& sym : out_.symbols) {
    bool own = false;
    for (const Pin& p : sym.pins)
      if (p.net == net && !p.tied && (p.at == s.a || p.at == s.b)) own = true;
    if (s.crosses(own ? sym.box : sym.box.inflated(4))) return std::nullopt;
    if (s.crosses(sym.name_box) || s.crosses(sym.size_box)) return std::nullopt;
    for (const Pin& p : sym.pins)
      if (!p.tied && p.net != net && s.covers(p.at)) return std::nullopt;
  }
  (void)own_ends;
  int crossings = 0;
  for (const Wire& w : out_.wires) {
    if (overlap_collinear(s, w.seg)) return std::nullopt;
    if (w.net == net) continue;
    if (s.covers(w.seg.a) || s.covers(w.seg.b) || w.seg.covers(s.a) || w.seg.covers(s.b)) return std::nullopt;
    if (cross_inside(s, w.seg)) ++crossings;
    // other nets on the same line keep a visible gap
    if (overlap_collinear(Segment{{s.lo_x() - kMinGap * s.horizontal(), s.lo_y() - kMinGap * !s.horizontal()},
                                  {s.hi_x() + kMinGap * s.horizontal(), s.hi_y() + kMinGap * !s.horizontal()}},
                          w.seg))
      return std::nullopt;
  }
  for (const Label& l : out_.labels)
    if (s.crosses(label_rect(l).inflated(2))) return std::nullopt;
  return crossings;
}

std::optional<int> Router::check(const std::vector<Point>& path, int net) const {
  int crossings = 0;
  for (std::size_t k = 0; k + 1 < path.size(); ++k) {
    auto c = check(Segment{path[k], path[k + 1]}, net, {path.front(), path.back()});
    if (!c) return std::nullopt;
    crossings += *c;
  }
  // the path must not run back over itself
  for (std::size_t k = 0; k + 1 < path.size(); ++k)
    for (std::size_t j = k + 1; j + 1 < path.size(); ++j)
      if (overlap_collinear({path[k], path[k + 1]}, {path[j], path[j + 1]})) return std::nullopt;
  return crossings;
}

bool Router::add_label(const PinRef& r, LabelKind kind, const std::string& text) {
  const Pin& p = pin(r);
  std::vector<Exit> tries{p.exit};
  for (Exit e : {Exit::Left, Exit::Right, Exit::Up, Exit::Down})
    if (e != p.exit && !opposite(e, p.exit)) tries.push_back(e);
  // Short stubs first; where facing pins crowd each other (a cascode gate beside an input
  // pair), a longer stub (in any free direction) finds room instead of a label on top of another.
  for (double reach : {kStub, 3 * kStub, 5 * kStub})
  for (Exit e : tries) {
    // a wire already leaving the pin this way takes the place
    bool used = false;
    for (const Wire& w : out_.wires)
      if (w.net == p.net && (w.seg.a == p.at || w.seg.b == p.at) &&
          direction(p.at, w.seg.a == p.at ? w.seg.b : w.seg.a) == e)
        used = true;
    if (used) continue;
    const Point end = step(p.at, e, reach);
    Label l{p.net, end, e, kind, text, r.symbol, p.terminal};
    if (!check(Segment{p.at, end}, p.net, {}).has_value()) continue;
    if (!clear_of_drawing(label_rect(l), 0)) continue;
    add_path({p.at, end}, p.net);
    out_.labels.push_back(l);
    return true;
  }
  // no free side: the label sits on the pin itself
  out_.labels.push_back({p.net, p.at, p.exit, kind, text, r.symbol, p.terminal});
  return false;
}

void Router::route_rail(int net, double rail_y, Exit toward) {
  if (net < 0) return;
  out_.wires.push_back({net, {{out_.rail_x0, rail_y}, {out_.rail_x1, rail_y}}});
  std::vector<PinRef> rest;
  for (std::size_t si = 0; si < out_.symbols.size(); ++si)
    for (std::size_t k = 0; k < out_.symbols[si].pins.size(); ++k) {
      const Pin& p = out_.symbols[si].pins[k];
      if (p.net != net || p.tied) continue;
      PinRef r{static_cast<int>(si), static_cast<int>(k)};
      const std::vector<Point> stub{p.at, {p.at.x, rail_y}};
      if (p.exit == toward && check(stub, net) == 0)
        add_path(stub, net);
      else
        rest.push_back(r);
    }
  for (const PinRef& r : rest) add_label(r, LabelKind::Rail, c_.nets[net]);
}

void Router::route_net(int net, const std::vector<PinRef>& pins) {
  wire_pins(net, pins);
  label_pieces(net, pins);
}

// Joins the pins one at a time, each by the cheapest path to what is already wired.
void Router::wire_pins(int net, const std::vector<PinRef>& pins) {
  std::vector<bool> started(pins.size(), false);
  std::size_t done = 0;
  while (done < pins.size()) {
    const Connection best = cheapest_connection(net, pins, started);
    if (best.path.empty()) {
      // nothing reachable: the next pin seeds a new piece of the net
      for (std::size_t k = 0; k < pins.size(); ++k)
        if (!started[k]) {
          started[k] = true;
          ++done;
          break;
        }
      continue;
    }
    add_path(best.path, net);
    started[best.pin] = true;
    ++done;
  }
}

// Of the pins not started, the one with the cheapest allowed path (length, bends, crossings)
// to the tree: started pins, wire ends and the foot of each pin on each wire.
Router::Connection Router::cheapest_connection(int net, const std::vector<PinRef>& pins,
                                               const std::vector<bool>& started) const {
  Connection best;
  std::vector<Point> tree;
  for (std::size_t k = 0; k < pins.size(); ++k)
    if (started[k]) tree.push_back(pin(pins[k]).at);
  std::vector<Segment> tree_segs;
  for (const Wire& w : out_.wires)
    if (w.net == net) tree_segs.push_back(w.seg), tree.push_back(w.seg.a), tree.push_back(w.seg.b);
  for (std::size_t k = 0; k < pins.size() && !tree.empty(); ++k) {
    if (started[k]) continue;
    const Pin& p = pin(pins[k]);
    std::vector<Point> targets = tree;
    for (const Segment& s : tree_segs) {
      const Point foot = s.horizontal() ? Point{p.at.x, s.a.y} : Point{s.a.x, p.at.y};
      if (s.covers(foot)) targets.push_back(foot);
    }
    for (const Point& q : targets)
      for (auto& path : candidate_paths(p.at, q)) {
        path.erase(std::unique(path.begin(), path.end()), path.end());
        if (path.size() < 2) continue;
        const Exit first = direction(path[0], path[1]);
        if (opposite(first, p.exit)) continue;
        double cost = 0;
        for (std::size_t j = 0; j + 1 < path.size(); ++j) cost += Segment{path[j], path[j + 1]}.length();
        cost += kBendCost * static_cast<double>(path.size() - 2);
        if (first != p.exit) cost += kBendCost;
        if (cost >= best.cost) continue;
        auto crossings = check(path, net);
        if (!crossings || *crossings > kMaxCrossings) continue;
        cost += kCrossCost * *crossings;
        if (cost < best.cost) best = {cost, k, path};
      }
  }
  return best;
}

// Straight, one bend either way, or two bends through a gap between rows or columns.
std::vector<std::vector<Point>> Router::candidate_paths(Point a, Point b) const {
  if (std::abs(a.x - b.x) < 1e-6 || std::abs(a.y - b.y) < 1e-6) return {{a, b}};
  std::vector<std::vector<Point>> paths{{a, {b.x, a.y}, b}, {a, {a.x, b.y}, b}};
  for (double gy : gap_ys_) paths.push_back({a, {a.x, gy}, {b.x, gy}, b});
  for (double gx : gap_xs_) paths.push_back({a, {gx, a.y}, {gx, b.y}, b});
  return paths;
}

// The pieces of the net: its pins grouped by the wires that join them.
std::vector<std::vector<std::size_t>> Router::pieces(int net, const std::vector<PinRef>& pins) const {
  std::vector<int> parent(pins.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::function<int(int)> find = [&](int a) { return parent[a] == a ? a : parent[a] = find(parent[a]); };
  std::vector<Segment> segs;
  for (const Wire& w : out_.wires)
    if (w.net == net) segs.push_back(w.seg);
  // flood over touching segments
  std::vector<int> seg_group(segs.size());
  std::iota(seg_group.begin(), seg_group.end(), 0);
  std::function<int(int)> gfind = [&](int a) { return seg_group[a] == a ? a : seg_group[a] = gfind(seg_group[a]); };
  for (std::size_t a = 0; a < segs.size(); ++a)
    for (std::size_t b = a + 1; b < segs.size(); ++b)
      if (segs[a].covers(segs[b].a) || segs[a].covers(segs[b].b) || segs[b].covers(segs[a].a) || segs[b].covers(segs[a].b))
        seg_group[gfind(static_cast<int>(a))] = gfind(static_cast<int>(b));
  for (std::size_t k = 0; k < pins.size(); ++k)
    for (std::size_t j = k + 1; j < pins.size(); ++j)
      for (std::size_t a = 0; a < segs.size(); ++a)
        for (std::size_t b = 0; b < segs.size(); ++b)
          if (gfind(static_cast<int>(a)) == gfind(static_cast<int>(b)) && segs[a].covers(pin(pins[k]).at) &&
              segs[b].covers(pin(pins[j]).at))
            parent[find(static_cast<int>(k))] = find(static_cast<int>(j));
  std::map<int, std::vector<std::size_t>> by_root;
  for (std::size_t k = 0; k < pins.size(); ++k) by_root[find(static_cast<int>(k))].push_back(k);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [root, members] : by_root) out.push_back(std::move(members));
  return out;
}

// Each piece of the net but a lone whole net gets a label; a whole port net its flag.
void Router::label_pieces(int net, const std::vector<PinRef>& pins) {
  const auto groups = pieces(net, pins);
  const bool port = std::any_of(c_.ports.begin(), c_.ports.end(), [&](auto& pr) { return pr.second == net; });
  if (groups.size() == 1 && pins.size() > 1) {
    if (port) add_port_flag(net, c_.nets[net]);
    return;
  }
  for (const auto& members : groups) {
    // prefer a pin whose own exit is still free
    bool placed = false;
    for (std::size_t k : members) {
      const std::size_t before = out_.labels.size();
      if (add_label(pins[k], port ? LabelKind::Port : LabelKind::Net, c_.nets[net])) {
        placed = true;
        break;
      }
      out_.labels.resize(before);
    }
    if (!placed) add_label(pins[members.front()], port ? LabelKind::Port : LabelKind::Net, c_.nets[net]);
  }
}

void Router::add_port_flag(int net, const std::string& text) {
  // from the wire end furthest from the axis, a short stub outward
  std::vector<Point> ends;
  for (const Wire& w : out_.wires)
    if (w.net == net) ends.push_back(w.seg.a), ends.push_back(w.seg.b);
  double mean = 0;
  for (const Point& p : ends) mean += p.x;
  mean = ends.empty() ? 0 : mean / static_cast<double>(ends.size());
  const Exit out_dir = mean >= out_.axis_x ? Exit::Right : Exit::Left;
  std::stable_sort(ends.begin(), ends.end(), [&](const Point& a, const Point& b) {
    return out_dir == Exit::Right ? a.x > b.x : a.x < b.x;
  });
  for (Exit e : {out_dir, Exit::Up, Exit::Down, out_dir == Exit::Right ? Exit::Left : Exit::Right})
    for (const Point& p : ends) {
      const Point end = step(p, e, 2 * kStub);
      Label l{net, end, e, LabelKind::Port, text, -1, -1};
      if (check(std::vector<Point>{p, end}, net) != 0) continue;
      if (!clear_of_drawing(label_rect(l), 2)) continue;
      add_path({p, end}, net);
      out_.labels.push_back(l);
      return;
    }
}

void Router::place_junctions() {
  std::map<int, std::vector<Point>> points;
  for (const Wire& w : out_.wires) points[w.net].push_back(w.seg.a), points[w.net].push_back(w.seg.b);
  for (auto& [net, pts] : points) {
    std::vector<Point> seen;
    for (const Point& p : pts) {
      if (std::any_of(seen.begin(), seen.end(), [&](const Point& s) { return s == p; })) continue;
      seen.push_back(p);
      int degree = 0;
      for (const Wire& w : out_.wires) {
        if (w.net != net) continue;
        if (w.seg.a == p || w.seg.b == p) ++degree;
        else if (w.seg.covers_inside(p)) degree += 2;
      }
      for (const Symbol& s : out_.symbols)
        for (const Pin& pin : s.pins)
          if (pin.net == net && !pin.tied && pin.at == p) ++degree;
      if (degree >= 3) out_.junctions.push_back({net, p});
    }
  }
}

void Router::run() {
  for (const Symbol& s : out_.symbols)
    if (s.vertical && s.row >= 0) gap_ys_.push_back(s.centre.y + kRowHeight / 2);
  std::sort(gap_ys_.begin(), gap_ys_.end());
  gap_ys_.erase(std::unique(gap_ys_.begin(), gap_ys_.end()), gap_ys_.end());
  if (!gap_ys_.empty()) gap_ys_.pop_back();  // below the last row is the rail
  for (const Symbol& s : out_.symbols) gap_xs_.push_back(s.centre.x + kColumnWidth / 2), gap_xs_.push_back(s.centre.x - kColumnWidth / 2);
  std::sort(gap_xs_.begin(), gap_xs_.end());
  gap_xs_.erase(std::unique(gap_xs_.begin(), gap_xs_.end()), gap_xs_.end());

  route_rail(out_.vdd_net, out_.vdd_y, Exit::Up);
  route_rail(out_.vss_net, out_.vss_y, Exit::Down);

  // Signal nets, the most local first: stacks and diodes take the straight wires.
  std::map<int, std::vector<PinRef>> nets;
  for (std::size_t si = 0; si < out_.symbols.size(); ++si)
    for (std::size_t k = 0; k < out_.symbols[si].pins.size(); ++k) {
      const Pin& p = out_.symbols[si].pins[k];
      if (p.tied || p.net < 0 || p.net == out_.vdd_net || p.net == out_.vss_net) continue;
      nets[p.net].push_back({static_cast<int>(si), static_cast<int>(k)});
    }
  std::vector<std::pair<double, int>> order;
  for (auto& [net, refs] : nets) {
    Rect r{1e18, 1e18, -1e18, -1e18};
    for (auto& ref : refs) r = r.united({pin(ref).at.x, pin(ref).at.y, pin(ref).at.x, pin(ref).at.y});
    order.push_back({r.width() + r.height() + 1000.0 * (refs.size() == 1), net});
  }
  std::sort(order.begin(), order.end());
  for (auto& [size, net] : order) {
    auto& refs = nets[net];
    // channel pins first: the tree starts on the column line
    std::stable_sort(refs.begin(), refs.end(), [&](const PinRef& a, const PinRef& b) {
      return (pin(a).terminal != circuit::Gate) > (pin(b).terminal != circuit::Gate);
    });
    route_net(net, refs);
  }
  place_junctions();
}

}  // namespace

void route_nets(const circuit::Circuit& c, Layout& out) {
  Router(c, out).run();
}

}  // namespace inversize::ui::schematic
