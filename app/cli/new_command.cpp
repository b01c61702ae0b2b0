// inversize-cli new: a project file from a circuit, its technology and its design space.
#include <cstdio>
#include <memory>

#include "cli/circuit_options.hpp"
#include "cli/commands.hpp"
#include "cli/format.hpp"
#include "dataset/project.hpp"
#include "structure/decompose.hpp"

using namespace inversize;

namespace {

struct NewArgs {
  std::string project;
  CircuitOptions circuit;
  std::vector<std::string> fixes, ranges, objectives;
  double min_pm = 45;
  std::uint64_t split_seed = 1;
  double test_fraction = dataset::ProjectSetup{}.test_fraction;
  double validation_fraction = dataset::ProjectSetup{}.validation_fraction;
};

const char* unit_of(dataset::VariableKind k) {
  switch (k) {
    case dataset::VariableKind::Width:
    case dataset::VariableKind::Length: return "m";
    case dataset::VariableKind::Capacitance: return "F";
    case dataset::VariableKind::BiasCurrent: return "A";
  }
  return "";
}

void run(const NewArgs& a) {
  auto tech = a.circuit.technology();
  auto setup = dataset::make_project_setup(a.circuit.input, tech, a.circuit.ports, a.circuit.subckt, a.circuit.biases);
  for (const auto& f : a.fixes) setup.space.apply_fix(f);
  for (const auto& r : a.ranges) setup.space.apply_range(r);
  setup.criteria.min_pm_deg = a.min_pm;
  if (!a.objectives.empty()) setup.criteria.objectives = a.objectives;
  setup.criteria.validate();
  setup.split_seed = a.split_seed;
  if (a.test_fraction + a.validation_fraction > 0.9)
    throw std::invalid_argument("--test-fraction and --validation-fraction leave less than 10 % for training");
  setup.test_fraction = a.test_fraction;
  setup.validation_fraction = a.validation_fraction;
  auto project = dataset::Project::create(a.project, setup);

  auto opened = project.open_circuit();
  const auto decomposition = structure::decompose(opened.circuit);
  print_netlist_messages(structure::netlist_warnings(opened.deck, opened.circuit, decomposition), opened.circuit.notes);
  auto blocks = dataset::block_variables(setup.space, opened.circuit, decomposition);
  std::printf("%s: %s, %zu design variables\n\n", a.project.c_str(), opened.circuit.name.c_str(), setup.space.size());
  std::printf("%-22s %12s %12s %12s\n", "variable", "nominal", "low", "high");
  for (const auto& v : setup.space.variables)
    std::printf("%-22s %12s %12s %12s%s\n", v.name.c_str(), cli::format_value(v.nominal, unit_of(v.kind)).c_str(),
                cli::format_value(v.lo, unit_of(v.kind)).c_str(), cli::format_value(v.hi, unit_of(v.kind)).c_str(),
                v.fixed() ? "  (fixed)" : "");
  std::printf("\n%-10s variables\n", "block");
  for (const auto& b : blocks) {
    std::string names;
    for (int i : b.variables) names += (names.empty() ? "" : " ") + setup.space.variables[i].name;
    std::printf("%-10s %s\n", b.block_id.c_str(), names.c_str());
  }
}

}  // namespace

void add_new_command(CLI::App& app) {
  auto a = std::make_shared<NewArgs>();
  auto* cmd = app.add_subcommand("new", "Create a project file from a circuit: netlist, technology, design space");
  cmd->add_option("project", a->project, "the project file to create (.isz); never overwritten")->required();
  cmd->add_option("--circuit", a->circuit.input, "SPICE netlist, or builtin:NAME (miller, fcoa, miller_gf180, fcoa_gf180)")->required();
  a->circuit.add_to(cmd, false);
  a->circuit.add_bias_to(cmd);
  cmd->add_option("--fix", a->fixes, "fix a design variable, NAME=VALUE (e.g. C_Cc=2p)");
  cmd->add_option("--range", a->ranges, "range of a design variable, NAME=LO:HI (e.g. Ibias=10u:40u)");
  cmd->add_option("--min-pm", a->min_pm, "phase margin a feasible design needs [deg] (default 45)");
  cmd->add_option("--objectives", a->objectives, "performance keys of the Pareto archive (default: gain_db gbw_hz "
                                                 "pm_deg sr_v_per_us cmrr_db power_w area_um2)")
      ->delimiter(',');
  cmd->add_option("--split-seed", a->split_seed, "seed of the train/validation/test split (default 1)");
  cmd->add_option("--test-fraction", a->test_fraction,
                  "share of the designs locked away for testing: reported, never used for a choice (default 0.12)")
      ->check(CLI::Range(0.0, 0.9));
  cmd->add_option("--validation-fraction", a->validation_fraction,
                  "share of the designs on which choices (settings, guidance, ranking) are made (default 0.12)")
      ->check(CLI::Range(0.0, 0.9));
  cmd->callback([a] { run(*a); });
}
