#include "project/examples.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

#include "common/resources.hpp"
#include "dataset/project.hpp"

namespace inversize::ui::project {

QString example_title(const QString& name) {
  if (name == QLatin1String("miller")) return ExampleText::tr("Two-stage Miller opamp");
  if (name == QLatin1String("fcoa")) return ExampleText::tr("Folded-cascode opamp");
  if (name == QLatin1String("miller_gf180")) return ExampleText::tr("Two-stage Miller opamp, GF180MCU");
  if (name == QLatin1String("fcoa_gf180")) return ExampleText::tr("Folded-cascode opamp, GF180MCU");
  return name;
}

QString example_copy(const QString& shipped) {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  const QString copy = dir + QLatin1Char('/') + QFileInfo(shipped).fileName();
  if (QFileInfo::exists(copy)) return copy;
  if (QDir().mkpath(dir) && QFile::copy(shipped, copy)) {
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
  }
  return shipped;  // opens read-only
}

std::vector<Example> examples() {
  std::vector<Example> projects, circuits;
  QString root;
  try {
    root = QString::fromStdString(resource_dir());
  } catch (const std::exception&) {
    return {};
  }
  const QDir dir(root + QStringLiteral("/projects"));
  for (const QFileInfo& f : dir.entryInfoList({QStringLiteral("*.isz")}, QDir::Files, QDir::Name)) {
    // What opens is the designer's copy: its state is the one to show. The shipped file is
    // never opened writable (SQLite would touch it), so without a copy the state is unknown.
    const QString copy = example_copy(f.absoluteFilePath());
    Example e{example_title(f.completeBaseName()), copy, true, false, -1};
    if (copy != f.absoluteFilePath()) {
      try {
        const auto p = dataset::Project::open(copy.toStdString());
        e.trained = !p.list_models().empty();
        e.designs = p.counts().archive;
      } catch (const std::exception&) {
        continue;  // a damaged copy is not offered
      }
    }
    projects.push_back(e);
  }
  std::stable_sort(projects.begin(), projects.end(), [](const Example& a, const Example& b) { return a.trained > b.trained; });
  const QDir circuits_dir(root + QStringLiteral("/circuits"));
  for (const QFileInfo& f : circuits_dir.entryInfoList({QStringLiteral("*.cir")}, QDir::Files, QDir::Name))
    circuits.push_back({example_title(f.completeBaseName()), QStringLiteral("builtin:") + f.completeBaseName(), false, false, 0});
  projects.insert(projects.end(), circuits.begin(), circuits.end());
  return projects;
}

ExampleLabel example_label(const Example& e) {
  ExampleLabel l{e.title, {}, {}};
  if (e.project && e.trained) {
    l.text = ExampleText::tr("%1 (trained, %2 designs)").arg(e.title).arg(e.designs);
    l.tip = ExampleText::tr("Opens your own copy of the shipped project: Exploration works at once, and new data and "
                            "models go into the copy.");
    l.section = ExampleText::tr("Trained projects: explore at once");
  } else if (e.project) {
    l.text = e.designs < 0 ? ExampleText::tr("%1 (project)").arg(e.title)
                           : ExampleText::tr("%1 (project, not trained)").arg(e.title);
    if (e.designs >= 0)
      l.tip = ExampleText::tr("A project without a trained model: train it (Project → Train sizing models…) to explore.");
    l.section = ExampleText::tr("Projects");
  } else {
    l.tip = ExampleText::tr("The circuit alone: schematic and simulation. Exploration needs a trained model: save it as "
                            "a project, generate training data and train, or open a trained project above.");
    l.section = ExampleText::tr("Circuits without a model");
  }
  return l;
}

}  // namespace inversize::ui::project
