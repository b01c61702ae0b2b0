#include "evaluation/report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "common/engineering.hpp"
#include "common/text.hpp"
#include "diffusion/architectures.hpp"

namespace inversize::evaluation {

using namespace sizing;
using nlohmann::json;

namespace {

std::size_t all_designs(const EvaluationResult& r) {
  std::size_t n = 0;
  for (const auto& m : r.models) n = std::max(n, m.training_designs);
  return n;
}

std::string pct(double v, int digits = 1) { return printf_text("%+.*f %%", digits, v * 100); }
std::string abs_pct(double v) { return printf_text("%.2f %%", v * 100); }
std::string general(double v) { return printf_text("%g", v); }
std::string share(double v) { return std::isfinite(v) ? printf_text("%.0f %%", v * 100) : "-"; }
// A difference as the report shows it: percent, or millivolts for absolute performances.
std::string diff_text(bool absolute, double v) { return absolute ? printf_text("%+.2f mV", v * 1e3) : pct(v); }
// A magnitude: no sign.
std::string abs_diff_text(bool absolute, double v) { return absolute ? printf_text("%.2f mV", v * 1e3) : abs_pct(v); }

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!(out << text)) throw std::runtime_error(path + ": cannot write");
}

double number(const json& j, const char* key, double fallback = NAN) {
  return j.contains(key) && j[key].is_number() ? j[key].get<double>() : fallback;
}

json metric_shares(const MetricShares& s) {
  json j = json::object();
  for (Metric m : kMetrics) j[metric_key(m)] = s[index(m)];
  return j;
}

// A metric's share from a model's summary: the current layout ("best_of_n": {"meets": ...}),
// or a summary from before the three metrics, whose "meets" was better than or within 2 %:
// today's "within".
double best_of_n(const json& m, Metric metric, bool feasible = false) {
  const char* key = feasible ? "best_of_n_feasible" : "best_of_n";
  if (m.contains(key)) return number(m[key], metric_key(metric));
  if (metric != Metric::within) return NAN;
  return number(m, feasible ? "best_of_n_meets_all_feasible" : "best_of_n_meets_all");
}

std::vector<double> best_of_k(const json& m, Metric metric) {
  if (m.contains("best_of_k") && m["best_of_k"].contains(metric_key(metric)))
    return m["best_of_k"][metric_key(metric)].get<std::vector<double>>();
  if (metric == Metric::within && m.contains("best_of_k_meets_all")) return m["best_of_k_meets_all"].get<std::vector<double>>();
  return {};
}

Metric metric_from_key(const std::string& key) {
  for (Metric m : kMetrics)
    if (key == metric_key(m)) return m;
  return Metric::within;
}

std::string metric_definition(Metric m) {
  const std::string tol = protocol_tolerance_text();
  switch (m) {
    case Metric::meets:
      return "\"meets\": every specified performance on the right side of its value, in its own unit (the offset "
             "within ±1 mV)";
    case Metric::within:
      return "\"within " + tol + "\" (the paper's protocol): no performance more than " + tol +
             " on its bad side of the specified value";
    case Metric::matches:
      return "\"matches\" (the paper's protocol): every performance within ±" + tol + " of the specified value";
  }
  return "";
}

std::string sampling_text(const json& so) {
  if (!so.is_object()) return "as drawn (options not recorded)";
  std::ostringstream t;
  const std::string sampler = so.value("sampler", "ddim");
  t << (sampler == "ddpm" ? "DDPM" : sampler == "dpm++2m" ? "DPM-Solver++(2M)" : "DDIM") << ", " << so.value("steps", 0) << " steps, guidance "
    << so.value("guidance", 1.0);
  if (so.contains("temperature")) t << ", temperature " << so.value("temperature", 1.0);  // recorded since 2026-12-06
  t << ", seed " << so.value("seed", 0);
  const int candidates = so.value("candidates", 0), refine = so.value("refine", 0);
  const bool aim = so.value("aim", false);
  if (candidates > 0) t << "; " << candidates << " drawn per specification, the likeliest simulated";
  if (candidates > 0 && so.value("archive_share", 0.0) > 0)
    t << " (" << std::lround(so.value("archive_share", 0.0) * 100) << " % of them the nearest training designs, not drawn)";
  if (aim) t << "; aimed at the nearest training design that meets the specification";
  if (candidates > 0 && so.value("rounds", 1) > 1)
    t << "; simulated in " << so.value("rounds", 1)
      << " rounds: after each, the surrogate corrected by what SPICE measured, the candidates left refined and ranked "
         "again and each sample that missed refined again from where it is";
  if (refine > 0)
    t << "; every sample refined " << refine << " steps by the surrogate towards "
      << (so.value("refine_goal", "meet") == "match" ? "matching every specified value within " + protocol_tolerance_text()
                                                      : std::string("meeting the specification"));
  if (candidates <= 0 && !aim && refine <= 0) t << "; every sample as drawn (the paper's protocol)";
  return t.str();
}

