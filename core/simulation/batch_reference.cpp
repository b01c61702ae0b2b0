#include "simulation/batch_reference.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "simulation/c_locale.hpp"
#include "simulation/rawfile.hpp"

namespace fs = std::filesystem;

namespace inversize::simulation {

SimulationResult run_setup_with_ngspice_program(const SimulationSetup& setup, const std::string& workdir,
                                                const std::string& ngspice, int device_threads) {
  CLocaleScope c_locale;  // the raw files' numbers are read here
  auto t0 = std::chrono::steady_clock::now();
  fs::create_directories(workdir);
  auto benches = make_benches(setup.dut, setup.conditions);
  // One control script sources each bench deck and writes each analysis to its own raw file.
  std::ofstream script(fs::path(workdir) / "run.sp");
  script << "* InverSize reference run\n.control\nset filetype=ascii\nset noaskquit\n";
  if (device_threads > 0) script << "set num_threads=" << device_threads << "\n";
  for (std::size_t b = 0; b < benches.size(); ++b) {
    fs::path deck = fs::path(workdir) / (benches[b].name + ".cir");
    std::ofstream(deck) << benches[b].deck;
    script << "destroy all\nsource " << deck.string() << "\n";
    for (std::size_t a = 0; a < benches[b].analyses.size(); ++a) {
      fs::path raw = fs::path(workdir) / (benches[b].name + "." + std::to_string(a) + ".raw");
      fs::remove(raw);
      script << benches[b].analyses[a] << "\nwrite " << raw.string() << "\n";
    }
  }
  script << "quit\n.endc\n.end\n";
  script.close();
  std::string cmd = ngspice + " -b " + (fs::path(workdir) / "run.sp").string() + " > " +
                    (fs::path(workdir) / "ngspice.log").string() + " 2>&1";
  int rc = std::system(cmd.c_str());
  std::vector<std::vector<Plot>> plots(benches.size());
  SimulationResult r;
  try {
    for (std::size_t b = 0; b < benches.size(); ++b)
      for (std::size_t a = 0; a < benches[b].analyses.size(); ++a)
        plots[b].push_back(read_ascii_raw((fs::path(workdir) / (benches[b].name + "." + std::to_string(a) + ".raw")).string()));
    r = measure(setup, plots);
  } catch (const std::exception& e) {
    r = SimulationResult::failed("ngspice -b (exit " + std::to_string(rc) + "): " + e.what());
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

}  // namespace inversize::simulation
