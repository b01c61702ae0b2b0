#include "technology/technology.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>

#include "common/resources.hpp"
#include "netlist/units.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace inversize::technology {

namespace {

constexpr const char* kDefaultName = "generic180";

std::string num(double v) { return netlist::format_spice_number(v); }

fs::path builtin_dir() { return fs::path(resource_dir()) / "technology"; }

bool is_identifier(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// A library section name: one SPICE token.
bool is_section(const std::string& s) {
  return !s.empty() && std::none_of(s.begin(), s.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '\'';
  });
}

// The numeric fields by their JSON key: read and written from this one list.
constexpr std::pair<const char*, double Technology::*> kNumbers[] = {
    {"vdd_v", &Technology::vdd_v},
    {"w_min_m", &Technology::w_min_m},
    {"w_max_m", &Technology::w_max_m},
    {"l_min_m", &Technology::l_min_m},
    {"l_max_m", &Technology::l_max_m},
    {"grid_m", &Technology::grid_m},
    {"c_min_f", &Technology::c_min_f},
    {"c_max_f", &Technology::c_max_f},
    {"cap_density_f_per_m2", &Technology::cap_density_f_per_m2},
    {"temperature_c", &Technology::temperature_c},
};

void reject_unknown_keys(const json& j, const std::set<std::string>& known, const std::string& where) {
  for (const auto& [key, value] : j.items())
    if (!known.count(key)) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      throw std::runtime_error(where + "unknown key \"" + key + "\" (known: " + list + ")");
    }
}

std::string resolve_model_path(const std::string& path, const std::string& base_dir) {
  fs::path p(path);
  if (p.is_relative()) p = fs::path(base_dir) / p;
  std::error_code ec;
  fs::path canon = fs::weakly_canonical(p, ec);
  std::string out = ec ? p.string() : canon.string();
  if (!fs::exists(out)) throw std::runtime_error("model file not found: " + out);
  return out;
}

// "section": "ff" or ["ff", "mimcap_ff"].
std::vector<std::string> sections_of(const json& v, const std::string& where) {
  std::vector<std::string> out;
  if (v.is_string()) out.push_back(v.get<std::string>());
  else if (v.is_array()) for (const auto& s : v) out.push_back(s.get<std::string>());
  else throw std::runtime_error(where + "\"section\" must be a section name or a list of them");
  if (out.empty()) throw std::runtime_error(where + "\"section\" names no section");
  for (const auto& s : out)
    if (!is_section(s)) throw std::runtime_error(where + "\"" + s + "\" is not a library section name");
  return out;
}

json sections_json(const std::vector<std::string>& s) { return s.size() == 1 ? json(s[0]) : json(s); }

// {"low": 2.97, "nominal": 3.3} -> ascending by value.
std::vector<CornerValue> corner_values(const json& j, const std::string& where, double lo, double hi) {
  if (!j.is_object()) throw std::runtime_error(where + " must be an object of NAME: VALUE");
  std::vector<CornerValue> out;
  for (const auto& [name, v] : j.items()) {
    if (!v.is_number()) throw std::runtime_error(where + "." + name + " must be a number");
    double x = v.get<double>();
    if (!(x > lo && x < hi)) throw std::runtime_error(where + "." + name + " = " + num(x) + " is out of range");
    out.push_back({name, x});
  }
  std::stable_sort(out.begin(), out.end(), [](const CornerValue& a, const CornerValue& b) { return a.value < b.value; });
  return out;
}

json corner_values_json(const std::vector<CornerValue>& v) {
  json j = json::object();
  for (const auto& c : v) j[c.name] = c.value;
  return j;
}

void check_inside(const std::vector<CornerValue>& corners, double nominal, const std::string& what) {
  if (corners.empty()) return;
  if (nominal < corners.front().value - 1e-12 || nominal > corners.back().value + 1e-12)
    throw std::runtime_error(what + " " + num(nominal) + " lies outside its corners (" + num(corners.front().value) +
                             " … " + num(corners.back().value) + ")");
}

