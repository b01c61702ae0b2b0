// Placement: rows from the distance to the rails, columns from series stacks, the symmetric
// core around the axis, the bias network to the left and later stages to the right.
#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <set>

#include "schematic/layout_steps.hpp"

namespace inversize::ui::schematic {

using circuit::Device;
using circuit::DeviceKind;

namespace {

constexpr int kFar = 1 << 20;

bool carries_dc(DeviceKind k) { return k != DeviceKind::Capacitor; }

// Hops from `from` over DC paths (channels, resistors, sources); kFar where unreachable.
std::vector<int> rail_distance(const circuit::Circuit& c, int from) {
  std::vector<int> dist(c.nets.size(), kFar);
  if (from < 0) return dist;
  std::deque<int> queue{from};
  dist[from] = 0;
  while (!queue.empty()) {
    int n = queue.front();
    queue.pop_front();
    for (const Device& d : c.devices) {
      if (!carries_dc(d.kind) || d.nets.size() < 2) continue;
      int a = circuit::is_mos(d.kind) ? d.nets[circuit::Drain] : d.nets[0];
      int b = circuit::is_mos(d.kind) ? d.nets[circuit::Source] : d.nets[1];
      for (auto [x, y] : {std::pair{a, b}, std::pair{b, a}})
        if (x == n && dist[y] == kFar) {
          dist[y] = dist[n] + 1;
          queue.push_back(y);
        }
    }
  }
  return dist;
}

// How a device sits in a column: its row and the nets at its upper and lower terminals.
struct Slot {
  bool stacked = false;  // in a row; false for passives between two signal nets
  bool top = false;      // counted from VDD (PMOS, parts on VDD) rather than from VSS
  int level = 0;         // rows from its rail
  int up = -1, down = -1;
  int top_terminal = 0;  // two-terminal devices: which terminal is drawn on top
  int row = -1;
};

Slot slot_of(const circuit::Circuit& c, const Device& d, int vdd, int vss, const std::vector<int>& dtop,
             const std::vector<int>& dbot) {
  Slot s;
  if (circuit::is_mos(d.kind)) {
    s.stacked = true;
    const int dn = d.nets[circuit::Drain], sn = d.nets[circuit::Source];
    if (d.kind == DeviceKind::Pmos) {
      s.top = true;
      s.up = sn;
      s.down = dn;
      s.level = dtop[sn] < kFar ? dtop[sn] : (dtop[dn] < kFar ? std::max(0, dtop[dn] - 1) : 0);
    } else {
      s.up = dn;
      s.down = sn;
      s.level = dbot[sn] < kFar ? dbot[sn] : (dbot[dn] < kFar ? std::max(0, dbot[dn] - 1) : 0);
    }
    s.level = std::min(s.level, 5);
    return s;
  }
  if (d.nets.size() < 2) return s;
  const int a = d.nets[0], b = d.nets[1];
  (void)c;
  if (a == vdd || b == vdd) {
    s.stacked = s.top = true;
    s.top_terminal = a == vdd ? 0 : 1;
  } else if (a == vss || b == vss) {
    s.stacked = true;
    s.top_terminal = a == vss ? 1 : 0;
  } else {
    return s;
  }
  s.up = d.nets[s.top_terminal];
  s.down = d.nets[1 - s.top_terminal];
  return s;
}

struct Column {
  std::vector<int> devices;  // top to bottom
  int mirror = -1;           // index of the mirrored column
  bool left_of_pair = false;
  bool centre = false;
  int side = 0;              // -1 left (bias network), +1 right (later stages); 0 core
  double x = 0;
};

// place_symbols in its phases; each reads what the ones before it decided.
class Placer {
 public:
  Placer(const circuit::Circuit& c, const structure::Decomposition& d, Layout& out)
      : c(c), out(out), n(static_cast<int>(c.devices.size())) {
    vdd = c.port(circuit::PortRole::Vdd).value_or(-1);
    vss = c.port(circuit::PortRole::Vss).value_or(c.net_index("0"));
    out.vdd_net = vdd;
    out.vss_net = vss;
    mirror.assign(n, -1);
    for (auto [a, b] : d.symmetry)
      if (a >= 0 && b >= 0 && a < n && b < n) mirror[a] = b, mirror[b] = a;
    stage.assign(n, structure::kBiasNetwork);
    for (const auto& r : d.devices)
      if (r.device >= 0 && r.device < n) stage[r.device] = r.stage;
  }

