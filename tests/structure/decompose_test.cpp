// The two built-ins device by device (docs/structure.md gives the reasoning), the JSON report,
// circuits outside the library, and a 31-transistor opamp.
#include <gtest/gtest.h>

#include <set>

#include "structure/decompose.hpp"
#include "structure/report.hpp"
#include "structure_test_util.hpp"

using namespace inversize;
using namespace inversize::structure;
using namespace inversize::structure::test;

namespace {

Summary expected(std::map<std::string, std::string> devices, std::multiset<std::string> blocks,
                 std::set<std::string> symmetry) {
  return {std::move(devices), std::move(blocks), std::move(symmetry)};
}

}  // namespace

TEST(Builtin, Miller) {
  auto c = load_file(builtin("miller"));
  auto d = decompose(c);
  const auto want = expected(
      {{"M1", "t1"}, {"M2", "t1"}, {"M3", "l1"}, {"M4", "l1"}, {"M5", "b1"}, {"M6", "t2"}, {"M7", "b2"},
       {"M8", "b0"}, {"CC", "c2"}},
      {"DP_t: M1 M2", "CM_l: M3 M4", "T_t: M6", "CM_b: M5 M8", "CM_b: M7 M8", "C_c: CC"}, {"M1 M2", "M3 M4"});
  EXPECT_EQ(summarise(d, c), want) << describe(summarise(d, c));
  EXPECT_TRUE(d.warnings.empty()) << d.warnings.front();
  // Ids follow the paper's naming; repeated labels are numbered in block order.
  ASSERT_NE(d.block("DP_t"), nullptr);
  EXPECT_EQ(d.block("DP_t")->structure_name, "differential pair");
  ASSERT_NE(d.block("CM_b1"), nullptr);
  ASSERT_NE(d.block("CM_b2"), nullptr);
  EXPECT_EQ(d.blocks.front().id, "DP_t");
}

TEST(Builtin, FoldedCascode) {
  auto c = load_file(builtin("fcoa"));
  auto d = decompose(c);
  const auto want = expected(
      {{"M0", "b0"}, {"M1", "l1"}, {"M2", "l1"}, {"M3", "b0"}, {"M4", "b0"}, {"M5", "b0"}, {"M6", "l1"},
       {"M7", "l1"}, {"M8", "l1"}, {"M9", "l1"}, {"M10", "b1"}, {"M11", "t1"}, {"M12", "t1"}, {"M13", "l1"},
       {"M14", "l1"}},
      // The folding current sources M13/M14 carry the input pair's current: acst counts them to
      // the load, so their mirrors with the bias diode M0 are no blocks.
      {"DP_t: M11 M12", "CP_l: M8 M9", "CCM_l: M1 M2 M6 M7", "T_l: M13", "T_l: M14", "CM_b: M0 M3",
       "CM_b: M10 M4", "VR_b: M0 M5"},
      // The paper's Table I pairs: 1&7, 2&6, 8&9, 11&12, 13&14.
      {"M1 M7", "M2 M6", "M8 M9", "M11 M12", "M13 M14"});
  EXPECT_EQ(summarise(d, c), want) << describe(summarise(d, c));
  EXPECT_TRUE(d.warnings.empty()) << d.warnings.front();
}

TEST(Report, JsonFollowsTheCommandLineContract) {
  auto c = load_file(builtin("miller"));
  auto j = to_json(decompose(c), c, "builtin:miller");
  EXPECT_EQ(j["file"], "builtin:miller");
  ASSERT_EQ(j["devices"].size(), 9u);
  EXPECT_EQ(j["devices"][0]["name"], "M1");
  EXPECT_EQ(j["devices"][0]["kind"], "nmos");
  EXPECT_EQ(j["devices"][0]["function"], "transconductance");
  EXPECT_EQ(j["devices"][0]["stage"], "first");
  EXPECT_EQ(j["devices"][8]["kind"], "capacitor");
  EXPECT_EQ(j["devices"][8]["function"], "compensation");
  EXPECT_EQ(j["blocks"][0]["id"], "DP_t");
  EXPECT_EQ(j["blocks"][0]["structure"], "differential pair");
  EXPECT_EQ(j["blocks"][0]["function"], "transconductance");
  EXPECT_EQ(j["blocks"][0]["devices"], nlohmann::ordered_json({"M1", "M2"}));
  EXPECT_EQ(j["symmetry"][0], nlohmann::ordered_json({"M1", "M2"}));
  EXPECT_TRUE(j["warnings"].is_array());
  const std::string text = to_text(decompose(c), c, "builtin:miller");
  EXPECT_NE(text.find("CM_l  simple current mirror, load, first stage: M3 M4"), std::string::npos) << text;
}