Variation variation_from_json(const json& j, const std::string& base_dir) {
  Variation v;
  if (j.contains("corners")) {
    const json& c = j.at("corners");
    if (!c.is_object()) throw std::runtime_error("\"corners\" must be an object");
    reject_unknown_keys(c, {"library", "nominal", "process", "supply_v", "temperature_c"}, "corners: ");
    if (c.contains("library")) v.library = resolve_model_path(c.at("library").get<std::string>(), base_dir);
    std::set<std::string> names;
    for (const auto& p : c.value("process", json::array())) {
      reject_unknown_keys(p, {"name", "section", "description"}, "corners.process: ");
      ProcessCorner pc;
      pc.name = p.at("name").get<std::string>();
      const std::string where = "corners.process \"" + pc.name + "\": ";
      if (!is_section(pc.name)) throw std::runtime_error("corners.process: \"" + pc.name + "\" is not a corner name");
      if (!names.insert(pc.name).second) throw std::runtime_error(where + "named twice");
      if (!p.contains("section")) throw std::runtime_error(where + "missing \"section\"");
      pc.sections = sections_of(p.at("section"), where);
      pc.description = p.value("description", "");
      v.process.push_back(pc);
    }
    if (!v.process.empty() && v.library.empty())
      throw std::runtime_error("corners: process corners need the \"library\" whose sections they name");
    if (c.contains("nominal")) {
      v.nominal = c.at("nominal").get<std::string>();
      if (!v.corner(v.nominal)) throw std::runtime_error("corners: the nominal corner \"" + v.nominal + "\" is not a process corner");
    } else if (!v.process.empty()) {
      v.nominal = v.corner("typical") ? "typical" : v.process.front().name;
    }
    if (c.contains("supply_v")) v.supply_v = corner_values(c.at("supply_v"), "corners.supply_v", 0, 1e3);
    if (c.contains("temperature_c"))
      v.temperature_c = corner_values(c.at("temperature_c"), "corners.temperature_c", -273.15, 1e3);
  }
  if (j.contains("statistical")) {
    const json& s = j.at("statistical");
    if (!s.is_object()) throw std::runtime_error("\"statistical\" must be an object");
    reject_unknown_keys(s, {"section", "global_switch", "mismatch_switch", "description"}, "statistical: ");
    if (s.contains("section")) v.statistical.sections = sections_of(s.at("section"), "statistical: ");
    v.statistical.global_switch = s.value("global_switch", "");
    v.statistical.mismatch_switch = s.value("mismatch_switch", "");
    v.statistical.description = s.value("description", "");
    for (const auto* sw : {&v.statistical.global_switch, &v.statistical.mismatch_switch})
      if (!sw->empty() && !is_identifier(*sw))
        throw std::runtime_error("statistical: \"" + *sw + "\" is not a parameter name");
    if (!v.statistical.sections.empty() && v.library.empty())
      throw std::runtime_error("statistical: its \"section\" needs corners.library");
    if (!v.statistical.present()) throw std::runtime_error("statistical: names no section and no switch");
  }
  if (j.contains("mismatch")) {
    const json& m = j.at("mismatch");
    if (!m.is_object()) throw std::runtime_error("\"mismatch\" must be an object");
    reject_unknown_keys(m, {"nmos", "pmos", "source"}, "mismatch: ");
    auto pelgrom = [&](const char* polarity) -> std::optional<Pelgrom> {
      if (!m.contains(polarity)) return std::nullopt;
      const json& p = m.at(polarity);
      const std::string where = std::string("mismatch.") + polarity + ": ";
      reject_unknown_keys(p, {"avt_mv_um", "abeta_pct_um"}, where);
      Pelgrom out;
      if (!p.contains("avt_mv_um")) throw std::runtime_error(where + "missing \"avt_mv_um\"");
      out.avt_mv_um = p.at("avt_mv_um").get<double>();
      out.abeta_pct_um = p.value("abeta_pct_um", 0.0);
      if (!(out.avt_mv_um > 0 && out.avt_mv_um < 1e3) || !(out.abeta_pct_um >= 0 && out.abeta_pct_um < 1e3))
        throw std::runtime_error(where + "A_VT must be positive (mV·µm), A_beta not negative (%·µm)");
      return out;
    };
    v.mismatch.nmos = pelgrom("nmos");
    v.mismatch.pmos = pelgrom("pmos");
    v.mismatch.source = m.value("source", "");
    if (!v.mismatch.present()) throw std::runtime_error("mismatch: gives neither nmos nor pmos coefficients");
  }
  return v;
}

