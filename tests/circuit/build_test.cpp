#include <gtest/gtest.h>

#include <regex>

#include "circuit/build.hpp"
#include "netlist/parser.hpp"
#include "thrown_message.hpp"

using namespace inversize;
using namespace inversize::circuit;
using netlist::ParseError;

namespace {

std::string data(const std::string& rel) { return std::string(INVERSIZE_TEST_DATA_DIR) + "/netlists/" + rel; }
std::string resource(const std::string& rel) { return std::string(INVERSIZE_SOURCE_RESOURCE_DIR) + "/" + rel; }

Circuit build_text(const std::string& text, const BuildOptions& o = {}) {
  return build_circuit(netlist::parse_string(text, "t.sp", ""), o);
}

Circuit build_file(const std::string& rel) { return build_circuit(netlist::parse_file(data(rel)), {}); }

std::string build_error(const std::string& text, const BuildOptions& o = {}) {
  try {
    build_text(text, o);
  } catch (const ParseError& e) {
    return e.what();
  }
  return "(no error)";
}

// A transistor as built: its kind, W and L.
void expect_mos(const Device& d, DeviceKind kind, double w, double l) {
  EXPECT_EQ(d.kind, kind) << d.name;
  EXPECT_DOUBLE_EQ(d.w, w) << d.name;
  EXPECT_DOUBLE_EQ(d.l, l) << d.name;
}

const std::string kModels = ".model nch nmos level=1\n.model pch pmos level=1\n";

}  // namespace

TEST(Build, MillerSubcktFromTestbenchDeck) {
  Circuit c = build_file("miller_tb.sp");
  EXPECT_EQ(c.subckt, "miller");
  EXPECT_EQ(c.name, "miller");
  ASSERT_EQ(c.devices.size(), 9u);
  EXPECT_EQ(c.transistors().size(), 8u);
  const Device* m1 = c.device("m1");
  ASSERT_NE(m1, nullptr);
  EXPECT_EQ(m1->name, "M1");
  expect_mos(*m1, DeviceKind::Nmos, 8e-6, 1e-6);
  EXPECT_EQ(c.nets[m1->nets[Gate]], "inn");
  EXPECT_EQ(c.device("M3")->kind, DeviceKind::Pmos);
  EXPECT_DOUBLE_EQ(c.device("M3")->w, 12e-6);
  EXPECT_DOUBLE_EQ(c.device("M5")->m, 2);
  EXPECT_TRUE(c.device("M5")->m_written);
  EXPECT_DOUBLE_EQ(c.device("M6")->w, 60e-6);
  const Device* cc = c.device("Cc");
  EXPECT_EQ(cc->kind, DeviceKind::Capacitor);
  EXPECT_DOUBLE_EQ(cc->value, 1.4e-12);
  EXPECT_EQ(cc->source_subckt, "miller");
  EXPECT_EQ(cc->source_element, "Cc");
  EXPECT_EQ(c.port_order, (std::vector<std::string>{"vdd", "vss", "inp", "inn", "out", "ibias"}));
  EXPECT_EQ(c.nets[*c.port(PortRole::Vdd)], "vdd");
  EXPECT_EQ(c.nets[*c.port(PortRole::Ibias)], "ibias");
  EXPECT_EQ(c.net_index("o1") >= 0, true);
  EXPECT_TRUE(c.warnings.empty()) << c.warnings.front();
}

TEST(Build, BuiltinCircuitsNeedTechnologyNamesForPolarity) {
  auto deck = netlist::parse_file(resource("circuits/fcoa.cir"));
  const auto err = thrown_message<ParseError>([&] { build_circuit(deck, {}); }, "a model of unknown polarity");
  EXPECT_TRUE(std::regex_search(err, std::regex("fcoa\\.cir:[0-9]+: cannot tell whether model 'nch' is NMOS or PMOS: "
                                                "add its \\.model card or name it in the technology")))
      << err;
  BuildOptions o;
  o.nmos_models = {"NCH"};
  o.pmos_models = {"pch"};
  Circuit c = build_circuit(deck, o);
  EXPECT_EQ(c.transistors().size(), 15u);
  EXPECT_EQ(c.device("M11")->kind, DeviceKind::Pmos);
  EXPECT_EQ(c.device("M13")->kind, DeviceKind::Nmos);
  Circuit m = build_circuit(netlist::parse_file(resource("circuits/miller.cir")), o);
  EXPECT_EQ(m.devices.size(), 9u);
}

