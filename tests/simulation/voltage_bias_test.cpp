// Voltage-biased gates (issue 19): `new --bias NET=V` stores the bias voltages in the project,
// and the project's circuit is simulated with those sources as plain ngspice simulates a deck
// that carries them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "dataset/project.hpp"
#include "simulation/simulator.hpp"
#include "simulation_test_util.hpp"

using namespace inversize;
using namespace inversize::simulation;
namespace fs = std::filesystem;

namespace {
// telescopic_undriven_cascodes.cir written out by hand, flat, with what InverSize's AC bench
// adds at the project's nominal conditions (VDD 1.8 V, VCM 0.9 V, CL 1 pF, 20 uA into the
// ibias diode) and the cascode gates held at vcn = 1.2 V, vcp = 0.8 V. The net named inn drives
// the diode side, so it is the non-inverting input (the project names it with --port).
std::string reference_deck(const std::string& model_file) {
  return "* telescopic OTA, cascode gates held by sources\n"
         ".include " + model_file + "\n"
         "vdd vdd 0 1.8\nib vdd ibias 20u\nvcn vcn 0 1.2\nvcp vcp 0 0.8\n"
         "vin in 0 dc 0.9 ac 1\nlfb out fb 1e15\ncfb fb 0 1e9\ncl out 0 1p\n"
         "M1 x1 in tail 0 nch W=10u L=0.5u\nM2 x2 fb tail 0 nch W=10u L=0.5u\n"
         "M3 n1 vcn x1 0 nch W=10u L=0.5u\nM4 out vcn x2 0 nch W=10u L=0.5u\n"
         "M5 na n1 vdd vdd pch W=20u L=0.5u\nM6 n1 vcp na vdd pch W=20u L=0.5u\n"
         "M7 nc n1 vdd vdd pch W=20u L=0.5u\nM8 out vcp nc vdd pch W=20u L=0.5u\n"
         "M9 tail ibias 0 0 nch W=10u L=1u\nM10 ibias ibias 0 0 nch W=5u L=1u\n"
         ".control\nop\nlet power = -1.8*i(vdd)\nprint power\n"
         "ac dec 20 1 1e10\nmeas ac gbw when vdb(out)=0\nmeas ac a0 find vdb(out) at=1\n"
         "let ph = 180 + cph(v(out))*180/pi\nmeas ac pm find ph when vdb(out)=0\n.endc\n.end\n";
}
}  // namespace

TEST(VoltageBias, NewProjectKeepsTheBiasesAndSimulatesAsNgspice) {
  use_built_worker();
  const auto tech = technology::load_default();
  ASSERT_EQ(tech.model_files.size(), 1u);
  const fs::path dir = fs::temp_directory_path() / ("inversize_vbias_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    std::ofstream(dir / "reference.sp") << reference_deck(tech.model_files[0].path);
  }
  const auto reference = ngspice_batch_measures((dir / "reference.sp").string());
  ASSERT_TRUE(reference.count("gbw") && reference.count("a0") && reference.count("pm") && reference.count("power"))
      << "ngspice -b gave no measurements";

  const std::string path = (dir / "telescopic.isz").string();
  dataset::Project::create(path, dataset::make_project_setup(kSimulationData + "/telescopic_undriven_cascodes.cir", tech,
                                                             {"inp=inn", "inn=inp"}, "", {"vcn=1.2", "vcp=0.8"}));
  const auto project = dataset::Project::open(path);  // what `new` stored, read back
  EXPECT_EQ(project.setup().biases, (std::vector<std::string>{"vcn=1.2", "vcp=0.8"}));
  const auto opened = project.open_circuit();
  const auto r = simulate(opened.deck, opened.circuit, project.setup().technology, project.setup().conditions);
  fs::remove_all(dir);
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_TRUE(r.performance("gain_db").value && r.performance("gbw_hz").value && r.performance("pm_deg").value)
      << r.performance("gain_db").reason;
  // Without the sources the cascode gates float and no such amplifier exists (isolation_test).
  EXPECT_NEAR(*r.performance("gain_db").value, reference.at("a0"), 0.05);
  EXPECT_NEAR(*r.performance("gbw_hz").value / reference.at("gbw"), 1.0, 0.005);
  EXPECT_NEAR(*r.performance("pm_deg").value, reference.at("pm"), 0.2);
  EXPECT_NEAR(*r.performance("power_w").value / reference.at("power"), 1.0, 0.002);
}