json variation_json(const Variation& v, const std::function<std::string(const std::string&)>& path) {
  json out = json::object();
  if (!v.library.empty() || !v.supply_v.empty() || !v.temperature_c.empty()) {
    json c = json::object();
    if (!v.library.empty()) c["library"] = path(v.library);
    if (!v.process.empty()) {
      c["nominal"] = v.nominal;
      json p = json::array();
      for (const auto& pc : v.process) {
        json e = {{"name", pc.name}, {"section", sections_json(pc.sections)}};
        if (!pc.description.empty()) e["description"] = pc.description;
        p.push_back(e);
      }
      c["process"] = p;
    }
    if (!v.supply_v.empty()) c["supply_v"] = corner_values_json(v.supply_v);
    if (!v.temperature_c.empty()) c["temperature_c"] = corner_values_json(v.temperature_c);
    out["corners"] = c;
  }
  if (v.statistical.present()) {
    json s = json::object();
    if (!v.statistical.sections.empty()) s["section"] = sections_json(v.statistical.sections);
    if (!v.statistical.global_switch.empty()) s["global_switch"] = v.statistical.global_switch;
    if (!v.statistical.mismatch_switch.empty()) s["mismatch_switch"] = v.statistical.mismatch_switch;
    if (!v.statistical.description.empty()) s["description"] = v.statistical.description;
    out["statistical"] = s;
  }
  if (v.mismatch.present()) {
    json m = json::object();
    for (auto [key, p] : {std::pair{"nmos", &v.mismatch.nmos}, std::pair{"pmos", &v.mismatch.pmos}})
      if (*p) m[key] = {{"avt_mv_um", (*p)->avt_mv_um}, {"abeta_pct_um", (*p)->abeta_pct_um}};
    if (!v.mismatch.source.empty()) m["source"] = v.mismatch.source;
    out["mismatch"] = m;
  }
  return out;
}

}  // namespace

std::string Technology::spice_includes(const ModelSelection& selection) const {
  std::string out;
  for (const auto& f : model_files) {
    if (f.section.empty())
      out += ".include \"" + f.path + "\"\n";
    else
      out += ".lib \"" + f.path + "\" " + f.section + "\n";
  }
  const Statistical& stat = variation.statistical;
  std::vector<std::string> sections;
  if (selection.statistical) {
    if (!stat.present()) throw std::invalid_argument(name + " describes no statistical models");
    if ((selection.global && stat.global_switch.empty()) || (selection.mismatch && stat.mismatch_switch.empty()))
      throw std::invalid_argument(name + " has no switch for " + (selection.global ? "global variation" : "mismatch"));
    sections = stat.sections;
    if (sections.empty() && variation.corner(variation.nominal)) sections = variation.corner(variation.nominal)->sections;
  } else if (!selection.process.empty() || !variation.nominal.empty()) {
    const std::string wanted = selection.process.empty() ? variation.nominal : selection.process;
    const ProcessCorner* c = variation.corner(wanted);
    if (!c) {
      std::string list;
      for (const auto& p : variation.process) list += (list.empty() ? "" : ", ") + p.name;
      throw std::invalid_argument(name + " has no process corner '" + wanted + "'" +
                                  (list.empty() ? std::string(" (it describes none)") : " (corners: " + list + ")"));
    }
    sections = c->sections;
  }
  for (const auto& s : sections) out += ".lib \"" + variation.library + "\" " + s + "\n";
  // Parameters come after the libraries: ngspice keeps the last definition. The statistical
  // switches are always written, off unless asked for, so a nominal run is deterministic
  // whatever the PDK's own defaults are.
  std::map<std::string, double> params = parameters;
  if (!stat.global_switch.empty()) params[stat.global_switch] = selection.statistical && selection.global ? 1 : 0;
  if (!stat.mismatch_switch.empty()) params[stat.mismatch_switch] = selection.statistical && selection.mismatch ? 1 : 0;
  if (!params.empty()) {
    out += ".param";
    for (const auto& [k, v] : params) out += " " + k + "=" + num(v);
    out += "\n";
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
    std::set<std::string> known{"name",       "description", "builtin",     "model_files", "nmos_model",
                                "pmos_model", "parameters",  "corners",     "statistical", "mismatch",
                                "sources"};
    for (const auto& [key, field] : kNumbers) known.insert(key);
    reject_unknown_keys(j, known, "");
    t.name = j.value("name", fs::path(label).stem().string());
    t.description = j.value("description", "");
    t.builtin = j.value("builtin", "");
    // A built-in's files are found in the resources of the running program, wherever the
    // project that names it was made.
    const std::string dir = t.builtin.empty() ? base_dir : builtin_dir().string();
    for (const char* key : {"nmos_model", "pmos_model"})
      if (!j.contains(key)) throw std::runtime_error(std::string("missing \"") + key + "\"");
    t.nmos_model = j.at("nmos_model").get<std::string>();
    t.pmos_model = j.at("pmos_model").get<std::string>();
    for (const auto& [key, field] : kNumbers)
      if (j.contains(key)) t.*field = j.at(key).get<double>();
    for (const auto& f : j.value("model_files", json::array())) {
      ModelFile m;
      if (f.is_string()) {
        m.path = f.get<std::string>();
      } else {
        m.path = f.at("path").get<std::string>();
        m.section = f.value("section", "");
      }
      m.path = resolve_model_path(m.path, dir);
      t.model_files.push_back(m);
    }
    for (const auto& [k, v] : j.value("parameters", json::object()).items()) {
      if (!is_identifier(k)) throw std::runtime_error("parameters: \"" + k + "\" is not a parameter name");
      t.parameters[k] = v.get<double>();
    }
    t.variation = variation_from_json(j, dir);
    for (const auto& f : t.model_files)
      if (f.path == t.variation.library)
        throw std::runtime_error("the corner library " + f.path + " is also in model_files: it would be read twice");
  } catch (const json::exception& e) {
    throw std::runtime_error(label + ": " + e.what());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(label + ": " + e.what());
  }
  if (!(t.w_min_m > 0 && t.w_min_m < t.w_max_m && t.l_min_m > 0 && t.l_min_m < t.l_max_m))
    throw std::runtime_error(label + ": W and L limits must satisfy 0 < min < max");
  if (!(t.grid_m >= 0 && t.grid_m < t.w_min_m)) throw std::runtime_error(label + ": grid_m must lie in [0, w_min_m)");
  if (!(t.c_min_f > 0 && t.c_min_f < t.c_max_f)) throw std::runtime_error(label + ": capacitor limits must satisfy 0 < min < max");
  if (!(t.vdd_v > 0)) throw std::runtime_error(label + ": vdd_v must be positive");
  try {
    check_inside(t.variation.supply_v, t.vdd_v, "vdd_v");
    check_inside(t.variation.temperature_c, t.temperature_c, "temperature_c");
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(label + ": " + e.what());
  }
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
  std::error_code ec;
  if (fs::equivalent(abs.parent_path(), builtin_dir(), ec)) t.builtin = abs.stem().string();
  return t;
}

