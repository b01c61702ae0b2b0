// What the window has open: a circuit (from a netlist, a built-in or a project file) with its
// technology, its decomposition and, once simulated, its results. Opening either gives a whole
// document or throws with a one-line reason (file:line for netlists), so nothing open is lost.
#pragma once

#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "circuit/input.hpp"
#include "simulation/simulator.hpp"
#include "structure/decompose.hpp"
#include "technology/technology.hpp"

namespace inversize::ui::project {

struct Document {
  QString source;        // what was opened: a netlist path, builtin:NAME or a .isz path
  QString project_path;  // the .isz file when the document lives in one
  technology::Technology tech;
  std::vector<std::string> ports;  // ROLE=NET overrides confirmed by the designer
  std::vector<std::string> biases;  // NET=V: gate nets held by a source (--bias)
  circuit::OpenedCircuit opened;
  structure::Decomposition decomposition;
  std::optional<simulation::SimulationResult> result;

  const circuit::Circuit& circuit() const { return opened.circuit; }
  QString title() const;  // e.g. "miller" or "fcoa.isz"
};

bool is_project_file(const QString& path);  // by the .isz suffix

// A netlist or builtin:NAME with a technology, port overrides and bias voltages; or a .isz
// project. Throws netlist::ParseError, dataset::ProjectError or std::runtime_error.
std::shared_ptr<Document> open_netlist(const QString& spec, const technology::Technology& tech,
                                       const std::vector<std::string>& ports = {},
                                       const std::vector<std::string>& biases = {});
std::shared_ptr<Document> open_project(const QString& path);
std::shared_ptr<Document> open_any(const QString& spec);  // default technology for netlists

// Writes a new .isz for the document (never overwrites: remove the old file first if the user
// agreed to replace it). Throws dataset::ProjectError.
void save_project(Document& doc, const QString& path);


}  // namespace inversize::ui::project
