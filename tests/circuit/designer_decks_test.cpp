// Netlists as designers write them (issue 19): realistic decks in the style of public ones,
// read, decomposed and simulated by InverSize, and where a number is asserted, compared with
// a direct `ngspice -b` run of the same deck.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "circuit/build.hpp"
#include "circuit/input.hpp"
#include "designer_decks.hpp"
#include "netlist/parser.hpp"
#include "netlist/writer.hpp"
#include "simulation/conditions.hpp"
#include "simulation/simulator.hpp"
#include "structure/decompose.hpp"
#include "technology/technology.hpp"

using namespace inversize;
using namespace inversize::circuit;
using inversize::test::ngspice_values;
using inversize::test::slurp;

namespace {

std::string deck_path(const std::string& name) {
  return std::string(INVERSIZE_TEST_DATA_DIR) + "/netlists/designers/" + name;
}

bool mentions(const std::vector<std::string>& lines, const std::string& what) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(what) != std::string::npos; });
}

// `inversize-cli simulate FILE --json ARGS`: the JSON object and what it wrote on stderr.
nlohmann::json cli_simulate(const std::string& file, const std::string& args, std::string& err) {
  int status = 0;
  const std::string err_file = ::testing::TempDir() + "/simulate_stderr_" + std::to_string(::getpid());
  const std::string out = run_command(
      std::string(INVERSIZE_CLI_EXE) + " simulate '" + file + "' --json " + args + " 2>'" + err_file + "'", status);
  err = slurp(err_file);
  std::remove(err_file.c_str());
  EXPECT_EQ(status, 0) << err;
  return status == 0 ? nlohmann::json::parse(out) : nlohmann::json();
}

double perf(const nlohmann::json& j, const char* key) {
  const auto& v = j["performances"][key];
  return v.is_number() ? v.get<double>() : NAN;
}

// InverSize against plain ngspice on the same deck: gain within 0.5 dB, transit frequency
// within 3 %, phase margin within 2 degrees (the issue's goal allows 1.5 dB / 10 % / 5 deg).
void expect_matches_ngspice(const nlohmann::json& ours, const std::map<std::string, double>& ref) {
  ASSERT_TRUE(ref.count("gain_db") && ref.count("gbw_hz") && ref.count("phase_deg")) << "ngspice measured nothing";
  EXPECT_NEAR(perf(ours, "gain_db"), ref.at("gain_db"), 0.5);
  EXPECT_NEAR(perf(ours, "gbw_hz") / ref.at("gbw_hz"), 1.0, 0.03);
  EXPECT_NEAR(perf(ours, "pm_deg"), 180 + ref.at("phase_deg"), 2.0);
}

}  // namespace

// A TSMC 0.18 um course deck: its own BSIM3 cards, supplies, input, DC feedback, reference
// current, load capacitor and a 0 V ammeter between M6's drain and the output.
TEST(DesignerDecks, CourseDeckWithAmmeterAndTestbench) {
  const std::string file = deck_path("tsmc018_two_stage.sp");
  const auto deck = netlist::parse_file(file);
  const Circuit c = build_circuit(deck, {});
  // The ammeter is a short: M6 drives the output net directly, no source is left.
  ASSERT_NE(c.device("M6"), nullptr);
  EXPECT_EQ(c.device("M6")->nets[Drain], *c.port(PortRole::Out));
  EXPECT_EQ(c.device("VAMM"), nullptr);
  EXPECT_TRUE(mentions(c.notes, "VAMM: 0 V source"));
  for (const char* tb : {"VDD", "VSS", "VIN", "LFB", "CFB", "IREF", "CL"}) EXPECT_EQ(c.device(tb), nullptr) << tb;
  EXPECT_EQ(c.devices.size(), 9u);  // M1..M8 and CC
  // The deck's testbench gives the conditions, its load capacitor is THE load.
  ASSERT_TRUE(c.deck_conditions.vdd_v && c.deck_conditions.vcm_v && c.deck_conditions.cl_f && c.deck_conditions.ibias_a);
  EXPECT_DOUBLE_EQ(*c.deck_conditions.vdd_v, 1.8);
  EXPECT_DOUBLE_EQ(*c.deck_conditions.vcm_v, 0.9);
  EXPECT_DOUBLE_EQ(*c.deck_conditions.cl_f, 2e-12);
  EXPECT_DOUBLE_EQ(*c.deck_conditions.ibias_a, 20e-6);
  const auto cond = simulation::nominal_conditions(deck, c, technology::load_default());
  EXPECT_DOUBLE_EQ(cond.cl_f, 2e-12);

  std::string err;
  const auto ours = cli_simulate(file, "", err);
  EXPECT_DOUBLE_EQ(ours["conditions"]["cl_f"].get<double>(), 2e-12);
  const auto ref = ngspice_values(slurp(file), test::ac_measures("vout"), "tsmc");
  if (ref.empty()) GTEST_SKIP() << "ngspice is not installed";
  // Before: the ammeter was dropped, the output floated: -771 dB with exit 0.
  expect_matches_ngspice(ours, ref);
  EXPECT_GT(perf(ours, "gain_db"), 60);
}

