#include "evaluation/report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "common/engineering.hpp"

namespace inversize::evaluation {

using namespace sizing;

using nlohmann::json;

namespace {

std::size_t all_designs(const EvaluationResult& r) {
  std::size_t n = 0;
  for (const auto& m : r.models) n = std::max(n, m.training_designs);
  return n;
}

std::string pct(double v, int digits = 1) {
  char b[32];
  std::snprintf(b, sizeof b, "%+.*f %%", digits, v * 100);
  return b;
}
std::string abs_pct(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f %%", v * 100);
  return b;
}
std::string share(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.0f %%", v * 100);
  return b;
}
// A difference as the report shows it: percent, or millivolts for absolute performances.
std::string diff_text(std::size_t k, double v) {
  if (!absolute_difference(k)) return pct(v);
  char b[32];
  std::snprintf(b, sizeof b, "%+.2f mV", v * 1e3);
  return b;
}

// A magnitude: no sign.
std::string abs_diff_text(std::size_t k, double v) {
  if (!absolute_difference(k)) return abs_pct(v);
  char b[32];
  std::snprintf(b, sizeof b, "%.2f mV", v * 1e3);
  return b;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!(out << text)) throw std::runtime_error(path + ": cannot write");
}

}  // namespace

std::string model_label(const ModelEvaluation& m, std::size_t all_training_designs) {
  return m.training_designs < all_training_designs ? m.arch + "_" + std::to_string(m.training_designs) : m.arch;
}

std::string boxplot_name(const std::string& label) { return "boxplot_" + label; }

double overall_error(const ModelEvaluation& m) {
  std::vector<double> v;
  // Medians per performance are robust to the few outliers; their median is one figure.
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (m.performances[k] && !absolute_difference(k)) v.push_back(std::abs(m.performances[k]->differences.median));
  if (v.empty()) return NAN;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

namespace {

std::string sampling_text(const diffusion::SampleOptions& so) {
  std::ostringstream t;
  t << (so.sampler == diffusion::SamplerKind::ddpm ? "DDPM" : "DDIM") << ", " << so.steps << " steps, guidance "
    << so.guidance << ", seed " << so.seed;
  if (so.candidates > 0) t << "; " << so.candidates << " drawn per specification, the likeliest simulated";
  if (so.aim) t << "; aimed at the nearest training design that meets the specification";
  if (so.refine > 0)
    t << "; every sample refined " << so.refine << " steps by the surrogate towards "
      << (so.goal == diffusion::RefineGoal::match ? "matching every specified value within 2 %"
                                                  : "meeting the specification");
  if (so.candidates <= 0 && !so.aim && so.refine <= 0) t << "; every sample as drawn (the paper's protocol)";
  return t.str();
}

}  // namespace

json summary_json(const EvaluationResult& r) {
  json j;
  j["project"] = r.project;
  j["split"] = dataset::to_string(r.split);
  j["test_designs"] = r.test_designs;
  j["samples_per_specification"] = r.samples;
  j["slack"] = r.slack;
  const auto& so = r.sampling;
  j["sampling"] = {{"sampler", so.sampler == diffusion::SamplerKind::ddpm ? "ddpm" : "ddim"},
                   {"steps", so.steps},
                   {"guidance", so.guidance},
                   {"seed", so.seed},
                   {"candidates", so.candidates},
                   {"aim", so.aim},
                   {"refine", so.refine},
                   {"refine_goal", diffusion::refine_goal_name(so.goal)}};
  j["seconds"] = r.seconds;
  j["models"] = json::array();
  const auto all = all_designs(r);
  for (const auto& m : r.models) {
    json jm{{"arch", m.arch}, {"label", model_label(m, all)}, {"training_designs", m.training_designs},
            {"train_seconds", m.train_seconds}, {"sample_seconds", m.sample_seconds},
            {"specifications", m.specifications}, {"failed_samples", m.failed},
            {"best_of_n_meets_all", m.best_met_all}, {"best_of_k_meets_all", m.best_met_by_samples},
            {"best_of_n_meets_all_feasible", m.best_met_all_feasible}, {"feasible_samples", m.feasible_share},
            {"overall_median_abs_difference", overall_error(m)}};
    jm["performances"] = json::object();
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      if (!m.performances[k]) continue;
      const auto& p = *m.performances[k];
      jm["performances"][std::string(kPerformances[k].key)] = {
          {"median", p.differences.median}, {"q1", p.differences.q1}, {"q3", p.differences.q3},
          {"iqr", p.differences.iqr()}, {"within_5", p.within5}, {"best_of_n_meets", p.best_met},
          {"n", p.differences.n}, {"outliers", p.differences.outliers.size()},
          {"surrogate_error", p.surrogate_error ? json(*p.surrogate_error) : json(nullptr)},
          {"absolute", absolute_difference(k)}};
    }
    j["models"].push_back(jm);
  }
  if (r.exploration) {
    const auto& e = *r.exploration;
    json je{{"design", e.design}, {"samples", e.model.size()}, {"model_meets", e.model_met},
            {"noise_meets", e.noise_met}, {"noise_sigma_unit", e.noise_sigma}};
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      if (e.model_median_abs[k] && e.noise_median_abs[k])
        je["median_abs_difference"][std::string(kPerformances[k].key)] = {{"model", *e.model_median_abs[k]},
                                                                          {"noise", *e.noise_median_abs[k]}};
    auto devices = [](const std::vector<DeviceSpread>& d) {
      json a = json::array();
      for (const auto& x : d)
        a.push_back({{"device", x.device}, {"w_mean", x.w.mean}, {"w_std", x.w.std}, {"l_mean", x.l.mean}, {"l_std", x.l.std}});
      return a;
    };
    je["model_devices"] = devices(e.model_devices);
    je["noise_devices"] = devices(e.noise_devices);
    j["exploration"] = je;
  }
  json js = json::array();
  for (const auto& s : r.search)
    js.push_back({{"design", s.design},
                  {"nsga_simulations", s.nsga_simulations ? json(*s.nsga_simulations) : json(nullptr)},
                  {"samples_needed", s.samples_needed ? json(*s.samples_needed) : json(nullptr)}});
  j["search_cost"] = js;
  return j;
}

