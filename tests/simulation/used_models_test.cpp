// A deck carries only the technology's models its devices use (technology/used_models.hpp):
// which statements are kept, and that the gf180mcu Miller simulates to the same numbers as with
// the whole corner: nominal, a process corner and a seeded Monte Carlo die.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "circuit/build.hpp"
#include "circuit/input.hpp"
#include "simulation/same_results.hpp"
#include "simulation/simulator.hpp"
#include "technology/library_section.hpp"
#include "technology/used_models.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {

const std::string kLibrary =
    "* a small binned library\n"
    ".param sw_g=0 vshift=agauss(0, 1, 3)\n"
    ".model nch.1 nmos level=54 lmin=0.18u lmax=1u wmin=0.2u wmax=100u vth0={0.5+vshift}\n"
    ".model nch.2 nmos level=54\n+lmin = 1e-6\n* a comment inside the card\n+lmax = 1e-5 wmin=0.2u wmax=100u\n"
    ".model pch.1 pmos level=54 lmin=0.18u lmax=1u wmin=0.2u wmax=100u\n"
    ".model pch.2 pmos level=54 lmin=1u lmax=10u wmin=0.2u wmax=100u\n"
    ".model dio d is=1e-14\n"
    ".subckt nfet d g s b w=1u l=1u\nm0 d g s b nch w=w l=l\n.ends nfet\n"
    ".option gmin=1e-13\n";

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

technology::ModelDemand nmos(double w, double l) {
  return {"M1 d g s b nch W=" + std::to_string(w) + " L=" + std::to_string(l) + "\n", {{"nch", {{w, l, 1}}}}};
}

}  // namespace

TEST(UsedModels, KeepsTheBinsTheSizesSelectAndEveryOtherStatement) {
  const technology::ModelText text(kLibrary);
  const std::string short_channel = text.used_by(nmos(2e-6, 0.5e-6));
  EXPECT_TRUE(has(short_channel, ".model nch.1"));
  EXPECT_FALSE(has(short_channel, ".model nch.2"));
  EXPECT_FALSE(has(short_channel, "pch"));
  EXPECT_FALSE(has(short_channel, ".model dio"));
  EXPECT_FALSE(has(short_channel, ".subckt nfet"));
  // Parameters (their agauss in order) and options stay.
  EXPECT_TRUE(has(short_channel, ".param sw_g=0 vshift=agauss(0, 1, 3)"));
  EXPECT_TRUE(has(short_channel, ".option gmin=1e-13"));
  // A card's continuation lines come with it, its range read across them.
  const std::string long_channel = text.used_by(nmos(2e-6, 4e-6));
  EXPECT_TRUE(has(long_channel, ".model nch.2 nmos level=54\n+lmin = 1e-6\n+lmax = 1e-5"));
  EXPECT_FALSE(has(long_channel, ".model nch.1"));
  // On a bin's edge (ngspice: lmin <= L < lmax) both neighbours are kept.
  const std::string edge = text.used_by(nmos(2e-6, 1e-6));
  EXPECT_TRUE(has(edge, ".model nch.1") && has(edge, ".model nch.2"));
  // A size no bin holds keeps every bin: ngspice then names the problem itself.
  const std::string outside = text.used_by(nmos(2e-6, 50e-6));
  EXPECT_TRUE(has(outside, ".model nch.1") && has(outside, ".model nch.2"));
}

TEST(UsedModels, ASubcktDeviceBringsWhatItUsesWithEveryBin) {
  const technology::ModelText text(kLibrary);
  const std::string wrapped = text.used_by({"XM1 d g s b nfet w=2u l=0.5u\n", {}});
  EXPECT_TRUE(has(wrapped, ".subckt nfet"));
  EXPECT_TRUE(has(wrapped, ".model nch.1") && has(wrapped, ".model nch.2"));
  EXPECT_FALSE(has(wrapped, "pch"));
  // An M element names a model, never a subckt of the same name.
  const technology::ModelText twin(kLibrary + ".subckt nch d g s b w=1u l=1u\nm0 d g s b nch w=w l=l\n.ends\n");
  const std::string direct = twin.used_by(nmos(2e-6, 0.5e-6));
  EXPECT_FALSE(has(direct, ".subckt nch"));
  EXPECT_FALSE(has(direct, ".model nch.2"));
  const std::string through = twin.used_by({"XM1 d g s b nch w=2u l=0.5u\n", {}});
  EXPECT_TRUE(has(through, ".subckt nch") && has(through, ".model nch.2"));
  // A copy of the wrapper named NAME__suffix (the Monte Carlo mismatch copies) needs the original.
  EXPECT_TRUE(has(text.used_by({"XM1 d g s b nfet__inversize_mm w=2u l=0.5u\n", {}}), ".subckt nfet"));
}

