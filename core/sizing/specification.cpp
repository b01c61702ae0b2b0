#include "sizing/specification.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "common/text.hpp"
#include "netlist/units.hpp"

namespace inversize::sizing {

bool Specification::any_given() const { return std::any_of(given.begin(), given.end(), [](bool g) { return g; }); }

namespace {
std::string assignment_key(std::string_view assignment) {
  std::string key = lower(std::string(assignment.substr(0, assignment.find('='))));
  key.erase(std::remove_if(key.begin(), key.end(), [](unsigned char c) { return std::isspace(c); }), key.end());
  return key;
}
}  // namespace

std::optional<std::size_t> assignment_performance(std::string_view assignment) {
  if (assignment.find('=') == std::string_view::npos) return std::nullopt;
  return performance_index(assignment_key(assignment));
}

Specification parse_specification(const std::vector<std::string>& assignments) {
  Specification spec;
  for (const auto& a : assignments) {
    auto eq = a.find('=');
    if (eq == std::string::npos) throw std::invalid_argument("specification '" + a + "': expected KEY=VALUE");
    const std::string key = assignment_key(a);
    auto k = performance_index(key);
    if (!k) {
      std::string keys;
      for (const auto& p : kPerformances) keys += (keys.empty() ? "" : ", ") + std::string(p.key);
      throw std::invalid_argument("specification '" + a + "': unknown performance '" + key + "' (one of " + keys + ")");
    }
    auto v = netlist::parse_spice_number(a.substr(eq + 1));
    if (!v || !std::isfinite(*v)) throw std::invalid_argument("specification '" + a + "': '" + a.substr(eq + 1) + "' is not a number");
    if (kPerformances[*k].log_scale && *v <= 0)
      throw std::invalid_argument("specification '" + a + "': " + std::string(kPerformances[*k].name) + " must be positive");
    spec.values[*k] = *v;
    spec.given[*k] = true;
  }
  return spec;
}

namespace {

double scaled(std::size_t k, double v) { return kPerformances[k].log_scale ? std::log10(std::max(v, 1e-300)) : v; }

}  // namespace

std::vector<const dataset::Design*> nearest_designs(const Specification& spec, const std::vector<dataset::Design>& designs,
                                                    std::size_t count) {
  if (!spec.any_given() || designs.empty() || count == 0) return {};
  // Spread of each given performance over the designs, for a unit-free distance.
  std::array<double, kPerformanceCount> spread{};
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (!spec.given[k]) continue;
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& d : designs)
      if (d.performances[k]) {
        lo = std::min(lo, scaled(k, *d.performances[k]));
        hi = std::max(hi, scaled(k, *d.performances[k]));
      }
    spread[k] = hi > lo ? hi - lo : 1.0;
  }
  std::vector<std::pair<double, const dataset::Design*>> ranked;
  for (const auto& d : designs) {
    double dist = 0;
    bool complete = true;
    for (std::size_t k = 0; k < kPerformanceCount && complete; ++k) {
      if (!spec.given[k]) continue;
      if (!d.performances[k]) complete = false;
      else dist += std::pow((scaled(k, *d.performances[k]) - scaled(k, *spec.values[k])) / spread[k], 2);
    }
    if (complete) ranked.push_back({dist, &d});
  }
  count = std::min(count, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(count), ranked.end(),
                    [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const dataset::Design*> out;
  for (std::size_t i = 0; i < count; ++i) out.push_back(ranked[i].second);
  return out;
}

void fill_from_nearest(Specification& spec, const std::vector<dataset::Design>& designs) {
  auto nearest = nearest_designs(spec, designs, 1);
  if (nearest.empty()) return;
  spec.filled_from = nearest.front()->id;
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (!spec.given[k]) spec.values[k] = nearest.front()->performances[k];
}

bool absolute_difference(std::size_t performance) { return kPerformances[performance].direction == Direction::Target; }

double difference(std::size_t k, double achieved, double specified) {
  if (absolute_difference(k)) return achieved - specified;
  return (achieved - specified) / std::max(std::abs(specified), 1e-300);
}

bool meets(std::size_t k, double achieved, double specified) {
  if (!std::isfinite(achieved)) return false;
  double d = difference(k, achieved, specified);
  switch (kPerformances[k].direction) {
    case Direction::Maximize: return d >= -kMeetTolerance;
    case Direction::Minimize: return d <= kMeetTolerance;
    case Direction::Target: return std::abs(d) <= kTargetToleranceAbs;
  }
  return false;
}

std::pair<double, double> meet_bounds(std::size_t k, double v) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  switch (kPerformances[k].direction) {
    case Direction::Maximize: return {v - kMeetTolerance * std::abs(v), inf};
    case Direction::Minimize: return {-inf, v + kMeetTolerance * std::abs(v)};
    case Direction::Target: break;
  }
  return {v - kTargetToleranceAbs, v + kTargetToleranceAbs};
}

std::pair<double, double> match_bounds(std::size_t k, double v) {
  if (kPerformances[k].direction == Direction::Target) return meet_bounds(k, v);
  return {v - kMeetTolerance * std::abs(v), v + kMeetTolerance * std::abs(v)};
}

double worst_deficit(const Specification& spec, const dataset::PerformanceValues& achieved) {
  double worst = -std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (!spec.given[k] || !spec.values[k]) continue;
    if (!achieved[k] || !std::isfinite(*achieved[k])) return std::numeric_limits<double>::infinity();
    double d = difference(k, *achieved[k], *spec.values[k]);
    switch (kPerformances[k].direction) {
      case Direction::Maximize: d = -d; break;
      case Direction::Minimize: break;
      case Direction::Target: d = std::abs(d) / kTargetToleranceAbs * kMeetTolerance; break;
    }
    worst = std::max(worst, d);
  }
  return worst;
}

double shortfall(const Specification& spec, const dataset::PerformanceValues& achieved) {
  return std::max(0.0, worst_deficit(spec, achieved) - kMeetTolerance);
}

}  // namespace inversize::sizing
