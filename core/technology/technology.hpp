// A technology: model files to include, the NMOS/PMOS model names, W/L limits and grid,
// the supply voltage. Loaded from a small JSON file (resources/technology/generic180.json is
// the default; a designer points at their PDK with a file of the same form).
#pragma once

#include <string>
#include <vector>

namespace inversize::technology {

struct ModelFile {
  std::string path;     // absolute
  std::string section;  // for `.lib FILE SECTION`; empty means `.include FILE`
};

struct Technology {
  std::string name;
  std::string description;
  std::string source_file;  // the JSON it came from (absolute), empty if built in code
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

  // `.include`/`.lib` lines for a SPICE deck.
  std::string spice_includes() const;
  // Nearest grid point inside [lo, hi] (grid_m steps).
  double snap_length(double v, double lo, double hi) const;
  double snap_w(double w) const { return snap_length(w, w_min_m, w_max_m); }
  double snap_l(double l) const { return snap_length(l, l_min_m, l_max_m); }
};

// Throws std::runtime_error with the file name and the reason.
Technology load(const std::string& json_path);
Technology load_default();
// Parses JSON text; relative model paths are resolved against base_dir.
Technology from_json_text(const std::string& text, const std::string& base_dir, const std::string& label);
std::string to_json_text(const Technology& t);

}  // namespace inversize::technology
