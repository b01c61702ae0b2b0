#include "common/vocabulary.hpp"

#include <QCoreApplication>
#include <QStringList>

#include "common/performance.hpp"
#include "common/si_format.hpp"
#include "schematic/palette.hpp"
#include "structure/decompose.hpp"
#include "structure/function.hpp"

namespace inversize::ui {

namespace {

// The translation keys, for lupdate: the text itself comes from core (kPerformances,
// resources/structure/library.json, structure::stage_name, simulation::to_string(Region),
// circuit::to_string(DeviceKind)). The i18n test checks that every
// name core has is listed here and translated.
[[maybe_unused]] const char* const kKeys[] = {
    QT_TRANSLATE_NOOP("Performance", "DC gain"), QT_TRANSLATE_NOOP("Performance", "Transit frequency"),
    QT_TRANSLATE_NOOP("Performance", "Phase margin"), QT_TRANSLATE_NOOP("Performance", "CMRR"),
    QT_TRANSLATE_NOOP("Performance", "PSRR"), QT_TRANSLATE_NOOP("Performance", "Slew rate"),
    QT_TRANSLATE_NOOP("Performance", "ICMR min"), QT_TRANSLATE_NOOP("Performance", "ICMR max"),
    QT_TRANSLATE_NOOP("Performance", "Vout min"), QT_TRANSLATE_NOOP("Performance", "Vout max"),
    QT_TRANSLATE_NOOP("Performance", "Power"), QT_TRANSLATE_NOOP("Performance", "Area"),
    QT_TRANSLATE_NOOP("Performance", "Systematic offset"),
    QT_TRANSLATE_NOOP("Performance", "open-loop differential gain at 1 Hz"),
    QT_TRANSLATE_NOOP("Performance", "frequency where the open-loop gain crosses 0 dB"),
    QT_TRANSLATE_NOOP("Performance", "180 deg plus the open-loop phase at the transit frequency"),
    QT_TRANSLATE_NOOP("Performance", "differential over common-mode gain at 1 Hz"),
    QT_TRANSLATE_NOOP("Performance", "differential gain over gain from VDD at 1 Hz"),
    QT_TRANSLATE_NOOP("Performance", "smaller of rising and falling slew of a unity-gain follower step"),
    QT_TRANSLATE_NOOP("Performance", "lowest input common mode (output held at VCM) keeping every saturated transistor saturated"),
    QT_TRANSLATE_NOOP("Performance", "highest input common mode (output held at VCM) keeping every saturated transistor saturated"),
    QT_TRANSLATE_NOOP("Performance", "lowest output (input common mode at VCM) keeping every saturated transistor saturated"),
    QT_TRANSLATE_NOOP("Performance", "highest output (input common mode at VCM) keeping every saturated transistor saturated"),
    QT_TRANSLATE_NOOP("Performance", "VDD times the supply current at the operating point, bias included"),
    QT_TRANSLATE_NOOP("Performance", "sum of W*L*M of all transistors plus capacitor area"),
    QT_TRANSLATE_NOOP("Performance", "output minus input of the unity-gain follower at the operating point"),
    QT_TRANSLATE_NOOP("Unit", "dB"), QT_TRANSLATE_NOOP("Unit", "Hz"), QT_TRANSLATE_NOOP("Unit", "deg"),
    QT_TRANSLATE_NOOP("Unit", "V/us"), QT_TRANSLATE_NOOP("Unit", "V"), QT_TRANSLATE_NOOP("Unit", "W"),
    QT_TRANSLATE_NOOP("Unit", "um^2"),
    QT_TRANSLATE_NOOP("Structure", "normal transistor"), QT_TRANSLATE_NOOP("Structure", "diode transistor"),
    QT_TRANSLATE_NOOP("Structure", "simple current mirror"), QT_TRANSLATE_NOOP("Structure", "cascode current mirror"),
    QT_TRANSLATE_NOOP("Structure", "4-transistor current mirror"), QT_TRANSLATE_NOOP("Structure", "Wilson current mirror"),
    QT_TRANSLATE_NOOP("Structure", "improved Wilson current mirror"),
    QT_TRANSLATE_NOOP("Structure", "wide-swing cascode current mirror"), QT_TRANSLATE_NOOP("Structure", "differential pair"),
    QT_TRANSLATE_NOOP("Structure", "cascoded differential pair"),
    QT_TRANSLATE_NOOP("Structure", "folded-cascode differential pair"), QT_TRANSLATE_NOOP("Structure", "cascode pair"),
    QT_TRANSLATE_NOOP("Structure", "level shifter"), QT_TRANSLATE_NOOP("Structure", "voltage reference"),
    QT_TRANSLATE_NOOP("Structure", "cross-coupled pair"), QT_TRANSLATE_NOOP("Structure", "capacitor"),
    QT_TRANSLATE_NOOP("Structure", "resistor"),
    QT_TRANSLATE_NOOP("Region", "cutoff"), QT_TRANSLATE_NOOP("Region", "weak inversion"),
    QT_TRANSLATE_NOOP("Region", "linear"), QT_TRANSLATE_NOOP("Region", "saturation"),
    QT_TRANSLATE_NOOP("Device", "nmos"), QT_TRANSLATE_NOOP("Device", "pmos"), QT_TRANSLATE_NOOP("Device", "capacitor"),
    QT_TRANSLATE_NOOP("Device", "resistor"), QT_TRANSLATE_NOOP("Device", "current source"),
    QT_TRANSLATE_NOOP("Device", "voltage source"), QT_TRANSLATE_NOOP("Device", "inductor"),
    QT_TRANSLATE_NOOP("Stage", "first"), QT_TRANSLATE_NOOP("Stage", "second"), QT_TRANSLATE_NOOP("Stage", "third"),
    QT_TRANSLATE_NOOP("Architecture",
                      "one diffusion model per block, each conditioned on the performances and the sizes of the blocks before it"),
    QT_TRANSLATE_NOOP("Architecture",
                      "the paper's recombination: one diffusion model per block, conditioned on the performances only; "
                      "overlaps averaged"),
    QT_TRANSLATE_NOOP("Architecture", "one diffusion model (the same denoiser) over all variables"),
    QT_TRANSLATE_NOOP("Architecture", "Eid et al. 2024: an MLP epsilon-predicting diffusion model over all variables"),
    QT_TRANSLATE_NOOP("Architecture", "Lourenco et al. 2018: an MLP regression from performances to sizing")};

// The architectures' names as a designer reads them (core's names are command-line keys).
struct ArchitectureTitle {
  const char* name;
  const char* title;
};
constexpr ArchitectureTitle kArchitectureTitles[] = {
    {"structural-chained", QT_TRANSLATE_NOOP("Architecture", "structural, chained")},
    {"structural-independent", QT_TRANSLATE_NOOP("Architecture", "structural, independent")},
    {"monolithic", QT_TRANSLATE_NOOP("Architecture", "monolithic")},
    {"mlp-ddpm", QT_TRANSLATE_NOOP("Architecture", "MLP-DDPM baseline")},
    {"ann", QT_TRANSLATE_NOOP("Architecture", "ANN baseline")}};

QString translated(const char* context, std::string_view text) {
  const QByteArray key(text.data(), qsizetype(text.size()));
  return QCoreApplication::translate(context, key.constData());
}

}  // namespace

QString performance_name(std::size_t k) { return translated("Performance", kPerformances[k].name); }
QString performance_unit(std::size_t k) { return translated("Unit", kPerformances[k].unit); }
QString performance_definition(std::size_t k) { return translated("Performance", kPerformances[k].definition); }
QString structure_title(std::string_view name) { return translated("Structure", name); }

QString performance_heading(std::size_t k, const QString& prefix) {
  return performance_name(k) + QStringLiteral(" [") + prefix + performance_unit(k) + QLatin1Char(']');
}

QString tolerance_description(const sizing::Specification& spec) {
  QStringList parts;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    const auto& t = spec.tolerance[k];
    if (!t || !spec.given[k]) continue;
    const QString amount = t->relative ? QString::number(t->value * 100, 'g', 4) + QStringLiteral(" %")
                                       : si_edit_text(t->value, kPerformances[k].unit, 4, QLocale::c());
    parts << performance_name(k) + QLatin1Char(' ') + amount;
  }
  if (parts.isEmpty()) return QCoreApplication::translate("Specification", "strictly");
  return QCoreApplication::translate("Specification", "with tolerance %1").arg(parts.join(QStringLiteral(", ")));
}

