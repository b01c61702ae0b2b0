#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "technology/technology.hpp"

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