// The loss of a run's v-prediction models. min-SNR took precedence over the epsilon weighting
// (TrainOptions); summaries from before it was recorded do not say which one was used.
std::string loss_text(const json& t) {
  if (number(t, "min_snr_gamma", 0) > 0) return "min-SNR-" + general(number(t, "min_snr_gamma", 0)) + " loss";
  if (t.value("epsilon_weighting", false)) return "epsilon-weighted loss";
  return t.contains("min_snr_gamma") ? "plain v-MSE" : "loss not recorded (v-MSE or min-SNR)";
}

// A stored model as it was trained (summary "stored_model": its record in the project).
std::string stored_text(const json& s) {
  const json h = s.value("hyperparameters", json::object());
  std::ostringstream o;
  o << "Stored model #" << s.value("id", 0) << ", trained " << s.value("created", std::string("(date not recorded)"));
  if (h.contains("designs")) o << " on " << h.value("designs", 0) << " designs";
  o << ": seed " << h.value("seed", 0) << ", at most " << h.value("max_steps", 0) << " steps per model, batch "
    << h.value("batch_size", 0) << ", learning rate " << number(h, "learning_rate", 0) << ", denoiser "
    << h.value("backbone", std::string("?")) << " " << h.value("depth", 0) << " × " << h.value("width", 0)
    << ", loss " << h.value("loss", std::string("not recorded"));
  if (number(h, "ema_decay", 0) > 0) o << ", moving average of the weights (decay " << general(number(h, "ema_decay", 0)) << ")";
  if (h.contains("training_data")) o << ", " << h.value("training_data", std::string()) << " designs";
  // "linear_mean" (true) is how models stored before the quadratic fit record it.
  const auto fit = h.value("mean_fit", std::string(h.value("linear_mean", false) ? "linear" : "none"));
  if (fit != "none") o << ", drawing the residual of a " << fit << " fit on the condition (" << fit << " mean)";
  const auto blocks = h.value("blocks", std::vector<std::string>{});
  if (!blocks.empty() && h.value("blocks_chained", false)) {
    o << "; the chain: ";
    for (std::size_t i = 0; i < blocks.size(); ++i) o << (i ? " → " : "") << blocks[i];
  }
  return o.str();
}

// How the models of a run were trained (summary "training"); the seed only when `seed`.
std::string training_text(const json& t, bool seed) {
  if (!t.is_object() || t.empty()) return "not recorded";
  std::ostringstream o;
  if (seed) o << "seed " << t.value("seed", 0) << ", ";
  o << "at most " << t.value("max_steps", 0) << " steps per model, batch " << t.value("batch_size", 0)
    << ", learning rate " << number(t, "learning_rate", 0) << ", weight decay " << number(t, "weight_decay", 0)
    << ", early stopping after " << t.value("patience", 0) << " validations without improvement on "
    << number(t, "validation_fraction", 0) * 100 << " % of the training designs; denoiser "
    << t.value("backbone", std::string("default")) << ", "
    << loss_text(t) << ", "
    << (number(t, "ema_decay", 0) > 0 ? "moving average of the weights (decay " + general(number(t, "ema_decay", 0)) + ")"
                                       : std::string("no moving average"))
    << (t.value("surrogate", true) ? ", with its performance surrogate" : ", without a performance surrogate")
    << (t.value("training_subset", std::string("first")) == "random"
            ? "; a smaller training size is a random subset of the training designs, drawn with the seed"
            : "; a smaller training size is the first designs of the training split, in the order they were made");
  return o.str();
}

