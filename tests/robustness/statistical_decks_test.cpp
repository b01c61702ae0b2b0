// The decks of gf180mcu Monte Carlo dies: carrying only the models the Miller uses draws and
// simulates the same die as the whole statistical library, and the DC bench's sweeps, started at
// the common mode, reach every die's points by Newton alone (no gmin or source stepping) and
// agree with `ngspice -b` running the same decks.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "circuit/build.hpp"
#include "circuit/input.hpp"
#include "robustness/variation_draw.hpp"
#include "robustness/yield.hpp"
#include "run_command.hpp"
#include "simulation/batch_reference.hpp"
#include "simulation/same_results.hpp"
#include "simulation/dc_sweep.hpp"
#include "simulation/simulator.hpp"
#include "technology/library_section.hpp"

using namespace inversize;
using namespace inversize::simulation;
namespace fs = std::filesystem;

namespace {

struct Gf180Miller {
  technology::Technology tech = technology::load_named("gf180mcu");
  circuit::OpenedCircuit o = circuit::open_circuit("builtin:miller_gf180", tech);
  Conditions cond = nominal_conditions(o.deck, tech);

  // The setups of `runs` Monte Carlo dies (seed 1) for a specification of these performances.
  std::vector<SimulationSetup> dies(const std::vector<std::string>& spec, int runs) const {
    robustness::YieldRequest q;
    q.deck = &o.deck;
    q.circuit = o.circuit;
    q.tech = &tech;
    q.conditions = cond;
    q.spec = sizing::parse_specification(spec);
    q.mc.runs = runs;
    q.mc.seed = 1;
    return robustness::yield_setups(q);
  }
};

// ngspice's notes when Newton, and then gmin stepping, did not reach a DC point.
bool fell_to_source_stepping(const std::string& output) {
  return output.find("source stepping") != std::string::npos || output.find("gmin stepping failed") != std::string::npos;
}

// `ngspice -b` on the bench deck with these analyses; its whole output.
std::string ngspice_output(const Bench& bench, const std::vector<std::string>& analyses) {
  const fs::path dir = fs::temp_directory_path() / ("inversize_dies_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string deck = bench.deck.substr(0, bench.deck.rfind(".end")) + ".control\nset num_threads=1\n";
  for (const auto& a : analyses) deck += a + "\n";
  deck += ".endc\n.end\n";
  std::ofstream(dir / "dc.cir") << deck;
  int status = 0;
  const std::string out = run_command("cd '" + dir.string() + "' && ngspice -b dc.cir 2>&1", status);
  fs::remove_all(dir);
  // Every analysis ran to its end (ngspice -b with a control section exits 1 whatever happens).
  std::size_t rows = 0;
  for (auto at = out.find("No. of Data Rows"); at != std::string::npos; at = out.find("No. of Data Rows", at + 1)) ++rows;
  EXPECT_EQ(rows, analyses.size()) << out.substr(0, 2000);
  return out;
}

constexpr int kDies = 40;
// Dies of seed 1 whose DC sweeps from 0 V failed gmin stepping and went on to source stepping in
// ngspice-39 (11 of the 40 did; 16 failed gmin stepping).
constexpr int kSteppedDies[] = {0, 12};

}  // namespace

TEST(StatisticalDecks, AMonteCarloDieWithTheUsedModelsIsTheDieOfTheWholeLibrary) {
  const Gf180Miller m;
  circuit::Circuit c = m.o.circuit;
  robustness::RunRandom mismatch(42, 3);
  robustness::apply_mismatch(c, m.tech.variation.mismatch, mismatch);
  const technology::ModelSelection statistical{.statistical = true, .global = true};
  SimulationSetup used = make_setup(m.o.deck, c, m.tech, m.cond, statistical);
  SimulationSetup whole = used;
  whole.dut.text = circuit::dut_subckt(m.o.deck, c, kDutName) + technology::spice_models(m.tech, statistical);
  EXPECT_LT(used.dut.text.size() * 3, whole.dut.text.size());
  // The same seed draws the same numbers from both texts: their parameters are the same, in order.
  robustness::RunRandom a(42, 3), b(42, 3);
  int drawn_used = 0, drawn_whole = 0;
  used.dut.text = robustness::draw_statistical(used.dut.text, a, &drawn_used);
  whole.dut.text = robustness::draw_statistical(whole.dut.text, b, &drawn_whole);
  EXPECT_GT(drawn_used, 10);
  EXPECT_EQ(drawn_used, drawn_whole);
  auto& engine = process_engine();
  enter_scratch_directory();
  expect_same_to_7_digits(run_setup(engine, used), run_setup(engine, whole), "Monte Carlo die");
  // And the die is not the nominal device.
  const auto nominal = run_setup(engine, make_setup(m.o.deck, m.o.circuit, m.tech, m.cond));
  EXPECT_NE(*nominal.performance("offset_v").value, *run_setup(engine, used).performance("offset_v").value);
}

// Dies of the yield benchmark's Miller (seed 1) whose DC sweeps from 0 V fell to source stepping
// (seconds of CPU): started at the common mode, none does. (Some dies still begin a sweep with
// a dynamic gmin stepping that succeeds: 13 of the 40, milliseconds.)
TEST(StatisticalDecks, DcSweepsFromTheCommonModeNeedNoSourceSteppingOnMonteCarloDies) {
  const Gf180Miller m;
  const auto setups = m.dies({"gain_db=40", "gbw_hz=1meg", "sr_v_per_us=1"}, kDies);
  for (int die : kSteppedDies) {
    const auto benches = make_benches(setups.at(setups.size() - kDies + die).dut, m.cond);
    const std::string vdd = std::to_string(m.cond.vdd_v), step = std::to_string(m.cond.vdd_v / kDcSweepSteps);
    EXPECT_TRUE(fell_to_source_stepping(
        ngspice_output(benches[1], {"dc vsw_ic 0 " + vdd + " " + step, "dc vsw_vo 0 " + vdd + " " + step})))
        << "die " << die;
    EXPECT_FALSE(fell_to_source_stepping(ngspice_output(benches[1], benches[1].analyses))) << "die " << die;
  }
}

// The in-process engine measures a die as `ngspice -b` running the same decks does.
TEST(StatisticalDecks, ADieMeasuresAsNgspiceProgramMeasuresIt) {
  const Gf180Miller m;
  const auto setups = m.dies({"gain_db=40", "sr_v_per_us=1"}, kSteppedDies[1] + 1);
  const SimulationSetup& die = setups.back();  // a die whose DC sweeps from 0 V needed source stepping
  enter_scratch_directory();
  const auto inproc = run_setup(process_engine(), die);
  const auto dir = fs::temp_directory_path() / ("inversize_die_batch_" + std::to_string(::getpid()));
  const auto batch = run_setup_with_ngspice_program(die, dir.string(), "ngspice", 1);
  fs::remove_all(dir);
  ASSERT_TRUE(inproc.ok()) << inproc.error;
  ASSERT_TRUE(batch.ok()) << batch.error;
  for (const char* key : {"icmr_min_v", "icmr_max_v", "vout_min_v", "vout_max_v", "gain_db", "sr_v_per_us"}) {
    ASSERT_TRUE(batch.performance(key).value) << key << ": " << batch.performance(key).reason;
    ASSERT_TRUE(inproc.performance(key).value) << key << ": " << inproc.performance(key).reason;
    EXPECT_NEAR(*inproc.performance(key).value, *batch.performance(key).value, 1e-6 * std::abs(*batch.performance(key).value) + 1e-9)
        << key;
  }
}
