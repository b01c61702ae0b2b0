#include "mainwindow/command_line.hpp"

#include "sizing/specification.hpp"

namespace inversize::ui::mainwindow {

StartArguments split_start_arguments(const QStringList& positional, const QStringList& spec_values) {
  StartArguments a;
  a.spec = spec_values;
  for (const QString& arg : positional) {
    if (sizing::assignment_performance(arg.toStdString())) a.spec << arg;
    else a.files << arg;
  }
  return a;
}

}  // namespace inversize::ui::mainwindow
