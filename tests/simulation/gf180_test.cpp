// The built-in GF180MCU technology end to end: both gf180 opamps simulate to sensible designs,
// InverSize's numbers agree with a hand-written testbench run by plain `ngspice -b` on the same
// PDK files, the process corners order as physics says, and the statistical switches act.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "circuit/input.hpp"
#include "common/resources.hpp"
#include "simulation/simulator.hpp"
#include "technology/choice.hpp"
#include "technology/library_section.hpp"
#include "thrown_message.hpp"

using namespace inversize;
namespace fs = std::filesystem;

namespace {

// Runs `ngspice -b` on `deck` and returns every "name = number" it prints.
std::map<std::string, std::vector<double>> ngspice_batch(const std::string& deck, const std::string& tag) {
  const fs::path dir = fs::temp_directory_path() / ("inversize_gf180_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / (tag + ".cir");
  std::ofstream(file) << deck;
  std::string out;
  FILE* p = popen(("cd '" + dir.string() + "' && ngspice -b '" + file.string() + "' 2>&1").c_str(), "r");
  char buf[4096];
  while (p && fgets(buf, sizeof buf, p)) out += buf;
  if (p) pclose(p);
  std::map<std::string, std::vector<double>> values;
  static const std::regex line(R"(^\s*([@\w\[\]\.\(\)]+)\s*=\s*([-+0-9.eE]+)\s*$)");
  std::istringstream in(out);
  for (std::string l; std::getline(in, l);)
    if (std::smatch m; std::regex_match(l, m, line)) values[m[1]].push_back(std::stod(m[2]));
  EXPECT_FALSE(values.empty()) << out;
  return values;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

struct Gf180Opamp {
  const char* name;  // builtin:NAME, the subckt's name too
  double cl_f;
};

// The same opamp, the same PDK files, a testbench written by hand: the loop closed at DC
// through a huge inductor, open at AC, 20 uA into ibias, VDD 3.3 V, VCM 1.65 V, 25 C.
std::string reference_deck(const Gf180Opamp& o) {
  const std::string pdk = resource_path("technology/gf180mcu");
  return "* " + std::string(o.name) + " reference\n.include \"" + pdk + "/design.ngspice\"\n.lib \"" + pdk +
         "/sm141064.ngspice\" typical\n.param sw_stat_global=0 sw_stat_mismatch=0\n.option temp=25\n.include \"" +
         resource_path(std::string("circuits/") + o.name + ".cir") +
         "\"\nvdd vdd 0 3.3\nib vdd ib 20u\nvin inp 0 DC 1.65 AC 1\nlfb out inn 1e15\ncfb inn 0 1e9\nx1 vdd 0 inp inn out ib " +
         o.name + "\ncl out 0 " + number(o.cl_f) +
         "\n.control\nop\nac dec 50 1 1g\nmeas ac a0 find vdb(out) at=1\nmeas ac ugf when vdb(out)=0\n"
         "let ph=180+(180/pi)*cph(out)\nmeas ac pm find ph when vdb(out)=0\n.endc\n.end\n";
}

}  // namespace

class Gf180Circuit : public ::testing::TestWithParam<Gf180Opamp> {};

TEST_P(Gf180Circuit, SimulatesLikePlainNgspiceOnThePdk) {
  const std::string spec = std::string("builtin:") + GetParam().name;
  auto tech = technology::technology_for_circuit(spec);
  ASSERT_EQ(tech.name, "gf180mcu");  // chosen by the netlist's model names
  auto opened = circuit::open_circuit(spec, tech);
  auto cond = simulation::nominal_conditions(opened.deck, tech);
  EXPECT_DOUBLE_EQ(cond.vdd_v, 3.3);  // the technology's supply, VCM at its middle
  EXPECT_DOUBLE_EQ(cond.vcm_v, 1.65);
  EXPECT_DOUBLE_EQ(cond.temperature_c, 25);
  auto r = simulation::simulate(opened.deck, opened.circuit, tech, cond);
  ASSERT_TRUE(r.ok()) << r.error;
  for (const auto& info : kPerformances)
    EXPECT_TRUE(r.performance(info.key).value) << info.key << ": " << r.performance(info.key).reason;
  EXPECT_TRUE(r.sizing_rules.ok) << ::testing::PrintToString(r.sizing_rules.violations);
  const double gain = *r.performance("gain_db").value, gbw = *r.performance("gbw_hz").value,
               pm = *r.performance("pm_deg").value;
  EXPECT_GT(gain, 70);
  EXPECT_GT(gbw, 10e6);
  EXPECT_GT(pm, 60);
  EXPECT_LT(*r.performance("power_w").value, 1.5e-3);

  auto ref = ngspice_batch(reference_deck(GetParam()), GetParam().name);
  ASSERT_TRUE(ref.count("a0") && ref.count("ugf") && ref.count("pm"));
  EXPECT_NEAR(gain, ref["a0"][0], 1.5);
  EXPECT_NEAR(gbw, ref["ugf"][0], 0.10 * ref["ugf"][0]);
  EXPECT_NEAR(pm, ref["pm"][0], 5.0);
}

INSTANTIATE_TEST_SUITE_P(Gf180, Gf180Circuit,
                         ::testing::Values(Gf180Opamp{"miller_gf180", 1e-12}, Gf180Opamp{"fcoa_gf180", 2e-12}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Gf180Corners, SlowCornerIsSlowerThanFast) {
  auto tech = technology::load_named("gf180mcu");
  auto opened = circuit::open_circuit("builtin:miller_gf180", tech);
  auto cond = simulation::nominal_conditions(opened.deck, tech);
  std::map<std::string, double> gbw;
  for (const char* corner : {"ss", "typical", "ff"}) {
    auto t = tech;
    t.variation.nominal = corner;
    auto r = simulation::simulate(opened.deck, opened.circuit, t, cond);
    ASSERT_TRUE(r.ok()) << corner << ": " << r.error;
    gbw[corner] = *r.performance("gbw_hz").value;
  }
  // The same bias current: faster devices give more gm per µA, so more transit frequency.
  EXPECT_LT(gbw["ss"], gbw["typical"]);
  EXPECT_LT(gbw["typical"], gbw["ff"]);
}

TEST(Gf180Statistical, GlobalSwitchRedrawsTheThresholdOnEveryReset) {
  auto tech = technology::load_named("gf180mcu");
  auto deck = [&](const technology::ModelSelection& s) {
    return "* vth\n" + tech.spice_includes(s) +
           "vdd d 0 3.3\nm1 d d 0 0 nmos_3p3 W=10u L=1u\n.control\nop\nprint @m1[vth]\nreset\nop\nprint @m1[vth]\n"
           ".endc\n.end\n";
  };
  auto nominal = ngspice_batch(deck({}), "nominal")["@m1[vth]"];
  auto off = ngspice_batch(deck({.statistical = true}), "off")["@m1[vth]"];
  auto global = ngspice_batch(deck({.statistical = true, .global = true}), "global")["@m1[vth]"];
  ASSERT_EQ(nominal.size(), 2u);
  ASSERT_EQ(off.size(), 2u);
  ASSERT_EQ(global.size(), 2u);
  EXPECT_DOUBLE_EQ(nominal[0], nominal[1]);
  // The statistical library with its switches off is the typical device.
  EXPECT_NEAR(off[0], nominal[0], 1e-6);
  EXPECT_DOUBLE_EQ(off[0], off[1]);
  // Switched on, each reset draws another die (1 sigma of vth0 about 16 mV in this bin).
  EXPECT_NE(global[0], global[1]);
  EXPECT_LT(std::abs(global[0] - nominal[0]), 0.25);
}

TEST(Gf180Library, CornerWrittenIntoTheDeckGivesTheLibrarysNumbers) {
  auto tech = technology::load_named("gf180mcu");
  const std::string models = technology::spice_models(tech, {.process = "ss"});
  // The section's text, nested sections expanded, without the rest of the 1.3 MB file.
  EXPECT_EQ(models.find(".lib \""), std::string::npos);
  EXPECT_NE(models.find(".model  pmos_3p3.15  pmos"), std::string::npos);
  EXPECT_EQ(models.find("nmos_3p3_t"), std::string::npos);  // the typical devices are not in ss
  EXPECT_LT(models.size(), 400'000u);
  auto deck = [](const std::string& lines) {
    return "* inline\n" + lines +
           "vdd d 0 3.3\nvg g 0 1.2\nm1 d g 0 0 nmos_3p3 W=3u L=0.6u\nm2 0 g d d pmos_3p3 W=30u L=2u\n"
           ".control\nop\nprint @m1[id] @m1[gm] @m1[gds] @m2[id] @m2[gm]\n.endc\n.end\n";
  };
  auto from_library = ngspice_batch(deck(tech.spice_includes({.process = "ss"})), "library");
  auto written = ngspice_batch(deck(models), "written");
  ASSERT_EQ(from_library.size(), 5u);
  for (const auto& [name, values] : from_library) {
    ASSERT_TRUE(written.count(name)) << name;
    EXPECT_DOUBLE_EQ(values.at(0), written[name].at(0)) << name;
  }
}

TEST(Gf180Builtins, AnUnknownBuiltinListsEveryShippedCircuit) {
  const auto m = thrown_message<std::runtime_error>(
      [] { circuit::open_circuit("builtin:miler_gf180", technology::load_named("gf180mcu")); }, "a misspelt built-in");
  for (const char* name : {"fcoa", "fcoa_gf180", "miller", "miller_gf180"}) EXPECT_NE(m.find(name), std::string::npos) << m;
}
