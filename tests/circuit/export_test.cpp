#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <unistd.h>

#include "circuit/build.hpp"
#include "netlist/parser.hpp"
#include "netlist/writer.hpp"

using namespace inversize;
using namespace inversize::circuit;
namespace fs = std::filesystem;

namespace {

std::string data(const std::string& rel) { return std::string(INVERSIZE_TEST_DATA_DIR) + "/netlists/" + rel; }
std::string resource(const std::string& rel) { return std::string(INVERSIZE_SOURCE_RESOURCE_DIR) + "/" + rel; }

bool has_line(const std::string& text, const std::string& line) {
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);)
    if (l == line) return true;
  return false;
}

// Runs ngspice in batch mode on `deck`; returns its output, or nullopt when ngspice is missing.
// (Its exit status is 1 after a .control block even when all went well: not checked.)
std::optional<std::string> run_ngspice(const std::string& deck) {
  if (std::system("command -v ngspice >/dev/null 2>&1") != 0) return std::nullopt;
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const fs::path dir = fs::temp_directory_path() / ("inversize_export_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "tb.sp") << deck;
  const std::string cmd = "cd '" + dir.string() + "' && ngspice -b tb.sp > out.txt 2>&1";
  if (std::system(cmd.c_str()) < 0) return std::nullopt;
  std::ifstream in(dir / "out.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  fs::remove_all(dir);
  return ss.str();
}

}  // namespace

TEST(SizeEdits, RoundTripThroughTheDesignersFile) {
  const auto deck = netlist::parse_file(data("miller_tb.sp"));
  const Circuit original = build_circuit(deck, {});
  Circuit sized = original;
  sized.device("M1")->w = 9e-6;
  sized.device("M6")->l = 0.35e-6;
  sized.device("Cc")->value = 2e-12;
  sized.device("M8")->nf = 2;
  const auto edits = size_edits(original, sized);
  ASSERT_EQ(edits.size(), 4u);
  EXPECT_EQ(edits[0].subckt, "miller");
  EXPECT_EQ(edits[0].element, "M1");
  EXPECT_EQ(edits[0].key, "w");
  EXPECT_DOUBLE_EQ(edits[0].value, 9e-6);
  const std::string text = netlist::write_sized(deck, edits);
  EXPECT_TRUE(has_line(text, "M1 n1 inn tail vss nch W=9u L={ln}"));
  EXPECT_TRUE(has_line(text, "M2 o1 inp tail vss nch W={wn} L={ln}   ; the other half of the pair"));
  EXPECT_TRUE(has_line(text, "+ L=350n"));
  EXPECT_TRUE(has_line(text, "M8 ibias ibias vss vss nch W=4u L=1u NF=2"));
  EXPECT_TRUE(has_line(text, "Cc o1 out 2p"));
  const Circuit again = build_circuit(netlist::parse_string(text, "again.sp", ""), {});
  for (const Device& d : sized.devices) {
    const Device* a = again.device(d.name);
    ASSERT_NE(a, nullptr);
    EXPECT_DOUBLE_EQ(a->w, d.w) << d.name;
    EXPECT_DOUBLE_EQ(a->l, d.l) << d.name;
    EXPECT_DOUBLE_EQ(a->nf, d.nf) << d.name;
    EXPECT_DOUBLE_EQ(a->value, d.value) << d.name;
  }
  EXPECT_TRUE(size_edits(original, original).empty());
}

TEST(SizeEdits, WrappedAndHierarchicalDevices) {
  const auto deck = netlist::parse_file(data("pdk_wrapped.sp"));
  const Circuit original = build_circuit(deck, {});
  Circuit sized = original;
  sized.device("XM2")->w = 5e-6;
  auto edits = size_edits(original, sized);
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].subckt, "ota5");
  EXPECT_EQ(edits[0].element, "XM2");
  EXPECT_TRUE(has_line(netlist::write_sized(deck, edits), "XM2 vout in_p tail avss nfet4 w=5u l=0.5u"));

  const auto hdeck = netlist::parse_file(data("hier_opamp.sp"));
  const Circuit h = build_circuit(hdeck, {});
  Circuit hs = h;
  hs.device("X2.MA")->w = 30e-6;
  hs.device("X2.MB")->w = 30e-6;
  edits = size_edits(h, hs);
  ASSERT_EQ(edits.size(), 2u);
  EXPECT_EQ(edits[0].subckt, "mirror");
  const std::string text = netlist::write_sized(hdeck, edits);
  EXPECT_TRUE(has_line(text, "MA in in rail rail pch W=30u L={lm}"));
  EXPECT_TRUE(has_line(text, "MB out in rail rail pch W=30u L={lm}"));
}

