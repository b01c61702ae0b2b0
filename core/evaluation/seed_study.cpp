#include "evaluation/seed_study.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "diffusion/project_models.hpp"

namespace inversize::evaluation {

using nlohmann::json;

namespace {

// The part of a summary that every merged run must share.
json shared_setup(const json& summary) {
  json s;
  for (const char* key : {"split", "test_designs", "samples_per_specification", "headline", "slack", "bounds", "sampling",
                          "protocol_tolerance"})
    if (summary.contains(key)) s[key] = summary[key];
  s["project"] = summary.value("project", std::string());
  json training = summary.value("training", json::object());
  training.erase("seed");
  s["training"] = training;
  return s;
}

double share_of(const json& model, Metric headline) {
  const auto& b = model.at("best_of_n");
  return b.contains(metric_key(headline)) && b[metric_key(headline)].is_number() ? b[metric_key(headline)].get<double>()
                                                                                  : NAN;
}

double error_of(const json& model) {
  const auto it = model.find("overall_median_abs_difference");
  return it != model.end() && it->is_number() ? it->get<double>() : NAN;
}

}  // namespace

SeedStudy merge_seed_runs(const std::vector<std::pair<std::string, json>>& runs) {
  if (runs.empty()) throw std::runtime_error("no runs to merge");
  SeedStudy s;
  s.setup = shared_setup(runs.front().second);
  const auto& first = runs.front().second;
  s.samples = first.value("samples_per_specification", 0);
  const std::string headline = first.value("headline", std::string("within"));
  for (Metric m : kMetrics)
    if (headline == metric_key(m)) s.headline = m;

  struct Acc {
    SeedPoint p;
    std::map<std::uint64_t, std::pair<double, double>> by_seed;
  };
  std::vector<Acc> acc;
  for (const auto& [dir, summary] : runs) {
    if (!summary.contains("training") || !summary["training"].contains("seed"))
      throw std::runtime_error(dir + ": no training record in summary.json (made before evaluate recorded it)");
    const auto setup = shared_setup(summary);
    for (const auto& [key, value] : s.setup.items())
      if (setup.value(key, json()) != value)
        throw std::runtime_error(dir + ": differs from " + runs.front().first + " in '" + key +
                                 "'; only runs that differ in the training seed are merged");
    const auto seed = summary["training"]["seed"].get<std::uint64_t>();
    s.runs.push_back(dir);
    s.run_seeds.push_back(seed);
    for (const auto& m : summary.at("models")) {
      const std::string arch = m.value("arch", std::string());
      const std::size_t designs = m.value("training_designs", std::size_t{0});
      auto it = std::find_if(acc.begin(), acc.end(),
                             [&](const Acc& a) { return a.p.arch == arch && a.p.training_designs == designs; });
      if (it == acc.end()) {
        acc.push_back({});
        it = acc.end() - 1;
        it->p.arch = arch;
        it->p.training_designs = designs;
      }
      it->p.trained = it->p.trained || m.value("train_seconds", 0.0) > 0;
      // A model in two runs with the same seed (the lookup is in every run) counts once; with
      // other figures it was not the same training.
      const std::pair figures{share_of(m, s.headline), error_of(m)};
      const auto [known, fresh] = it->by_seed.emplace(seed, figures);
      const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
      if (!fresh && !(same(known->second.first, figures.first) && same(known->second.second, figures.second)))
        throw std::runtime_error(dir + ": " + arch + " on " + std::to_string(designs) + " designs with training seed " +
                                 std::to_string(seed) + " differs from an earlier run's");
    }
  }
  // By architecture in first-seen order, then by size.
  std::vector<std::string> arch_order;
  for (const auto& a : acc)
    if (std::find(arch_order.begin(), arch_order.end(), a.p.arch) == arch_order.end()) arch_order.push_back(a.p.arch);
  std::stable_sort(acc.begin(), acc.end(), [&](const Acc& a, const Acc& b) {
    const auto ia = std::find(arch_order.begin(), arch_order.end(), a.p.arch) - arch_order.begin();
    const auto ib = std::find(arch_order.begin(), arch_order.end(), b.p.arch) - arch_order.begin();
    return ia != ib ? ia < ib : a.p.training_designs < b.p.training_designs;
  });
  for (auto& a : acc) {
    for (const auto& [seed, v] : a.by_seed) {
      a.p.seeds.push_back(seed);
      a.p.best.push_back(v.first);
      a.p.error.push_back(v.second);
    }
    a.p.best_stats = mean_std(a.p.best);
    a.p.error_stats = mean_std(a.p.error);
    s.points.push_back(std::move(a.p));
  }
  return s;
}

void training_already(SeedStudy& s, const dataset::Project& p) {
  const auto split = dataset::split_from_string(s.setup.value("split", std::string("test")));
  const auto count = s.setup.value("test_designs", std::size_t{0});
  const auto tests = test_designs(p, count, split.value_or(dataset::Split::Test));
  if (tests.size() != count)
    throw std::runtime_error(p.path() + ": " + std::to_string(tests.size()) + " test designs, the runs evaluated " +
                             std::to_string(count));
  const auto bounds = parse_bounds(s.setup.value("bounds", std::vector<std::string>{}));
  const double slack = s.setup.value("slack", 0.0);
  std::set<std::size_t> sizes;
  for (const auto& q : s.points) sizes.insert(q.training_designs);
  s.training_already.clear();
  const auto training = diffusion::training_designs(p);
  auto share = [&](std::size_t n, std::optional<std::uint64_t> seed) {
    return training_satisfies(diffusion::training_subset(training, n, seed), tests, slack, bounds)[index(s.headline)];
  };
  // The designs each run's models learnt from: the first n, or each seed's random n (their mean).
  const bool random = random_subsets(s);
  for (std::size_t n : sizes) {
    double mean = 0;
    if (!random) mean = share(n, std::nullopt);
    else
      for (auto seed : s.run_seeds) mean += share(n, seed) / double(s.run_seeds.size());
    s.training_already.emplace_back(n, mean);
  }
}

bool random_subsets(const SeedStudy& s) {
  return s.setup.value("training", json::object()).value("training_subset", std::string("first")) == "random";
}

json seed_study_json(const SeedStudy& s) {
  json j;
  j["kind"] = "seed_study";
  j["setup"] = s.setup;
  j["headline"] = metric_key(s.headline);
  j["samples_per_specification"] = s.samples;
  j["runs"] = json::array();
  for (std::size_t i = 0; i < s.runs.size(); ++i) j["runs"].push_back({{"dir", s.runs[i]}, {"training_seed", s.run_seeds[i]}});
  j["points"] = json::array();
  for (const auto& p : s.points)
    j["points"].push_back({{"arch", p.arch},
                           {"training_designs", p.training_designs},
                           {"trained", p.trained},
                           {"seeds", p.seeds},
                           {"best_of_n", p.best},
                           {"best_of_n_mean", p.best_stats.mean},
                           {"best_of_n_sd", p.best_stats.std},
                           {"median_abs_difference", p.error},
                           {"median_abs_difference_mean", p.error_stats.mean},
                           {"median_abs_difference_sd", p.error_stats.std}});
  j["training_already"] = json::array();
  for (const auto& [n, share] : s.training_already) j["training_already"].push_back({{"training_designs", n}, {"share", share}});
  return j;
}

SeedStudy seed_study_from_json(const json& j) {
  SeedStudy s;
  s.setup = j.value("setup", json::object());
  const std::string headline = j.value("headline", std::string("within"));
  for (Metric m : kMetrics)
    if (headline == metric_key(m)) s.headline = m;
  s.samples = j.value("samples_per_specification", 0);
  for (const auto& r : j.value("runs", json::array())) {
    s.runs.push_back(r.value("dir", std::string()));
    s.run_seeds.push_back(r.value("training_seed", std::uint64_t{0}));
  }
  // JSON has no NaN: a missing figure was written as null.
  auto numbers = [](const json& a) {
    std::vector<double> v;
    for (const auto& x : a) v.push_back(x.is_number() ? x.get<double>() : NAN);
    return v;
  };
  for (const auto& p : j.value("points", json::array())) {
    SeedPoint q;
    q.arch = p.value("arch", std::string());
    q.training_designs = p.value("training_designs", std::size_t{0});
    q.trained = p.value("trained", false);
    q.seeds = p.value("seeds", std::vector<std::uint64_t>{});
    q.best = numbers(p.value("best_of_n", json::array()));
    q.error = numbers(p.value("median_abs_difference", json::array()));
    q.best_stats = mean_std(q.best);
    q.error_stats = mean_std(q.error);
    s.points.push_back(std::move(q));
  }
  for (const auto& t : j.value("training_already", json::array()))
    s.training_already.emplace_back(t.value("training_designs", std::size_t{0}), t.value("share", 0.0));
  return s;
}

}  // namespace inversize::evaluation
