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

}  // namespace inversize::ui::project
