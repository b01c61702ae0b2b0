#include "mainwindow/job_dialogs.hpp"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

#include "common/vocabulary.hpp"
#include "diffusion/sizing_model.hpp"

namespace inversize::ui::mainwindow {

namespace {

QDialogButtonBox* buttons(QDialog* d) {
  auto* b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
  QObject::connect(b, &QDialogButtonBox::accepted, d, &QDialog::accept);
  QObject::connect(b, &QDialogButtonBox::rejected, d, &QDialog::reject);
  return b;
}

QSpinBox* spin(QWidget* parent, int lo, int hi, int value) {
  auto* s = new QSpinBox(parent);
  s->setRange(lo, hi);
  s->setValue(value);
  return s;
}

}  // namespace

std::optional<dataset::GenerateOptions> ask_generate_options(QWidget* parent) {
  QDialog d(parent);
  d.setWindowTitle(QDialog::tr("Generate training data"));
  auto* form = new QFormLayout(&d);
  dataset::GenerateOptions o;
  // The last run's values: a designer adds data in steps with the same settings.
  QSettings settings;
  settings.beginGroup(QStringLiteral("generate"));
  auto* samples = spin(&d, 1, 1000000, settings.value(QStringLiteral("designs"), 1000).toInt());
  samples->setObjectName(QStringLiteral("designs"));
  auto* method = new QComboBox(&d);
  method->setObjectName(QStringLiteral("method"));
  method->addItem(QDialog::tr("NSGA-II (Pareto-optimal designs)"), QStringLiteral("nsga2"));
  method->addItem(QDialog::tr("Latin hypercube (random)"), QStringLiteral("random"));
  method->setCurrentIndex(std::max(0, method->findData(settings.value(QStringLiteral("method"), QStringLiteral("nsga2")))));
  auto* workers =
      spin(&d, 1, 256, settings.value(QStringLiteral("workers"), std::max(1, QThread::idealThreadCount())).toInt());
  workers->setObjectName(QStringLiteral("workers"));
  auto* seed = spin(&d, 0, 1 << 30, settings.value(QStringLiteral("seed"), 1).toInt());
  seed->setObjectName(QStringLiteral("seed"));
  form->addRow(QDialog::tr("Designs in the training archive"), samples);
  form->addRow(QDialog::tr("Method"), method);
  form->addRow(QDialog::tr("Simulation processes"), workers);
  form->addRow(QDialog::tr("Seed"), seed);
  form->addRow(buttons(&d));
  if (d.exec() != QDialog::Accepted) return std::nullopt;
  settings.setValue(QStringLiteral("designs"), samples->value());
  settings.setValue(QStringLiteral("method"), method->currentData());
  settings.setValue(QStringLiteral("workers"), workers->value());
  settings.setValue(QStringLiteral("seed"), seed->value());
  o.target = samples->value();
  o.method = dataset::method_from_string(method->currentData().toString().toStdString());
  o.workers = workers->value();
  o.seed = static_cast<std::uint64_t>(seed->value());
  return o;
}

std::optional<TrainChoice> ask_train_options(QWidget* parent) {
  QDialog d(parent);
  d.setWindowTitle(QDialog::tr("Train sizing models"));
  auto* form = new QFormLayout(&d);
  TrainChoice c;
  auto* arch = new QComboBox(&d);
  arch->setObjectName(QStringLiteral("architecture"));
  // In the user's language, with the command line's name; the item's data is core's name.
  for (const auto& a : diffusion::architectures()) {
    arch->addItem(architecture_title(a.name), QString::fromUtf8(a.name.data(), qsizetype(a.name.size())));
    arch->setItemData(arch->count() - 1, architecture_summary(a.summary), Qt::ToolTipRole);
  }
  // The diffusion models' denoiser; the baselines keep their published networks.
  auto* backbone = new QComboBox(&d);
  backbone->setObjectName(QStringLiteral("denoiser"));
  backbone->addItem(QDialog::tr("Transformer (adaLN-Zero, as in the paper)"), int(diffusion::Backbone::transformer));
  backbone->addItem(QDialog::tr("MLP (the default: faster, and closer on the built-ins' validation designs)"),
                    int(diffusion::Backbone::mlp));
  backbone->setCurrentIndex(backbone->findData(int(diffusion::default_config(diffusion::default_architecture()).backbone)));
  auto diffusion_arch = [arch] { return diffusion::takes_backbone(arch->currentData().toString().toStdString()); };
  QObject::connect(arch, &QComboBox::currentIndexChanged, backbone, [backbone, diffusion_arch] {
    backbone->setEnabled(diffusion_arch());
  });
  auto* steps = spin(&d, 10, 1000000, c.options.max_steps);
  auto* threads = spin(&d, 1, 256, std::max(1, QThread::idealThreadCount()));
  auto* seed = spin(&d, 0, 1 << 30, 0);
  form->addRow(QDialog::tr("Architecture"), arch);
  form->addRow(QDialog::tr("Denoiser"), backbone);
  form->addRow(QDialog::tr("Most steps per model"), steps);
  form->addRow(QDialog::tr("Threads"), threads);
  form->addRow(QDialog::tr("Seed"), seed);
  form->addRow(buttons(&d));
  if (d.exec() != QDialog::Accepted) return std::nullopt;
  c.arch = arch->currentData().toString().toStdString();
  if (diffusion_arch()) c.options.backbone = static_cast<diffusion::Backbone>(backbone->currentData().toInt());
  c.options.max_steps = steps->value();
  c.options.threads = threads->value();
  c.options.seed = static_cast<std::uint64_t>(seed->value());
  return c;
}

}  // namespace inversize::ui::mainwindow
