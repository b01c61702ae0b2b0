// Layout tests of the schematic: for the built-ins (generic180 and gf180mcu) and opamps of
// tests/data/opamps, no two symbols overlap, every pin reaches a wire or a label of its net,
// different nets never touch, symmetric pairs sit mirrored about the axis, and every block's
// shading holds its own devices only, with one label that covers nothing else.
#include <QtTest>

#include "circuit/input.hpp"
#include "schematic/layout.hpp"
#include "structure/decompose.hpp"
#include "technology/technology.hpp"

using namespace inversize;
using namespace inversize::ui::schematic;

namespace {
const char* const kCircuits[] = {
    "builtin:miller", "builtin:fcoa", "builtin:miller_gf180", "builtin:fcoa_gf180", "ota5t", "ota5t_pmos", "telescopic", "symmetrical_ota",
    "miller_nulling_resistor", "miller_resistor_bias", "ota_wilson_bias", "three_stage_follower",
    "two_stage_folded_cascode", "complementary_folded_cascode", "fc_nmos_wide_swing", "miller_cascode_load"};

QString spec_of(const QString& name) {
  return name.startsWith(QLatin1String("builtin:")) ? name
                                                    : QStringLiteral(INVERSIZE_TEST_DATA_DIR "/opamps/") + name + QStringLiteral(".cir");
}
}  // namespace

class LayoutTest : public QObject {
  Q_OBJECT

 private:
  circuit::OpenedCircuit opened_;
  structure::Decomposition d_;
  Layout layout_;

  void load() {
    QFETCH(QString, spec);
    static const auto generic = technology::load_default();
    static const auto gf180 = technology::load_named("gf180mcu");
    opened_ = circuit::open_circuit(spec.toStdString(), spec.contains(QLatin1String("gf180")) ? gf180 : generic);
    d_ = structure::decompose(opened_.circuit);
    layout_ = make_layout(opened_.circuit, d_);
  }
  void data() {
    QTest::addColumn<QString>("spec");
    for (const char* name : kCircuits) QTest::newRow(name) << spec_of(QString::fromLatin1(name));
  }

 private slots:
  void every_device_has_a_symbol_data() { data(); }
  void every_device_has_a_symbol() {
    load();
    QCOMPARE(layout_.symbols.size(), opened_.circuit.devices.size());
  }

  void symbols_do_not_overlap_data() { data(); }
  void symbols_do_not_overlap() {
    load();
    const auto& s = layout_.symbols;
    for (std::size_t a = 0; a < s.size(); ++a)
      for (std::size_t b = a + 1; b < s.size(); ++b)
        QVERIFY2(!overlaps(s[a].box, s[b].box),
                 qPrintable(QStringLiteral("%1 overlaps %2").arg(QString::fromStdString(s[a].name), QString::fromStdString(s[b].name))));
  }

  // Net and port labels never sit on each other or on a symbol and its texts: the facing
  // gates of a folded cascode's input pair and cascodes crowded them once.
  void labels_stay_readable_data() { data(); }
  void labels_stay_readable() {
    load();
    const auto& ls = layout_.labels;
    auto text = [](const Label& l) { return QString::fromStdString(l.text); };
    for (std::size_t a = 0; a < ls.size(); ++a) {
      const Rect ra = label_rect(ls[a]);
      for (std::size_t b = a + 1; b < ls.size(); ++b)
        QVERIFY2(!overlaps(ra, label_rect(ls[b])),
                 qPrintable(QStringLiteral("label %1 overlaps label %2").arg(text(ls[a]), text(ls[b]))));
      // a little apart from a device's name and size, too ("out" once touched "M9")
      for (const Symbol& s : layout_.symbols)
        QVERIFY2(!overlaps(ra, s.box) && !overlaps(ra, s.name_box.inflated(3)) && !overlaps(ra, s.size_box.inflated(3)),
                 qPrintable(QStringLiteral("label %1 overlaps %2").arg(text(ls[a]), QString::fromStdString(s.name))));
    }
  }

  void every_pin_is_connected_data() { data(); }
  void every_pin_is_connected() {
    load();
    for (std::size_t si = 0; si < layout_.symbols.size(); ++si)
      for (const Pin& p : layout_.symbols[si].pins) {
        if (p.tied) continue;
        bool ok = false;
        for (const Wire& w : layout_.wires)
          if (w.net == p.net && w.seg.covers(p.at)) ok = true;
        for (const Label& l : layout_.labels)
          if (l.net == p.net && l.symbol == static_cast<int>(si) && l.terminal == p.terminal) ok = true;
        QVERIFY2(ok, qPrintable(QStringLiteral("%1 pin %2 (%3) is not connected")
                                    .arg(QString::fromStdString(layout_.symbols[si].name))
                                    .arg(p.terminal)
                                    .arg(QString::fromStdString(opened_.circuit.nets[p.net]))));
      }
  }

  void nets_never_touch_data() { data(); }
  void nets_never_touch() {
    load();
    const auto& w = layout_.wires;
    for (std::size_t a = 0; a < w.size(); ++a)
      for (std::size_t b = a + 1; b < w.size(); ++b) {
        if (w[a].net == w[b].net) continue;
        const bool touch = overlap_collinear(w[a].seg, w[b].seg) || w[a].seg.covers(w[b].seg.a) ||
                           w[a].seg.covers(w[b].seg.b) || w[b].seg.covers(w[a].seg.a) || w[b].seg.covers(w[a].seg.b);
        QVERIFY2(!touch, qPrintable(QStringLiteral("nets %1 and %2 touch")
                                        .arg(QString::fromStdString(opened_.circuit.nets[w[a].net]),
                                             QString::fromStdString(opened_.circuit.nets[w[b].net]))));
      }
    // and no wire runs through a symbol it does not end at
    for (const Wire& wire : w)
      for (const Symbol& s : layout_.symbols) {
        bool own = false;
        for (const Pin& p : s.pins)
          if (p.net == wire.net && (p.at == wire.seg.a || p.at == wire.seg.b)) own = true;
        if (!own) QVERIFY2(!wire.seg.crosses(s.box), qPrintable(QString::fromStdString("wire through " + s.name)));
      }
  }

