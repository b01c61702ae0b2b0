#include "sizing/sample_export.hpp"

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace inversize::sizing {

std::string samples_csv(const dataset::DesignSpace& space, const std::vector<SampledSizing>& samples) {
  std::string csv = "sample,verified,meets";
  for (const auto& v : space.variables) csv += "," + v.name;
  for (const auto& p : kPerformances) csv += "," + std::string(p.key);
  csv += "\n";
  char buf[40];
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const auto& s = samples[i];
    csv += std::to_string(i + 1) + "," + (s.verified ? "1" : "0") + "," + (s.meets ? "1" : "0");
    for (double x : s.x) std::snprintf(buf, sizeof buf, ",%.10g", x), csv += buf;
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      const auto& v = s.simulation.performances[k];
      if (s.verified && v) std::snprintf(buf, sizeof buf, ",%.10g", *v), csv += buf;
      else csv += ",";
    }
    csv += "\n";
  }
  return csv;
}

nlohmann::json specification_json(const Specification& spec, bool filled) {
  nlohmann::json j = nlohmann::json::object();
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    if (spec.given[k] && spec.values[k]) j[std::string(kPerformances[k].key)] = *spec.values[k];
  if (filled) {
    nlohmann::json f = nlohmann::json::object();
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      if (!spec.given[k] && spec.values[k]) f[std::string(kPerformances[k].key)] = *spec.values[k];
    j["filled"] = f;
    j["filled_from"] = spec.filled_from ? nlohmann::json(*spec.filled_from) : nlohmann::json(nullptr);
  }
  return j;
}

void write_text_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!(out << text)) throw std::runtime_error(path + ": cannot write");
}

}  // namespace inversize::sizing
