#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "technology/technology.hpp"
#include "thrown_message.hpp"

using namespace inversize::technology;
namespace fs = std::filesystem;

TEST(Technology, DefaultIsA180nmProcessAt1V8) {
  Technology t = load_default();
  EXPECT_EQ(t.nmos_model, "nch");
  EXPECT_EQ(t.pmos_model, "pch");
  EXPECT_DOUBLE_EQ(t.vdd_v, 1.8);
  EXPECT_NEAR(t.l_min_m, 0.18e-6, 1e-12);
  ASSERT_FALSE(t.model_files.empty());
  EXPECT_TRUE(fs::exists(t.model_files[0].path));
  EXPECT_NE(t.spice_includes().find(".include"), std::string::npos);
}

TEST(Technology, SnapsToGridAndLimits) {
  Technology t;
  t.grid_m = 10e-9;
  EXPECT_NEAR(t.snap_w(1.234e-6), 1.23e-6, 1e-15);
  EXPECT_NEAR(t.snap_w(1e-9), t.w_min_m, 1e-15);
  EXPECT_NEAR(t.snap_l(1.0), t.l_max_m, 1e-15);
}

TEST(Technology, UserPdkFileWithLibSection) {
  auto dir = fs::temp_directory_path() / "inversize_tech_test";
  fs::create_directories(dir);
  std::ofstream(dir / "pdk.lib") << ".lib tt\n.model n nmos level=8\n.endl tt\n";
  std::ofstream(dir / "pdk.json") << R"({"name": "mypdk", "model_files": [{"path": "pdk.lib", "section": "tt"}],
    "nmos_model": "n", "pmos_model": "p", "vdd_v": 3.3, "l_min_m": 0.35e-6})";
  Technology t = load((dir / "pdk.json").string());
  EXPECT_EQ(t.name, "mypdk");
  EXPECT_DOUBLE_EQ(t.vdd_v, 3.3);
  EXPECT_EQ(t.model_files.at(0).section, "tt");
  EXPECT_NE(t.spice_includes().find(".lib \"" + (dir / "pdk.lib").string() + "\" tt"), std::string::npos);
}

