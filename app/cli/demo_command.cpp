#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "cli/commands.hpp"
#include "cli/format.hpp"
#include "circuit/input.hpp"
#include "common/resources.hpp"
#include "sizing/inverse_sizer.hpp"
#include "simulation/worker_pool.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/simulator.hpp"
#include "technology/technology.hpp"

using namespace inversize;

// The headless main job: simulates both built-in opamps side by side, then samples verified
// sizings for a specification from the shipped, trained Miller project.
void add_demo_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("demo", "Headless demo: simulate the built-in opamps, then size the Miller opamp backwards");
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
    if (!results[0].ok() || !results[1].ok()) cli::exit_with(1);

    // Then the inverse direction with the shipped, trained project: a specification in,
    // verified sizings out.
    auto copy = std::filesystem::temp_directory_path() / ("inversize_demo_" + std::to_string(::getpid()) + ".isz");
    std::filesystem::copy_file(resource_path("projects/miller.isz"), copy, std::filesystem::copy_options::overwrite_existing);
    {
      auto project = dataset::Project::open(copy.string());
      sizing::InverseSizer sizer(project, diffusion::default_architecture());
      auto spec = sizer.complete(sizing::parse_specification({"gain_db=65", "gbw_hz=10meg", "power_w=200u"}));
      // As `sample --verify` does by default: aimed, drawn and refined, ranked, two rounds.
      const auto so = diffusion::designer_defaults({}, 16);
      std::vector<sizing::SampledSizing> samples;
      simulation::WorkerPool pool;
      sizer.sample_verified(samples, spec, 16, so, pool, {});
      std::size_t met = 0;
      for (const auto& s : samples) met += s.meets ? 1 : 0;
      const auto& best = samples[sizing::InverseSizer::best(samples)];
      std::printf("\nmiller, sized backwards for gain_db=65 gbw_hz=10meg power_w=200u: %zu of %zu sizings meet it "
                  "in simulation\n  best:", met, samples.size());
      for (const char* key : {"gain_db", "gbw_hz", "pm_deg", "power_w"}) {
        auto k = *performance_index(key);
        const auto& v = best.simulation.performances[k];
        std::printf(" %s %s", key, v ? cli::format_value(*v, std::string(kPerformances[k].unit)).c_str() : "-");
      }
      std::printf("\n");
    }
    std::filesystem::remove(copy);
    std::filesystem::remove(copy.string() + "-wal");
    std::filesystem::remove(copy.string() + "-shm");
  });
}