bool is_lookup(const std::string& arch) {
  return arch == kArchiveLookup || arch == kBudgetLookup || arch == "archive-lookup-refined";
}

// --- report.md, phase by phase, from summary.json ---

void header_section(std::ostringstream& md, const json& j, Metric headline) {
  const std::string split = j.value("split", std::string());  // none: from before the three splits
  md << "# Evaluation of " << j.value("project", std::string()) << "\n\n";
  if (split.empty())
    md << "> **Stale:** made before the three splits, on designs that are validation designs today and on which "
          "settings were chosen, with the models of its day. It records a choice; it measures no shipped model.\n\n";
  md << j.value("test_designs", 0) << " " << (split.empty() ? "test" : split) << " designs ("
     << (split == "test" ? "the locked test split: held out from training and from every choice"
         : split == "validation" ? "the validation split: held out from training, used for choices"
         : split == "train"
             ? "the training split: the designs the models learnt from, less the share held out for their validation "
               "loss; a check of the fit, not a test: the archive lookup finds each design itself"
             : "recorded before the three splits: the first test designs, on which settings were chosen, "
               "validation designs today")
     << "), " << j.value("samples_per_specification", 0)
     << " samples per specification, every sample simulated. ";
  const auto bounds = j.value("bounds", std::vector<std::string>{});
  if (bounds.empty())
    md << "A specification is the full performance vector of a design (as in the paper). ";
  else
    md << "A specification is a designer's: the design's values of " << bounds_text(bounds)
       << " as one-sided bounds, nothing else asked (the model is conditioned on the other performances of the "
          "training design nearest to the bounds). ";
  md << "Differences are (simulated - specified) / |specified|; the offset, which sits near zero, in millivolts. "
        "Run time "
     << std::lround(number(j, "seconds", 0)) << " s.\n\n";
  md << "**Sampling:** " << sampling_text(j.value("sampling", json())) << ".\n\n";
  bool trained_here = false;  // a summary from before stored models were recorded: as then
  for (const auto& m : j.value("models", json::array()))
    if (!is_lookup(m.value("arch", std::string())))
      trained_here = trained_here || number(m, "train_seconds", 0) > 0 || !m.contains("stored_model");
  if (j.contains("training") && trained_here)
    md << "**Training** (the models trained here; a stored model as it was trained, under its name below): "
       << training_text(j["training"], true) << ".\n\n";
  else if (j.contains("training"))
    md << "**Training:** stored models, each as it was trained (under its name below).\n\n";
  md << "**Metrics:** " << metric_definition(Metric::meets) << "; " << metric_definition(Metric::within) << "; "
     << metric_definition(Metric::matches) << ". \"Best of N\": some one of the N samples satisfies the whole "
     << "specification. The headline metric of this run is **" << metric_name(headline) << "**.\n\n";
  if (number(j, "slack", 0) > 0)
    md << "**Specifications with slack:** each performance is asked " << number(j, "slack", 0) * 100
       << " % worse than the design achieved (gain (1 - s) times, power (1 + s) times its value; the offset "
          "as it is). Differences are measured against the relaxed values.\n\n";
}

