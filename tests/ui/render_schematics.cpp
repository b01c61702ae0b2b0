// render_schematics SPEC OUT.png [SPEC OUT.png ...]: draws the schematic of each netlist or
// builtin:NAME to a PNG, to look at the layout (DUMP=1 prints symbols, pins, wires and labels).
#include <QApplication>
#include <iostream>
#include "circuit/input.hpp"
#include "structure/decompose.hpp"
#include "technology/technology.hpp"
#include "schematic/schematic_scene.hpp"
#include "schematic/schematic_view.hpp"
using namespace inversize;
int main(int argc, char** argv) {
  QApplication app(argc, argv);
  auto tech = technology::load_default();
  for (int i = 1; i + 1 < argc; i += 2) {
    try {
      auto oc = circuit::open_circuit(argv[i], tech);
      auto d = structure::decompose(oc.circuit);
      ui::schematic::SchematicScene scene;
      scene.show_circuit(oc.circuit, d);
      ui::schematic::SchematicView view(&scene);
      view.export_png(argv[i + 1], 1.5);
      if (getenv("DUMP")) {
        const auto& L = scene.layout();
        for (auto& s : L.symbols) { std::cout << oc.circuit.devices[s.device].name << " at " << s.centre.x << "," << s.centre.y << (s.mirrored?" M":"") << "\n"; for (auto& p : s.pins) std::cout << "   pin t" << p.terminal << " " << oc.circuit.nets[p.net] << " " << p.at.x << "," << p.at.y << (p.tied?" tied":"") << "\n"; }
        for (auto& w : L.wires) std::cout << "wire " << oc.circuit.nets[w.net] << " " << w.seg.a.x << "," << w.seg.a.y << " - " << w.seg.b.x << "," << w.seg.b.y << "\n";
        for (auto& l : L.labels) std::cout << "label " << l.text << " " << l.at.x << "," << l.at.y << "\n";
      }
      std::cout << argv[i] << " -> " << argv[i + 1] << " labels " << scene.layout().labels.size() << "\n";
    } catch (std::exception& e) { std::cerr << argv[i] << ": " << e.what() << "\n"; }
  }
}