Technology load_default() { return load(resource_path(std::string("technology/") + kDefaultName + ".json")); }

std::vector<std::string> builtin_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(builtin_dir()))
    if (e.is_regular_file() && e.path().extension() == ".json") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return (a == kDefaultName) != (b == kDefaultName) ? a == kDefaultName : a < b;
  });
  return names;
}

Technology load_named(const std::string& spec) {
  if (spec.empty()) return load_default();
  std::string name = spec.rfind("builtin:", 0) == 0 ? spec.substr(8) : spec;
  const auto names = builtin_names();
  if (std::find(names.begin(), names.end(), name) != names.end())
    return load((builtin_dir() / (name + ".json")).string());
  if (name == spec && fs::is_regular_file(spec)) return load(spec);
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  throw std::runtime_error("unknown technology '" + spec + "': give a built-in (" + list + ") or a technology JSON file");
}

std::string to_json_text(const Technology& t) {
  // A built-in's paths are written relative to its folder, so the project travels.
  const fs::path base = t.builtin.empty() ? fs::path() : builtin_dir();
  auto path = [&](const std::string& p) {
    if (base.empty()) return p;
    std::error_code ec;
    auto rel = fs::relative(p, base, ec);
    return ec || rel.empty() ? p : rel.string();
  };
  json j;
  j["name"] = t.name;
  j["description"] = t.description;
  if (!t.builtin.empty()) j["builtin"] = t.builtin;
  j["nmos_model"] = t.nmos_model;
  j["pmos_model"] = t.pmos_model;
  for (const auto& [key, field] : kNumbers) j[key] = t.*field;
  json files = json::array();
  for (const auto& f : t.model_files) files.push_back({{"path", path(f.path)}, {"section", f.section}});
  j["model_files"] = files;
  if (!t.parameters.empty()) j["parameters"] = t.parameters;
  j.update(variation_json(t.variation, path));
  return j.dump(2);
}

}  // namespace inversize::technology
