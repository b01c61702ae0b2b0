// Options and output shared by the commands that estimate yields (`yield`, `sample --yield`,
// `evaluate --yield`): Monte Carlo runs, corners, seed; the yield table on the terminal.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/format.hpp"
#include "robustness/yield.hpp"

struct YieldOptions {
  int mc = 200;
  std::string corners = "default";
  std::uint64_t seed = 1;
  std::string vary = "both";

  // `runs_flag`: the option that sets the Monte Carlo runs (--mc for yield, --yield elsewhere).
  // `seed_flag`: --seed for yield; the sampling commands have their own --seed.
  void add_to(CLI::App* cmd, const std::string& runs_flag, const std::string& seed_flag, bool runs_default) {
    auto* o = cmd->add_option(runs_flag, mc,
                              "Monte Carlo runs per sizing (global variation and mismatch)" +
                                  std::string(runs_default ? " (default 200)" : "; 0: no yield (default)"));
    o->check(CLI::Range(0, 1000000));
    cmd->add_option("--corners", corners,
                    "corners: default (every process corner, and the lowest/highest supply with the lowest/highest "
                    "temperature), all (every combination), none, or a list of PROCESS[/SUPPLY/TEMPERATURE], e.g. "
                    "ss,ff/high/cold");
    cmd->add_option(seed_flag, seed, "seed of the Monte Carlo dies (default 1; the same seed gives the same dies)");
    cmd->add_option("--vary", vary, "what the Monte Carlo runs vary: both (default), global, mismatch")
        ->check(CLI::IsMember({"both", "global", "mismatch"}));
  }
  inversize::robustness::MonteCarloOptions monte_carlo() const {
    inversize::robustness::MonteCarloOptions m;
    m.runs = mc;
    m.seed = seed;
    m.global = vary != "mismatch";
    m.mismatch = vary != "global";
    return m;
  }
};

inline std::string percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f %%", 100 * share);
  return buf;
}

// "87.5 % (95 % CI 82.2-91.4 %, 175/200)"; "-" without runs.
inline std::string yield_text(const inversize::robustness::YieldResult& r) {
  if (r.runs == 0) return "-";
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.1f %% (95 %% CI %.1f-%.1f %%, %d/%d)", 100 * r.yield.value, 100 * r.yield.lo,
                100 * r.yield.hi, r.yield.k, r.yield.n);
  return buf;
}

// The whole estimate: yield, per performance, corners, failed runs, notes.
inline void print_yield(const inversize::robustness::YieldResult& r, const inversize::sizing::Specification& spec) {
  using namespace inversize;
  std::printf("yield %s%s, met %s; nominal %s\n", yield_text(r).c_str(), r.outcome.is_cancelled() ? " (cancelled)" : "",
              sizing::tolerance_text(spec).c_str(), r.nominal_meets ? "meets" : "does not meet");
  std::printf("Monte Carlo: %d runs, %s%s\n", r.runs,
              r.global && r.mismatch ? "global variation and mismatch"
              : r.global             ? "global variation"
              : r.mismatch           ? "mismatch"
                                     : "nothing varied",
              r.ac_only ? "; operating point and AC bench only (the specification needs no other)" : "");
  std::printf("\n%-12s %14s %14s %14s %12s %8s  %s\n", "performance", "nominal", "mean", "std", "meeting", "", "worst corner");
  for (const auto& s : r.per_performance) {
    const auto& info = kPerformances[s.performance];
    const std::string unit(info.unit);
    auto v = [&](double x) { return std::isfinite(x) ? cli::format_value(x, unit) : std::string("-"); };
    std::string worst = s.worst_corner.empty() ? "" : s.worst_corner + " (" + v(s.worst_value) + ")";
    std::printf("%-12s %14s %14s %14s %12s %8s  %s\n", std::string(info.key).c_str(), v(s.nominal).c_str(),
                v(s.mean).c_str(), v(s.std).c_str(), r.runs ? percent(s.meeting.value).c_str() : "-",
                r.limiting == s.performance ? "limits" : "", worst.c_str());
  }
  if (!r.corners.empty()) {
    std::printf("\n%-24s %-5s", "corner", "meets");
    for (const auto& s : r.per_performance) std::printf(" %14s", std::string(kPerformances[s.performance].key).c_str());
    std::printf("\n");
    for (const auto& c : r.corners) {
      std::printf("%-24s %-5s", c.corner.name.c_str(), !c.result.ok() ? "fail" : c.meets ? "yes" : "no");
      for (const auto& s : r.per_performance) {
        const auto& m = c.result.performances[s.performance];
        std::printf(" %14s", m.value ? cli::format_value(*m.value, std::string(kPerformances[s.performance].unit)).c_str() : "-");
      }
      if (!c.result.ok()) std::printf("  %s", c.result.error.c_str());
      std::printf("\n");
    }
  }
  if (!r.failed.empty()) {
    std::printf("\n%zu failed runs:\n", r.failed.size());
    std::size_t shown = 0;
    for (const auto& f : r.failed) {
      if (++shown > 10) {
        std::printf("  ... and %zu more\n", r.failed.size() - 10);
        break;
      }
      std::printf("  run %d: %s\n", f.run, f.reason.c_str());
    }
  }
  for (const auto& n : r.notes) std::printf("note: %s\n", n.c_str());
}
