#include "mainwindow/new_project_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace inversize::ui::mainwindow {

using circuit::PortRole;

NewProjectDialog::NewProjectDialog(const QString& netlist, const circuit::Circuit& recognised,
                                   const technology::Technology& tech, QWidget* parent)
    : QDialog(parent), circuit_(recognised), tech_(tech) {
  setWindowTitle(tr("New from netlist"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("<b>%1</b><br>%2 devices on %3 nets were recognised.")
                                   .arg(netlist.toHtmlEscaped())
                                   .arg(recognised.devices.size())
                                   .arg(recognised.nets.size()),
                               this));
  auto* form = new QFormLayout;
  auto* tech_row = new QHBoxLayout;
  tech_label_ = new QLabel(QString::fromStdString(tech_.name), this);
  auto* change = new QPushButton(tr("Other technology…"), this);
  connect(change, &QPushButton::clicked, this, &NewProjectDialog::choose_technology);
  tech_row->addWidget(tech_label_, 1);
  tech_row->addWidget(change);
  form->addRow(tr("Technology:"), tech_row);
  for (PortRole role : {PortRole::Vdd, PortRole::Vss, PortRole::Inp, PortRole::Inn, PortRole::Out, PortRole::Ibias}) {
    auto* box = new QComboBox(this);
    box->addItem(tr("(none)"), -1);
    for (std::size_t n = 0; n < recognised.nets.size(); ++n)
      box->addItem(QString::fromStdString(recognised.nets[n]), static_cast<int>(n));
    const auto net = recognised.port(role);
    box->setCurrentIndex(box->findData(net ? *net : -1));
    form->addRow(QString::fromLatin1(circuit::to_string(role)) + QLatin1Char(':'), box);
    roles_.push_back({role, box});
  }
  layout->addLayout(form);
  if (!recognised.warnings.empty()) {
    QStringList w;
    for (const auto& s : recognised.warnings) w << QString::fromStdString(s);
    auto* warn = new QLabel(tr("Warnings: %1").arg(w.join(QStringLiteral("; "))), this);
    warn->setWordWrap(true);
    layout->addWidget(warn);
  }
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

void NewProjectDialog::choose_technology() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Technology"), {}, tr("Technology files (*.json)"));
  if (file.isEmpty()) return;
  try {
    tech_ = technology::load(file.toStdString());
    tech_label_->setText(QString::fromStdString(tech_.name));
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Technology"), QString::fromStdString(e.what()));
  }
}

std::vector<std::string> NewProjectDialog::port_overrides() const {
  std::vector<std::string> out;
  for (const auto& [role, box] : roles_) {
    const int net = box->currentData().toInt();
    const auto was = circuit_.port(role);
    if (net >= 0 && (!was || *was != net))
      out.push_back(std::string(circuit::to_string(role)) + "=" + circuit_.nets[net]);
  }
  return out;
}

}  // namespace inversize::ui::mainwindow
