#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/circuit_options.hpp"
#include "cli/commands.hpp"
#include "cli/format.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/simulator.hpp"
#include "structure/decompose.hpp"

using namespace inversize;
using nlohmann::json;

namespace {

struct SimulateArgs {
  CircuitOptions circuit;
  std::vector<std::string> sets;
  bool json = false;
  double vdd = NAN, vcm = NAN, cl = NAN, ibias = NAN;
};

void print_table(const circuit::Circuit& c, const simulation::SimulationResult& r) {
  std::printf("%-20s %14s  %s\n", "performance", "value", "unit");
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    const auto& info = kPerformances[i];
    const auto& m = r.performances[i];
    if (m.value)
      std::printf("%-20s %14s  %s\n", std::string(info.key).c_str(), cli::format_value(*m.value).c_str(),
                  std::string(info.unit).c_str());
    else
      std::printf("%-20s %14s  (%s)\n", std::string(info.key).c_str(), "-", m.reason.c_str());
  }
  std::printf("\n%-8s %-10s %8s %8s %8s %8s %10s %10s %10s\n", "device", "region", "vgs", "vds", "vth", "vdsat", "id",
              "gm", "gds");
  for (const auto* d : c.transistors()) {
    auto it = r.operating_points.find(d->name);
    if (it == r.operating_points.end()) {
      std::printf("%-8s (no operating point)\n", d->name.c_str());
      continue;
    }
    const auto& op = it->second;
    std::printf("%-8s %-10s %8.3f %8.3f %8.3f %8.3f %10s %10s %10s\n", d->name.c_str(), to_string(op.region), op.vgs,
                op.vds, op.vth, op.vdsat, cli::format_value(op.id, "A").c_str(),
                cli::format_value(op.gm, "S").c_str(), cli::format_value(op.gds, "S").c_str());
  }
  std::printf("\nsizing rules: %s\n", r.sizing_rules.ok ? "ok" : "violated");
  for (const auto& v : r.sizing_rules.violations) std::printf("  %s\n", v.c_str());
}

int run(const SimulateArgs& a) {
  auto tech = a.circuit.technology();
  auto opened = a.circuit.open(tech);
  const auto warnings =
      structure::netlist_warnings(opened.deck, opened.circuit, structure::decompose(opened.circuit));
  print_netlist_messages(warnings, opened.circuit.notes);
  for (const auto& s : a.sets) circuit::apply_setting(opened.circuit, s);
  // Flags beat the netlist's `* inversize:` comment, which beats the deck's own testbench.
  simulation::Conditions cond = simulation::nominal_conditions(opened.deck, opened.circuit, tech);
  if (!std::isnan(a.vdd)) cond.vdd_v = a.vdd;
  if (!std::isnan(a.vcm)) cond.vcm_v = a.vcm;
  if (!std::isnan(a.cl)) cond.cl_f = a.cl;
  if (!std::isnan(a.ibias)) cond.ibias_a = a.ibias;
  simulation::enter_scratch_directory();  // every input is read: ngspice's logs go to a scratch folder
  auto r = simulation::simulate(opened.deck, opened.circuit, tech, cond);
  if (a.json) {
    json j = r;
    j["conditions"] = json{{"vdd_v", cond.vdd_v}, {"vcm_v", cond.vcm_v}, {"cl_f", cond.cl_f}, {"ibias_a", cond.ibias_a}};
    j["warnings"] = warnings;
    j["notes"] = opened.circuit.notes;
    std::cout << j.dump() << "\n";
  } else {
    std::printf("%s at VDD %g V, VCM %g V, CL %s, Ibias %s\n\n", opened.circuit.name.c_str(), cond.vdd_v, cond.vcm_v,
                cli::format_value(cond.cl_f, "F").c_str(), cli::format_value(cond.ibias_a, "A").c_str());
    if (r.ok()) print_table(opened.circuit, r);
  }
  if (!r.ok()) {
    std::fprintf(stderr, "inversize-cli: simulation failed: %s\n", r.error.c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void add_simulate_command(CLI::App& app) {
  auto a = std::make_shared<SimulateArgs>();
  auto* cmd = app.add_subcommand("simulate", "Simulate an opamp and print its performances, operating points and sizing rules");
  a->circuit.add_to(cmd);
  a->circuit.add_bias_to(cmd);
  add_set_option(cmd, a->sets);
  cmd->add_flag("--json", a->json, "one JSON object on standard output");
  cmd->add_option("--vdd", a->vdd, "supply voltage [V] (default: the deck's supply, else the technology's)");
  cmd->add_option("--vcm", a->vcm, "input common-mode voltage [V] (default: the deck's input, else VDD/2)");
  cmd->add_option("--cl", a->cl, "load capacitance [F] (default: the deck's load capacitor, else 1p)")->transform(cli::si_number());
  cmd->add_option("--ibias", a->ibias, "bias current [A] (default: the deck's reference source, else 20u)")->transform(cli::si_number());
  cmd->callback([a] { cli::exit_with(run(*a)); });
}
