// New from netlist: shows the technology and the port roles as recognised, lets the designer
// change them, and gives back the technology and the ROLE=NET overrides to open with.
#pragma once

#include <QDialog>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "technology/technology.hpp"

class QComboBox;
class QLabel;

namespace inversize::ui::mainwindow {

class NewProjectDialog : public QDialog {
  Q_OBJECT

 public:
  NewProjectDialog(const QString& netlist, const circuit::Circuit& recognised, const technology::Technology& tech,
                   QWidget* parent = nullptr);
  technology::Technology technology() const { return tech_; }
  std::vector<std::string> port_overrides() const;  // only the roles the designer changed

 private:
  void choose_technology();

  const circuit::Circuit& circuit_;
  technology::Technology tech_;
  QLabel* tech_label_;
  std::vector<std::pair<circuit::PortRole, QComboBox*>> roles_;
};

}  // namespace inversize::ui::mainwindow
