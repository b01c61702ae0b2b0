// Device functions and stages: the one owner of these names. The CLI, the UI, the datasets and
// the reports all print them through to_string() so the vocabulary never drifts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace inversize::structure {

// Transistors are bias, load or transconductance; capacitors (and resistors) are compensation
// or load. Bias is also used for passive parts of the bias network.
enum class Function { Bias, Load, Transconductance, Compensation };

const char* to_string(Function f);                   // "bias", "load", "transconductance", "compensation"
char abbreviation(Function f);                       // 'b', 'l', 't', 'c' (the suffix of block ids)
std::optional<Function> function_from_string(std::string_view s);  // names and abbreviations

// Stage of a device: 0 is the bias network, 1 the first (input) stage, 2 the second, ...
constexpr int kBiasNetwork = 0;
std::string stage_name(int stage);                   // "bias", "first", "second", "third", "stage 4", ...
std::optional<int> stage_from_string(std::string_view s);

}  // namespace inversize::structure
