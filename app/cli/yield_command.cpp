// inversize-cli yield: one sizing under variation — Monte Carlo runs and corners — and its
// yield against a specification.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/circuit_options.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/yield_options.hpp"
#include "robustness/yield_json.hpp"
#include "simulation/ngspice_engine.hpp"
#include "structure/decompose.hpp"

using namespace inversize;

namespace {

struct YieldArgs {
  CircuitOptions circuit;
  std::vector<std::string> sets, spec, tolerance;
  std::string sizing_file;
  YieldOptions yield;
  int workers = 0;
  bool json = false;
};

bool is_project(const std::string& input) {
  return input.size() > 4 && input.compare(input.size() - 4, 4, ".isz") == 0;
}

// --sizing FILE: DEVICE.PARAM=VALUE assignments as --set takes them, separated by white space
// or lines; `*` and `#` start a comment.
std::vector<std::string> read_sizing(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read the sizing file " + path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (auto c = line.find_first_of("*#"); c != std::string::npos) line.erase(c);
    std::istringstream words(line);
    for (std::string w; words >> w;) out.push_back(w);
  }
  return out;
}

int run(const YieldArgs& a) {
  auto spec = sizing::parse_specification(a.spec);
  sizing::parse_tolerances(spec, a.tolerance);
  // The opamp: a project's (its technology and conditions) or a netlist's.
  std::optional<dataset::Project> project;
  technology::Technology tech;
  std::string tech_note;  // where the project's variation comes from, when not from its file
  circuit::OpenedCircuit opened;
  simulation::Conditions conditions;
  if (is_project(a.circuit.input)) {
    project.emplace(dataset::Project::open(a.circuit.input));
    tech = robustness::variation_technology(project->setup().technology, &tech_note);
    opened = project->open_circuit();
    conditions = project->setup().conditions;
  } else {
    tech = a.circuit.technology();
    opened = a.circuit.open(tech);
    print_netlist_messages(
        structure::netlist_warnings(opened.deck, opened.circuit, structure::decompose(opened.circuit)),
        opened.circuit.notes);
    conditions = simulation::nominal_conditions(opened.deck, opened.circuit, tech);
  }
  std::vector<std::string> sets = a.sizing_file.empty() ? std::vector<std::string>{} : read_sizing(a.sizing_file);
  sets.insert(sets.end(), a.sets.begin(), a.sets.end());
  for (const auto& s : sets) circuit::apply_setting(opened.circuit, s);

  robustness::YieldRequest q;
  q.deck = &opened.deck;
  q.circuit = opened.circuit;
  q.tech = &tech;
  q.conditions = conditions;
  q.spec = spec;
  q.mc = a.yield.monte_carlo();
  q.corners = robustness::select_corners(tech, a.yield.corners);

  simulation::enter_scratch_directory();
  simulation::WorkerPool pool({a.workers, simulation::kSimulationTimeoutS});
  auto bar = std::make_shared<cli::ProgressBar>("simulations");
  auto ctx = cli::terminal_context(bar, a.json);
  cli::InterruptScope interrupt;
  auto r = robustness::estimate_yield(q, pool, ctx);
  bar->end();
  if (!tech_note.empty()) r.notes.insert(r.notes.begin(), tech_note);
  if (a.json) {
    auto j = robustness::yield_json(r, spec);
    j["seed"] = q.mc.seed;
    j["technology"] = tech.name;
    std::cout << j.dump() << "\n";
  } else {
    std::printf("%s (%s) at VDD %g V, %g C, %zu corners, seed %llu\n\n", opened.circuit.name.c_str(), tech.name.c_str(),
                conditions.vdd_v, conditions.temperature_c, q.corners.size(),
                static_cast<unsigned long long>(q.mc.seed));
    print_yield(r, spec);
  }
  if (!r.nominal.ok()) std::fprintf(stderr, "inversize-cli: the nominal simulation failed: %s\n", r.nominal.error.c_str());
  return r.outcome.is_cancelled() ? 130 : 0;
}

}  // namespace

void add_yield_command(CLI::App& app) {
  auto a = std::make_shared<YieldArgs>();
  auto* cmd = app.add_subcommand(
      "yield", "Yield of one sizing: Monte Carlo runs (global variation, mismatch) and corners against a specification");
  cmd->add_option("netlist", a->circuit.input,
                  "SPICE netlist, builtin:NAME, or a project (.isz: its circuit, technology and conditions)")
      ->required();
  a->circuit.add_to(cmd, false);
  a->circuit.add_bias_to(cmd);
  add_set_option(cmd, a->sets);
  cmd->add_option("--sizing", a->sizing_file, "a file of DEVICE.PARAM=VALUE assignments (as --set), applied before --set");
  cmd->add_option("--spec", a->spec, "a performance to meet, KEY=VALUE (e.g. gain_db=60 gbw_hz=20meg)")->required();
  cmd->add_option("--tolerance", a->tolerance,
                  "how far on the bad side of a bound still meets it, KEY=VALUE (as sample takes it; default: strictly)");
  a->yield.add_to(cmd, "--mc", "--seed", true);
  cli::add_workers_option(cmd, a->workers);
  cmd->add_flag("--json", a->json, "one JSON object on standard output");
  cmd->callback([a] { cli::exit_with(run(*a)); });
}
