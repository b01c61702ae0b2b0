#include "mainwindow/new_project_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QMessageBox>
#include <QVBoxLayout>
#include <algorithm>

#include "circuit/input.hpp"

namespace inversize::ui::mainwindow {

using circuit::PortRole;

NewProjectDialog::NewProjectDialog(const QString& netlist, const circuit::Circuit& recognised,
                                   const technology::Technology& tech, QWidget* parent)
    : QDialog(parent), netlist_(netlist), circuit_(recognised), tech_(tech) {
  setWindowTitle(tr("New from netlist"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("<b>%1</b><br>%2 devices on %3 nets were recognised.")
                                   .arg(netlist.toHtmlEscaped())
                                   .arg(recognised.devices.size())
                                   .arg(recognised.nets.size()),
                               this));
  auto* form = new QFormLayout;
  // The built-ins by name, then the file the technology came from if it is not one, then "File…".
  tech_box_ = new QComboBox(this);
  tech_box_->setObjectName(QStringLiteral("technology"));
  for (const auto& name : technology::builtin_names()) tech_box_->addItem(QString::fromStdString(name), QString::fromStdString(name));
  if (tech_.builtin.empty() && !tech_.source_file.empty())
    tech_box_->addItem(QString::fromStdString(tech_.source_file), QString::fromStdString(tech_.source_file));
  tech_box_->addItem(tr("File…"), QString());
  tech_index_ = std::max(0, tech_box_->findData(QString::fromStdString(tech_.builtin.empty() ? tech_.source_file : tech_.builtin)));
  tech_box_->setCurrentIndex(tech_index_);
  tech_box_->setToolTip(QString::fromStdString(tech_.description));
  connect(tech_box_, &QComboBox::activated, this, &NewProjectDialog::technology_chosen);
  form->addRow(tr("Technology:"), tech_box_);
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
  biases_ = new QLineEdit(this);
  biases_->setObjectName(QStringLiteral("biases"));
  biases_->setPlaceholderText(tr("e.g. vcn=1.2 vcp=0.8"));
  biases_->setToolTip(tr("Gate nets held at a voltage above vss (cascode gates the netlist drives with nothing), NET=V"));
  form->addRow(tr("Bias voltages:"), biases_);
  error_ = new QLabel(this);
  error_->setObjectName(QStringLiteral("bias_error"));
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
  error_->setVisible(false);
  form->addRow(QString(), error_);
  connect(biases_, &QLineEdit::textEdited, this, [this] { error_->setVisible(false); });
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

void NewProjectDialog::technology_chosen(int index) {
  QString spec = tech_box_->itemData(index).toString();
  if (spec.isEmpty()) {
    spec = QFileDialog::getOpenFileName(this, tr("Technology"), {}, tr("Technology files (*.json)"));
    if (spec.isEmpty()) {
      tech_box_->setCurrentIndex(tech_index_);
      return;
    }
  }
  try {
    tech_ = technology::load_named(spec.toStdString());
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Technology"), QString::fromStdString(e.what()));
    tech_box_->setCurrentIndex(tech_index_);
    return;
  }
  int at = tech_box_->findData(spec);
  if (at < 0) {
    at = tech_box_->count() - 1;  // before "File…"
    tech_box_->insertItem(at, spec, spec);
  }
  tech_index_ = at;
  tech_box_->setCurrentIndex(at);
  tech_box_->setToolTip(QString::fromStdString(tech_.description));
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

std::vector<std::string> NewProjectDialog::bias_voltages() const {
  QString text = biases_->text();
  text.replace(QRegularExpression(QStringLiteral("\\s*=\\s*")), QStringLiteral("="));
  text.replace(QRegularExpression(QStringLiteral("(\\d),(\\d)")), QStringLiteral("\\1.\\2"));  // a decimal comma
  std::vector<std::string> out;
  for (const auto& b : text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts))
    out.push_back(b.toStdString());
  return out;
}

void NewProjectDialog::accept() {
  // The circuit is built with these choices as the window will build it: the one check of a
  // bias (its syntax, its net, not a port) is core's.
  try {
    circuit::open_circuit(netlist_.toStdString(), tech_, port_overrides(), "", bias_voltages());
  } catch (const std::exception& e) {
    error_->setText(tr("Cannot open the netlist with these choices: %1").arg(QString::fromStdString(e.what())));
    error_->setVisible(true);
    biases_->setFocus();
    return;
  }
  error_->setVisible(false);
  QDialog::accept();
}

QString NewProjectDialog::error() const { return error_->isHidden() ? QString() : error_->text(); }

}  // namespace inversize::ui::mainwindow
