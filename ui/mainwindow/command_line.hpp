// The application's command line beyond what QCommandLineParser does itself.
#pragma once

#include <QStringList>

namespace inversize::ui::mainwindow {

struct StartArguments {
  QStringList files;  // netlists, builtin:NAME or .isz projects to open
  QStringList spec;   // KEY=VALUE assignments for the exploration view
};

// `--spec a=1 b=2` as in the CLI: QCommandLineParser gives --spec one value and passes the rest
// on as positional arguments. A positional KEY=VALUE whose key is a performance belongs to the
// specification; everything else is a file.
StartArguments split_start_arguments(const QStringList& positional, const QStringList& spec_values);

}  // namespace inversize::ui::mainwindow
