#include "technology/technology.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "common/resources.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace inversize::technology {

std::string Technology::spice_includes() const {
  std::string out;
  for (const auto& f : model_files) {
    if (f.section.empty())
      out += ".include \"" + f.path + "\"\n";
    else
      out += ".lib \"" + f.path + "\" " + f.section + "\n";
  }
  return out;
}

double Technology::snap_length(double v, double lo, double hi) const {
  if (!std::isfinite(v)) v = lo;
  v = std::clamp(v, lo, hi);
  if (grid_m > 0) {
    v = std::round(v / grid_m) * grid_m;
    // Stay inside the limits after rounding.
    if (v < lo - 1e-15) v += grid_m;
    if (v > hi + 1e-15) v -= grid_m;
  }
  return v;
}

Technology from_json_text(const std::string& text, const std::string& base_dir, const std::string& label) {
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    throw std::runtime_error(label + ": not valid JSON: " + e.what());
  }
  if (!j.is_object()) throw std::runtime_error(label + ": a technology file must hold a JSON object");
  Technology t;
  try {
    t.name = j.value("name", fs::path(label).stem().string());
    t.description = j.value("description", "");
    for (const char* key : {"nmos_model", "pmos_model"})
      if (!j.contains(key)) throw std::runtime_error(std::string("missing \"") + key + "\"");
    t.nmos_model = j.at("nmos_model").get<std::string>();
    t.pmos_model = j.at("pmos_model").get<std::string>();
    auto num = [&](const char* key, double& field) {
      if (j.contains(key)) field = j.at(key).get<double>();
    };
    num("vdd_v", t.vdd_v);
    num("w_min_m", t.w_min_m);
    num("w_max_m", t.w_max_m);
    num("l_min_m", t.l_min_m);
    num("l_max_m", t.l_max_m);
    num("grid_m", t.grid_m);
    num("c_min_f", t.c_min_f);
    num("c_max_f", t.c_max_f);
    num("cap_density_f_per_m2", t.cap_density_f_per_m2);
    num("temperature_c", t.temperature_c);
    for (const auto& f : j.value("model_files", json::array())) {
      ModelFile m;
      if (f.is_string()) {
        m.path = f.get<std::string>();
      } else {
        m.path = f.at("path").get<std::string>();
        m.section = f.value("section", "");
      }
      fs::path p(m.path);
      if (p.is_relative()) p = fs::path(base_dir) / p;
      std::error_code ec;
      fs::path canon = fs::weakly_canonical(p, ec);
      m.path = ec ? p.string() : canon.string();
      if (!fs::exists(m.path)) throw std::runtime_error("model file not found: " + m.path);
      t.model_files.push_back(m);
    }
  } catch (const json::exception& e) {
    throw std::runtime_error(label + ": " + e.what());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(label + ": " + e.what());
  }
  if (!(t.w_min_m > 0 && t.w_min_m < t.w_max_m && t.l_min_m > 0 && t.l_min_m < t.l_max_m))
    throw std::runtime_error(label + ": W and L limits must satisfy 0 < min < max");
  if (!(t.vdd_v > 0)) throw std::runtime_error(label + ": vdd_v must be positive");
  return t;
}

Technology load(const std::string& json_path) {
  std::ifstream in(json_path);
  if (!in) throw std::runtime_error(json_path + ": cannot open technology file");
  std::stringstream ss;
  ss << in.rdbuf();
  fs::path abs = fs::absolute(json_path);
  Technology t = from_json_text(ss.str(), abs.parent_path().string(), json_path);
  t.source_file = abs.string();
  return t;
}

Technology load_default() { return load(resource_path("technology/generic180.json")); }

std::string to_json_text(const Technology& t) {
  json j;
  j["name"] = t.name;
  j["description"] = t.description;
  j["nmos_model"] = t.nmos_model;
  j["pmos_model"] = t.pmos_model;
  j["vdd_v"] = t.vdd_v;
  j["w_min_m"] = t.w_min_m;
  j["w_max_m"] = t.w_max_m;
  j["l_min_m"] = t.l_min_m;
  j["l_max_m"] = t.l_max_m;
  j["grid_m"] = t.grid_m;
  j["c_min_f"] = t.c_min_f;
  j["c_max_f"] = t.c_max_f;
  j["cap_density_f_per_m2"] = t.cap_density_f_per_m2;
  j["temperature_c"] = t.temperature_c;
  json files = json::array();
  for (const auto& f : t.model_files) files.push_back({{"path", f.path}, {"section", f.section}});
  j["model_files"] = files;
  return j.dump(2);
}

}  // namespace inversize::technology
