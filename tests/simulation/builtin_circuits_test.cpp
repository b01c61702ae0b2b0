// Both built-in opamps: a working, sensible design, the same numbers in-process as from a
// direct `ngspice -b` run of the same generated decks, and the CLI's JSON contract.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "circuit/input.hpp"
#include "simulation/batch_reference.hpp"
#include "simulation/simulator.hpp"
#include "simulation_test_util.hpp"

using namespace inversize;
using namespace inversize::simulation;

namespace {
struct Builtin {
  const char* spec;
  double min_gain_db;
};
}  // namespace

class BuiltinCircuit : public ::testing::TestWithParam<Builtin> {};

TEST_P(BuiltinCircuit, IsAWorkingSensibleDesign) {
  use_built_worker();
  auto tech = technology::load_default();
  auto opened = circuit::open_circuit(GetParam().spec, tech);
  auto cond = nominal_conditions(opened.deck, tech);
  auto r = simulate(opened.deck, opened.circuit, tech, cond);
  ASSERT_TRUE(r.ok()) << r.error;
  for (const auto& info : kPerformances)
    EXPECT_TRUE(r.performance(info.key).value) << info.key << ": " << r.performance(info.key).reason;
  EXPECT_TRUE(r.sizing_rules.ok) << ::testing::PrintToString(r.sizing_rules.violations);
  EXPECT_GT(*r.performance("pm_deg").value, 60.0);
  EXPECT_GT(*r.performance("gain_db").value, GetParam().min_gain_db);
  EXPECT_GT(*r.performance("gbw_hz").value, 1e6);
  EXPECT_LT(*r.performance("power_w").value, 1e-3);
  EXPECT_LT(std::abs(*r.performance("offset_v").value), 0.02);
  EXPECT_LT(*r.performance("icmr_min_v").value, cond.vcm_v);
  EXPECT_GT(*r.performance("icmr_max_v").value, cond.vcm_v);
  EXPECT_EQ(r.operating_points.size(), opened.circuit.transistors().size());
  for (const auto& [name, op] : r.operating_points) EXPECT_EQ(op.region, Region::Saturation) << name;
}

TEST_P(BuiltinCircuit, InProcessEngineAgreesWithNgspiceProgram) {
  auto tech = technology::load_default();
  auto opened = circuit::open_circuit(GetParam().spec, tech);
  auto setup = make_setup(opened.deck, opened.circuit, tech, nominal_conditions(opened.deck, tech));
  auto inproc = run_setup(process_engine(), setup);
  auto dir = std::filesystem::temp_directory_path() / ("inversize_batch_" + std::to_string(::getpid()));
  auto batch = run_setup_with_ngspice_program(setup, dir.string());
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(inproc.ok()) << inproc.error;
  ASSERT_TRUE(batch.ok()) << batch.error;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    const auto& a = inproc.performances[k];
    const auto& b = batch.performances[k];
    if (kPerformances[k].key == "area_um2") continue;  // not a SPICE measurement
    ASSERT_EQ(a.value.has_value(), b.value.has_value()) << kPerformances[k].key;
    if (!a.value) continue;
    // The raw file prints about 15 significant digits: agreement to 1e-6 relative.
    EXPECT_NEAR(*a.value, *b.value, 1e-6 * std::max(1e-3, std::abs(*b.value))) << kPerformances[k].key;
  }
  for (const auto& [name, op] : inproc.operating_points) {
    ASSERT_TRUE(batch.operating_points.count(name)) << name;
    EXPECT_NEAR(op.gm, batch.operating_points.at(name).gm, 1e-6 * std::abs(op.gm)) << name;
  }
}

TEST_P(BuiltinCircuit, CliJsonContract) {
  int status = 0;
  std::string out = run_command(std::string(INVERSIZE_CLI_EXE) + " simulate " + GetParam().spec + " --json", status);
  ASSERT_EQ(status, 0) << out;
  auto j = nlohmann::json::parse(out);
  for (const char* k : {"vdd_v", "vcm_v", "cl_f", "ibias_a"}) EXPECT_TRUE(j["conditions"].contains(k)) << k;
  for (const auto& info : kPerformances) EXPECT_TRUE(j["performances"].contains(std::string(info.key))) << info.key;
  EXPECT_TRUE(j["sizing_rules"]["ok"].is_boolean());
  EXPECT_TRUE(j["sizing_rules"]["violations"].is_array());
  EXPECT_FALSE(j["operating_points"].empty());
  for (const auto& [name, op] : j["operating_points"].items())
    for (const char* k : {"region", "vgs", "vds", "vth", "vdsat", "id", "gm", "gds"}) EXPECT_TRUE(op.contains(k)) << k;
}

INSTANTIATE_TEST_SUITE_P(Builtins, BuiltinCircuit,
                         ::testing::Values(Builtin{"builtin:miller", 60.0}, Builtin{"builtin:fcoa", 50.0}),
                         [](const auto& info) { return std::string(info.param.spec).substr(8); });

TEST(Cli, SetChangesTheSimulationAndBadInputGivesOneLineReason) {
  int status = 0;
  std::string base = run_command(std::string(INVERSIZE_CLI_EXE) + " simulate builtin:miller --json", status);
  ASSERT_EQ(status, 0);
  std::string wider =
      run_command(std::string(INVERSIZE_CLI_EXE) + " simulate builtin:miller --set Cc.value=4p --json", status);
  ASSERT_EQ(status, 0);
  // A larger Miller capacitor lowers the transit frequency.
  EXPECT_LT(nlohmann::json::parse(wider)["performances"]["gbw_hz"].get<double>(),
            nlohmann::json::parse(base)["performances"]["gbw_hz"].get<double>());
  std::string err = run_command(std::string(INVERSIZE_CLI_EXE) + " simulate builtin:miller --set MX.W=1u 2>&1", status);
  EXPECT_NE(status, 0);
  EXPECT_NE(err.find("no device 'MX'"), std::string::npos) << err;
  err = run_command(std::string(INVERSIZE_CLI_EXE) + " simulate /nonexistent.cir 2>&1", status);
  EXPECT_NE(status, 0);
  EXPECT_NE(err.find("no such file"), std::string::npos) << err;
}
