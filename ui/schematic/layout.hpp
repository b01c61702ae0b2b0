// The schematic of an opamp, drawn by the program from the circuit and its decomposition (no
// coordinates in the netlist). Plain data, no Qt: the scene paints it, the layout tests check it.
//
// Rules, as a designer draws an opamp: VDD rail on top, VSS at the bottom; PMOS rows toward VDD,
// NMOS rows toward VSS; each DC path stacked as a column; symmetric pairs in columns mirrored
// about a vertical axis with the shared devices (the tail) on it; the bias network to the left,
// later stages to the right; nets as orthogonal wires with junction dots, or net labels where a
// wire would cross the drawing.
#pragma once

#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "schematic/geometry.hpp"
#include "structure/decompose.hpp"

namespace inversize::ui::schematic {

enum class Exit { Up, Down, Left, Right };  // the direction a wire leaves a pin

struct Pin {
  int terminal = 0;  // MOS: circuit::Terminal; two-terminal devices: 0 and 1
  int net = -1;
  Point at;
  Exit exit = Exit::Up;
  bool tied = false;  // a bulk drawn tied to its source inside the symbol
};

struct Symbol {
  int device = -1;  // index into Circuit::devices
  circuit::DeviceKind kind = circuit::DeviceKind::Nmos;
  Point centre;
  bool mirrored = false;  // MOS: gate on the right; passive: drawn flipped
  bool vertical = true;   // two-terminal devices: terminals top and bottom
  int row = -1;           // -1 for horizontal passives between rows
  std::vector<Pin> pins;
  Rect box;               // the symbol with its leads; pins lie on its edge
  std::string name, size;  // "M3", "12/1" (W/L in um) or "1.4pF"
  Rect name_box, size_box;  // where the painter writes them; kept clear of wires and labels
};

struct Wire {
  int net = -1;
  Segment seg;
};

struct Junction {
  int net = -1;
  Point at;
};

enum class LabelKind { Net, Port, Rail };

struct Label {
  int net = -1;
  Point at;         // where the label's stub ends and the text begins
  Exit dir = Exit::Left;
  LabelKind kind = LabelKind::Net;
  std::string text;
  int symbol = -1;  // the symbol whose pin it names, -1 for a label on a wire
  int terminal = -1;
};

// A structural block: as few rectangles as hold its devices and nothing else (one where no
// foreign device lies between them), each labelled clear of every symbol, text and label.
struct BlockRegion {
  int block = -1;   // index into Decomposition::blocks
  std::vector<Rect> rects;
  std::vector<Rect> labels;  // per rectangle: where the block's id is written
  std::vector<int> shared;  // its devices that other blocks share
};

struct Layout {
  std::vector<Symbol> symbols;
  std::vector<Wire> wires;
  std::vector<Junction> junctions;
  std::vector<Label> labels;
  std::vector<BlockRegion> blocks;
  int vdd_net = -1, vss_net = -1;
  double vdd_y = 0, vss_y = 0, rail_x0 = 0, rail_x1 = 0;
  double axis_x = 0;  // the symmetry axis
  Rect bounds;

  const Symbol* symbol_of(int device) const;
};

// The space a label's text takes (about 7 units a character at the painter's font).
Rect label_rect(const Label& l);
// The space a block's id takes at the painter's bold font.
double block_label_width(const std::string& id);
inline constexpr double kBlockLabelHeight = 15;

// Never throws for a circuit that build_circuit accepted.
Layout make_layout(const circuit::Circuit& c, const structure::Decomposition& d);

// Drawing constants, shared with the painter.
inline constexpr double kColumnWidth = 130;
inline constexpr double kRowHeight = 130;
inline constexpr double kPinReach = 30;  // centre to drain/source pin
inline constexpr double kGateReach = 40;  // centre to gate pin
inline constexpr double kTextGap = 4;     // between a net label and a device's name or size ("out" once touched M9)

}  // namespace inversize::ui::schematic
