// Where the pins of each symbol sit. A MOSFET is drawn with its drain and source leads on the
// column line (x = centre) so that stacked devices join with straight wires; the gate sticks out
// to the left (or right when mirrored). NMOS: drain up, source down; PMOS: source up, drain down.
#include "schematic/layout_steps.hpp"

#include <cstdio>

#include "netlist/units.hpp"

namespace inversize::ui::schematic {

using circuit::DeviceKind;

namespace {
Exit flip(Exit e) {
  if (e == Exit::Left) return Exit::Right;
  if (e == Exit::Right) return Exit::Left;
  return e;
}
std::string size_text(const circuit::Device& d) {
  char buf[64];
  if (circuit::is_mos(d.kind)) {
    std::snprintf(buf, sizeof buf, "%g/%g", d.w * 1e6, d.l * 1e6);
    std::string t = buf;
    if (d.m * d.nf != 1) t += " x" + netlist::format_spice_number(d.m * d.nf);
    return t;
  }
  const char* unit = d.kind == DeviceKind::Capacitor       ? "F"
                     : d.kind == DeviceKind::Resistor      ? "Ohm"
                     : d.kind == DeviceKind::CurrentSource ? "A"
                     : d.kind == DeviceKind::VoltageSource ? "V"
                                                           : "H";
  return netlist::format_spice_number(d.value) + unit;
}

// Name above, size below, on the side away from the gate (side 0: centred, for horizontal parts).
void place_texts(Symbol& s, int side) {
  const double wn = 7.5 * static_cast<double>(s.name.size()) + 2, ws = 5.6 * static_cast<double>(s.size.size()) + 2;
  const double cx = s.centre.x, cy = s.centre.y;
  if (side == 0) {
    s.name_box = {cx - wn / 2, cy - 31, cx + wn / 2, cy - 18};
    s.size_box = {cx - ws / 2, cy + 18, cx + ws / 2, cy + 31};
    return;
  }
  const double off = circuit::is_mos(s.kind) ? 5 : 18;
  if (side > 0) {
    s.name_box = {cx + off, cy - 30, cx + off + wn, cy - 17};
    s.size_box = {cx + off, cy + 15, cx + off + ws, cy + 27};
  } else {
    s.name_box = {cx - off - wn, cy - 30, cx - off, cy - 17};
    s.size_box = {cx - off - ws, cy + 15, cx - off, cy + 27};
  }
}

}  // namespace

void build_symbol(const circuit::Circuit& c, Symbol& s, int top_terminal, int left_terminal, int vdd, int vss) {
  (void)vdd;
  (void)vss;
  const circuit::Device& dev = c.devices[s.device];
  s.kind = dev.kind;
  s.name = dev.name;
  s.size = size_text(dev);
  s.pins.clear();
  const double sx = s.mirrored ? -1 : 1;
  auto add = [&](int terminal, double dx, double dy, Exit e, bool tied = false) {
    Pin p;
    p.terminal = terminal;
    p.net = terminal < static_cast<int>(dev.nets.size()) ? dev.nets[terminal] : -1;
    p.at = {s.centre.x + sx * dx, s.centre.y + dy};
    p.exit = s.mirrored ? flip(e) : e;
    p.tied = tied;
    s.pins.push_back(p);
  };
  if (circuit::is_mos(dev.kind)) {
    const bool n = dev.kind == DeviceKind::Nmos;
    add(circuit::Drain, 0, n ? -kPinReach : kPinReach, n ? Exit::Up : Exit::Down);
    add(circuit::Gate, -kGateReach, 0, Exit::Left);
    add(circuit::Source, 0, n ? kPinReach : -kPinReach, n ? Exit::Down : Exit::Up);
    const bool tied = dev.nets.size() > 3 && dev.nets[3] == dev.nets[2];
    if (tied)
      add(circuit::Bulk, 0, n ? 12 : -12, n ? Exit::Down : Exit::Up, true);
    else
      add(circuit::Bulk, 14, 0, Exit::Right);
    const double x0 = s.centre.x + (s.mirrored ? -14 : -kGateReach);
    const double x1 = s.centre.x + (s.mirrored ? kGateReach : 14);
    s.box = {x0, s.centre.y - kPinReach, x1, s.centre.y + kPinReach};
    place_texts(s, s.mirrored ? -1 : 1);
    return;
  }
  // two-terminal device
  if (s.vertical) {
    add(top_terminal, 0, -kPinReach, Exit::Up);
    add(1 - top_terminal, 0, kPinReach, Exit::Down);
    s.box = {s.centre.x - 16, s.centre.y - kPinReach, s.centre.x + 16, s.centre.y + kPinReach};
    place_texts(s, 1);
  } else {
    s.mirrored = false;
    add(left_terminal, -kPinReach, 0, Exit::Left);
    add(1 - left_terminal, kPinReach, 0, Exit::Right);
    s.box = {s.centre.x - kPinReach, s.centre.y - 16, s.centre.x + kPinReach, s.centre.y + 16};
    place_texts(s, 0);
  }
}

}  // namespace inversize::ui::schematic