TEST(OutsideLibrary, UnknownDevicesBecomeSingleBlocksWithAWarning) {
  // A transistor hanging off a net nothing drives, and a stray stacked device in the bias network.
  auto c = load_text(R"(* odd
.subckt odd vdd vss inp inn out ibias
M1 n1 inn tail vss nch W=8u L=1u
M2 out inp tail vss nch W=8u L=1u
M3 n1 n1 vdd vdd pch W=12u L=1u
M4 out n1 vdd vdd pch W=12u L=1u
M5 tail ibias vss vss nch W=8u L=1u
M6 ibias ibias vss vss nch W=4u L=1u
M9 q floating vss vss nch W=1u L=1u
M10 q q vdd vdd pch W=1u L=1u
.ends odd
)", "odd.cir");
  auto d = decompose(c);
  auto s = summarise(d, c);
  EXPECT_EQ(s.devices["M9"], "b0");
  EXPECT_TRUE(s.blocks.count("T_b: M9")) << describe(s);
  bool floating = false, outside = false;
  for (const auto& w : d.warnings) {
    floating = floating || w.find("M9: gate net 'floating'") != std::string::npos;
    outside = outside || w.find("M9: outside every structure") != std::string::npos;
  }
  EXPECT_TRUE(floating);
  EXPECT_TRUE(outside);
}

TEST(OutsideLibrary, NoInputsNoCrash) {
  circuit::Circuit empty;
  auto d = decompose(empty);
  EXPECT_TRUE(d.blocks.empty());
  EXPECT_FALSE(d.warnings.empty());

  // Built by hand: the netlist builder insists on inputs, the decomposition must not.
  circuit::Circuit c;
  c.nets = {"0", "vss", "ibias", "out"};
  c.ports = {{circuit::PortRole::Vss, 1}, {circuit::PortRole::Ibias, 2}, {circuit::PortRole::Out, 3}};
  c.devices.push_back({.name = "M1", .kind = circuit::DeviceKind::Nmos, .nets = {2, 2, 1, 1}});
  c.devices.push_back({.name = "M2", .kind = circuit::DeviceKind::Nmos, .nets = {3, 2, 1, 1}});
  auto m = decompose(c);
  EXPECT_EQ(summarise(m, c).blocks, std::multiset<std::string>{"CM_b: M1 M2"});
  ASSERT_FALSE(m.warnings.empty());
  EXPECT_NE(m.warnings.front().find("inp/inn"), std::string::npos);
}

// Its recognition time is structure_benchmark's BM_DecomposeThirtyOne (goal: well under 50 ms).
TEST(Decompose, ThirtyOneTransistorsAllInBlocks) {
  // The complementary folded cascode (17 transistors) plus a second stage and a bias tree: 31.
  std::string text = read_text(data_dir() + "/complementary_folded_cascode.cir");
  std::string extra =
      "M20 o2 out vdd vdd pch W=80u L=0.5u\nM21 o2 ibias vss vss nch W=40u L=1u\nCc out o2 2p\n";
  for (int i = 0; i < 12; ++i)
    extra += "MB" + std::to_string(i) + " b" + std::to_string(i) + " ibias vss vss nch W=4u L=1u\n";
  text.insert(text.find(".ends"), extra);
  auto c = load_text(text, "big.cir");
  ASSERT_GE(c.transistors().size(), 30u);
  auto d = decompose(c);
  std::set<int> in_blocks;
  for (const auto& b : d.blocks) in_blocks.insert(b.devices.begin(), b.devices.end());
  for (std::size_t i = 0; i < c.devices.size(); ++i) {
    const auto kind = c.devices[i].kind;
    if (kind == circuit::DeviceKind::Nmos || kind == circuit::DeviceKind::Pmos)
      EXPECT_TRUE(in_blocks.count(static_cast<int>(i))) << c.devices[i].name;
  }
}
