// The evaluation report's plots (PNG and SVG) into its directory; needs a QApplication, which
// may run on the offscreen platform.
#pragma once

#include <string>

#include "evaluation/evaluation.hpp"
#include "evaluation/seed_study.hpp"

namespace inversize::ui {

// Box plots per model, the exploration's histograms, the error against training size and the
// share met against samples.
// Returns false when a file could not be written.
bool draw_report_plots(const std::string& dir, const evaluation::EvaluationResult& r);
// The seed study's error and share against training size, with ± one standard deviation bars.
bool draw_seed_study_plot(const std::string& dir, const evaluation::SeedStudy& s);

}  // namespace inversize::ui
