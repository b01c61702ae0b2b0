// The paper's claim measured: among the sizings a trained model gives for a specification with
// slack, the most robust one has a higher yield than the nominal best, and than the training
// design nearest the specification. Per specification (a test design relaxed by the slack):
// sample, verify, estimate the yield of every sizing that meets it, and of the nearest
// training design that meets it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diffusion/options.hpp"
#include "robustness/yield.hpp"

namespace inversize::robustness {

struct YieldStudyOptions {
  std::string arch;                // the trained model (empty: the default architecture)
  int samples = 10;                // sizings verified per specification
  diffusion::SampleOptions sample;
  double slack = 0.05;             // the specification: the test design's values relaxed by this
  // The performances the specification gives (of the test design's): what a designer asks.
  std::vector<std::string> keys{"gain_db", "gbw_hz", "pm_deg", "power_w"};
  dataset::Split split = dataset::Split::Test;
  std::size_t limit = 10;          // specifications (the first of the split; 0: all)
  MonteCarloOptions mc;
  std::string corners = "none";
  int workers = 0;
};

struct YieldStudyRow {
  std::int64_t design = 0;        // the test design the specification comes from
  sizing::Specification spec;
  int verified = 0, meeting = 0;  // sizings simulated, and meeting the specification nominally
  std::optional<YieldResult> best;     // the nominal best sizing (InverseSizer::best), if it meets
  std::optional<YieldResult> robust;   // the sizing with the highest yield
  std::optional<YieldResult> nearest;  // the nearest training design that meets the specification
  std::int64_t nearest_design = 0;
};

struct YieldStudy {
  YieldStudyOptions options;
  std::vector<YieldStudyRow> rows;
  std::vector<std::string> notes;  // what the variation took from elsewhere or could not cover
  double seconds = 0;
};

// Progress counts specifications; Cancelled when ctx.cancel is set.
YieldStudy yield_study(const dataset::Project& project, const YieldStudyOptions& opts, const JobContext& ctx);

// yield.md (a table per specification and the means) and yield.json into `dir`.
void write_yield_study(const std::string& dir, const YieldStudy& s);

}  // namespace inversize::robustness