TEST(Build, WholeDeckDropsTestbenchSources) {
  Circuit c = build_file("flat_deck.sp");
  EXPECT_EQ(c.subckt, "");
  EXPECT_EQ(c.name, "* flat five-transistor OTA written at the top level with its testbench");
  EXPECT_EQ(c.devices.size(), 6u);  // the MOSFETs; Vdd, Vp, Vn, Iref (on ibias) and the load Cload set aside
  EXPECT_EQ(c.device("Vdd"), nullptr);
  EXPECT_EQ(c.device("Iref"), nullptr);
  EXPECT_EQ(c.device("Cload"), nullptr);
  EXPECT_DOUBLE_EQ(c.deck_conditions.cl_f.value_or(0), 2e-12);
  EXPECT_DOUBLE_EQ(c.deck_conditions.ibias_a.value_or(0), 10e-6);
  EXPECT_DOUBLE_EQ(c.deck_conditions.vdd_v.value_or(0), 1.8);
  EXPECT_DOUBLE_EQ(c.deck_conditions.vcm_v.value_or(0), 0.9);
  EXPECT_EQ(c.nets[0], "0");
  EXPECT_EQ(c.nets[*c.port(PortRole::Vss)], "0");
  EXPECT_EQ(c.nets[*c.port(PortRole::Inp)], "vinp");
  EXPECT_EQ(c.nets[*c.port(PortRole::Inn)], "vinn");
  EXPECT_EQ(c.nets[*c.port(PortRole::Ibias)], "ibias");
  EXPECT_EQ(c.port_order, (std::vector<std::string>{"vdd", "0", "vinp", "vinn", "out", "ibias"}));
}

TEST(Build, WholeDeckKeepsCurrentSourcesOffTheBiasNet) {
  Circuit c = build_text("t\n" + kModels +
                         "M1 out inn tail 0 nch W=1u L=1u\nM2 x inp tail 0 nch W=1u L=1u\nM3 out x vdd vdd pch W=1u L=1u\n"
                         "M4 x x vdd vdd pch W=1u L=1u\nItail tail 0 10u\nVdd vdd 0 1.8\n");
  ASSERT_NE(c.device("Itail"), nullptr);
  EXPECT_EQ(c.device("Itail")->kind, DeviceKind::CurrentSource);
  EXPECT_DOUBLE_EQ(c.device("Itail")->value, 10e-6);
  EXPECT_FALSE(c.port(PortRole::Ibias));
}

TEST(Build, HierarchicalOpampIsFlattened) {
  Circuit c = build_file("hier_opamp.sp");
  EXPECT_EQ(c.subckt, "ota");
  ASSERT_EQ(c.devices.size(), 6u);
  const Device* a = c.device("X1.M1");
  ASSERT_NE(a, nullptr);
  expect_mos(*a, DeviceKind::Nmos, 10e-6, 0.5e-6);
  EXPECT_EQ(a->element_path, "x1");
  EXPECT_EQ(a->source_subckt, "pair");
  EXPECT_EQ(a->source_element, "M1");
  EXPECT_EQ(c.nets[a->nets[Drain]], "n1");
  EXPECT_EQ(c.nets[a->nets[Gate]], "inn");
  EXPECT_EQ(c.nets[a->nets[Source]], "tail");
  const Device* mb = c.device("x2.mb");
  ASSERT_NE(mb, nullptr);
  expect_mos(*mb, DeviceKind::Pmos, 20e-6, 0.5e-6);  // L: a subckt-local .param
  EXPECT_EQ(c.nets[mb->nets[Drain]], "out");
  EXPECT_EQ(c.nets[mb->nets[Source]], "vdd");
  EXPECT_EQ(c.device("M5")->element_path, "");
}

TEST(Build, InternalNetsOfInstancesArePrefixed) {
  Circuit c = build_text("t\n" + kModels +
                         ".subckt cell a b\nM1 a mid b b nch W=1u L=1u\nM2 mid mid b b nch W=1u L=1u\n.ends\n"
                         ".subckt amp vdd vss inp inn out\nX1 out vss cell\nX2 inp vss cell\nM3 out inn vdd vdd pch W=1u L=1u\n.ends\n");
  EXPECT_GE(c.net_index("x1.mid"), 0);
  EXPECT_GE(c.net_index("x2.mid"), 0);
  EXPECT_EQ(c.net_index("mid"), -1);
}

