// Sampled sizings as files, one format for the window and the command line: the samples as
// CSV (design variables, then the performance keys), the specification as JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sizing/inverse_sizer.hpp"

namespace inversize::sizing {

// Header "sample,verified,meets,<variables>,<performance keys>"; one row per sample, empty
// cells for what was not (or could not be) simulated.
std::string samples_csv(const dataset::DesignSpace& space, const std::vector<SampledSizing>& samples);

// {"gain_db": 70, ...}: the given performances; with `filled` also the filled ones under
// "filled" and the design they came from under "filled_from".
nlohmann::json specification_json(const Specification& spec, bool filled = false);

// Writes text to a file; throws std::runtime_error naming the file when it cannot.
void write_text_file(const std::string& path, const std::string& text);

}  // namespace inversize::sizing