TEST(SizeEdits, TwoInstancesOfOneLineMustAgree) {
  const std::string text = "t\n.model nch nmos\n.model pch pmos\n.subckt cell a b\nM1 a a b b nch W=1u L=1u\n.ends\n"
                           ".subckt amp vdd vss inp inn out\nX1 out vss cell\nX2 inp vss cell\nM3 out inn vdd vdd pch W=1u L=1u\n.ends\n";
  const auto deck = netlist::parse_string(text, "t.sp", "");
  const Circuit c = build_circuit(deck, {});
  Circuit s = c;
  s.device("X1.M1")->w = 2e-6;
  EXPECT_THROW(size_edits(c, s), std::invalid_argument);
  s.device("X2.M1")->w = 2e-6;
  const auto edits = size_edits(c, s);
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].subckt, "cell");
}

TEST(DutSubckt, MillerFromTestbenchDeck) {
  const auto deck = netlist::parse_file(data("miller_tb.sp"));
  Circuit c = build_circuit(deck, {});
  const std::string dut = dut_subckt(deck, c, "inversize_dut");
  EXPECT_TRUE(has_line(dut, ".subckt inversize_dut vdd vss inp inn out ibias")) << dut;
  EXPECT_TRUE(has_line(dut, ".ends inversize_dut"));
  EXPECT_TRUE(has_line(dut, ".param wn=8u"));
  EXPECT_TRUE(has_line(dut, ".param wp=12u"));
  EXPECT_NE(dut.find(".model nch nmos (level=1 vto=0.5 kp=200u\n+ lambda=0.05)\n"), std::string::npos);
  EXPECT_TRUE(has_line(dut, "M1 n_n1 inn n_tail vss nch W=8u L=1u"));
  EXPECT_TRUE(has_line(dut, "M5 n_tail ibias vss vss nch W=8u L=1u M=2"));
  EXPECT_TRUE(has_line(dut, "Cc n_o1 out 1.4p"));
  // Sizes come from the Circuit, not from the text.
  c.device("M1")->w = 3.3e-6;
  c.device("Cc")->value = 0.5e-12;
  const std::string changed = dut_subckt(deck, c, "inversize_dut");
  EXPECT_TRUE(has_line(changed, "M1 n_n1 inn n_tail vss nch W=3.3u L=1u"));
  EXPECT_TRUE(has_line(changed, "Cc n_o1 out 500f"));
  EXPECT_EQ(dut_device_path(*c.device("M1")), "m1");
}

TEST(DutSubckt, NoIbiasPortWithoutIbias) {
  const auto deck = netlist::parse_string(
      "t\n.model nch nmos\n.model pch pmos\n.subckt amp vcc gnd in+ in- vout\nM1 vout in+ gnd gnd nch W=1u L=1u\n"
      "M2 vout in- vcc vcc pch W=1u L=1u AD=2p\nI1 vout gnd 1u\n.ends\n",
      "t.sp", "");
  const Circuit c = build_circuit(deck, {});
  const std::string dut = dut_subckt(deck, c, "dut");
  EXPECT_TRUE(has_line(dut, ".subckt dut vdd vss inp inn out")) << dut;
  EXPECT_TRUE(has_line(dut, "M2 out inn vdd vdd pch W=1u L=1u ad=2p"));
  EXPECT_TRUE(has_line(dut, "I1 out vss DC 1u"));
}

TEST(DutSubckt, HierarchyIsFlattenedWithSafeNames) {
  const auto deck = netlist::parse_file(data("hier_opamp.sp"));
  const Circuit c = build_circuit(deck, {});
  const std::string dut = dut_subckt(deck, c, "dut");
  EXPECT_TRUE(has_line(dut, "MX1_M1 n_n1 inn n_tail n_tail nch W=10u L=500n")) << dut;
  EXPECT_TRUE(has_line(dut, "MX2_MA n_n1 n_n1 vdd vdd pch W=20u L=500n")) << dut;
  EXPECT_EQ(dut_device_path(*c.device("X2.MA")), "mx2_ma");
  EXPECT_EQ(dut.find(".subckt pair"), std::string::npos);  // flattened, not copied
}