TEST(Build, PdkWrappersBecomeOneDevice) {
  Circuit c = build_file("pdk_wrapped.sp");
  EXPECT_EQ(c.subckt, "ota5");
  ASSERT_EQ(c.devices.size(), 6u);
  const Device* x1 = c.device("XM1");
  ASSERT_NE(x1, nullptr);
  EXPECT_TRUE(x1->wrapped);
  EXPECT_EQ(x1->model, "nfet4");
  expect_mos(*x1, DeviceKind::Nmos, 4e-6, 0.5e-6);  // nfet4 holds nch, binned nch.1/nch.2 in the library
  EXPECT_EQ(x1->inner_path, "m0");
  EXPECT_EQ(c.device("XM3")->kind, DeviceKind::Pmos);
  EXPECT_DOUBLE_EQ(c.device("XM5")->nf, 2);
  EXPECT_TRUE(c.device("XM5")->nf_written);
  EXPECT_EQ(c.nets[*c.port(PortRole::Vdd)], "avdd");
  EXPECT_EQ(c.nets[*c.port(PortRole::Vss)], "avss");
  EXPECT_EQ(c.nets[*c.port(PortRole::Inp)], "in_p");
  EXPECT_EQ(c.nets[*c.port(PortRole::Inn)], "in_n");
  EXPECT_EQ(c.nets[*c.port(PortRole::Out)], "vout");
  EXPECT_EQ(c.nets[*c.port(PortRole::Ibias)], "iref");
}

TEST(Build, WrapperNamedInTechnology) {
  const std::string text = "t\n.subckt sky_n d g s b w=1u l=1u\nMa d g s b xyz W={w} L={l}\nMb d g s b xyz W={w} L={l}\n.ends\n"
                           ".subckt sky_p d g s b w=1u l=1u\nMa d g s b uvw W={w} L={l}\n.ends\n"
                           ".subckt amp vdd vss inp inn out\nX1 out inp vss vss sky_n w=3u l=1u\nX2 out inn vdd vdd sky_p l=2u\n.ends\n";
  BuildOptions o;
  o.nmos_models = {"SKY_N"};
  o.pmos_models = {"sky_p"};
  Circuit c = build_text(text, o);
  ASSERT_EQ(c.devices.size(), 2u);
  EXPECT_TRUE(c.device("X1")->wrapped);
  expect_mos(*c.device("X1"), DeviceKind::Nmos, 3e-6, 1e-6);
  expect_mos(*c.device("X2"), DeviceKind::Pmos, 1e-6, 2e-6);  // W: the wrapper's default
}

TEST(Build, PolarityFromModelTypeAndBins) {
  Circuit c = build_text(
      "t\n.model nch.1 nmos level=54\n.model nch.2 nmos level=54\n.subckt s vdd vss inp inn out\n"
      ".model lp pmos level=1\nM1 out inp vss vss nch W=1u L=1u\nM2 out inn vdd vdd lp W=1u L=1u\nM3 out inn vss vss nch.2 W=1u L=1u\n.ends\n");
  EXPECT_EQ(c.device("M1")->kind, DeviceKind::Nmos);
  EXPECT_EQ(c.device("M2")->kind, DeviceKind::Pmos);  // model local to the subckt
  EXPECT_EQ(c.device("M3")->kind, DeviceKind::Nmos);
  BuildOptions o;
  o.pmos_models = {"pfet"};
  Circuit t = build_text("t\n.subckt s vdd vss inp inn out\nM1 out inp vss vss nch.1 W=1u L=1u\nM2 out inn vdd vdd pfet.7 W=1u L=1u\n.ends\n"
                         ".model nch.1 nmos\n", o);
  EXPECT_EQ(t.device("M2")->kind, DeviceKind::Pmos);  // binned name of a technology model
  EXPECT_TRUE(std::regex_search(build_error("t\n.model dd d\n.subckt s vdd vss inp inn out\nM1 out inp vss vss dd W=1u L=1u\n.ends\n"),
                                std::regex("^t\\.sp:4: model 'dd' is a 'd' model")));
  EXPECT_EQ(build_error("t\n.subckt s vdd vss inp inn out\n\nM1 out inp vss vss xyz W=1u L=1u\n.ends\n"),
            "t.sp:4: cannot tell whether model 'xyz' is NMOS or PMOS: add its .model card or name it in the technology");
}

