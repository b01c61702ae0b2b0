#include "simulation/setup.hpp"

#include <filesystem>
#include <map>
#include <set>

#include "circuit/build.hpp"
#include "common/text.hpp"
#include "simulation/c_locale.hpp"
#include "technology/library_section.hpp"

namespace inversize::simulation {

namespace {

// The reference current flows into the ibias pin when it feeds an NMOS (a diode to VSS), out of
// it when it feeds a PMOS: decided by the transistors whose drain or gate sit on the ibias net.
bool ibias_flows_into_pin(const circuit::Circuit& c, int net) {
  int nmos = 0, pmos = 0;
  for (const auto* d : c.transistors()) {
    if (d->nets[circuit::Drain] != net && d->nets[circuit::Gate] != net) continue;
    (d->kind == circuit::DeviceKind::Nmos ? nmos : pmos)++;
  }
  return nmos >= pmos;
}

// Every model and subckt the deck defines, nested subckts and their local models included.
struct Definitions {
  std::set<std::string> models;
  std::map<std::string, const netlist::Subckt*> subckts;
  void add(const netlist::Subckt& s) {
    subckts.emplace(lower(s.name), &s);
    for (const auto& [name, m] : s.models) models.insert(lower(name));
    for (const auto& n : s.nested) add(n);
  }
};

// A binned model is defined as "nch.1", "nch.2", ... and used as "nch".
bool defines(const std::set<std::string>& names, const std::string& name) {
  if (names.count(name)) return true;
  auto it = names.lower_bound(name + ".");
  return it != names.end() && it->rfind(name + ".", 0) == 0;
}

std::string canonical(const std::string& path) {
  std::error_code ec;
  auto p = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : p.string();
}

}  // namespace

std::vector<std::string> models_not_in_netlist(const netlist::Deck& deck, const circuit::Circuit& c) {
  Definitions defined;
  for (const auto& [name, m] : deck.models) defined.models.insert(lower(name));
  for (const auto& [name, s] : deck.subckts) defined.add(s);
  const auto& models = defined.models;
  std::set<std::string> missing;
  for (const auto& d : c.devices) {
    if (d.model.empty()) continue;
    const std::string model = lower(d.model);
    if (!d.wrapped) {
      if (!defines(models, model)) missing.insert(model);
      continue;
    }
    // A PDK device instanced as X: its subckt, and the models of the MOSFETs inside it.
    auto wrapper = defined.subckts.find(model);
    if (wrapper == defined.subckts.end()) {
      missing.insert(model);
      continue;
    }
    for (const auto& e : wrapper->second->elements)
      if (e.type == netlist::ElementType::Mosfet && !defines(models, lower(e.model))) missing.insert(lower(e.model));
  }
  return {missing.begin(), missing.end()};
}

namespace {

std::string technology_models(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                              const technology::ModelSelection& models, const std::string& dut_text) {
  if (models_not_in_netlist(deck, c).empty()) return "";
  std::set<std::pair<std::string, std::string>> included;
  for (const auto& inc : deck.includes) included.insert({canonical(inc.resolved_path), lower(inc.section)});
  technology::Technology rest = tech;
  rest.model_files.clear();
  for (const auto& f : tech.model_files)
    if (!included.count({canonical(f.path), lower(f.section)})) rest.model_files.push_back(f);
  // Of a library section only the models and bins the DUT uses (technology/used_models.hpp).
  // The sizes select the bins of a binned model; a PDK device instanced as X gets its sizes
  // inside its wrapper, whose models keep every bin.
  technology::ModelDemand demand;
  demand.deck_text = dut_text;
  for (const auto* d : c.transistors())
    if (!d->wrapped) demand.sizes[lower(d->model)].push_back({d->w, d->l, d->nf});
  return technology::spice_models(rest, models, &demand);
}

}  // namespace

std::string technology_includes_needed(const netlist::Deck& deck, const circuit::Circuit& c,
                                       const technology::Technology& tech, const technology::ModelSelection& models) {
  return technology_models(deck, c, tech, models, circuit::dut_subckt(deck, c, kDutName));
}

SimulationSetup make_setup(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                           const Conditions& conditions, const technology::ModelSelection& models) {
  CLocaleScope c_locale;  // the DUT's numbers are written here
  SimulationSetup s;
  s.conditions = conditions;
  const std::string dut = circuit::dut_subckt(deck, c, kDutName);
  s.dut.text = dut + technology_models(deck, c, tech, models, dut);
  auto ib = c.port(circuit::PortRole::Ibias);
  s.dut.has_ibias = ib.has_value();
  if (ib) s.dut.ibias_into_pin = ibias_flows_into_pin(c, *ib);
  for (const auto* d : c.transistors()) {
    s.device_names.push_back(d->name);
    s.dut.probe_paths.push_back(circuit::dut_device_path(*d));
  }
  return s;
}

}  // namespace inversize::simulation
