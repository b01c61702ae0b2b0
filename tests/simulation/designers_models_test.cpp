// The designer's own models win: a netlist's .model cards (or included files) are simulated,
// the technology's model files are added only for names the netlist does not define, and a
// model file is never included twice.
#include <gtest/gtest.h>

#include <cmath>

#include "circuit/input.hpp"
#include "netlist/parser.hpp"
#include "simulation/simulator.hpp"
#include "simulation_test_util.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {
// A five-transistor OTA on nch/pch, without model cards of its own.
constexpr const char* kOta =
    ".subckt ota vdd vss inp inn out ibias\n"
    "M1 n1 inp tail vss nch W=8u L=1u\nM2 out inn tail vss nch W=8u L=1u\n"
    "M3 n1 n1 vdd vdd pch W=12u L=1u\nM4 out n1 vdd vdd pch W=12u L=1u\n"
    "M5 tail ibias vss vss nch W=8u L=1u\nM6 ibias ibias vss vss nch W=4u L=1u\n.ends ota\n";

// The technology's model names tell NMOS from PMOS where the netlist has no card.
circuit::Circuit build(const netlist::Deck& deck, const technology::Technology& tech) {
  circuit::BuildOptions options;
  options.nmos_models = {tech.nmos_model};
  options.pmos_models = {tech.pmos_model};
  return circuit::build_circuit(deck, options);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
}  // namespace

// The OTA's own nch/pch (level 8, other thresholds and mobilities) against plain ngspice with
// the same cards, at the same conditions (ota5t_own_models_reference.sp). With the default
// technology's nch/pch instead, ngspice -b gives 38.7 MHz and 35.0 dB: the assertions tell
// the two apart by far more than their tolerance.
TEST(DesignersModels, OwnCardsAreSimulatedNotTheTechnologys) {
  use_built_worker();
  const auto reference = ngspice_batch_measures(kSimulationData + "/ota5t_own_models_reference.sp");
  ASSERT_TRUE(reference.count("gbw") && reference.count("a0")) << "ngspice -b gave no measurements";

  const auto tech = technology::load_default();  // the default technology also names nch/pch
  auto opened = circuit::open_circuit(kSimulationData + "/ota5t_own_models.cir", tech);
  const auto cond = nominal_conditions(opened.deck, tech);
  ASSERT_DOUBLE_EQ(cond.vdd_v, 1.8);
  ASSERT_DOUBLE_EQ(cond.cl_f, 1e-12);
  ASSERT_DOUBLE_EQ(cond.ibias_a, 20e-6);
  const auto setup = make_setup(opened.deck, opened.circuit, tech, cond);
  EXPECT_EQ(setup.dut.text.find("generic180"), std::string::npos) << setup.dut.text;

  const auto r = simulate(opened.deck, opened.circuit, tech, cond);
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_TRUE(r.performance("gbw_hz").value) << r.performance("gbw_hz").reason;
  // Both interpolate the same 20-points-per-decade sweep (ngspice linearly, InverSize in log f).
  EXPECT_NEAR(*r.performance("gbw_hz").value / reference.at("gbw"), 1.0, 0.01);
  EXPECT_NEAR(*r.performance("gain_db").value, reference.at("a0"), 0.05);
}

// A netlist that defines nch but not pch needs the technology, after its own cards (ngspice
// keeps the first definition, so the netlist's nch stays the one simulated).
TEST(DesignersModels, TechnologyFillsOnlyWhatTheNetlistLacks) {
  const auto tech = technology::load_default();
  const std::string text =
      "* half of its own models\n"
      ".model nch nmos level=1 vto=0.45 kp=250u lambda=0.05\n" +
      std::string(kOta);
  auto deck = netlist::parse_string(text, "half.cir");
  auto c = build(deck, tech);
  EXPECT_EQ(models_not_in_netlist(deck, c), std::vector<std::string>{"pch"});
  const auto dut = make_setup(deck, c, tech, nominal_conditions(deck, tech)).dut.text;
  const auto own = dut.find(".model nch"), technology = dut.find("generic180.lib");
  ASSERT_NE(own, std::string::npos) << dut;
  ASSERT_NE(technology, std::string::npos) << dut;
  EXPECT_LT(own, technology) << dut;
}

// The netlist includes the technology's own file: the DUT includes it once.
TEST(DesignersModels, ModelFileIsNeverIncludedTwice) {
  const auto tech = technology::load_default();
  ASSERT_FALSE(tech.model_files.empty());
  const std::string lib = tech.model_files.front().path;
  const std::string text = "* includes the technology itself\n.include \"" + lib +
                           "\"\n" + kOta;
  auto deck = netlist::parse_string(text, "with_include.cir");
  auto c = build(deck, tech);
  EXPECT_TRUE(models_not_in_netlist(deck, c).empty());
  const auto dut = make_setup(deck, c, tech, nominal_conditions(deck, tech)).dut.text;
  EXPECT_EQ(count(dut, "generic180.lib"), 1u) << dut;
  // And a netlist without any models gets the technology's, once.
  auto plain = circuit::open_circuit(std::string(INVERSIZE_TEST_DATA_DIR) + "/opamps/ota5t.cir", tech);
  EXPECT_EQ(count(make_setup(plain.deck, plain.circuit, tech, nominal_conditions(plain.deck, tech)).dut.text,
                  "generic180.lib"),
            1u);
}
