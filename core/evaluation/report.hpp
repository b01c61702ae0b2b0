// The evaluation report's text files: samples.csv (one row per sample and performance),
// summary.json (the figures per architecture and performance) and report.md (tables, and the
// plots that ui/plots draws into the same directory).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "evaluation/evaluation.hpp"
#include "evaluation/seed_study.hpp"

namespace inversize::evaluation {

// "structural-chained", or "structural-chained_250" for a model trained on fewer than all designs.
std::string model_label(const ModelEvaluation& m, std::size_t all_training_designs);

// Plot file names (without extension) the report links, in the order drawn.
std::string boxplot_name(const std::string& label);
inline constexpr const char* kHistogramsName = "exploration_histograms";
inline constexpr const char* kTrainingSizeName = "error_vs_training_size";
inline constexpr const char* kSamplesName = "met_by_samples";

nlohmann::json summary_json(const EvaluationResult& r);
// report.md from a summary (summary_json, or a summary.json read back): every table of a
// report is written from the summary, none by hand. Reads summaries from before the three
// metrics too (their "meets" is today's "within 2 %").
std::string report_markdown(const nlohmann::json& summary, bool plots);
// Writes samples.csv, summary.json and report.md into `dir` (which must exist). `plots`: true
// when the plots were drawn; otherwise report.md says why they are missing.
void write_report(const std::string& dir, const EvaluationResult& r, bool plots);
// report.md of a seed study (seed_study_json): the table of means and deviations per model and
// training size, and structural against monolithic seed by seed.
std::string seed_study_markdown(const nlohmann::json& study, bool plots);
// Writes summary.json and report.md of a seed study into `dir` (which must exist).
void write_seed_study(const std::string& dir, const SeedStudy& s, bool plots);
// Writes dir/report.md again from dir/summary.json (`evaluate --tables`), an evaluation's or a
// seed study's. Throws std::runtime_error naming the file when it cannot be read.
void rewrite_report(const std::string& dir);

// The median |difference| over the relative performances and all samples: one error figure
// per model for the training-size comparison.
double overall_error(const ModelEvaluation& m);

}  // namespace inversize::evaluation
