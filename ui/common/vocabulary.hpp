// Core's vocabulary in the user's language: performance names, units and definitions (the one
// performance table), structure and stage names. Core owns the English text; these functions
// look it up as a translation key (contexts "Performance", "Unit", "Structure", "Stage",
// "Region", "Device") and fall
// back to it, so a name core adds shows in English until the translators add it (the i18n test
// then fails).
#pragma once

#include <QString>
#include <cstddef>
#include <string_view>

#include "circuit/circuit.hpp"
#include "simulation/operating_point.hpp"
#include "sizing/specification.hpp"

namespace inversize::structure {
struct Block;
}

namespace inversize::ui {

QString performance_name(std::size_t k);        // "DC gain" -> "DC-Verstärkung"
QString performance_unit(std::size_t k);        // "deg" -> "°"
QString performance_definition(std::size_t k);  // the one-line definition, for tooltips
// A column or axis heading: the name with the unit ("Transit frequency [Hz]"); prefixed units
// take `prefix` ("MHz").
QString performance_heading(std::size_t k, const QString& prefix = {});
// The rule "meets" applies, as core's sizing::tolerance_text says it, in the user's language:
// "strictly" or "with tolerance DC gain 0.5 dB, Transit frequency 2 %".
QString tolerance_description(const sizing::Specification& spec);
QString structure_title(std::string_view name); // "simple current mirror" -> "einfacher Stromspiegel"
QString stage_title(int stage);                 // "first stage", "bias network"
QString region_title(simulation::Region region);   // "saturation" -> "Sättigung"
QString device_kind_title(circuit::DeviceKind kind); // "capacitor" -> "Kondensator"
// "simple current mirror, load function, first stage", every part translated.
QString block_description(const structure::Block& block);
// A sizing model architecture by core's name: "structural, chained (structural-chained)",
// with the name the command line takes; and its one-line summary (diffusion::architectures()).
QString architecture_title(std::string_view name);
QString architecture_summary(std::string_view summary);

}  // namespace inversize::ui