  void run() {
    assign_rows();
    link_stacks();
    build_columns();
    pair_columns();
    place_core();
    place_sides();
    set_heights();
    make_symbols();
    set_rails();
  }

 private:
  static double row_y(int r) { return r * kRowHeight; }

  // Rows from the distance to the rails.
  void assign_rows() {
    const auto dtop = rail_distance(c, vdd), dbot = rail_distance(c, vss);
    slots.resize(n);
    for (int i = 0; i < n; ++i) slots[i] = slot_of(c, c.devices[i], vdd, vss, dtop, dbot);
    int top_rows = 0, bottom_rows = 0;
    for (const Slot& s : slots)
      if (s.stacked) (s.top ? top_rows : bottom_rows) = std::max(s.top ? top_rows : bottom_rows, s.level + 1);
    rows = std::max(1, top_rows + bottom_rows);
    for (Slot& s : slots)
      if (s.stacked) s.row = s.top ? s.level : rows - 1 - s.level;
  }

  // Series stacks: on each net, one upper device's lower terminal meets one lower device's
  // upper terminal. Nets shared by both halves of a pair (the tail) are not stacked through.
  void link_stacks() {
    below.assign(n, -1);
    above.assign(n, -1);
    struct Candidate {
      int score, upper, lower;
    };
    std::vector<Candidate> cands;
    for (int net = 0; net < static_cast<int>(c.nets.size()); ++net) {
      if (net == vdd || net == vss) continue;
      std::vector<int> downs, ups;
      for (int i = 0; i < n; ++i) {
        if (!slots[i].stacked) continue;
        if (slots[i].down == net) downs.push_back(i);
        if (slots[i].up == net) ups.push_back(i);
      }
      auto shared = [&](const std::vector<int>& v, int i) {
        return mirror[i] >= 0 && std::find(v.begin(), v.end(), mirror[i]) != v.end();
      };
      for (int u : downs)
        for (int l : ups)
          if (slots[u].row < slots[l].row && !shared(downs, u) && !shared(ups, l))
            cands.push_back({(c.devices[u].kind == c.devices[l].kind ? 0 : 10) + slots[l].row - slots[u].row, u, l});
    }
    std::stable_sort(cands.begin(), cands.end(), [](auto& a, auto& b) { return a.score < b.score; });
    auto link = [&](int u, int l) {
      if (u < 0 || l < 0 || below[u] >= 0 || above[l] >= 0) return false;
      for (int k = u; k >= 0; k = above[k])
        if (k == l) return false;
      below[u] = l;
      above[l] = u;
      return true;
    };
    for (const auto& cand : cands) {
      if (!link(cand.upper, cand.lower)) continue;
      const int mu = mirror[cand.upper], ml = mirror[cand.lower];
      if (mu >= 0 && ml >= 0)
        for (const auto& other : cands)
          if (other.upper == mu && other.lower == ml) link(mu, ml);
    }
  }

  // Columns: the chains, then each horizontal passive alone.
  void build_columns() {
    col_of.assign(n, -1);
    for (int i = 0; i < n; ++i) {
      if (above[i] >= 0 || (slots[i].stacked && col_of[i] >= 0)) continue;
      Column col;
      for (int k = i; k >= 0; k = slots[k].stacked ? below[k] : -1) {
        col.devices.push_back(k);
        col_of[k] = static_cast<int>(cols.size());
      }
      cols.push_back(col);
    }
  }

