#include <cstdio>

#include "cli/commands.hpp"
#include "cli/format.hpp"
#include "circuit/input.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/simulator.hpp"
#include "technology/technology.hpp"

using namespace inversize;

// The headless main job: simulates both built-in opamps and prints their performances side by side.
void add_demo_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("demo", "Headless demo: simulate the built-in opamps and print their performances");
  cmd->callback([] {
    auto tech = technology::load_default();
    simulation::enter_scratch_directory();
    const char* names[] = {"builtin:miller", "builtin:fcoa"};
    simulation::SimulationResult results[2];
    for (int i = 0; i < 2; ++i) {
      auto opened = circuit::open_circuit(names[i], tech, {}, "");
      auto cond = simulation::nominal_conditions(opened.deck, tech);
      results[i] = simulation::simulate(opened.deck, opened.circuit, tech, cond);
      std::printf("%-16s %zu transistors, %s, simulated in %.0f ms, sizing rules %s\n", names[i],
                  opened.circuit.transistors().size(), results[i].ok() ? "ok" : results[i].error.c_str(),
                  results[i].seconds * 1e3, results[i].sizing_rules.ok ? "met" : "violated");
    }
    std::printf("\n%-14s %16s %16s\n", "performance", "miller", "fcoa");
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      const auto& info = kPerformances[k];
      std::string cells[2];
      for (int i = 0; i < 2; ++i) {
        const auto& m = results[i].performances[k];
        cells[i] = m.value ? cli::format_value(*m.value, std::string(info.unit)) : "-";
      }
      std::printf("%-14s %16s %16s\n", std::string(info.key).c_str(), cells[0].c_str(), cells[1].c_str());
    }
    if (!results[0].ok() || !results[1].ok()) std::exit(1);
  });
}
