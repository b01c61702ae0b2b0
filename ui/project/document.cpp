#include "project/document.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "common/resources.hpp"
#include "dataset/project.hpp"
#include "project/examples.hpp"
#include "technology/choice.hpp"

namespace inversize::ui::project {

QString Document::title() const {
  if (!project_path.isEmpty()) return QFileInfo(project_path).fileName();
  if (source.startsWith(QLatin1String("builtin:"))) return source.mid(8);
  return QFileInfo(source).fileName();
}

bool is_project_file(const QString& path) { return path.endsWith(QLatin1String(".isz"), Qt::CaseInsensitive); }

std::shared_ptr<Document> open_netlist(const QString& spec, const technology::Technology& tech,
                                       const std::vector<std::string>& ports, const std::vector<std::string>& biases) {
  auto doc = std::make_shared<Document>();
  doc->source = spec;
  doc->tech = tech;
  doc->ports = ports;
  doc->biases = biases;
  doc->opened = circuit::open_circuit(spec.toStdString(), tech, ports, "", biases);
  doc->decomposition = structure::decompose(doc->opened.circuit);
  return doc;
}

std::shared_ptr<Document> open_project(const QString& path) {
  auto project = dataset::Project::open(path.toStdString());
  auto doc = std::make_shared<Document>();
  doc->source = path;
  doc->project_path = path;
  doc->tech = project.setup().technology;
  doc->ports = project.setup().ports;
  doc->biases = project.setup().biases;
  doc->opened = project.open_circuit();
  doc->decomposition = structure::decompose(doc->opened.circuit);
  return doc;
}

std::shared_ptr<Document> open_any(const QString& spec) {
  if (is_project_file(spec)) return open_project(spec);
  return open_netlist(spec, technology::technology_for_circuit(spec.toStdString()));
}

void save_project(Document& doc, const QString& path) {
  auto setup = dataset::make_project_setup(doc.opened.source, doc.tech, doc.ports, doc.opened.circuit.subckt, doc.biases);
  dataset::Project::create(path.toStdString(), setup);
  doc.project_path = path;
}

}  // namespace inversize::ui::project
