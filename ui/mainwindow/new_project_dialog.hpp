// New from netlist: shows the technology and the port roles as recognised, lets the designer
// change them (a built-in technology or a technology file) and hold gate nets at a voltage, and
// gives back the technology, the ROLE=NET overrides and the NET=V biases to open with.
#pragma once

#include <QDialog>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "technology/technology.hpp"

class QComboBox;
class QLabel;
class QLineEdit;

namespace inversize::ui::mainwindow {

class NewProjectDialog : public QDialog {
  Q_OBJECT

 public:
  NewProjectDialog(const QString& netlist, const circuit::Circuit& recognised, const technology::Technology& tech,
                   QWidget* parent = nullptr);
  technology::Technology technology() const { return tech_; }
  std::vector<std::string> port_overrides() const;  // only the roles the designer changed
  // NET=V, as typed ("vcn = 1.2" and a decimal comma "1,2" read as vcn=1.2).
  std::vector<std::string> bias_voltages() const;
  // OK opens the netlist with these choices first: a bias the circuit cannot take (not NET=V,
  // no such net, a port's net) keeps the dialog open with the reason under the field.
  void accept() override;
  QString error() const;  // the reason shown, empty when none

 private:
  void technology_chosen(int index);

  QString netlist_;
  const circuit::Circuit& circuit_;
  QLabel* error_;
  technology::Technology tech_;
  QComboBox* tech_box_;
  QLineEdit* biases_;
  int tech_index_ = 0;  // the entry tech_ came from, to go back to when a choice fails
  std::vector<std::pair<circuit::PortRole, QComboBox*>> roles_;
};

}  // namespace inversize::ui::mainwindow
