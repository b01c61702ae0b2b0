// inversize-cli dataset: what a project's training data holds — counts, split, the range of
// every performance over the archive — and its export as CSV or JSON.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/format.hpp"
#include "dataset/project.hpp"

using namespace inversize;
using nlohmann::json;

namespace {

struct DatasetArgs {
  std::string project;
  std::string csv;
  bool json = false;
  std::size_t validation_from_test = 0;
  bool repair_split = false;
};

// "3 test (2 in the archive) and 1 validation (1) moved to train": what repair_split did.
void print_repair(const std::string& project, const std::vector<dataset::SplitMove>& moves) {
  if (moves.empty()) {
    std::fprintf(stderr, "%s: every sizing is in one split already; nothing moved\n", project.c_str());
    return;
  }
  for (dataset::Split to : {dataset::Split::Train, dataset::Split::Validation}) {
    std::string text;
    for (dataset::Split from : {dataset::Split::Test, dataset::Split::Validation}) {
      long long n = 0, archive = 0;
      for (const auto& m : moves)
        if (m.from == from && m.to == to) n += 1, archive += m.archive;
      if (n == 0) continue;
      text += (text.empty() ? "" : " and ") + std::to_string(n) + " " + to_string(from) + " (" + std::to_string(archive) +
              " in the training archive)";
    }
    if (!text.empty())
      std::fprintf(stderr, "%s: %s moved to %s: their sizing is also a %s design's\n", project.c_str(), text.c_str(),
                   to_string(to), to_string(to));
  }
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

void write_csv(const std::string& path, const dataset::Project& p, const std::vector<dataset::Design>& designs) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error(path + ": cannot write");
  out << "id,split,feasible";
  for (const auto& n : p.setup().space.names()) out << "," << n;
  for (const auto& info : kPerformances) out << "," << info.key;
  out << "\n";
  for (const auto& d : designs) {
    // The split applies to the training archive; other designs are "none".
    out << d.id << "," << (d.pareto ? to_string(d.split) : "none") << "," << (d.feasible ? 1 : 0);
    for (double x : d.x) out << "," << number(x);
    for (const auto& v : d.performances) out << "," << (v ? number(*v) : "");
    out << "\n";
  }
  if (!out) throw std::runtime_error(path + ": write failed");
}

void run(const DatasetArgs& a) {
  auto project = dataset::Project::open(a.project);
  project.refresh_archive();
  if (a.repair_split) print_repair(a.project, project.repair_split());
  if (a.validation_from_test > 0) {
    const auto moved = project.move_test_to_validation(a.validation_from_test);
    project.compact();
    std::fprintf(stderr, "%s: %zu test designs (ids %lld … %lld) are validation designs now\n", a.project.c_str(),
                 moved.size(), moved.empty() ? 0LL : static_cast<long long>(moved.front()),
                 moved.empty() ? 0LL : static_cast<long long>(moved.back()));
  }
  auto c = project.counts();
  auto designs = project.designs();
  // Ranges over the training archive: what the models learn from.
  std::array<std::pair<double, double>, kPerformanceCount> range;
  range.fill({std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()});
  for (const auto& d : designs) {
    if (!d.pareto) continue;
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      if (d.performances[k]) range[k] = {std::min(range[k].first, *d.performances[k]), std::max(range[k].second, *d.performances[k])};
  }
  if (!a.csv.empty()) write_csv(a.csv, project, designs);
  if (a.json) {
    json ranges = json::object();
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      if (range[k].first <= range[k].second) ranges[std::string(kPerformances[k].key)] = {range[k].first, range[k].second};
    json runs = json::array();
    for (const auto& r : project.runs())
      runs.push_back({{"id", r.id}, {"method", r.method}, {"status", r.status}, {"started", r.started}, {"settings", r.settings}});
    json j{{"designs", c.designs}, {"simulated", c.simulated}, {"feasible", c.feasible}, {"archive", c.archive},
           {"train", c.train},     {"validation", c.validation}, {"test", c.test},       {"ranges", ranges},
           {"variables", project.setup().space.names()},
           {"runs", runs}};
    std::cout << j.dump() << "\n";
    return;
  }
  std::printf("%s: %lld designs (%lld simulated, %lld feasible), training archive %lld: %lld train, %lld validation, "
              "%lld test\n",
              a.project.c_str(), static_cast<long long>(c.designs), static_cast<long long>(c.simulated),
              static_cast<long long>(c.feasible), static_cast<long long>(c.archive), static_cast<long long>(c.train),
              static_cast<long long>(c.validation), static_cast<long long>(c.test));
  if (c.archive > 0) {
    std::printf("\n%-14s %14s %14s\n", "performance", "min", "max");
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      const auto& info = kPerformances[k];
      if (range[k].first > range[k].second) {
        std::printf("%-14s %14s %14s\n", std::string(info.key).c_str(), "-", "-");
        continue;
      }
      std::printf("%-14s %14s %14s\n", std::string(info.key).c_str(),
                  cli::format_value(range[k].first, std::string(info.unit)).c_str(),
                  cli::format_value(range[k].second, std::string(info.unit)).c_str());
    }
  }
  if (!a.csv.empty()) std::printf("\nwrote %s\n", a.csv.c_str());
}

}  // namespace

void add_dataset_command(CLI::App& app) {
  auto a = std::make_shared<DatasetArgs>();
  auto* cmd = app.add_subcommand("dataset", "Counts, split and performance ranges of a project's training data; export");
  cli::add_project_option(cmd, a->project);
  cmd->add_option("--csv", a->csv,
                  "write every design as CSV: id, split (train, validation or test for the archive, none for the "
                  "rest), feasible, the variables, the performances");
  cmd->add_option("--validation-from-test", a->validation_from_test,
                  "one-off, for a project whose test designs were used for choices: the first N test designs of the "
                  "archive (in id order) become validation, the rest stay a locked test set; refused once the "
                  "project has validation designs")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--repair-split", a->repair_split,
                "for a project whose split was drawn per design: a test or validation design whose sizing (the same "
                "variable values) is also a training design's moves to train, a test design whose sizing is a "
                "validation design's to validation; prints how many moved");
  cmd->add_flag("--json", a->json, "one JSON object on standard output");
  cmd->callback([a] { run(*a); });
}
