#include "project/document.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "common/resources.hpp"
#include "dataset/project.hpp"
#include "technology/choice.hpp"

namespace inversize::ui::project {

QString Document::title() const {
  if (!project_path.isEmpty()) return QFileInfo(project_path).fileName();
  if (source.startsWith(QLatin1String("builtin:"))) return source.mid(8);
  return QFileInfo(source).fileName();
}

bool is_project_file(const QString& path) { return path.endsWith(QLatin1String(".isz"), Qt::CaseInsensitive); }

std::shared_ptr<Document> open_netlist(const QString& spec, const technology::Technology& tech,
                                       const std::vector<std::string>& ports) {
  auto doc = std::make_shared<Document>();
  doc->source = spec;
  doc->tech = tech;
  doc->ports = ports;
  doc->opened = circuit::open_circuit(spec.toStdString(), tech, ports);
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
  doc->opened = project.open_circuit();
  doc->decomposition = structure::decompose(doc->opened.circuit);
  return doc;
}

std::shared_ptr<Document> open_any(const QString& spec) {
  if (is_project_file(spec)) return open_project(spec);
  return open_netlist(spec, technology::technology_for_circuit(spec.toStdString()));
}

void save_project(Document& doc, const QString& path) {
  auto setup = dataset::make_project_setup(doc.opened.source, doc.tech, doc.ports, doc.opened.circuit.subckt);
  dataset::Project::create(path.toStdString(), setup);
  doc.project_path = path;
}

QString demo_source() {
  // The designer's own copy, so the shipped file stays as shipped and the copy can take
  // new data and models.
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  const QString copy = dir + QStringLiteral("/miller.isz");
  if (QFileInfo::exists(copy)) return copy;
  try {
    const QString shipped = QString::fromStdString(resource_path("projects/miller.isz"));
    if (QDir().mkpath(dir) && QFile::copy(shipped, copy)) {
      QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
      return copy;
    }
    return shipped;  // opens read-only
  } catch (...) {
    return QStringLiteral("builtin:miller");
  }
}

}  // namespace inversize::ui::project