  void symmetric_pairs_are_mirrored_data() { data(); }
  void symmetric_pairs_are_mirrored() {
    load();
    QVERIFY(!d_.symmetry.empty());
    for (auto [a, b] : d_.symmetry) {
      const Symbol* sa = layout_.symbol_of(a);
      const Symbol* sb = layout_.symbol_of(b);
      QVERIFY(sa && sb);
      const QString names = QString::fromStdString(sa->name + "/" + sb->name);
      QVERIFY2(qFuzzyCompare(1 + sa->centre.y, 1 + sb->centre.y), qPrintable(names + " not on one row"));
      QVERIFY2(std::abs(sa->centre.x + sb->centre.x - 2 * layout_.axis_x) < 1e-6, qPrintable(names + " not mirrored about the axis"));
      if (circuit::is_mos(sa->kind)) QVERIFY2(sa->mirrored != sb->mirrored, qPrintable(names + " drawn the same way round"));
    }
  }

  // A block's shading holds its own devices only: CM_b4 of the folded cascode once seemed to
  // hold M13, which is not in it. Every device of the block lies in one of its rectangles.
  void blocks_hold_only_their_devices_data() { data(); }
  void blocks_hold_only_their_devices() {
    load();
    QCOMPARE(layout_.blocks.size(), d_.blocks.size());
    for (const BlockRegion& r : layout_.blocks) {
      const auto& block = d_.blocks[r.block];
      const auto& members = block.devices;
      const QString id = QString::fromStdString(block.id);
      QVERIFY2(!r.rects.empty(), qPrintable(id));
      for (const Symbol& s : layout_.symbols) {
        const bool own = std::find(members.begin(), members.end(), s.device) != members.end();
        bool inside = false;
        for (const Rect& rect : r.rects) {
          if (!own)
            QVERIFY2(!overlaps(rect, s.box), qPrintable(id + QStringLiteral(" seems to hold ") + QString::fromStdString(s.name)));
          inside |= rect.contains({s.box.x0, s.box.y0}) && rect.contains({s.box.x1, s.box.y1});
        }
        if (own) QVERIFY2(inside, qPrintable(QString::fromStdString(s.name) + QStringLiteral(" outside its block ") + id));
      }
    }
  }

  // One label per rectangle of a block, and no label sits on another (shared devices once
  // stacked them: M8 in CM_b1 and CM_b2, the folded cascode's M0 in several blocks), on a net
  // label, a symbol or its texts.
  void block_labels_stay_readable_data() { data(); }
  void block_labels_stay_readable() {
    load();
    const auto& bs = layout_.blocks;
    std::vector<std::pair<Rect, QString>> all;
    for (const BlockRegion& r : bs) {
      const QString id = QString::fromStdString(d_.blocks[r.block].id);
      QCOMPARE(r.labels.size(), r.rects.size());
      for (const Rect& l : r.labels) {
        QVERIFY2(l.width() >= block_label_width(d_.blocks[r.block].id) - 1e-6, qPrintable(id));
        all.emplace_back(l, id);
      }
    }
    for (std::size_t a = 0; a < all.size(); ++a) {
      const auto& [la, id] = all[a];
      for (std::size_t b = a + 1; b < all.size(); ++b)
        QVERIFY2(!overlaps(la, all[b].first), qPrintable(id + QStringLiteral(" on ") + all[b].second));
      for (const Label& l : layout_.labels)
        QVERIFY2(!overlaps(la, label_rect(l)), qPrintable(id + QStringLiteral(" on label ") + QString::fromStdString(l.text)));
      for (const Symbol& s : layout_.symbols)
        QVERIFY2(!overlaps(la, s.box) && !overlaps(la, s.name_box) && !overlaps(la, s.size_box),
                 qPrintable(id + QStringLiteral(" on ") + QString::fromStdString(s.name)));
    }
    // Devices that blocks share are marked as such.
    for (const BlockRegion& r : bs)
      for (int dv : d_.blocks[r.block].devices) {
        int holders = 0;
        for (const auto& b : d_.blocks) holders += int(std::count(b.devices.begin(), b.devices.end(), dv));
        const bool marked = std::find(r.shared.begin(), r.shared.end(), dv) != r.shared.end();
        QCOMPARE(marked, holders > 1);
      }
  }

  void blocks_are_shaded() {
    const auto tech = technology::load_default();
    auto oc = circuit::open_circuit("builtin:miller", tech);
    auto d = structure::decompose(oc.circuit);
    auto l = make_layout(oc.circuit, d);
    QCOMPARE(l.blocks.size(), d.blocks.size());
    for (const auto& b : l.blocks) QVERIFY(!b.rects.empty());
    // PMOS toward VDD, NMOS toward VSS
    for (const Symbol& s : l.symbols)
      if (s.kind == circuit::DeviceKind::Pmos) QVERIFY(s.centre.y < l.vss_y - (l.vss_y - l.vdd_y) / 2);
  }
};

QTEST_GUILESS_MAIN(LayoutTest)
#include "layout_test.moc"