// xschem/sky130 style: sizes in micrometres under `.option scale=1e-6`, parenthesised node
// lists, nf expressions, the PDK's device subckts, the testbench around an X instance.
TEST(DesignerDecks, XschemStyleScaleParenthesesAndNfExpressions) {
  const std::string file = deck_path("sky130_ota_tb.spice");
  const auto deck = netlist::parse_file(file);
  EXPECT_DOUBLE_EQ(deck.scale, 1e-6);
  const Circuit c = build_circuit(deck, {});
  EXPECT_EQ(c.subckt, "ota5t");
  const Device* m1 = c.device("XM1");
  ASSERT_NE(m1, nullptr);
  EXPECT_TRUE(m1->wrapped);
  EXPECT_EQ(m1->kind, DeviceKind::Nmos);
  EXPECT_DOUBLE_EQ(m1->w, 4e-6);
  EXPECT_DOUBLE_EQ(m1->l, 0.5e-6);
  EXPECT_DOUBLE_EQ(m1->nf, 2);
  EXPECT_EQ(c.nets[m1->nets[Gate]], "inp");
  EXPECT_DOUBLE_EQ(c.device("XM5")->m, 2);
  EXPECT_TRUE(std::any_of(m1->size_expressions.begin(), m1->size_expressions.end(),
                          [](const auto& p) { return p.first == "ad"; }));
  EXPECT_TRUE(deck.warnings.empty()) << deck.warnings.front();
  EXPECT_DOUBLE_EQ(c.deck_conditions.cl_f.value_or(0), 500e-15);
  EXPECT_DOUBLE_EQ(c.deck_conditions.ibias_a.value_or(0), 10e-6);
  EXPECT_DOUBLE_EQ(c.deck_conditions.vcm_v.value_or(0), 0.9);

  // The DUT keeps the deck's unit; ad follows W and NF (int((nf+1)/2) * W/nf * 0.29).
  Circuit sized = c;
  sized.device("XM1")->w = 6e-6;
  sized.device("XM1")->nf = 3;
  const std::string dut = dut_subckt(deck, sized, "dut");
  EXPECT_NE(dut.find(".option scale=1u"), std::string::npos) << dut;
  EXPECT_NE(dut.find("XM1 n_net1 inp n_net2 vss sky130_fd_pr__nfet_01v8 w=6 l=500m m=1 nf=3"), std::string::npos) << dut;
  EXPECT_NE(dut.find(" ad=1.16"), std::string::npos) << dut;  // 2 * 6/3 * 0.29
  // The export writes micrometres into the designer's own lines.
  const std::string exported = netlist::write_sized(deck, size_edits(c, sized));
  EXPECT_NE(exported.find("XM1 (net1 INP net2 VSS) sky130_fd_pr__nfet_01v8 L=0.5 W=6 nf=3 ad='int((nf+1)/2)"),
            std::string::npos);

  std::string err;
  const auto ours = cli_simulate(file, "", err);
  const auto ref = ngspice_values(slurp(file), test::ac_measures("out"), "sky130");
  if (ref.empty()) GTEST_SKIP() << "ngspice is not installed";
  expect_matches_ngspice(ours, ref);
}