  // Mirrored columns: every device's partner in one other column, row for row.
  void pair_columns() {
    for (std::size_t ci = 0; ci < cols.size(); ++ci) {
      Column& col = cols[ci];
      if (col.mirror >= 0) continue;
      int other = -1;
      bool ok = true;
      for (int dv : col.devices) {
        const int m = mirror[dv];
        if (m < 0 || col_of[m] < 0 || col_of[m] == static_cast<int>(ci) || slots[m].row != slots[dv].row) {
          ok = false;
          break;
        }
        if (other >= 0 && col_of[m] != other) ok = false;
        other = col_of[m];
      }
      if (!ok || other < 0 || cols[other].mirror >= 0 || cols[other].devices.size() != col.devices.size()) continue;
      col.mirror = other;
      cols[other].mirror = static_cast<int>(ci);
      const int a = col.devices.front(), b = cols[other].devices.front();
      col.left_of_pair = c.devices[a].name < c.devices[b].name;
      cols[other].left_of_pair = !col.left_of_pair;
    }
  }

  std::set<int> channel_nets(const Column& col) const {
    std::set<int> nets;
    for (int dv : col.devices)
      for (int net : {slots[dv].up, slots[dv].down})
        if (net >= 0 && net != vdd && net != vss) nets.insert(net);
    return nets;
  }
  bool shares(const Column& a, const Column& b) const {
    auto na = channel_nets(a), nb = channel_nets(b);
    return std::any_of(na.begin(), na.end(), [&](int x) { return nb.count(x) > 0; });
  }

  // The symmetric core around the axis: centre columns on it, pairs from it outward.
  void place_core() {
    mark_centre_columns();
    const auto order = pairs_from_the_axis();
    const bool has_centre = std::any_of(cols.begin(), cols.end(), [](auto& col) { return col.centre; });
    for (std::size_t k = 0; k < order.size(); ++k) {
      const double x = kColumnWidth * (static_cast<double>(k) + (has_centre ? 1.0 : 0.5));
      cols[order[k]].x = -x;
      cols[cols[order[k]].mirror].x = x;
      core_left = std::min(core_left, -x);
      core_right = std::max(core_right, x);
    }
    if (!has_centre && order.empty()) core_left = kColumnWidth, core_right = 0;
    out.axis_x = 0;
  }

  // Centre columns: unpaired, on a channel net of both halves of a pair (the tail source).
  void mark_centre_columns() {
    std::vector<std::pair<int, int>> centre_rows;  // row ranges already on the axis
    for (auto& col : cols) {
      if (col.mirror >= 0 || !slots[col.devices.front()].stacked) continue;
      bool centre = false;
      for (const auto& pair : cols)
        if (pair.mirror >= 0 && pair.left_of_pair && shares(col, pair) && shares(col, cols[pair.mirror])) centre = true;
      if (!centre) continue;
      const int r0 = slots[col.devices.front()].row, r1 = slots[col.devices.back()].row;
      bool free = std::none_of(centre_rows.begin(), centre_rows.end(),
                               [&](auto r) { return r0 <= r.second && r.first <= r1; });
      if (!free) continue;
      centre_rows.push_back({r0, r1});
      col.centre = true;
    }
  }

  // The left columns of the pairs, from the axis outward: breadth-first over shared channel
  // nets from the centre (from the first stage when there is no centre column).
  std::vector<int> pairs_from_the_axis() const {
    std::vector<int> dist(cols.size(), kFar);
    std::deque<int> queue;
    for (std::size_t i = 0; i < cols.size(); ++i)
      if (cols[i].centre) dist[i] = 0, queue.push_back(static_cast<int>(i));
    if (queue.empty())
      for (std::size_t i = 0; i < cols.size(); ++i)
        if (cols[i].mirror >= 0)
          for (int dv : cols[i].devices)
            if (stage[dv] == 1 && dist[i] == kFar) dist[i] = 0, queue.push_back(static_cast<int>(i));
    while (!queue.empty()) {
      int k = queue.front();
      queue.pop_front();
      for (std::size_t j = 0; j < cols.size(); ++j)
        if (dist[j] == kFar && cols[j].mirror >= 0 && shares(cols[k], cols[j])) {
          dist[j] = dist[k] + 1;
          queue.push_back(static_cast<int>(j));
        }
    }
    std::vector<int> order;
    for (std::size_t i = 0; i < cols.size(); ++i)
      if (cols[i].mirror >= 0 && cols[i].left_of_pair) order.push_back(static_cast<int>(i));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return std::min(dist[a], dist[cols[a].mirror]) < std::min(dist[b], dist[cols[b].mirror]);
    });
    return order;
  }