QString region_title(simulation::Region region) { return translated("Region", simulation::to_string(region)); }
QString device_kind_title(circuit::DeviceKind kind) { return translated("Device", circuit::to_string(kind)); }

QString stage_title(int stage) {
  if (stage == structure::kBiasNetwork) return QCoreApplication::translate("Stage", "bias network");
  if (stage >= 1 && stage <= 3)
    return QCoreApplication::translate("Stage", "%1 stage").arg(translated("Stage", structure::stage_name(stage)));
  return QCoreApplication::translate("Stage", "stage %1").arg(stage);
}

QString block_description(const structure::Block& block) {
  return QCoreApplication::translate("Stage", "%1, %2 function, %3")
      .arg(structure_title(block.structure_name), schematic::function_title(block.function), stage_title(block.stage));
}

}  // namespace inversize::ui

namespace inversize::ui {

QString architecture_title(std::string_view name) {
  const QString key = QString::fromUtf8(name.data(), qsizetype(name.size()));
  for (const auto& a : kArchitectureTitles)
    if (name == a.name)
      return QCoreApplication::translate("Architecture", "%1 (%2)").arg(QCoreApplication::translate("Architecture", a.title), key);
  return key;
}

QString architecture_summary(std::string_view summary) { return translated("Architecture", summary); }

}  // namespace inversize::ui