void test_set_section(std::ostringstream& md, const json& j, Metric headline, bool plots) {
  const int n = j.value("samples_per_specification", 0);
  md << "## Per performance (Fig. 6 of the paper)\n\n";
  for (const auto& m : j["models"]) {
    const std::string label = m.value("label", m.value("arch", std::string()));
    md << "### " << label << " (" << m.value("training_designs", 0) << " training designs)\n\n";
    if (m.contains("stored_model") && m["stored_model"].is_object()) md << stored_text(m["stored_model"]) << ".\n\n";
    bool ranked = false;
    for (const auto& [key, p] : m["performances"].items()) ranked = ranked || p["surrogate_error"].is_number();
    md << "| performance | median | IQR (q1 … q3) | within ±5 % | best of N " << metric_name(headline) << " |"
       << (ranked ? " surrogate median \\|error\\| |\n|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|\n");
    for (const auto& info : kPerformances) {
      const std::string key(info.key);
      if (!m["performances"].contains(key)) continue;
      const auto& p = m["performances"][key];
      const bool absolute = p.value("absolute", false);
      md << "| " << key << " | " << diff_text(absolute, number(p, "median")) << " | " << diff_text(absolute, number(p, "q1"))
         << " … " << diff_text(absolute, number(p, "q3")) << " | " << share(number(p, "within_5")) << " | "
         << share(number(p, "best_of_n_meets")) << " |";
      if (ranked) md << ' ' << (p["surrogate_error"].is_number() ? abs_diff_text(absolute, p["surrogate_error"]) : "-") << " |";
      md << "\n";
    }
    md << "\nThe best of " << n << " samples " << metric_name(headline) << " the whole specification for "
       << share(best_of_n(m, headline)) << " of the designs; " << m.value("failed_samples", 0)
       << " samples failed to simulate. " << share(number(m, "feasible_samples")) << " of the simulated samples keep "
       << "every sizing rule, and such a sample " << metric_name(headline) << " the whole specification for "
       << share(best_of_n(m, headline, true)) << " of the designs.\n\n";
    if (plots) md << "![" << label << "](" << boxplot_name(label) << ".png)\n\n";
  }
}

void budget_section(std::ostringstream& md, const json& j, Metric headline) {
  md << "## At equal budget: the model, the model as drawn, the archive lookup, the training designs\n\n"
     << "| model | training designs | training time | median of the per-performance median \\|difference\\| |";
  for (Metric m : kMetrics) md << " best of N " << metric_name(m) << " |";
  md << " … " << metric_name(headline) << " with a feasible sample |\n|---|---|---|---|";
  for (std::size_t i = 0; i <= kMetrics.size(); ++i) md << "---|";
  md << "\n";
  for (const auto& m : j["models"]) {
    const std::string arch = m.value("arch", std::string());
    char t[32];
    const double train_s = number(m, "train_seconds", 0);
    std::snprintf(t, sizeof t, "%.0f s", train_s);
    md << "| " << m.value("label", arch) << " | " << m.value("training_designs", 0) << " | "
       << (is_lookup(arch) ? "none" : train_s > 0 ? t : "stored") << " | "
       << abs_pct(number(m, "overall_median_abs_difference")) << " |";
    for (Metric metric : kMetrics) md << ' ' << share(best_of_n(m, metric)) << " |";
    md << ' ' << share(best_of_n(m, headline, true)) << " |\n";
  }
  if (j.contains("training_satisfies")) {
    md << "| a training design already satisfies it (what aiming finds; no samples) | | none | |";
    for (Metric metric : kMetrics) md << ' ' << share(number(j["training_satisfies"], metric_key(metric))) << " |";
    md << " |\n";
  }
  md << "\n`" << kArchiveLookup << "` uses no model: for each specification it takes the "
     << j.value("samples_per_specification", 0)
     << " training designs nearest to it in performance and scores them like samples. `" << kBudgetLookup
     << "` gives those nearest designs the model's budget: as many as the model draws, refined and ranked by the "
        "same surrogate, the likeliest simulated. `…"
     << kAsDrawn << "` is the model alone, without aim, candidates or refinement. A model earns its place by beating "
        "all three.\n";
}

