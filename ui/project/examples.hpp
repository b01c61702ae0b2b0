// What the application ships to start from: the projects of resources/projects (trained
// first) and the built-in circuits. A shipped project opens as the designer's own copy, so
// generating data and training work on it and the shipped file stays as shipped.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace inversize::ui::project {

struct Example {
  QString title;        // e.g. "Two-stage Miller opamp"
  QString spec;         // what open_any() takes: builtin:NAME or the designer's copy of the .isz
  bool project = false;  // a .isz (else a built-in circuit)
  bool trained = false;  // the project holds a trained model: Exploration opens at once
  qint64 designs = 0;    // training archive of a project; -1: not known (no copy could be made)
};

// Shipped projects (their copies, made here on first use), trained ones first, then the
// built-in circuits; each group by file name.
std::vector<Example> examples();

// The title of a built-in circuit or a shipped project's base name ("miller_gf180" ->
// "Two-stage Miller opamp, GF180MCU"); the name itself when unknown.
QString example_title(const QString& name);

// A shipped project's path for opening: the designer's copy in the application data folder
// (made on first use), the shipped file itself when no copy can be made.
QString example_copy(const QString& shipped);

// How the menu and the start page show an example: its entry, what opening it gives (tooltip),
// and the group it is listed under.
struct ExampleLabel {
  QString text;
  QString tip;
  QString section;
};
ExampleLabel example_label(const Example& e);

struct ExampleText {
  Q_DECLARE_TR_FUNCTIONS(ExampleText)
};

}  // namespace inversize::ui::project