TEST(Technology, BadFilesGiveClearMessages) {
  auto dir = fs::temp_directory_path() / "inversize_tech_test";
  fs::create_directories(dir);
  std::ofstream(dir / "broken.json") << "{ not json";
  std::ofstream(dir / "nomodel.json") << R"({"pmos_model": "p"})";
  std::ofstream(dir / "missingfile.json") << R"({"nmos_model": "n", "pmos_model": "p", "model_files": ["nope.lib"]})";
  auto message = [](const fs::path& p) {
    try {
      load(p.string());
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_NE(message(dir / "broken.json").find("not valid JSON"), std::string::npos);
  EXPECT_NE(message(dir / "nomodel.json").find("nmos_model"), std::string::npos);
  EXPECT_NE(message(dir / "missingfile.json").find("model file not found"), std::string::npos);
  EXPECT_NE(message(dir / "absent.json").find("cannot open"), std::string::npos);
}

namespace {
// A scratch folder with a corner library and a technology file written from `json`.
fs::path write_pdk(const std::string& name, const std::string& json) {
  auto dir = fs::temp_directory_path() / ("inversize_tech_variation_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "corners.lib") << ".lib tt\n.endl tt\n.lib ff\n.endl ff\n.lib mc\n.endl mc\n";
  std::ofstream(dir / "params.inc") << ".param sw_g=1 sw_m=1\n";
  std::ofstream(dir / (name + ".json")) << json;
  return dir / (name + ".json");
}

std::string load_error(const fs::path& p) {
  try {
    load(p.string());
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return {};
}

constexpr const char* kVariationPdk = R"({"name": "var", "nmos_model": "n", "pmos_model": "p", "vdd_v": 3.3,
  "temperature_c": 25, "model_files": ["params.inc"],
  "corners": {"library": "corners.lib", "nominal": "tt",
              "process": [{"name": "tt", "section": "tt"}, {"name": "ff", "section": ["ff", "tt"], "description": "fast"}],
              "supply_v": {"high": 3.6, "low": 3.0, "nom": 3.3}, "temperature_c": {"hot": 125, "cold": -40}},
  "statistical": {"section": "mc", "global_switch": "sw_g", "mismatch_switch": "sw_m"},
  "mismatch": {"nmos": {"avt_mv_um": 5, "abeta_pct_um": 1}, "source": "hand"}})";
}  // namespace

TEST(TechnologyVariation, CornersStatisticsAndMismatchAreParsed) {
  Technology t = load(write_pdk("var", kVariationPdk).string());
  const auto& v = t.variation;
  ASSERT_EQ(v.process.size(), 2u);
  EXPECT_EQ(v.nominal, "tt");
  EXPECT_EQ(v.corner("ff")->sections, (std::vector<std::string>{"ff", "tt"}));
  EXPECT_EQ(v.corner("ff")->description, "fast");
  // Supply and temperature corners come sorted by value, whatever the order in the file.
  ASSERT_EQ(v.supply_v.size(), 3u);
  EXPECT_EQ(v.supply_v.front().name, "low");
  EXPECT_DOUBLE_EQ(v.supply_v.back().value, 3.6);
  EXPECT_EQ(v.temperature_c.front().name, "cold");
  EXPECT_EQ(v.statistical.sections, std::vector<std::string>{"mc"});
  EXPECT_EQ(v.statistical.global_switch, "sw_g");
  ASSERT_TRUE(v.mismatch.nmos);
  EXPECT_DOUBLE_EQ(v.mismatch.nmos->avt_mv_um, 5);
  EXPECT_FALSE(v.mismatch.pmos);
}

TEST(TechnologyVariation, IncludesSelectTheCornerAndSwitchStatisticsOffByDefault) {
  Technology t = load(write_pdk("var", kVariationPdk).string());
  const std::string lib = ".lib \"" + t.variation.library + "\" ";
  const std::string nominal = t.spice_includes();
  // The model files first, the corner's sections, then the switches, off: ngspice keeps the
  // last .param, so a nominal run is deterministic whatever the PDK's defaults say.
  EXPECT_EQ(nominal, ".include \"" + t.model_files[0].path + "\"\n" + lib + "tt\n.param sw_g=0 sw_m=0\n");
  EXPECT_EQ(t.spice_includes({.process = "ff"}), ".include \"" + t.model_files[0].path + "\"\n" + lib + "ff\n" + lib +
                                                     "tt\n.param sw_g=0 sw_m=0\n");
  const std::string mc = t.spice_includes({.statistical = true, .global = true});
  EXPECT_NE(mc.find(lib + "mc\n.param sw_g=1 sw_m=0\n"), std::string::npos) << mc;
  EXPECT_NE(t.spice_includes({.statistical = true, .mismatch = true}).find("sw_g=0 sw_m=1"), std::string::npos);
  EXPECT_THROW(t.spice_includes({.process = "ss"}), std::invalid_argument);
  // A technology without variation has no corner to select.
  EXPECT_THROW(load_default().spice_includes({.process = "ff"}), std::invalid_argument);
  EXPECT_THROW(load_default().spice_includes({.statistical = true}), std::invalid_argument);
}

TEST(TechnologyVariation, SurvivesTheProjectFileRoundTrip) {
  Technology t = load(write_pdk("var", kVariationPdk).string());
  Technology back = from_json_text(to_json_text(t), "/nonexistent", "stored");
  EXPECT_EQ(back.variation.library, t.variation.library);
  ASSERT_EQ(back.variation.process.size(), 2u);
  EXPECT_EQ(back.variation.corner("ff")->sections, t.variation.corner("ff")->sections);
  EXPECT_EQ(back.variation.supply_v.front().name, "low");
  EXPECT_EQ(back.variation.statistical.mismatch_switch, "sw_m");
  EXPECT_DOUBLE_EQ(back.variation.mismatch.nmos->abeta_pct_um, 1);
  EXPECT_EQ(back.spice_includes(), t.spice_includes());
}

TEST(TechnologyVariation, MistakesAreNamed) {
  auto with = [](const std::string& name, const std::string& extra) {
    return write_pdk(name, R"({"nmos_model": "n", "pmos_model": "p", "vdd_v": 3.3, )" + extra + "}");
  };
  EXPECT_NE(load_error(with("typo", R"("corner": {})")).find("unknown key \"corner\""), std::string::npos);
  EXPECT_NE(load_error(with("nolib", R"("corners": {"process": [{"name": "tt", "section": "tt"}]})")).find("library"),
            std::string::npos);
  EXPECT_NE(load_error(with("nominal", R"("corners": {"library": "corners.lib", "nominal": "ss",
              "process": [{"name": "tt", "section": "tt"}]})"))
                .find("nominal corner \"ss\""),
            std::string::npos);
  EXPECT_NE(load_error(with("twice", R"("corners": {"library": "corners.lib",
              "process": [{"name": "tt", "section": "tt"}, {"name": "tt", "section": "ff"}]})"))
                .find("named twice"),
            std::string::npos);
  EXPECT_NE(load_error(with("nosection", R"("corners": {"library": "corners.lib", "process": [{"name": "tt"}]})"))
                .find("missing \"section\""),
            std::string::npos);
  EXPECT_NE(load_error(with("supply", R"("corners": {"supply_v": {"low": 3.4, "high": 3.6}})")).find("vdd_v 3.3 lies outside"),
            std::string::npos);
  EXPECT_NE(load_error(with("switch", R"("statistical": {"global_switch": "sw g"})")).find("not a parameter name"),
            std::string::npos);
  EXPECT_NE(load_error(with("avt", R"("mismatch": {"pmos": {"avt_mv_um": -1}})")).find("A_VT must be positive"),
            std::string::npos);
  EXPECT_NE(load_error(with("double", R"("model_files": ["corners.lib"], "corners": {"library": "corners.lib"})"))
                .find("read twice"),
            std::string::npos);
  // The first process corner is the nominal one when none is named, "typical" if there is one.
  Technology t = load(with("first", R"("corners": {"library": "corners.lib",
              "process": [{"name": "slow", "section": "ff"}, {"name": "typical", "section": "tt"}]})")
                          .string());
  EXPECT_EQ(t.variation.nominal, "typical");
}

TEST(TechnologyBuiltins, TechTakesABuiltinNameOrAFile) {
  const auto names = builtin_names();
  ASSERT_GE(names.size(), 2u);
  EXPECT_EQ(names.front(), "generic180");  // the default first
  EXPECT_NE(std::find(names.begin(), names.end(), "gf180mcu"), names.end());
  EXPECT_EQ(load_named("").name, "generic180");
  EXPECT_EQ(load_named("gf180mcu").builtin, "gf180mcu");
  EXPECT_EQ(load_named("builtin:gf180mcu").nmos_model, "nmos_3p3");
  EXPECT_EQ(load_named(write_pdk("var", kVariationPdk).string()).name, "var");
  const auto why = thrown_message<std::runtime_error>([] { load_named("gf180"); }, "an unknown name");
  EXPECT_NE(why.find("generic180, gf180mcu"), std::string::npos) << why;
}

TEST(TechnologyBuiltins, ProjectFilesNameTheBuiltinNotThisMachinesPaths) {
  Technology t = load_named("gf180mcu");
  const std::string text = to_json_text(t);
  EXPECT_NE(text.find("\"builtin\": \"gf180mcu\""), std::string::npos);
  EXPECT_NE(text.find("\"gf180mcu/sm141064.ngspice\""), std::string::npos) << text;
  EXPECT_EQ(text.find(fs::path(t.variation.library).parent_path().string()), std::string::npos) << text;
  // Read back from anywhere, the files are the resources' own.
  Technology back = from_json_text(text, "/nonexistent", "stored");
  EXPECT_EQ(back.variation.library, t.variation.library);
  EXPECT_EQ(back.spice_includes(), t.spice_includes());
}

TEST(TechnologyBuiltins, Gf180mcuDescribesThePdk) {
  Technology t = load_named("gf180mcu");
  EXPECT_EQ(t.nmos_model, "nmos_3p3");
  EXPECT_EQ(t.pmos_model, "pmos_3p3");
  EXPECT_DOUBLE_EQ(t.vdd_v, 3.3);
  // The models' bins: L 0.28 .. 50 um, W 0.22 .. 100 um; the design rules' 5 nm grid.
  EXPECT_NEAR(t.l_min_m, 0.28e-6, 1e-12);
  EXPECT_NEAR(t.w_max_m, 100e-6, 1e-12);
  EXPECT_NEAR(t.grid_m, 5e-9, 1e-15);
  EXPECT_NEAR(t.cap_density_f_per_m2, 1.99e-3, 1e-9);  // mim_2p0fF
  std::vector<std::string> corners;
  for (const auto& c : t.variation.process) corners.push_back(c.name);
  EXPECT_EQ(corners, (std::vector<std::string>{"typical", "ff", "ss", "fs", "sf"}));
  EXPECT_EQ(t.variation.nominal, "typical");
  EXPECT_EQ(t.variation.statistical.global_switch, "sw_stat_global");
  EXPECT_EQ(t.variation.statistical.mismatch_switch, "sw_stat_mismatch");
  // The PDK's own switches default to 1 (design.ngspice): the nominal deck turns them off.
  const std::string inc = t.spice_includes();
  EXPECT_NE(inc.find("sm141064.ngspice\" typical\n.param sw_stat_global=0 sw_stat_mismatch=0"), std::string::npos) << inc;
  // Every file the technology names is shipped with the licence beside it.
  const fs::path dir = fs::path(t.variation.library).parent_path();
  for (const char* f : {"LICENSE", "README.md", "design.ngspice", "sm141064.ngspice", "smbb000149.ngspice"})
    EXPECT_TRUE(fs::exists(dir / f)) << f;
}