void best_of_k_section(std::ostringstream& md, const json& j, Metric headline, bool plots) {
  const int n = j.value("samples_per_specification", 0);
  std::vector<int> ks;
  for (int k : {1, 2, 5, 10, 20, 50, 100, 200, 500})
    if (k < n) ks.push_back(k);
  ks.push_back(n);
  md << "\nBest of k " << metric_name(headline)
     << " the whole specification, for the first k samples (for the lookup: the k nearest training designs):\n\n"
        "| model | training designs |";
  for (int k : ks) md << " k = " << k << " |";
  md << "\n|---|---|";
  for (std::size_t i = 0; i < ks.size(); ++i) md << "---|";
  md << "\n";
  for (const auto& m : j["models"]) {
    const auto shares = best_of_k(m, headline);
    md << "| " << m.value("label", m.value("arch", std::string())) << " | " << m.value("training_designs", 0) << " |";
    for (int k : ks) md << ' ' << (k >= 1 && std::size_t(k) <= shares.size() ? share(shares[k - 1]) : "-") << " |";
    md << "\n";
  }
  if (plots) md << "\n![share against samples](" << kSamplesName << ".png)\n";
  if (plots && j["models"].size() > 1) md << "\n![error against training size](" << kTrainingSizeName << ".png)\n";
}

void exploration_section(std::ostringstream& md, const json& j, Metric headline, bool plots) {
  if (!j.contains("exploration")) return;
  const auto& e = j["exploration"];
  md << "\n## Exploration of one specification (Fig. 7, Table I)\n\n"
     << e.value("samples", 0) << " samples for the specification of design #" << e.value("design", 0)
     << ", and as many sizings of \"ground truth plus isotropic noise\" with the same total spread (σ = "
     << number(e, "noise_sigma_unit") << " per variable on the design space's unit log scale).\n\n"
     << "| | model samples | isotropic noise |\n|---|---|---|\n"
     << "| " << metric_name(headline) << " the specification | " << share(number(e, "model_meets")) << " | "
     << share(number(e, "noise_meets")) << " |\n";
  if (e.contains("median_abs_difference"))
    for (const auto& info : kPerformances) {
      const std::string key(info.key);
      if (!e["median_abs_difference"].contains(key)) continue;
      const auto& d = e["median_abs_difference"][key];
      const bool absolute = info.direction == Direction::Target;
      md << "| median \\|Δ " << key << "\\| | " << abs_diff_text(absolute, number(d, "model")) << " | "
         << abs_diff_text(absolute, number(d, "noise")) << " |\n";
    }
  if (plots) md << "\n![histograms](" << kHistogramsName << ".png)\n";
  md << "\n| device | W mean | W std | L mean | L std | noise: W std | noise: L std |\n|---|---|---|---|---|---|---|\n";
  const auto& model = e.value("model_devices", json::array());
  const auto& noise = e.value("noise_devices", json::array());
  for (std::size_t i = 0; i < model.size(); ++i) {
    const auto& d = model[i];
    const json* nd = i < noise.size() ? &noise[i] : nullptr;
    md << "| " << d.value("device", std::string()) << " | " << si_format(number(d, "w_mean"), "m") << " | "
       << si_format(number(d, "w_std"), "m") << " | " << si_format(number(d, "l_mean"), "m") << " | "
       << si_format(number(d, "l_std"), "m") << " | " << (nd ? si_format(number(*nd, "w_std"), "m") : "") << " | "
       << (nd ? si_format(number(*nd, "l_std"), "m") : "") << " |\n";
  }
}

void search_section(std::ostringstream& md, const json& j, Metric headline) {
  const auto& search = j.value("search_cost", json::array());
  if (search.empty()) return;
  std::vector<double> nsga, ours;
  for (const auto& s : search) {
    if (s["nsga_simulations"].is_number()) nsga.push_back(s["nsga_simulations"].get<double>());
    if (s["samples_needed"].is_number()) ours.push_back(s["samples_needed"].get<double>());
  }
  auto med = [](std::vector<double> v) {
    if (v.empty()) return std::string("-");
    std::sort(v.begin(), v.end());
    return std::to_string(std::lround(v[v.size() / 2]));
  };
  md << "\n## Simulations to reach a specification (" << metric_name(headline) << ")\n\n"
     << "| | reached | median simulations |\n|---|---|---|\n"
     << "| NSGA-II (the project's generation run, in order) | " << nsga.size() << " / " << search.size() << " | "
     << med(nsga) << " |\n"
     << "| InverSize (samples of the first model, each simulated) | " << ours.size() << " / " << search.size() << " | "
     << med(ours) << " |\n";
}