// Cascode gates held by the deck's own voltage sources are kept as the opamp's bias voltages;
// --bias does the same for a deck without them.
TEST(DesignerDecks, VoltageBiasedCascodeGates) {
  const std::string file = deck_path("telescopic_vbias_tb.sp");
  const auto tech = technology::load_default();
  const auto deck = netlist::parse_file(file);
  const Circuit c = build_with(deck, tech, {}, "");
  ASSERT_NE(c.device("Vcn"), nullptr);
  EXPECT_DOUBLE_EQ(c.device("Vcn")->value, 1.2);
  EXPECT_EQ(c.nets[c.device("Vcn")->nets[0]], "vcn");
  EXPECT_FALSE(mentions(c.warnings, "has no role"));
  EXPECT_FALSE(mentions(structure::decompose(c).warnings, "driven by no device"));

  std::string err;
  const auto ours = cli_simulate(file, "", err);
  std::string with_models = slurp(file);  // the technology's models below the deck's title line
  with_models.insert(with_models.find('\n') + 1, ".include \"" + tech.model_files.at(0).path + "\"\n");
  const auto ref = ngspice_values(with_models, test::ac_measures("out"), "telescopic");
  if (ref.empty()) GTEST_SKIP() << "ngspice is not installed";
  expect_matches_ngspice(ours, ref);

  // The same opamp without its testbench: --bias holds the cascode gates.
  const std::string bare = ::testing::TempDir() + "/telescopic_bare.sp";
  std::string text = slurp(file);
  std::ofstream(bare) << text.substr(0, text.find(".ends telescopic")) << ".ends telescopic\n";
  const auto without = cli_simulate(bare, "--bias vcn=1.2 --bias vcp=0.75 --port ibias=ibias", err);
  EXPECT_NEAR(perf(without, "gain_db"), perf(ours, "gain_db"), 0.01);
  int status = 0;
  const std::string bad =
      run_command(std::string(INVERSIZE_CLI_EXE) + " simulate '" + bare + "' --bias nonet=1 2>&1", status);
  EXPECT_NE(status, 0);
  EXPECT_NE(bad.find("no net 'nonet'"), std::string::npos) << bad;
  std::remove(bare.c_str());
}

// Drain and source written the other way round: the same circuit, the same blocks.
TEST(DesignerDecks, SwappedDrainAndSourceAreNormalised) {
  const auto tech = technology::load_default();
  const auto swapped = open_circuit(deck_path("miller_swapped.cir"), tech);
  const auto builtin = open_circuit("builtin:miller", tech);
  const Circuit& s = swapped.circuit;
  const Circuit& b = builtin.circuit;
  ASSERT_EQ(s.devices.size(), b.devices.size());
  for (const Device& d : b.devices) {
    const Device* t = s.device(d.name);
    ASSERT_NE(t, nullptr) << d.name;
    for (std::size_t k = 0; k < d.nets.size(); ++k) EXPECT_EQ(s.nets[t->nets[k]], b.nets[d.nets[k]]) << d.name << " " << k;
    EXPECT_EQ(t->swapped, d.name == "M2" || d.name == "M3" || d.name == "M5" || d.name == "M7") << d.name;
  }
  const auto ds = structure::decompose(s), db = structure::decompose(b);
  ASSERT_EQ(ds.blocks.size(), db.blocks.size());
  for (std::size_t k = 0; k < db.blocks.size(); ++k) EXPECT_EQ(ds.blocks[k].id, db.blocks[k].id);
  for (const auto& d : db.devices) EXPECT_EQ(ds.device(d.name)->function, d.function) << d.name;
  // Correctly written netlists are left alone.
  for (const Device& d : b.devices) EXPECT_FALSE(d.swapped) << d.name;
}

// ngspice's rule (the first line of a deck is its title) is kept for decks; a file that starts
// with a netlist line keeps that line.
TEST(DesignerDecks, FirstLineIsNotEatenAsTheTitle) {
  const auto tech = technology::load_default();
  const auto lib = open_circuit(deck_path("ota_subckt_only.sp"), tech);
  EXPECT_EQ(lib.circuit.subckt, "ota5");
  EXPECT_FALSE(lib.deck.has_title);
  EXPECT_TRUE(lib.deck.warnings.empty());  // a library file is not a deck: nothing ambiguous

  const auto flat = open_circuit(deck_path("ota_element_first.sp"), tech);
  ASSERT_NE(flat.circuit.device("M1"), nullptr);
  EXPECT_EQ(flat.circuit.transistors().size(), 6u);
  EXPECT_TRUE(mentions(flat.deck.warnings, ":1: 'M1 n1 inp tail 0 nch W=10u L=1u' is read as an element"));

  // A title that merely starts with an element letter stays a title.
  const auto d = netlist::parse_string("Miller opamp with testbench\n.model nch nmos level=1\n", "t.sp");
  EXPECT_TRUE(d.has_title);
  EXPECT_EQ(d.title, "Miller opamp with testbench");
  EXPECT_TRUE(d.warnings.empty());
}