TEST(DutSubckt, WrappersAndLibrariesAreReferenced) {
  const auto deck = netlist::parse_file(data("pdk_wrapped.sp"));
  Circuit c = build_circuit(deck, {});
  const std::string dut = dut_subckt(deck, c, "dut");
  const std::string lib = fs::weakly_canonical(data("pdk/models.lib")).string();
  EXPECT_TRUE(has_line(dut, ".lib \"" + lib + "\" tt")) << dut;
  EXPECT_EQ(dut.find("bins.inc"), std::string::npos);  // reached through models.lib
  EXPECT_NE(dut.find(".subckt nfet4 d g s b w=1u l=0.15u nf=1\nRg g gi 10\n"), std::string::npos);
  EXPECT_NE(dut.find(".subckt pfet4 d g s b w=1u l=0.15u\n"), std::string::npos);
  EXPECT_TRUE(has_line(dut, "XM5 n_tail ibias vss vss nfet4 w=2u l=1u nf=2")) << dut;
  EXPECT_TRUE(has_line(dut, "XM1 n_x1 inn n_tail vss nfet4 w=4u l=500n"));
  EXPECT_EQ(dut_device_path(*c.device("XM5")), "xm5.m0");
}

TEST(DutSubckt, CollidingNamesAreRefused) {
  const auto deck = netlist::parse_file(data("hier_opamp.sp"));
  Circuit c = build_circuit(deck, {});
  c.devices.push_back(*c.device("X1.M1"));
  c.devices.back().name = "X1_M1";
  EXPECT_THROW(dut_subckt(deck, c, "dut"), std::invalid_argument);
}

TEST(DutSubckt, NgspiceAcceptsIt) {
  // The built-in Miller opamp with the default technology, and a wrapper-based copy of it.
  const auto deck = netlist::parse_file(resource("circuits/miller.cir"));
  BuildOptions o;
  o.nmos_models = {"nch"};
  o.pmos_models = {"pch"};
  const Circuit c = build_circuit(deck, o);
  const std::string lib = resource("technology/generic180.lib");
  auto bench = [&](const std::string& dut, const std::string& probe) {
    return "* test bench\n.include \"" + lib + "\"\n" + dut +
           "xdm vdd 0 inp inn out ibias dut\nvdd vdd 0 1.8\nvp inp 0 0.9\nvn inn 0 0.9\nib vdd ibias 20u\n"
           ".control\nop\nprint " + probe + "\n.endc\n.end\n";
  };
  auto out = run_ngspice(bench(dut_subckt(deck, c, "dut"), "@m.xdm." + dut_device_path(*c.device("M7")) + "[gm]"));
  if (!out) GTEST_SKIP() << "ngspice not installed";
  EXPECT_TRUE(std::regex_search(*out, std::regex("@m\\.xdm\\.m7\\[gm\\] = [0-9.]+e-0[0-9]"))) << *out;
  EXPECT_EQ(out->find("rror"), std::string::npos) << *out;

  const auto wdeck = netlist::parse_string(
      "wrapped\n.subckt nw d g s b w=1u l=1u\nM0 d g s b nch W={w} L={l}\n.ends\n"
      ".subckt pw d g s b w=1u l=1u\nM0 d g s b pch W={w} L={l}\n.ends\n"
      ".subckt ota vdd vss inp inn out ibias\nX1 n1 inn tail vss nw w=8u l=1u\nX2 o1 inp tail vss nw w=8u l=1u\n"
      "X3 n1 n1 vdd vdd pw w=12u l=1u\nX4 o1 n1 vdd vdd pw w=12u l=1u\nX5 tail ibias vss vss nw w=8u l=1u\n"
      "X6 out o1 vdd vdd pw w=60u l=0.5u\nX7 out ibias vss vss nw w=40u l=1u\nX8 ibias ibias vss vss nw w=4u l=1u\n"
      "Cc o1 out 1.4p\n.ends\n",
      "wrapped.sp", "");
  const Circuit w = build_circuit(wdeck, o);
  out = run_ngspice(bench(dut_subckt(wdeck, w, "dut"), "@m.xdm." + dut_device_path(*w.device("X7")) + "[gm]"));
  EXPECT_EQ(out->find("rror"), std::string::npos) << *out;
  EXPECT_TRUE(std::regex_search(*out, std::regex("@m\\.xdm\\.x7\\.m0\\[gm\\] = [0-9.]+e-0[0-9]"))) << *out;
}
