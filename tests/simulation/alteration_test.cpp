// Loading a circuit once and altering it for the next design gives what loading every
// design afresh gives: the alter commands (text), and whole performance sets of random designs
// of the built-in opamps in both technologies, failures included.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <regex>

#include "circuit/input.hpp"
#include "simulation/alteration.hpp"
#include "simulation/same_results.hpp"
#include "simulation/simulator.hpp"
#include "technology/library_section.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {
const std::string kLoaded =
    "* bench\n.subckt dut vdd vss out\nM1 out vdd vss vss nch W=8u L=1u\nCc out vss 1.4p\n.ends dut\n"
    "vdd_a vdd_a 0 DC 1.8\nxa vdd_a 0 out_a dut\nxb vdd_a 0 out_b dut\ncl_a out_a 0 1e-12\n.end\n";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}
}  // namespace

TEST(Alteration, ElementValuesBecomeAlterCommandsForEveryInstance) {
  std::string wanted = replaced(kLoaded, "W=8u L=1u", "W=9.5u L=0.5u");
  wanted = replaced(wanted, "1.4p", "2p");
  wanted = replaced(wanted, "DC 1.8", "DC 1.7");
  wanted = replaced(wanted, "1e-12", "2e-12");
  const Alteration a = alteration(kLoaded, wanted);
  ASSERT_TRUE(a.possible()) << a.why_not;
  EXPECT_EQ(a.commands, (std::vector<std::string>{
                            "alter @m.xa.m1[w]=9.5u", "alter @m.xb.m1[w]=9.5u", "alter @m.xa.m1[l]=0.5u",
                            "alter @m.xb.m1[l]=0.5u", "alter @c.xa.cc[capacitance]=2p", "alter @c.xb.cc[capacitance]=2p",
                            "alter @vdd_a[dc]=1.7", "alter @cl_a[capacitance]=2e-12"}));
}

TEST(Alteration, WhatAlterCannotExpressLoadsAfresh) {
  EXPECT_EQ(alteration(kLoaded, kLoaded).why_not, "unchanged");  // statistical models redraw on load
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"M1 out vdd vss vss nch", "M1 out out vss vss nch"},  // a node
           {"vss nch W", "vss pch W"},                            // a model
           {"W=8u", "W=8u AD=1p"},                                // a new parameter
           {".end\n", ".option temp=50\n.end\n"},                 // the deck's length
           {"cl_a out_a 0 1e-12", "cl_a out_a 0 {cload}"},        // not a number
           {"xb vdd_a 0 out_b dut", "xb vdd_a 0 out_b dut2"}}) {  // an instance
    const Alteration a = alteration(kLoaded, replaced(kLoaded, from, to));
    EXPECT_FALSE(a.possible()) << to;
    EXPECT_TRUE(a.commands.empty());
  }
  // ngspice would bin an altered W unscaled.
  const std::string scaled = replaced(kLoaded, "* bench\n", "* bench\n.option scale=1e-6\n");
  EXPECT_EQ(alteration(scaled, replaced(scaled, "W=8u", "W=9u")).why_not, ".option scale");
  // A PDK device instanced as X: its sizes are subckt parameters, expanded when loading.
  const std::string wrapped = replaced(kLoaded, "M1 out vdd vss vss nch W=8u L=1u", "XM1 out vdd vss vss nfet w=8u l=1u");
  EXPECT_FALSE(alteration(wrapped, replaced(wrapped, "w=8u", "w=9u")).possible());
}

