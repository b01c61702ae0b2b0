#include "robustness/yield_study.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "diffusion/architectures.hpp"
#include "evaluation/evaluation.hpp"
#include "robustness/yield_json.hpp"
#include "sizing/inverse_sizer.hpp"

namespace inversize::robustness {

namespace {

// The test design's specification, relaxed by the slack, giving only the study's performances.
sizing::Specification study_spec(const dataset::Design& d, const YieldStudyOptions& o) {
  auto spec = evaluation::specification_of(d, o.slack);
  std::array<bool, kPerformanceCount> keep{};
  for (const auto& key : o.keys) {
    auto i = performance_index(key);
    if (!i) throw std::invalid_argument("yield study: unknown performance '" + key + "'");
    keep[*i] = true;
  }
  for (std::size_t i = 0; i < kPerformanceCount; ++i) spec.given[i] = spec.given[i] && keep[i];
  return spec;
}

std::string cell(const std::optional<YieldResult>& y) {
  if (!y || y->runs == 0) return "–";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.0f %% [%.0f, %.0f]", 100 * y->yield.value, 100 * y->yield.lo, 100 * y->yield.hi);
  return buf;
}

}  // namespace

YieldStudy yield_study(const dataset::Project& project, const YieldStudyOptions& opts, const JobContext& ctx) {
  const auto t0 = std::chrono::steady_clock::now();
  YieldStudy out;
  out.options = opts;
  sizing::InverseSizer sizer(project, opts.arch.empty() ? diffusion::default_architecture() : opts.arch);
  const auto opened = project.open_circuit();
  std::string tech_note;
  const auto tech = variation_technology(project.setup().technology, &tech_note);
  if (!tech_note.empty()) out.notes.push_back(tech_note);
  const auto corners = select_corners(tech, opts.corners);
  simulation::WorkerPool pool({opts.workers, simulation::kSimulationTimeoutS});
  const auto designs = evaluation::test_designs(project, opts.limit, opts.split);
  JobContext quiet;  // the inner batches report nothing; this job counts specifications
  quiet.cancel = ctx.cancel;
  for (std::size_t k = 0; k < designs.size(); ++k) {
    ctx.throw_if_cancelled();
    ctx.report(static_cast<long long>(k), static_cast<long long>(designs.size()), "specification " + std::to_string(k + 1));
    YieldStudyRow row;
    row.design = designs[k].id;
    row.spec = study_spec(designs[k], opts);
    auto spec = sizer.complete(row.spec);
    std::vector<sizing::SampledSizing> samples;
    sizer.sample_verified(samples, spec, opts.samples, opts.sample, pool, quiet).rethrow();
    std::vector<YieldRequest> requests;
    std::vector<std::size_t> which;
    for (std::size_t i = 0; i < samples.size(); ++i) {
      row.verified += samples[i].verified && samples[i].simulation.simulated ? 1 : 0;
      if (!samples[i].meets) continue;
      ++row.meeting;
      requests.push_back(project_request(project, opened, tech, samples[i].simulation.x, spec, opts.mc, corners));
      which.push_back(i);
    }
    const auto* nearest = sizer.aim(spec);
    if (nearest) {
      requests.push_back(project_request(project, opened, tech, nearest->x, spec, opts.mc, corners));
      row.nearest_design = nearest->id;
    }
    auto results = estimate_yields(requests, pool, quiet);
    ctx.throw_if_cancelled();
    for (const auto& r : results)
      for (const auto& n : r.notes)
        if (std::find(out.notes.begin(), out.notes.end(), n) == out.notes.end()) out.notes.push_back(n);
    if (nearest) {
      row.nearest = std::move(results.back());
      results.pop_back();
    }
    if (!which.empty()) {
      const std::size_t best = sizing::InverseSizer::best(samples);
      std::vector<const YieldResult*> ys;
      for (std::size_t j = 0; j < which.size(); ++j) {
        ys.push_back(&results[j]);
        if (which[j] == best) row.best = results[j];
      }
      if (auto r = most_robust(ys)) row.robust = results[*r];
    }
    out.rows.push_back(std::move(row));
  }
  ctx.report(static_cast<long long>(designs.size()), static_cast<long long>(designs.size()), "done");
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return out;
}

void write_yield_study(const std::string& dir, const YieldStudy& s) {
  const auto& o = s.options;
  std::ostringstream md;
  std::string keys;
  for (const auto& k : o.keys) keys += (keys.empty() ? "" : ", ") + k;
  // What the runs varied: what the technology has of what was asked.
  bool global = false, mismatch = false;
  for (const auto& r : s.rows)
    for (const auto* y : {&r.best, &r.robust, &r.nearest})
      if (*y) global = global || (*y)->global, mismatch = mismatch || (*y)->mismatch;
  md << "# Yield of the sampled sizings\n\n"
     << "Each specification is a " << dataset::to_string(o.split) << " design's " << keys << " relaxed by "
     << o.slack * 100 << " %. " << o.samples << " sizings sampled and verified per specification; "
     << o.mc.runs << " Monte Carlo runs (" << (global ? "global variation" : "") << (global && mismatch ? " and " : "")
     << (mismatch ? "mismatch" : "") << (!global && !mismatch ? "nothing varied" : "") << ", seed " << o.mc.seed
     << ") per sizing that meets it; corners: " << o.corners << ". Yield with its 95 % Wilson interval.\n\n";
  for (const auto& n : s.notes) md << "Note: " << n << ".\n\n";
  md
     << "| design | meeting / verified | nominal best | most robust | nearest training design |\n|---|---|---|---|---|\n";
  double sum_best = 0, sum_robust = 0, sum_near = 0;
  int n_best = 0, n_robust = 0, n_near = 0, robust_better = 0, robust_beats_near = 0, both = 0;
  for (const auto& r : s.rows) {
    md << "| " << r.design << " | " << r.meeting << " / " << r.verified << " | " << cell(r.best) << " | " << cell(r.robust)
       << " | " << cell(r.nearest) << (r.nearest ? " (#" + std::to_string(r.nearest_design) + ")" : std::string()) << " |\n";
    if (r.best && r.best->runs) sum_best += r.best->yield.value, ++n_best;
    if (r.robust && r.robust->runs) sum_robust += r.robust->yield.value, ++n_robust;
    if (r.nearest && r.nearest->runs) sum_near += r.nearest->yield.value, ++n_near;
    if (r.best && r.robust && r.robust->yield.value > r.best->yield.value) ++robust_better;
    if (r.robust && r.nearest) {
      ++both;
      if (r.robust->yield.value > r.nearest->yield.value) ++robust_beats_near;
    }
  }
  auto mean = [](double sum, int n) {
    if (n == 0) return std::string("–");
    char buf[24];
    std::snprintf(buf, sizeof buf, "%.1f %%", 100 * sum / n);
    return std::string(buf);
  };
  md << "\nMean yield: nominal best " << mean(sum_best, n_best) << " (" << n_best << " specifications), most robust "
     << mean(sum_robust, n_robust) << " (" << n_robust << "), nearest training design " << mean(sum_near, n_near) << " ("
     << n_near << "). The most robust has a higher yield than the nominal best on " << robust_better << " of "
     << s.rows.size() << " specifications, than the nearest training design on " << robust_beats_near << " of " << both
     << " where both exist.\n";
  nlohmann::json j;
  j["slack"] = o.slack;
  j["keys"] = o.keys;
  j["samples"] = o.samples;
  j["mc_runs"] = o.mc.runs;
  j["seed"] = o.mc.seed;
  j["seconds"] = s.seconds;
  j["notes"] = s.notes;
  j["rows"] = nlohmann::json::array();
  for (const auto& r : s.rows) {
    nlohmann::json row = {{"design", r.design}, {"verified", r.verified}, {"meeting", r.meeting}};
    row["best"] = r.best ? yield_json(*r.best, r.spec) : nlohmann::json(nullptr);
    row["robust"] = r.robust ? yield_json(*r.robust, r.spec) : nlohmann::json(nullptr);
    row["nearest"] = r.nearest ? yield_json(*r.nearest, r.spec) : nlohmann::json(nullptr);
    row["nearest_design"] = r.nearest ? nlohmann::json(r.nearest_design) : nlohmann::json(nullptr);
    j["rows"].push_back(row);
  }
  std::filesystem::create_directories(dir);
  std::ofstream(std::filesystem::path(dir) / "yield.md") << md.str();
  std::ofstream(std::filesystem::path(dir) / "yield.json") << j.dump(1) << "\n";
}

}  // namespace inversize::robustness