TEST(Build, ChoosingTheOpamp) {
  const std::string two = "t\n" + kModels + ".subckt a vdd vss inp inn out\nM1 out inp vss vss nch W=1u L=1u\nM2 out inn vdd vdd pch W=1u L=1u\n.ends\n"
                          ".subckt b vdd vss inp inn out\nM1 out inp vss vss nch W=1u L=1u\nM2 out inn vdd vdd pch W=1u L=1u\n.ends\n";
  EXPECT_EQ(build_error(two), "t.sp:1: several subckts could be the opamp; name the one to size (candidates: a, b)");
  EXPECT_EQ(build_text(two + "X1 1 0 2 3 4 b\n").subckt, "b");
  BuildOptions o;
  o.subckt = "A";
  EXPECT_EQ(build_text(two, o).subckt, "a");
  o.subckt = "zz";
  EXPECT_NE(build_error(two, o).find("no subckt 'zz' in the netlist (candidates: a, b)"), std::string::npos);
  const std::string wrapped = "t\n" + kModels + ".subckt nf d g s b w=1u l=1u\nM0 d g s b nch W={w} L={l}\n.ends\n";
  o.subckt = "nf";
  EXPECT_NE(build_error(wrapped, o).find("is a transistor wrapper, not an opamp"), std::string::npos);
  EXPECT_NE(build_error("t\nR1 a b 1k\n").find("no MOSFET and no opamp subckt"), std::string::npos);
  EXPECT_NE(build_error("t\n.subckt s vdd vss inp inn out\nR1 out inp 1k\n.ends\n").find("has no MOSFET"), std::string::npos);
}

TEST(Build, FlatteningErrors) {
  const std::string head = "t\n" + kModels + ".subckt amp vdd vss inp inn out\nM9 out inp vss vss nch W=1u L=1u\n";
  EXPECT_EQ(build_error(head + "X1 a b nosuch\n.ends\n"), "t.sp:6: 'X1' uses subckt 'nosuch', which is not defined");
  EXPECT_EQ(build_error(head + "X1 a b cell\n.ends\n.subckt cell a\nR1 a 0 1\n.ends\n"),
            "t.sp:6: 'X1' connects 2 nodes but subckt 'cell' has 1 ports");
  EXPECT_NE(build_error(head + "X1 a loop\n.ends\n.subckt loop a\nX2 a loop\n.ends\n").find("inside itself"), std::string::npos);
  EXPECT_EQ(build_error(head + "M2 a b c d nch L=1u\n.ends\n"), "t.sp:6: MOSFET 'M2' has no W=: InverSize needs explicit sizes");
  EXPECT_NE(build_error(head + "M2 a b c d nch W=0 L=1u\n.ends\n").find("not positive"), std::string::npos);
  EXPECT_EQ(build_error(head + "X1 a cell\n.ends\n.subckt cell a w=1u\nM1 a a 0 0 nch W={w*q} L=1u\n.ends\n"),
            "t.sp:9: cannot evaluate W={w*q} of 'M1': unknown parameter 'q'");
  EXPECT_EQ(build_error(head + "X1 a cell w={zz}\n.ends\n.subckt cell a w=1u\nM1 a a 0 0 nch W={w} L=1u\n.ends\n"),
            "t.sp:6: cannot evaluate w={zz} of 'X1': unknown parameter 'zz'");
}

TEST(Build, InstanceParametersOverrideDefaults) {
  Circuit c = build_text("t\n" + kModels + ".param unit=1u\n.subckt cell a b w=2u k=3\n.param wk={w*k}\nM1 a a b b nch W={wk} L={unit}\n.ends\n"
                         ".subckt amp vdd vss inp inn out\nX1 out vss cell w={4*unit}\nX2 inp vss cell\nM3 out inn vdd vdd pch W=1u L=1u\n.ends\n");
  EXPECT_DOUBLE_EQ(c.device("X1.M1")->w, 12e-6);
  EXPECT_DOUBLE_EQ(c.device("X2.M1")->w, 6e-6);
  EXPECT_DOUBLE_EQ(c.device("X2.M1")->l, 1e-6);
}

TEST(Build, UnsupportedLibrarySubcktFailsWhenUsed) {
  netlist::Deck d = netlist::parse_string("t\n" + kModels + ".subckt amp vdd vss inp inn out\nM1 out inp vss vss nch W=1u L=1u\nX9 out vss esd\n.ends\n",
                                          "t.sp", "");
  netlist::Subckt esd;
  esd.name = "esd";
  esd.ports = {"a", "b"};
  esd.unsupported = "lib.inc:3: unsupported element 'D1' (diode): InverSize sizes CMOS opamps";
  d.subckts["esd"] = esd;
  EXPECT_EQ(thrown_message<ParseError>([&] { build_circuit(d, {}); }, "an instance of an unusable subckt"),
            "t.sp:6: 'X9' uses subckt 'esd', which cannot be used: lib.inc:3: unsupported element 'D1' (diode): "
            "InverSize sizes CMOS opamps");
}

