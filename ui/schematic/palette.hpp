// Colours of the schematic: one per device function (the legend), one per kind of structure
// for the shaded blocks. Names come from structure/function.hpp.
#pragma once

#include <QColor>
#include <QString>

#include "structure/function.hpp"

namespace inversize::ui::schematic {

QColor function_colour(structure::Function f);
QColor block_colour(const QString& block_id);  // by the structure part of the id ("DP" of "DP_t")
// The function's name in the user's language (the key is structure::to_string).
QString function_title(structure::Function f);
inline constexpr structure::Function kFunctions[] = {structure::Function::Bias, structure::Function::Load,
                                                     structure::Function::Transconductance,
                                                     structure::Function::Compensation};

}  // namespace inversize::ui::schematic