// The warnings decompose knows reach simulate and new too.
TEST(DesignerDecks, SimulateAndNewRepeatDecomposeWarnings) {
  const std::string miller = slurp(std::string(INVERSIZE_SOURCE_RESOURCE_DIR) + "/circuits/miller.cir");
  // simulate: a parser warning and a structural one (a bias voltage source the decomposition leaves out).
  const std::string biased = ::testing::TempDir() + "/biased_sink.sp";
  std::string text = miller;
  text.insert(text.find(".ends"), "M9 out vb vss vss nch W=1u L=1u\nVb vb vss 0.3\n.foo bar\n");
  std::ofstream(biased) << text;
  std::string err;
  const auto j = cli_simulate(biased, "", err);
  EXPECT_NE(err.find("'.foo' is not understood"), std::string::npos) << err;
  EXPECT_NE(err.find("warning: Vb: a voltage source inside the opamp is left out of the decomposition"), std::string::npos)
      << err;
  ASSERT_TRUE(j.contains("warnings")) << j.dump();
  EXPECT_TRUE(mentions(j["warnings"].get<std::vector<std::string>>(), "left out of the decomposition"));

  // new: a gate driven by nothing (simulating that is the engine's crash-isolation test).
  const std::string floating = ::testing::TempDir() + "/floating_gate.sp";
  text = miller;
  text.insert(text.find(".ends"), "M9 out float vss vss nch W=1u L=1u\n");
  std::ofstream(floating) << text;
  int status = 0;
  const std::string project = ::testing::TempDir() + "/floating_gate_" + std::to_string(::getpid()) + ".isz";
  const std::string out = run_command(
      std::string(INVERSIZE_CLI_EXE) + " new '" + project + "' --circuit '" + floating + "' 2>&1", status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("warning: M9: gate net 'float' is driven by no device"), std::string::npos) << out;
  for (const auto& f : {project, floating, biased}) std::remove(f.c_str());
}

// PDK devices instanced as the PDK's subckts (`XM1 d g s b nmos_3p3 w= l=`), defined only in the
// technology's library sections: read from there, sized, simulated through the inner MOSFET.
TEST(DesignerDecks, PdkSubcktDevicesFromTheTechnologyLibrary) {
  const std::string pdk = std::string(INVERSIZE_SOURCE_RESOURCE_DIR) + "/../../shared/pdk/gf180mcu";
  if (!std::filesystem::exists(pdk + "/sm141064.ngspice")) GTEST_SKIP() << "no GF180MCU models at " << pdk;
  const auto tech = technology::from_json_text(
      R"({"name": "gf180-test", "model_files": [{"path": "design.ngspice"}, {"path": "sm141064.ngspice", "section": "typical"}],
          "nmos_model": "nmos_3p3", "pmos_model": "pmos_3p3", "vdd_v": 3.3, "l_min_m": 0.28e-6, "w_min_m": 0.22e-6})",
      pdk, "gf180-test");
  const std::string text =
      "* five-transistor OTA of GF180MCU 3.3 V devices\n"
      "XM1 n1 inp tail vss nmos_3p3 w=10u l=1u\nXM2 out inn tail vss nmos_3p3 w=10u l=1u\n"
      "XM3 n1 n1 vdd vdd pmos_3p3 w=20u l=1u\nXM4 out n1 vdd vdd pmos_3p3 w=20u l=1u\n"
      "XM5 tail ibias vss vss nmos_3p3 w=20u l=1u nf=2\nXM6 ibias ibias vss vss nmos_3p3 w=10u l=1u\n";
  const auto deck = netlist::parse_string(text, "ota_gf180.sp");
  const Circuit c = build_with(deck, tech, {}, "");
  ASSERT_EQ(c.transistors().size(), 6u);
  for (const Device* d : c.transistors()) {
    EXPECT_TRUE(d->wrapped) << d->name;
    EXPECT_EQ(d->inner_path, "m0") << d->name;
  }
  EXPECT_EQ(c.device("XM3")->kind, DeviceKind::Pmos);
  EXPECT_DOUBLE_EQ(c.device("XM5")->nf, 2);
  Circuit sized = c;
  sized.device("XM1")->w = 12e-6;
  const std::string dut = dut_subckt(deck, sized, "dut");
  EXPECT_NE(dut.find("XM1 n_n1 inp n_tail vss nmos_3p3 w=12u l=1u\n"), std::string::npos) << dut;
  EXPECT_EQ(dut.find(".subckt nmos_3p3"), std::string::npos);  // the technology's includes bring it
  EXPECT_NE(netlist::write_sized(deck, size_edits(c, sized)).find("XM1 n1 inp tail vss nmos_3p3 w=12u l=1u\n"),
            std::string::npos);
  const auto r = simulation::simulate(deck, c, tech, simulation::nominal_conditions(deck, c, tech));
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_EQ(r.operating_points.size(), 6u);
  for (const auto& [name, op] : r.operating_points) EXPECT_GT(op.gm, 1e-6) << name;
  EXPECT_GT(*r.performance("gain_db").value, 20);
}
