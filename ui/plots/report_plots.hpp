// The evaluation report's plots (PNG and SVG) into its directory; needs a QApplication, which
// may run on the offscreen platform.
#pragma once

#include <string>

#include "evaluation/evaluation.hpp"

namespace inversize::ui {

// Box plots per model, the exploration's histograms, the error against training size and the
// share met against samples.
// Returns false when a file could not be written.
bool draw_report_plots(const std::string& dir, const evaluation::EvaluationResult& r);

}  // namespace inversize::ui
