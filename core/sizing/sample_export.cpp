#include "sizing/sample_export.hpp"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "common/engineering.hpp"
#include "simulation/conditions.hpp"

namespace inversize::sizing {

namespace {

bool comment_or_blank(const std::string& line) {
  const auto at = line.find_first_not_of(" \t\r");
  return at == std::string::npos || line[at] == '*';
}

// "70.3 dB", "16.01 MHz"; SI prefixes only for SI units ("1010 um^2", not "1.01 kum^2").
std::string quantity(std::size_t k, double v) {
  const std::string unit(kPerformances[k].unit);
  if (unit == "Hz" || unit == "W" || unit == "V" || unit == "V/us") return si_format(v, unit);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.4g %s", v, unit.c_str());
  return buf;
}

// "gain_db 70.3 dB"
std::string value_text(std::size_t k, double v) { return std::string(kPerformances[k].key) + " " + quantity(k, v); }

std::string circuit_name(const std::string& source) {
  std::string name = source.rfind("builtin:", 0) == 0 ? source.substr(8) : std::filesystem::path(source).stem().string();
  return name.empty() ? std::string("circuit") : name;
}

// Comment lines of at most about 100 characters: `first` then the items, comma-separated.
void wrapped(std::vector<std::string>& out, const std::string& first, const std::vector<std::string>& items) {
  std::string line = first;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string item = items[i] + (i + 1 < items.size() ? "," : "");
    if (line.size() + item.size() > 100 && line.size() > 4) out.push_back(line), line = "*  ";
    line += " " + item;
  }
  out.push_back(line);
}

}  // namespace

std::string exported_netlist(const InverseSizer& sizer, const SampledSizing& sizing, const Specification& spec,
                             const ExportNote& note) {
  const std::string text = sizer.sized_netlist(sizing.x);
  // The one `* inversize:` line (sized_netlist merged them) moves into the header.
  std::vector<std::string> lines;
  std::string conditions;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (simulation::conditions_comment(line)) conditions = line;
    else lines.push_back(line);

  std::vector<std::string> out;
  std::size_t body = 0;
  if (sizer.deck().has_title && !lines.empty() && !comment_or_blank(lines[0])) out.push_back(lines[body++]);
  while (body < lines.size() && comment_or_blank(lines[body])) ++body;

  const auto& setup = sizer.project().setup();
  std::string first = "* " + circuit_name(setup.circuit_source) + ": ";
  first += note.sample > 0 ? "sample " + std::to_string(note.sample) : std::string("a sizing");
  first += " exported by InverSize " + note.version + " on " + note.date;
  out.push_back(first);
  out.push_back("* Netlist " + setup.circuit_source + " with the sizes of this sizing; its original header is replaced.");
  out.push_back("* Technology " + setup.technology.name + ".");
  std::vector<std::string> asked;
  for (std::size_t k = 0; k < kPerformanceCount; ++k) {
    if (!spec.given[k] || !spec.values[k]) continue;
    const char* op = kPerformances[k].direction == Direction::Maximize   ? " >= "
                     : kPerformances[k].direction == Direction::Minimize ? " <= "
                                                                         : " = ";
    asked.push_back(std::string(kPerformances[k].key) + op + quantity(k, *spec.values[k]));
  }
  if (asked.empty()) out.push_back("* Specification: none given.");
  else wrapped(out, "* Specification (met " + tolerance_text(spec) + "):", asked);
  const auto& sim = sizing.simulation;
  if (!sizing.verified) {
    out.push_back("* Not verified: this sizing was not simulated.");
  } else if (!sim.simulated) {
    out.push_back("* Verification failed: " + (sim.failure.empty() ? std::string("the simulation did not finish") : sim.failure));
  } else {
    std::vector<std::string> measured;
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      if (sim.performances[k]) measured.push_back(value_text(k, *sim.performances[k]));
    std::string verdict = sizing.meets ? "meets the specification" : "does not meet the specification";
    verdict += sim.feasible ? ", keeps every sizing rule" : ", breaks sizing rules" + (sim.failure.empty() ? "" : " (" + sim.failure + ")");
    out.push_back("* Verified with ngspice at the conditions below: " + verdict + ".");
    wrapped(out, "* Performances:", measured);
  }
  if (!conditions.empty()) out.push_back(conditions);
  out.push_back("*");
  out.insert(out.end(), lines.begin() + static_cast<std::ptrdiff_t>(body), lines.end());

  std::string result;
  for (const auto& l : out) result += l + "\n";
  return result;
}

std::string suggested_netlist_name(const std::string& circuit_source, int sample) {
  return circuit_name(circuit_source) + "_sized_" + std::to_string(sample) + ".cir";
}

std::string today_iso() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

std::string samples_csv(const dataset::DesignSpace& space, const std::vector<SampledSizing>& samples) {
  std::string csv = "sample,origin,verified,meets";
  for (const auto& v : space.variables) csv += "," + v.name;
  for (const auto& p : kPerformances) csv += "," + std::string(p.key);
  csv += "\n";
  char buf[40];
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const auto& s = samples[i];
    const std::string origin = s.retry_of ? "retry of " + std::to_string(*s.retry_of + 1) : s.from_archive ? "archive" : "drawn";
    csv += std::to_string(i + 1) + "," + origin + "," + (s.verified ? "1" : "0") + "," + (s.meets ? "1" : "0");
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