// Under binned models (NAME.N) ngspice re-selects the bin of each altered W or L, which cost
// more than loading afresh on gf180mcu: new sizes load, other values still alter.
TEST(Alteration, BinnedModelsLoadNewSizesAfresh) {
  const std::string binned = replaced(kLoaded, "* bench\n", "* bench\n.model nch.1 nmos level=54\n");
  const std::string wider = replaced(binned, "W=8u", "W=9u");
  EXPECT_EQ(alteration(binned, wider).why_not, "binned models: a new W or L loads faster than it alters");
  EXPECT_TRUE(alteration(binned, wider, true).possible());
  EXPECT_TRUE(alteration(binned, replaced(binned, "1.4p", "2p")).possible());
  // A dotted name that is no bin does not count.
  const std::string dotted = replaced(kLoaded, "* bench\n", "* bench\n.model nch.fast nmos level=54\n");
  EXPECT_TRUE(alteration(dotted, replaced(dotted, "W=8u", "W=9u")).possible());
}

namespace {
struct Case {
  std::string circuit, technology;
};

// Random sizes around the built-in's own (W x/÷ 2, L x/÷ 1.6, capacitors x/÷ 1.5) within the
// technology's limits: in gf180mcu these cross the models' W and L bins.
SimulationSetup random_design(const circuit::OpenedCircuit& o, const technology::Technology& tech, std::mt19937& rng) {
  std::uniform_real_distribution<double> u(-1, 1);
  circuit::Circuit c = o.circuit;
  for (auto& d : c.devices) {
    if (circuit::is_mos(d.kind)) {
      d.w = tech.snap_w(d.w * std::exp(0.7 * u(rng)));
      d.l = tech.snap_l(d.l * std::exp(0.45 * u(rng)));
    } else if (d.kind == circuit::DeviceKind::Capacitor) {
      d.value *= std::exp(0.4 * u(rng));
    }
  }
  return make_setup(o.deck, c, tech, nominal_conditions(o.deck, tech));
}

}  // namespace

class AlteredDesigns : public ::testing::TestWithParam<Case> {};

TEST_P(AlteredDesigns, EqualFreshlyLoadedDesigns) {
  const auto tech = technology::load_named(GetParam().technology);
  const auto o = circuit::open_circuit(GetParam().circuit, tech);
  enter_scratch_directory();
  auto& engine = process_engine();
  std::mt19937 rng(7);
  const int alterations_before = engine.reuse().alterations;
  engine.alter_binned_sizes = true;  // gf180mcu's sizes load afresh by default: test the alter path
  for (int i = 0; i < 5; ++i) {
    SimulationSetup s = random_design(o, tech, rng);
    // A deck carries only the bins its sizes select (technology/used_models.hpp), so new sizes
    // usually change the deck's model cards and load afresh; a deck with the whole corner (as a
    // netlist that includes the PDK itself) keeps them, and its sizes are altered.
    if (!tech.variation.library.empty())
      s.dut.text = s.dut.text.substr(0, s.dut.text.find(".ends " + std::string(kDutName))) + ".ends " + kDutName + "\n" +
                   technology::spice_models(tech);
    // The fourth design fails: a 1 nm channel is no transistor (ngspice's model check stops).
    if (i == 3) s.dut.text = std::regex_replace(s.dut.text, std::regex(" L=[^ \n]+"), " L=1n", std::regex_constants::format_first_only);
    engine.reuse_circuits = true;
    const SimulationResult altered = run_setup(engine, s);
    engine.reuse_circuits = false;
    const SimulationResult fresh = run_setup(engine, s);
    expect_same_to_7_digits(altered, fresh, GetParam().circuit + " design " + std::to_string(i));
    if (i == 3) EXPECT_FALSE(fresh.ok());
  }
  engine.reuse_circuits = true;
  engine.alter_binned_sizes = false;
  // Each design after the first altered the previous one's circuits (the failed one's too).
  EXPECT_GE(engine.reuse().alterations - alterations_before, 4) << engine.reuse().last_reload_reason;
}

INSTANTIATE_TEST_SUITE_P(Builtins, AlteredDesigns,
                         ::testing::Values(Case{"builtin:miller", "generic180"}, Case{"builtin:fcoa", "generic180"},
                                           Case{"builtin:miller_gf180", "gf180mcu"}),
                         [](const auto& info) { return std::string(info.index == 0 ? "Miller" : info.index == 1 ? "Fcoa" : "MillerGf180"); });
