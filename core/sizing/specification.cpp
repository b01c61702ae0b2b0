#include "sizing/specification.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>

#include "common/engineering.hpp"
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

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

// A tolerance in the performance's own unit at the specified value.
double tolerance_abs(const Specification& spec, std::size_t k, double specified) {
  const auto& t = spec.tolerance[k];
  if (!t) return kPerformances[k].direction == Direction::Target ? kTargetToleranceAbs : 0.0;
  return t->relative ? t->value * std::abs(specified) : t->value;
}

// The values on the good side of `v`, widened by `tol` (a target: v +- tol).
std::pair<double, double> widened(std::size_t k, double v, double tol) {
  switch (kPerformances[k].direction) {
    case Direction::Maximize: return {v - tol, kInf};
    case Direction::Minimize: return {-kInf, v + tol};
    case Direction::Target: break;
  }
  return {v - tol, v + tol};
}

bool percent_refused(std::size_t k) {
  const auto unit = kPerformances[k].unit;
  return unit == "dB" || unit == "deg" || kPerformances[k].direction == Direction::Target;
}

std::string number_text(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.6g", v);
  return b;
}
}  // namespace

std::string protocol_tolerance_text() { return number_text(kProtocolTolerance * 100) + " %"; }

void parse_tolerances(Specification& spec, const std::vector<std::string>& assignments) {
  for (const auto& a : assignments) {
    const auto eq = a.find('=');
    if (eq == std::string::npos) throw std::invalid_argument("tolerance '" + a + "': expected KEY=VALUE");
    const std::string key = assignment_key(a);
    const auto k = performance_index(key);
    if (!k) throw std::invalid_argument("tolerance '" + a + "': unknown performance '" + key + "'");
    std::string text = a.substr(eq + 1);
    text.erase(std::remove_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }), text.end());
    Tolerance t;
    if (!text.empty() && text.back() == '%') {
      if (percent_refused(*k))
        throw std::invalid_argument("tolerance '" + a + "': " + std::string(kPerformances[*k].name) +
                                    " takes its tolerance in " + std::string(kPerformances[*k].unit) +
                                    ", not in percent");
      text.pop_back();
      t.relative = true;
    }
    std::optional<double> v;
    if (!t.relative) v = netlist::parse_spice_number(text);
    else if (char* end = nullptr; !text.empty()) {
      const double x = std::strtod(text.c_str(), &end);
      if (*end == '\0') v = x;
    }
    if (!v || !std::isfinite(*v) || *v < 0)
      throw std::invalid_argument("tolerance '" + a + "': '" + a.substr(eq + 1) + "' is not a non-negative number");
    t.value = t.relative ? *v / 100 : *v;
    spec.tolerance[*k] = t;
  }
}

std::vector<std::string> tolerance_assignments(const Specification& spec) {
  std::vector<std::string> out;
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (const auto& t = spec.tolerance[k])
      out.push_back(std::string(kPerformances[k].key) + "=" +
                    (t->relative ? number_text(t->value * 100) + "%" : number_text(t->value)));
  return out;
}

std::string tolerance_text(const Specification& spec) {
  std::string list;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    const auto& t = spec.tolerance[k];
    if (!t || !spec.given[k]) continue;
    const std::string unit(kPerformances[k].unit);
    const bool prefixed = unit == "Hz" || unit == "W" || unit == "V";
    list += (list.empty() ? "" : ", ") + std::string(kPerformances[k].key) + " " +
            (t->relative ? number_text(t->value * 100) + " %"
                         : prefixed ? si_format(t->value, unit) : number_text(t->value) + " " + unit);
  }
  return list.empty() ? "strictly" : "with tolerance " + list;
}

std::pair<double, double> meet_bounds(const Specification& spec, std::size_t k) {
  if (!spec.values[k]) return {-kInf, kInf};
  const double v = *spec.values[k];
  return widened(k, v, tolerance_abs(spec, k, v));
}

bool in_bounds(const std::pair<double, double>& bounds, double x) {
  const auto slack = [](double b) { return kRoundingSlack * std::max(std::abs(b), 1.0); };
  return x >= bounds.first - slack(bounds.first) && x <= bounds.second + slack(bounds.second);
}

bool meets(const Specification& spec, std::size_t k, double achieved) {
  return std::isfinite(achieved) && in_bounds(meet_bounds(spec, k), achieved);
}

std::pair<double, double> within_bounds(std::size_t k, double v) {
  return widened(k, v, kPerformances[k].direction == Direction::Target ? kTargetToleranceAbs : kProtocolTolerance * std::abs(v));
}

std::pair<double, double> match_bounds(std::size_t k, double v) {
  if (kPerformances[k].direction == Direction::Target) return within_bounds(k, v);
  return {v - kProtocolTolerance * std::abs(v), v + kProtocolTolerance * std::abs(v)};
}

double shortfall(const Specification& spec, const dataset::PerformanceValues& achieved) {
  double worst = 0;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (!spec.given[k] || !spec.values[k]) continue;
    if (!achieved[k] || !std::isfinite(*achieved[k])) return kInf;
    const auto bounds = meet_bounds(spec, k);
    if (in_bounds(bounds, *achieved[k])) continue;  // meets, up to rounding
    const auto [lo, hi] = bounds;
    const double beyond = std::max({lo - *achieved[k], *achieved[k] - hi, 0.0});
    const double scale = kPerformances[k].direction == Direction::Target ? kTargetToleranceAbs / kProtocolTolerance
                                                                          : std::max(std::abs(*spec.values[k]), 1e-300);
    worst = std::max(worst, beyond / scale);
  }
  return worst;
}

}  // namespace inversize::sizing
