#include "mainwindow/command_line.hpp"

#include "common/performance.hpp"

namespace inversize::ui::mainwindow {

StartArguments split_start_arguments(const QStringList& positional, const QStringList& spec_values) {
  StartArguments a;
  a.spec = spec_values;
  for (const QString& arg : positional) {
    const QString key = arg.section(QLatin1Char('='), 0, 0);
    if (arg.contains(QLatin1Char('=')) && performance_index(key.toStdString())) a.spec << arg;
    else a.files << arg;
  }
  return a;
}

}  // namespace inversize::ui::mainwindow