  // The rest: bias network left, later stages right, ordered for the shortest nets.
  void place_sides() {
    std::vector<int> left, right;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      Column& col = cols[i];
      if (col.centre || col.mirror >= 0) continue;
      const bool bias = std::all_of(col.devices.begin(), col.devices.end(),
                                    [&](int dv) { return stage[dv] == structure::kBiasNetwork; });
      col.side = bias ? -1 : 1;
      (bias ? left : right).push_back(static_cast<int>(i));
    }
    for (int i : left) cols[i].x = core_left - kColumnWidth;
    for (int i : right) cols[i].x = core_right + kColumnWidth;
    arrange(right, core_right + kColumnWidth, kColumnWidth);
    arrange(left, core_left - kColumnWidth, -kColumnWidth);
  }

  // Total horizontal span of the signal nets, plus a penalty for a part between two signal
  // nets that is not between the devices on them.
  double net_cost() const {
    std::map<int, std::pair<double, double>> span;
    for (std::size_t i = 0; i < cols.size(); ++i)
      for (int dv : cols[i].devices)
        for (int net : c.devices[dv].nets) {
          if (net == vdd || net == vss) continue;
          auto [it, fresh] = span.try_emplace(net, cols[i].x, cols[i].x);
          if (!fresh) it->second = {std::min(it->second.first, cols[i].x), std::max(it->second.second, cols[i].x)};
        }
    double cost = 0;
    for (auto& [net, s] : span) cost += s.second - s.first;
    for (const auto& col : cols) {
      const int dv = col.devices.front();
      if (slots[dv].stacked || c.devices[dv].nets.size() < 2) continue;
      double mean[2] = {0, 0};
      for (int t = 0; t < 2; ++t) {
        int count = 0;
        for (const auto& other : cols)
          if (&other != &col)
            for (int o : other.devices)
              for (int net : c.devices[o].nets)
                if (net == c.devices[dv].nets[t]) mean[t] += other.x, ++count;
        mean[t] = count ? mean[t] / count : col.x;
      }
      if (col.x < std::min(mean[0], mean[1]) - 1e-6 || col.x > std::max(mean[0], mean[1]) + 1e-6) cost += 2 * kColumnWidth;
    }
    return cost;
  }

  // One side's columns from `start` in steps of `step`, in the order of least net_cost (every
  // order tried up to seven columns).
  void arrange(std::vector<int>& side, double start, double step) {
    auto put = [&]() {
      for (std::size_t k = 0; k < side.size(); ++k) cols[side[k]].x = start + step * static_cast<double>(k);
    };
    // passives first, so that a tie puts them between the stages they join
    std::stable_sort(side.begin(), side.end(),
                     [&](int a, int b) { return !slots[cols[a].devices[0]].stacked && slots[cols[b].devices[0]].stacked; });
    put();
    if (side.size() > 7) return;
    std::vector<int> best = side, perm(side.size());
    std::iota(perm.begin(), perm.end(), 0);
    double best_cost = net_cost();
    const std::vector<int> base = side;
    while (std::next_permutation(perm.begin(), perm.end())) {
      for (std::size_t k = 0; k < perm.size(); ++k) side[k] = base[perm[k]];
      put();
      const double cost = net_cost();
      if (cost < best_cost - 1e-6) best_cost = cost, best = side;
    }
    side = best;
    put();
  }

  // Heights: rows, then horizontal passives in the gap nearest their nets' channel pins.
  void set_heights() {
    y.assign(n, 0);
    for (int i = 0; i < n; ++i)
      if (slots[i].stacked) y[i] = row_y(slots[i].row);
    for (int i = 0; i < n; ++i) {
      if (slots[i].stacked) continue;
      double sum = 0;
      int count = 0;
      for (int net : c.devices[i].nets)
        for (int j = 0; j < n; ++j)
          if (slots[j].stacked && (slots[j].up == net || slots[j].down == net)) {
            sum += y[j] + (slots[j].up == net ? -kPinReach : kPinReach);
            ++count;
          }
      const double target = count ? sum / count : row_y(rows - 1) / 2;
      double best = kRowHeight / 2;
      for (int g = 0; g + 1 < std::max(rows, 2); ++g) {
        const double gy = row_y(g) + kRowHeight / 2;
        if (std::abs(gy - target) < std::abs(best - target) - 1e-6) best = gy;
      }
      y[i] = best;
    }
  }

  // Mean x of the pins on `net` of the devices other than `device`; with `other_columns`, only
  // of those not in its column. Nothing when there are none.
  std::optional<double> mean_x_on(int net, int device, bool other_columns) const {
    double sum = 0;
    int count = 0;
    for (int j = 0; j < n; ++j) {
      if (j == device || (other_columns && x[j] == x[device])) continue;
      for (int nn : c.devices[j].nets)
        if (nn == net) sum += x[j], ++count;
    }
    if (!count) return std::nullopt;
    return sum / count;
  }

  // The gate faces its partner's gate in a mirror pair sharing the gate net, else the other
  // pins on its gate net (outward when there are none); the right half of a pair mirrors the
  // left half's choice.
  bool gate_faces_right(int i, const Column& col) const {
    const int gate = c.devices[i].nets[circuit::Gate];
    const int m = mirror[i];
    if (col.mirror >= 0 && m >= 0 && c.devices[m].nets[circuit::Gate] == gate) return col.left_of_pair;
    if (col.mirror >= 0 && !col.left_of_pair && m >= 0) {
      const auto partner = mean_x_on(c.devices[m].nets[circuit::Gate], m, true);
      return !(partner && *partner > x[m]);
    }
    const auto mean = mean_x_on(gate, i, true);
    return mean ? *mean > x[i] : x[i] > out.axis_x + 1e-6;
  }

  // Symbols with their orientation and pins.
  void make_symbols() {
    x.assign(n, 0);
    for (const auto& col : cols)
      for (int dv : col.devices) x[dv] = col.x;
    out.symbols.clear();
    for (int i = 0; i < n; ++i) {
      const Device& dev = c.devices[i];
      if (dev.nets.size() < 2) continue;
      Symbol s;
      s.device = i;
      s.centre = {x[i], y[i]};
      s.row = slots[i].stacked ? slots[i].row : -1;
      s.vertical = slots[i].stacked;
      int left_terminal = 0;
      if (circuit::is_mos(dev.kind)) {
        s.mirrored = gate_faces_right(i, cols[col_of[i]]);
      } else if (!s.vertical) {
        // the terminal whose net lies further left goes left
        left_terminal = mean_x_on(dev.nets[0], i, false).value_or(x[i]) <= mean_x_on(dev.nets[1], i, false).value_or(x[i]) ? 0 : 1;
      }
      build_symbol(c, s, slots[i].top_terminal, left_terminal, vdd, vss);
      out.symbols.push_back(std::move(s));
    }
  }

  // Rails just outside the rows (and below any passive under the last row).
  void set_rails() {
    double lowest = row_y(rows - 1), x0 = 0, x1 = 0;
    bool first = true;
    for (const Symbol& s : out.symbols) {
      lowest = std::max(lowest, s.centre.y);
      x0 = first ? s.box.x0 : std::min(x0, s.box.x0);
      x1 = first ? s.box.x1 : std::max(x1, s.box.x1);
      first = false;
    }
    out.vdd_y = -kRowHeight / 2 - 15;
    out.vss_y = lowest + kRowHeight / 2 + 15;
    out.rail_x0 = x0 - 40;
    out.rail_x1 = x1 + 40;
  }

  const circuit::Circuit& c;
  Layout& out;
  const int n;
  int vdd = -1, vss = -1;
  std::vector<int> mirror, stage;  // symmetric partner, signal stage per device
  std::vector<Slot> slots;
  int rows = 1;
  std::vector<int> below, above;  // series stacks
  std::vector<Column> cols;
  std::vector<int> col_of;
  double core_left = 0, core_right = 0;
  std::vector<double> x, y;
};

}  // namespace

void place_symbols(const circuit::Circuit& c, const structure::Decomposition& d, Layout& out) {
  Placer(c, d, out).run();
}

}  // namespace inversize::ui::schematic
