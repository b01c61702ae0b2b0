#include "robustness/yield_json.hpp"

#include <cmath>

namespace inversize::robustness {

namespace {

using nlohmann::json;

json number(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json measured(const simulation::Measured& m) { return m.value && std::isfinite(*m.value) ? json(*m.value) : json(nullptr); }

// The given performances of one simulation, and whether it meets them all.
json given_values(const simulation::SimulationResult& r, const sizing::Specification& spec, bool meets) {
  json j = json::object();
  for (std::size_t i = 0; i < kPerformanceCount; ++i)
    if (spec.given[i]) j[std::string(kPerformances[i].key)] = measured(r.performances[i]);
  j["meets"] = meets;
  if (!r.ok()) j["error"] = r.error;
  return j;
}

}  // namespace

json yield_json(const YieldResult& r, const sizing::Specification& spec) {
  json j;
  j["yield"] = r.runs > 0 ? json(r.yield.value) : json(nullptr);
  j["ci95"] = r.runs > 0 ? json::array({r.yield.lo, r.yield.hi}) : json(nullptr);
  j["runs"] = r.runs;
  j["meeting"] = r.yield.k;
  j["failed"] = json::array();
  for (const auto& f : r.failed) j["failed"].push_back({{"run", f.run}, {"reason", f.reason}});
  j["per_performance"] = json::object();
  for (const auto& s : r.per_performance) {
    json p = {{"mean", number(s.mean)},
              {"std", number(s.std)},
              {"yield", r.runs > 0 ? json(s.meeting.value) : json(nullptr)},
              {"nominal", number(s.nominal)},
              {"measured", s.measured}};
    if (!s.worst_corner.empty()) p["worst_corner"] = {{"name", s.worst_corner}, {"value", number(s.worst_value)}};
    j["per_performance"][std::string(kPerformances[s.performance].key)] = p;
  }
  j["corners"] = json::object();
  for (const auto& c : r.corners) j["corners"][c.corner.name] = given_values(c.result, spec, c.meets);
  j["limiting"] = r.limiting ? json(std::string(kPerformances[*r.limiting].key)) : json(nullptr);
  j["nominal"] = given_values(r.nominal, spec, r.nominal_meets);
  j["varied"] = {{"global", r.global}, {"mismatch", r.mismatch}};
  j["benches"] = r.ac_only ? "ac" : "all";
  j["notes"] = r.notes;
  if (r.outcome.is_cancelled()) j["cancelled"] = true;
  return j;
}

}  // namespace inversize::robustness