void write_report(const std::string& dir, const EvaluationResult& r, bool plots) {
  const auto all = all_designs(r);
  {
    std::ostringstream csv;
    csv << "arch,training_designs,design,sample,simulated,meets,feasible,performance,specified,achieved,difference\n";
    csv.precision(10);
    for (const auto& m : r.models) {
      for (const auto& rec : m.records)
        for (std::size_t k = 0; k < kPerformanceCount; ++k) {
          if (!rec.specified[k]) continue;
          csv << m.arch << ',' << m.training_designs << ',' << rec.design << ',' << rec.sample << ','
              << (rec.simulated ? 1 : 0) << ',' << (rec.meets ? 1 : 0) << ',' << (rec.feasible ? 1 : 0) << ','
              << kPerformances[k].key << ','
              << *rec.specified[k] << ',';
          if (rec.achieved[k]) csv << *rec.achieved[k] << ',' << difference(k, *rec.achieved[k], *rec.specified[k]);
          else csv << ',';
          csv << '\n';
        }
    }
    write_file(dir + "/samples.csv", csv.str());
  }
  write_file(dir + "/summary.json", summary_json(r).dump(2) + "\n");

  std::ostringstream md;
  md << "# Evaluation of " << r.project << "\n\n"
     << r.test_designs << " " << dataset::to_string(r.split) << " designs ("
     << (r.split == dataset::Split::Test ? "the locked test split: held out from training and from every choice"
                                         : "the validation split: held out from training, used for choices")
     << "), " << r.samples
     << " samples per specification, every sample simulated. A specification is the full performance vector of a "
        "test design (as in the paper). Differences are (simulated - specified) / |specified|; the offset, which "
        "sits near zero, in millivolts. \"Best of N meets\": some sample is better than, or within 2 % of, the "
        "specified value. Run time "
     << std::lround(r.seconds) << " s.\n\n";
  md << "**Sampling:** " << sampling_text(r.sampling) << ".\n\n";
  if (r.slack > 0)
    md << "**Specifications with slack:** each performance is asked " << r.slack * 100
       << " % worse than the test design achieved (gain (1 - s) times, power (1 + s) times its value; the offset "
          "as it is). Differences are measured against the relaxed values.\n\n";
  md << "## Test set (Fig. 6 of the paper)\n\n";
  for (const auto& m : r.models) {
    auto label = model_label(m, all);
    md << "### " << label << " (" << m.training_designs << " training designs)\n\n";
    bool ranked = false;
    for (const auto& p : m.performances) ranked = ranked || (p && p->surrogate_error);
    md << "| performance | median | IQR (q1 … q3) | within ±5 % | best of N meets |"
       << (ranked ? " surrogate median \\|error\\| |\n|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|\n");
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      if (!m.performances[k]) continue;
      const auto& p = *m.performances[k];
      md << "| " << kPerformances[k].key << " | " << diff_text(k, p.differences.median) << " | "
         << diff_text(k, p.differences.q1) << " … " << diff_text(k, p.differences.q3) << " | " << share(p.within5)
         << " | " << share(p.best_met) << " |";
      if (ranked) md << ' ' << (p.surrogate_error ? abs_diff_text(k, *p.surrogate_error) : "-") << " |";
      md << "\n";
    }
    md << "\nThe best of " << r.samples << " samples meets the whole specification for " << share(m.best_met_all)
       << " of the test designs; " << m.failed << " of " << m.records.size() << " samples failed to simulate. "
       << share(m.feasible_share) << " of the simulated samples keep every sizing rule, and a sample that does meets "
       << "the whole specification for " << share(m.best_met_all_feasible) << " of the test designs.\n\n";
    if (plots) md << "![" << label << "](" << boxplot_name(label) << ".png)\n\n";
  }
  md << "## Against the baselines\n\n"
     << "| model | training designs | training time | median of the per-performance median |difference| | best of N meets all "
        "| … with a feasible sample |\n"
     << "|---|---|---|---|---|---|\n";
  for (const auto& m : r.models) {
    char t[32];
    std::snprintf(t, sizeof t, "%.0f s", m.train_seconds);
    const bool lookup = m.arch == kArchiveLookup || m.arch == kRefinedLookup;
    md << "| " << m.arch << " | " << m.training_designs << " | " << (lookup ? "none" : m.train_seconds > 0 ? t : "stored")
       << " | " << abs_pct(overall_error(m)) << " | " << share(m.best_met_all) << " | " << share(m.best_met_all_feasible)
       << " |\n";
  }
  {
    // The share the first k samples reach: what a share costs in simulations.
    std::vector<int> ks;
    for (int k : {1, 2, 5, 10, 20, 50, 100, 200, 500})
      if (k < r.samples) ks.push_back(k);
    ks.push_back(r.samples);
    md << "\nBest of k meets the whole specification, for the first k samples (for the lookup: the k nearest "
          "training designs):\n\n| model | training designs |";
    for (int k : ks) md << " k = " << k << " |";
    md << "\n|---|---|";
    for (std::size_t i = 0; i < ks.size(); ++i) md << "---|";
    md << "\n";
    for (const auto& m : r.models) {
      md << "| " << m.arch << " | " << m.training_designs << " |";
      for (int k : ks)
        md << ' ' << (std::size_t(k) <= m.best_met_by_samples.size() ? share(m.best_met_by_samples[k - 1]) : "-") << " |";
      md << "\n";
    }
    if (plots) md << "\n![share met against samples](" << kSamplesName << ".png)\n";
  }
  md << "\n`" << kArchiveLookup << "` uses no model: for each specification it takes the " << r.samples
     << " training designs nearest to it in performance and scores them like samples. It shows how densely the "
        "training archive covers the test specifications; a model must do better than looking it up.\n";
  for (const auto& m : r.models)
    if (m.arch == kRefinedLookup) {
      md << "\n`" << kRefinedLookup << "` refines those nearest training designs with the first model's surrogate, as "
            "the models' samples are refined, and simulates them: whether a model's samples are better starting "
            "points than the archive's own designs.\n";
      break;
    }
  if (plots && r.models.size() > 1) md << "\n![error against training size](" << kTrainingSizeName << ".png)\n";
  if (r.exploration) {
    const auto& e = *r.exploration;
    md << "\n## Exploration of one specification (Fig. 7, Table I)\n\n"
       << e.model.size() << " samples for the specification of test design #" << e.design << ", and as many sizings "
       << "of \"ground truth plus isotropic noise\" with the same total spread (σ = " << e.noise_sigma
       << " per variable on the design space's unit log scale).\n\n"
       << "| | model samples | isotropic noise |\n|---|---|---|\n"
       << "| meet the specification | " << share(e.model_met) << " | " << share(e.noise_met) << " |\n";
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      if (e.model_median_abs[k] && e.noise_median_abs[k])
        md << "| median \\|Δ " << kPerformances[k].key << "\\| | " << abs_diff_text(k, *e.model_median_abs[k]) << " | "
           << abs_diff_text(k, *e.noise_median_abs[k]) << " |\n";
    if (plots) md << "\n![histograms](" << kHistogramsName << ".png)\n";
    md << "\n| device | W mean | W std | L mean | L std | noise: W std | noise: L std |\n|---|---|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < e.model_devices.size(); ++i) {
      const auto& d = e.model_devices[i];
      const auto* n = i < e.noise_devices.size() ? &e.noise_devices[i] : nullptr;
      md << "| " << d.device << " | " << si_format(d.w.mean, "m") << " | " << si_format(d.w.std, "m") << " | "
         << si_format(d.l.mean, "m") << " | " << si_format(d.l.std, "m") << " | "
         << (n ? si_format(n->w.std, "m") : "") << " | " << (n ? si_format(n->l.std, "m") : "") << " |\n";
    }
  }
  if (!r.search.empty()) {
    std::vector<double> nsga, ours;
    std::size_t nsga_reached = 0, ours_reached = 0;
    for (const auto& s : r.search) {
      if (s.nsga_simulations) nsga.push_back(double(*s.nsga_simulations)), ++nsga_reached;
      if (s.samples_needed) ours.push_back(double(*s.samples_needed)), ++ours_reached;
    }
    auto med = [](std::vector<double> v) {
      if (v.empty()) return std::string("-");
      std::sort(v.begin(), v.end());
      return std::to_string(std::lround(v[v.size() / 2]));
    };
    md << "\n## Simulations to reach a specification\n\n"
       << "| | reached | median simulations |\n|---|---|---|\n"
       << "| NSGA-II (the project's generation run, in order) | " << nsga_reached << " / " << r.search.size() << " | "
       << med(nsga) << " |\n"
       << "| InverSize (samples of the first model, each simulated) | " << ours_reached << " / " << r.search.size()
       << " | " << med(ours) << " |\n";
  }
  if (!plots) md << "\nPlots were not drawn: this inversize-cli was built without the Qt user interface.\n";
  write_file(dir + "/report.md", md.str());
}

}  // namespace inversize::evaluation
