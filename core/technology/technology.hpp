// A technology: model files to include, the NMOS/PMOS model names, W/L limits and grid,
// the supply voltage, and its variation (corners, statistical models, mismatch). Loaded from a
// small JSON file: the built-ins live in resources/technology/ (generic180 is the default,
// gf180mcu the GlobalFoundries PDK); a designer points at their PDK with a file of the same form.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "technology/variation.hpp"

namespace inversize::technology {

struct ModelFile {
  std::string path;     // absolute
  std::string section;  // for `.lib FILE SECTION`; empty means `.include FILE`
};

// Which models a deck uses: a process corner (empty: the nominal one), or the statistical
// library with global variation and mismatch switched on or off.
struct ModelSelection {
  std::string process;
  bool statistical = false;
  bool global = false;
  bool mismatch = false;
};

struct Technology {
  std::string name;
  std::string description;
  std::string source_file;  // the JSON it came from (absolute), empty if built in code
  std::string builtin;      // the built-in's name when it is one (its files move with the resources)
  std::vector<ModelFile> model_files;
  std::string nmos_model;
  std::string pmos_model;
  double vdd_v = 1.8;
  double w_min_m = 0.22e-6, w_max_m = 200e-6;
  double l_min_m = 0.18e-6, l_max_m = 10e-6;
  double grid_m = 10e-9;
  double c_min_f = 0.1e-12, c_max_f = 20e-12;
  double cap_density_f_per_m2 = 1e-3;  // for the area of capacitors
  double temperature_c = 27;
  std::map<std::string, double> parameters;  // `.param NAME=VALUE` after the model files
  Variation variation;

  // `.include`/`.lib`/`.param` lines for a SPICE deck; the nominal corner by default.
  // Throws std::invalid_argument for a corner the technology does not have, or statistical
  // models it does not describe.
  std::string spice_includes(const ModelSelection& selection = {}) const;
  // Nearest grid point inside [lo, hi] (grid_m steps).
  double snap_length(double v, double lo, double hi) const;
  double snap_w(double w) const { return snap_length(w, w_min_m, w_max_m); }
  double snap_l(double l) const { return snap_length(l, l_min_m, l_max_m); }
};

// The help of every --tech option.
inline constexpr const char* kTechOptionHelp =
    "technology: a built-in (generic180, gf180mcu) or a JSON file (default: the built-in whose models the "
    "netlist uses, else generic180)";

// Throws std::runtime_error with the file name and the reason.
Technology load(const std::string& json_path);
Technology load_default();
// The built-in technologies (resources/technology/*.json), by name; the default first.
std::vector<std::string> builtin_names();
// What --tech takes: empty (the default), a built-in name (also written builtin:NAME) or a
// technology JSON file. Throws std::runtime_error naming the built-ins for anything else.
Technology load_named(const std::string& spec);
// Parses JSON text; relative model paths are resolved against base_dir (against the built-in
// folder when the text names a built-in).
Technology from_json_text(const std::string& text, const std::string& base_dir, const std::string& label);
std::string to_json_text(const Technology& t);

}  // namespace inversize::technology
