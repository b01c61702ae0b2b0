#include "structure/report.hpp"

#include <sstream>

namespace inversize::structure {

nlohmann::ordered_json to_json(const Decomposition& d, const circuit::Circuit& c, const std::string& file) {
  nlohmann::ordered_json j;
  j["file"] = file;
  j["devices"] = nlohmann::ordered_json::array();
  for (const auto& dev : d.devices)
    j["devices"].push_back(nlohmann::ordered_json{{"name", dev.name},
                            {"kind", circuit::to_string(dev.kind)},
                            {"function", to_string(dev.function)},
                            {"stage", stage_name(dev.stage)}});
  j["blocks"] = nlohmann::ordered_json::array();
  for (const auto& b : d.blocks) {
    nlohmann::ordered_json names = nlohmann::ordered_json::array();
    for (int dev : b.devices) names.push_back(c.devices[dev].name);
    j["blocks"].push_back(nlohmann::ordered_json{{"id", b.id}, {"structure", b.structure_name}, {"function", to_string(b.function)}, {"devices", names}});
  }
  j["symmetry"] = nlohmann::ordered_json::array();
  for (auto [a, b] : d.symmetry) j["symmetry"].push_back(nlohmann::ordered_json{c.devices[a].name, c.devices[b].name});
  j["warnings"] = d.warnings;
  return j;
}

std::string to_text(const Decomposition& d, const circuit::Circuit& c, const std::string& file) {
  std::ostringstream os;
  os << file << ": " << d.devices.size() << " devices, " << d.blocks.size() << " blocks\n";
  for (const auto& b : d.blocks) {
    os << "  " << b.id << "  " << b.structure_name << ", " << to_string(b.function) << ", "
       << stage_name(b.stage) << (b.stage == kBiasNetwork ? " network" : " stage") << ":";
    for (int dev : b.devices) os << ' ' << c.devices[dev].name;
    os << '\n';
  }
  if (!d.symmetry.empty()) {
    os << "  symmetric:";
    for (auto [a, b] : d.symmetry) os << ' ' << c.devices[a].name << '/' << c.devices[b].name;
    os << '\n';
  }
  for (const auto& w : d.warnings) os << "  warning: " << w << '\n';
  return os.str();
}

}  // namespace inversize::structure
