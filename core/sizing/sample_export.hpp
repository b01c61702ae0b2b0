// Sampled sizings as files, one format for the window and the command line: a sizing as the
// designer's netlist, the samples as CSV (design variables, then the performance keys), the
// specification as JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sizing/inverse_sizer.hpp"

namespace inversize::sizing {

// What an exported netlist says about where it came from.
struct ExportNote {
  std::string version;  // InverSize's
  std::string date;     // "2026-12-06" (today_iso())
  int sample = 0;       // the sizing's number among the samples shown (1-based); 0: not said
};

// The designer's main netlist file with the sizing's sizes (InverseSizer::sized_netlist), its
// leading comment block replaced by a fresh header: what was exported (circuit, sample,
// version, date), the specification, the verified performances (or that the sizing was not
// simulated) and, last, the file's one `* inversize:` line. The original header goes because
// the values it states (sizes verified, performances measured) no longer hold; a first line
// that is not a comment is the deck's title and stays first.
std::string exported_netlist(const InverseSizer& sizer, const SampledSizing& sizing, const Specification& spec,
                             const ExportNote& note);

// The file name an export suggests: "<circuit>_sized_<sample>.cir" ("miller_sized_3.cir" for
// builtin:miller or /x/miller.cir).
std::string suggested_netlist_name(const std::string& circuit_source, int sample);

// Today's date in ISO form, local time.
std::string today_iso();

// Header "sample,origin,verified,meets,<variables>,<performance keys>" (origin: drawn, archive, or "retry of K" for a later round's retry of sample K); one row per sample, empty
// cells for what was not (or could not be) simulated.
std::string samples_csv(const dataset::DesignSpace& space, const std::vector<SampledSizing>& samples);

// {"gain_db": 70, ...}: the given performances; with `filled` also the filled ones under
// "filled" and the design they came from under "filled_from".
nlohmann::json specification_json(const Specification& spec, bool filled = false);

// Writes text to a file; throws std::runtime_error naming the file when it cannot.
void write_text_file(const std::string& path, const std::string& text);

}  // namespace inversize::sizing