void write_samples_csv(const std::string& dir, const EvaluationResult& r) {
  std::ostringstream csv;
  csv << "arch,training_designs,design,sample,simulated,meets,within,matches,feasible,performance,specified,achieved,"
         "difference\n";
  csv.precision(10);
  for (const auto& m : r.models)
    for (const auto& rec : m.records)
      for (std::size_t k = 0; k < kPerformanceCount; ++k) {
        if (!rec.specified[k]) continue;
        csv << m.arch << ',' << m.training_designs << ',' << rec.design << ',' << rec.sample << ','
            << (rec.simulated ? 1 : 0);
        for (Metric metric : kMetrics) csv << ',' << (rec.satisfied[index(metric)] ? 1 : 0);
        csv << ',' << (rec.feasible ? 1 : 0) << ',' << kPerformances[k].key << ',' << *rec.specified[k] << ',';
        if (rec.achieved[k]) csv << *rec.achieved[k] << ',' << difference(k, *rec.achieved[k], *rec.specified[k]);
        else csv << ',';
        csv << '\n';
      }
  write_file(dir + "/samples.csv", csv.str());
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

json summary_json(const EvaluationResult& r) {
  json j;
  j["project"] = r.project;
  j["split"] = dataset::to_string(r.split);
  j["test_designs"] = r.test_designs;
  j["samples_per_specification"] = r.samples;
  j["slack"] = r.slack;
  j["bounds"] = json::array();
  for (std::size_t k : r.bounds) j["bounds"].push_back(std::string(kPerformances[k].key));
  j["protocol_tolerance"] = kProtocolTolerance;
  j["headline"] = metric_key(r.headline);
  j["training_satisfies"] = metric_shares(r.training_satisfies);
  const auto& so = r.sampling;
  j["sampling"] = {{"sampler", diffusion::sampler_name(so.sampler)},
                   {"steps", so.steps},
                   {"guidance", so.guidance},
                   {"temperature", so.temperature},
                   {"seed", so.seed},
                   {"candidates", so.candidates},
                   {"aim", so.aim},
                   {"refine", so.refine},
                   {"refine_goal", diffusion::refine_goal_name(so.goal)},
                   {"archive_share", so.archive_share},
                   {"rounds", so.rounds}};
  const auto& to = r.training;  // the models trained here (a stored model records its own)
  j["training"] = {{"seed", to.seed},
                   {"max_steps", to.max_steps},
                   {"batch_size", to.batch_size},
                   {"learning_rate", to.learning_rate},
                   {"weight_decay", to.weight_decay},
                   {"warmup_steps", to.warmup_steps},
                   {"validation_fraction", to.validation_fraction},
                   {"patience", to.patience},
                   {"epsilon_weighting", to.epsilon_weighting},
                   {"min_snr_gamma", to.min_snr_gamma},
                   {"ema_decay", to.ema_decay},
                   {"backbone", diffusion::backbone_name(to.backbone ? *to.backbone
                                                                     : diffusion::default_config(diffusion::default_architecture()).backbone)},
                   {"surrogate", to.surrogate},
                   {"training_subset", to.random_subset ? "random" : "first"}};
  j["seconds"] = r.seconds;
  j["models"] = json::array();
  const auto all = all_designs(r);
  for (const auto& m : r.models) {
    json best_k = json::object();
    for (Metric metric : kMetrics) best_k[metric_key(metric)] = m.best_of_k[index(metric)];
    json jm{{"arch", m.arch}, {"label", model_label(m, all)}, {"training_designs", m.training_designs},
            {"train_seconds", m.train_seconds}, {"sample_seconds", m.sample_seconds},
            {"specifications", m.specifications}, {"failed_samples", m.failed},
            {"best_of_n", metric_shares(m.best_of_n)}, {"best_of_n_feasible", metric_shares(m.best_of_n_feasible)},
            {"best_of_k", best_k}, {"feasible_samples", m.feasible_share},
            {"overall_median_abs_difference", overall_error(m)}};
    if (!m.stored.is_null()) jm["stored_model"] = m.stored;
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

std::string report_markdown(const json& summary, bool plots) {
  // A summary from before the three metrics scored "within 2 %" and called it "meets".
  const Metric headline = metric_from_key(summary.value("headline", std::string("within")));
  std::ostringstream md;
  header_section(md, summary, headline);
  test_set_section(md, summary, headline, plots);
  budget_section(md, summary, headline);
  best_of_k_section(md, summary, headline, plots);
  exploration_section(md, summary, headline, plots);
  search_section(md, summary, headline);
  if (!plots) md << "\nPlots were not drawn: this inversize-cli was built without the Qt user interface.\n";
  return md.str();
}

namespace {
std::string mean_sd(const MeanStd& m, std::size_t n, bool percent_points) {
  if (!std::isfinite(m.mean)) return "-";
  if (percent_points)
    return n < 2 ? printf_text("%.0f %%", m.mean * 100) : printf_text("%.0f ± %.0f %%", m.mean * 100, m.std * 100);
  return n < 2 ? printf_text("%.2f %%", m.mean * 100) : printf_text("%.2f ± %.2f %%", m.mean * 100, m.std * 100);
}

std::string per_seed(const std::vector<double>& v, bool percent_points) {
  std::string t;
  for (double x : v)
    t += (t.empty() ? "" : ", ") + (std::isfinite(x) ? printf_text(percent_points ? "%.0f" : "%.2f", x * 100) : "-");
  return t;
}

// The paper's claim at each size: a structural model against the monolithic one, seed by seed.
void structural_section(std::ostringstream& md, const SeedStudy& s) {
  const auto find = [&](const std::string& arch, std::size_t designs) -> const SeedPoint* {
    for (const auto& p : s.points)
      if (p.arch == arch && p.training_designs == designs) return &p;
    return nullptr;
  };
  std::ostringstream lines;
  for (const auto& mono : s.points) {
    if (mono.arch != "monolithic") continue;
    for (const char* structural : {"structural-chained", "structural-independent"}) {
      const auto* st = find(structural, mono.training_designs);
      if (!st) continue;
      int ahead = 0, paired = 0;
      for (std::size_t i = 0; i < st->seeds.size(); ++i)
        for (std::size_t k = 0; k < mono.seeds.size(); ++k)
          if (st->seeds[i] == mono.seeds[k]) {
            ++paired;
            ahead += st->best[i] > mono.best[k] ? 1 : 0;
          }
      char d[32];
      std::snprintf(d, sizeof d, "%+.0f", (st->best_stats.mean - mono.best_stats.mean) * 100);
      lines << "| " << mono.training_designs << " | " << structural << " | "
            << mean_sd(st->best_stats, st->best.size(), true) << " | " << mean_sd(mono.best_stats, mono.best.size(), true)
            << " | " << d << " points | " << ahead << " of " << paired << " |\n";
    }
  }
  if (lines.str().empty()) return;
  md << "\n## Structural against monolithic (the paper's claim)\n\n"
     << "Best of " << s.samples << " " << metric_name(s.headline)
     << ", mean ± sd over the seeds; \"seeds ahead\": the seeds (same seed, same training designs) on which the "
        "structural model satisfies more specifications than the monolithic one.\n\n"
     << "| training designs | structural model | structural | monolithic | difference of the means | seeds ahead |\n"
        "|---|---|---|---|---|---|\n"
     << lines.str();
}
}  // namespace

std::string seed_study_markdown(const json& study, bool plots) {
  const auto s = seed_study_from_json(study);
  const auto& setup = s.setup;
  const std::string split = setup.value("split", std::string("test"));
  std::ostringstream md;
  md << "# Data efficiency over training seeds: " << setup.value("project", std::string()) << "\n\n"
     << setup.value("test_designs", 0) << " " << split << " designs"
     << (split == "test" ? " (the locked test split: held out from training and from every choice)" : "") << ", "
     << s.samples << " samples per specification, every sample simulated. "
     << (setup.value("bounds", json::array()).empty()
             ? "A specification is the full performance vector of a design (as in the paper). "
             : "A specification is a designer's: the design's values of " +
                   bounds_text(setup["bounds"].get<std::vector<std::string>>()) + " as one-sided bounds. ")
     << "Every figure is the mean ± the sample standard deviation over the training seeds, one evaluation run per "
        "seed, merged by `inversize-cli evaluate --merge-seeds`.\n\n";
  md << "**Sampling:** " << sampling_text(setup.value("sampling", json())) << ".\n\n";
  md << "**Training** (every run trains its models with its own seed): " << training_text(setup.value("training", json()), false)
     << ".\n\n**Runs:**";
  for (std::size_t i = 0; i < s.runs.size(); ++i)
    md << (i ? "," : "") << " `" << std::filesystem::path(s.runs[i]).filename().string() << "` (seed " << s.run_seeds[i] << ")";
  md << ".\n\n";
  md << "| model | training designs | seeds | best of " << s.samples << " " << metric_name(s.headline)
     << " | per seed | median \\|difference\\| | per seed |\n|---|---|---|---|---|---|---|\n";
  // With random subsets a smaller size's lookup differs from seed to seed, as the models do.
  const bool random = random_subsets(s);
  for (const auto& p : s.points) {
    std::string seeds;
    for (auto seed : p.seeds) seeds += (seeds.empty() ? "" : ", ") + std::to_string(seed);
    const bool per = p.trained || (random && p.best.size() > 1);
    md << "| " << p.arch << " | " << p.training_designs << " | " << (per ? seeds : "the same in every run") << " | "
       << mean_sd(p.best_stats, per ? p.best.size() : 1, true) << " | " << (per ? per_seed(p.best, true) : "")
       << " | " << (is_lookup(p.arch) ? "-" : mean_sd(p.error_stats, per ? p.error.size() : 1, false)) << " | "
       << (per && !is_lookup(p.arch) ? per_seed(p.error, false) : "") << " |\n";
  }
  for (const auto& [n, share] : s.training_already)
    md << "| a training design already | " << n << " | " << (random ? "the mean over the seeds' subsets" : "the same in every run")
       << " | " << per_seed({share}, true) << " % |  | - |  |\n";
  const std::string which = random ? "training designs of its run's models (a random subset per seed)" : "first training designs";
  md << "\n\"median \\|difference\\|\": the median over the performances of each one's median |relative "
        "difference| over all samples (the offset, absolute, left out). `"
     << kArchiveLookup << "` takes the " << s.samples << " training designs nearest to each specification among the same "
     << which << ": no model" << (random ? "." : ", the same in every run.")
     << (s.training_already.empty() ? ""
                                    : " \"a training design already\": one of those training designs already "
                                      "satisfies the specification (what a model must beat).")
     << "\n";
  structural_section(md, s);
  if (plots) md << "\n![error against training size](" << kTrainingSizeName << ".png)\n";
  return md.str();
}

void write_seed_study(const std::string& dir, const SeedStudy& s, bool plots) {
  const auto j = seed_study_json(s);
  write_file(dir + "/summary.json", j.dump(2) + "\n");
  write_file(dir + "/report.md", seed_study_markdown(j, plots));
}

void write_report(const std::string& dir, const EvaluationResult& r, bool plots) {
  write_samples_csv(dir, r);
  const auto summary = summary_json(r);
  write_file(dir + "/summary.json", summary.dump(2) + "\n");
  write_file(dir + "/report.md", report_markdown(summary, plots));
}

void rewrite_report(const std::string& dir) {
  const std::string path = dir + "/summary.json";
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read");
  json summary;
  try {
    summary = json::parse(in);
  } catch (const json::exception& e) {
    throw std::runtime_error(path + ": not a summary (" + e.what() + ")");
  }
  if (is_seed_study(summary)) {
    const bool plots = std::filesystem::exists(dir + "/" + kTrainingSizeName + ".png");
    write_file(dir + "/report.md", seed_study_markdown(summary, plots));
    return;
  }
  if (!summary.contains("models") || !summary["models"].is_array()) throw std::runtime_error(path + ": no models");
  // The plots are linked when the report's directory has them.
  const bool plots = std::filesystem::exists(dir + "/" + kSamplesName + ".png");
  write_file(dir + "/report.md", report_markdown(summary, plots));
}

}  // namespace inversize::evaluation