TEST(Build, SingleConnectionNetsAreWarnings) {
  Circuit c = build_text("t\n" + kModels + ".subckt amp vdd vss inp inn out\nM1 out inp vss vss nch W=1u L=1u\n"
                         "M2 out inn vdd vdd pch W=1u L=1u\nM5 dangling inn vss vss nch W=1u L=1u\n.ends\n");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0], "net 'dangling' has only one connection (M5 drain)");
}

TEST(Build, InstanceBombIsBounded) {
  // Ten instances per level, nine levels deep: 10^9 transistors if expanded.
  std::string text = "t\n" + kModels + ".subckt s9 a b\nM1 a a b b nch W=1u L=1u\n.ends\n";
  for (int i = 8; i >= 0; --i) {
    text += ".subckt s" + std::to_string(i) + " a b\n";
    for (int k = 0; k < 10; ++k) text += "X" + std::to_string(k) + " a b s" + std::to_string(i + 1) + "\n";
    text += ".ends\n";
  }
  text += ".subckt amp vdd vss inp inn out\nX0 out vss s0\nM2 out inn vdd vdd pch W=1u L=1u\nM3 out inp vss vss nch W=1u L=1u\n.ends\n";
  BuildOptions o;
  o.subckt = "amp";
  EXPECT_NE(build_error(text, o).find("more than 100000 devices and instances"), std::string::npos);
}

TEST(Build, DefaultsMayUseInstanceParameters) {
  Circuit c = build_text("t\n" + kModels + ".subckt cell a b w=1u l={w/2}\nM1 a a b b nch W={w} L={l}\n.ends\n"
                         ".subckt amp vdd vss inp inn out\nX1 out vss cell w=4u\nM2 out inn vdd vdd pch W=1u L=1u\nM3 out inp vss vss nch W=1u L=1u\n.ends\n");
  EXPECT_DOUBLE_EQ(c.device("X1.M1")->l, 2e-6);  // the default uses the instance's w
}

TEST(Build, DeckTestbenchThroughSourceChainsAndInputNetworks) {
  // Common mode and differential input from two stacked sources, a split supply, feedback
  // through a resistor, two load capacitors; the bias voltage Vb and the ammeter Vm stay.
  Circuit c = build_text("t\n" + kModels +
                         "M1 x inn tail vss nch W=1u L=1u\nM2 o inp tail vss nch W=1u L=1u\n"
                         "M3 x x vdd vdd pch W=1u L=1u\nM4 om x vdd vdd pch W=1u L=1u\nVm om out 0\n"
                         "M5 tail vb vss vss nch W=1u L=1u\nVb vb vss 0.6\n"
                         "Vp vdd 0 1.2\nVn 0 vss 1.0\nVcm cm 0 0.1\nVid inp cm DC 0 AC 1\n"
                         "Rf out inn 1meg\nC1 out 0 1p\nC2 vss out 0.5p\nCc o x 1p\n");
  const auto& k = c.deck_conditions;
  EXPECT_DOUBLE_EQ(k.vdd_v.value_or(0), 2.2);  // 1.2 - (-1.0)
  EXPECT_DOUBLE_EQ(k.vcm_v.value_or(0), 1.1);  // 0.1 - (-1.0)
  EXPECT_DOUBLE_EQ(k.cl_f.value_or(0), 1.5e-12);
  for (const char* tb : {"Vp", "Vn", "Vcm", "Vid", "Rf", "C1", "C2"}) EXPECT_EQ(c.device(tb), nullptr) << tb;
  ASSERT_NE(c.device("Vb"), nullptr);  // a bias voltage of the opamp
  ASSERT_NE(c.device("Cc"), nullptr);  // between internal nets: the opamp's
  EXPECT_EQ(c.device("Vm"), nullptr);  // the ammeter joined om and out
  EXPECT_EQ(c.device("M4")->nets[Drain], *c.port(PortRole::Out));
  EXPECT_EQ(c.net_index("om"), -1);
}

TEST(Build, ZeroVoltSourceBetweenTwoPortsIsAnError) {
  EXPECT_NE(build_error(".subckt a vdd vss inp inn out\n" + kModels +
                        "M1 out inp vss vss nch W=1u L=1u\nM2 out inn vdd vdd pch W=1u L=1u\nVx out inn 0\n.ends\n"),
            "(no error)");
  EXPECT_NE(build_error("t\n.subckt a vdd vss inp inn out\nM1 out inp vss vss nch W=1u L=1u\n"
                        "M2 out inn vdd vdd pch W=1u L=1u\nVx out inn 0\n.ends\n.model nch nmos\n.model pch pmos\n")
                .find("t.sp:5: 0 V source 'Vx' joins the ports"),
            std::string::npos);
}