TEST(UsedModels, WhatCannotBeJudgedGetsTheWholeText) {
  const technology::ModelText text(kLibrary);
  EXPECT_EQ(text.used_by({}), kLibrary);
  // The deck's own includes may use the technology's models.
  EXPECT_EQ(text.used_by({".include \"mine.lib\"\nM1 d g s b nch W=2u L=0.5u\n", {{"nch", {{2e-6, 0.5e-6, 1}}}}}), kLibrary);
  // Scaled sizes are not the bins' metres: every bin of a used model.
  const std::string scaled = text.used_by({".option scale=1e-6\nM1 d g s b nch W=2 L=0.5\n", {{"nch", {{2, 0.5, 1}}}}});
  EXPECT_EQ(scaled, kLibrary);
}

// The reason for it all: an nmos-only deck on gf180mcu carries none of the pmos cards nor the
// 6 V devices, and only the nmos_3p3 bins of its size.
TEST(UsedModels, AnNmosDeckOnGf180CarriesNoPmosCards) {
  const auto tech = technology::load_named("gf180mcu");
  const technology::ModelDemand demand{"m1 d g 0 0 nmos_3p3 W=3u L=0.6u\n", {{"nmos_3p3", {{3e-6, 0.6e-6, 1}}}}};
  const std::string whole = technology::spice_models(tech);
  const std::string used = technology::spice_models(tech, {}, &demand);
  EXPECT_TRUE(has(whole, ".model  pmos_3p3.0 "));
  EXPECT_FALSE(has(used, "pmos_3p3."));
  EXPECT_FALSE(has(used, ".model  nmos_6p0"));
  // gf180mcu's subckt nmos_3p3 (the model wrapped with its mismatch) is for X instances only.
  EXPECT_TRUE(has(whole, ".subckt nmos_3p3 "));
  EXPECT_FALSE(has(used, ".subckt nmos_3p3 "));
  const std::regex card(R"(\.model\s+nmos_3p3\.(\d+))");
  int bins = 0;
  for (std::sregex_iterator it(used.begin(), used.end(), card), end; it != end; ++it) ++bins;
  EXPECT_EQ(bins, 1);
  EXPECT_LT(used.size() * 10, whole.size());
  // The same drain current as the whole corner gives.
  auto& engine = process_engine();
  enter_scratch_directory();
  auto id = [&](const std::string& models) {
    const auto plots = engine.run("* nmos\n" + models + "vd d 0 3.3\nvg g 0 1.2\nm1 d g 0 0 nmos_3p3 W=3u L=0.6u\n.end\n", {"op"});
    return plots.at(0).at("vd#branch").real.at(0);
  };
  const double full = id(whole);
  EXPECT_LT(full, -1e-5);
  EXPECT_DOUBLE_EQ(id(used), full);
}

TEST(UsedModels, Gf180MillerSimulatesAsWithTheWholeCorner) {
  const auto tech = technology::load_named("gf180mcu");
  const auto o = circuit::open_circuit("builtin:miller_gf180", tech);
  const auto cond = nominal_conditions(o.deck, tech);
  auto& engine = process_engine();
  enter_scratch_directory();
  engine.reuse_circuits = false;
  for (const auto& [what, models] : {std::pair{"nominal", technology::ModelSelection{}},
                                     std::pair{"ss corner", technology::ModelSelection{.process = "ss"}}}) {
    const SimulationSetup used = make_setup(o.deck, o.circuit, tech, cond, models);
    SimulationSetup whole = used;
    whole.dut.text = circuit::dut_subckt(o.deck, o.circuit, kDutName) + technology::spice_models(tech, models);
    EXPECT_LT(used.dut.text.size() * 3, whole.dut.text.size()) << what;
    expect_same_to_7_digits(run_setup(engine, used), run_setup(engine, whole), what);
  }
  engine.reuse_circuits = true;
}

TEST(UsedModels, Generic180DecksAreUnchanged) {
  const auto tech = technology::load_default();
  for (const char* name : {"builtin:miller", "builtin:fcoa"}) {
    const auto o = circuit::open_circuit(name, tech);
    const auto s = make_setup(o.deck, o.circuit, tech, nominal_conditions(o.deck, tech));
    EXPECT_EQ(s.dut.text, circuit::dut_subckt(o.deck, o.circuit, kDutName) + technology::spice_models(tech))
        << name;
  }
}
