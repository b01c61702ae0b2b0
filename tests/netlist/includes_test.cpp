#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include <unistd.h>

#include "netlist/parser.hpp"

using namespace inversize::netlist;
namespace fs = std::filesystem;

namespace {

std::string data(const std::string& rel) { return std::string(INVERSIZE_TEST_DATA_DIR) + "/netlists/" + rel; }

// A fresh directory per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() / ("inversize_netlist_" + std::string(info->name()) + "_" +
                                         std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string write(const std::string& rel, const std::string& text) const {
    fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  const fs::path& path() const { return path_; }
  // A main file "main.sp" of this text, its includes resolved in this directory.
  Deck parse(const std::string& main_text) const { return parse_string(main_text, "main.sp", path_.string()); }

 private:
  fs::path path_;
};

// The names of the deck's models, to compare with what a test expects, whole.
std::set<std::string> model_names(const Deck& d) {
  std::set<std::string> names;
  for (const auto& [name, model] : d.models) names.insert(name);
  return names;
}

}  // namespace

TEST(Includes, LibSectionWithNestedIncludeAndBins) {
  Deck d = parse_file(data("pdk_wrapped.sp"));
  ASSERT_EQ(d.models.count("nch.1"), 1u);
  ASSERT_EQ(d.models.count("nch.2"), 1u);
  ASSERT_EQ(d.models.count("pch.1"), 1u);
  EXPECT_DOUBLE_EQ(d.models.at("nch.1").params.at("tox"), 4e-9);  // tt, not ff's 3.9n
  EXPECT_DOUBLE_EQ(d.models.at("nch.1").params.at("lmax"), 1e-6);
  EXPECT_DOUBLE_EQ(d.params.at("toxn"), 4e-9);
  ASSERT_EQ(d.includes.size(), 2u);
  EXPECT_EQ(d.includes[0].section, "tt");
  EXPECT_TRUE(fs::path(d.includes[0].resolved_path).is_absolute());
  EXPECT_EQ(fs::path(d.includes[0].resolved_path).filename(), "models.lib");
  EXPECT_EQ(d.includes[0].loc.line, 2);
  EXPECT_EQ(fs::path(d.includes[1].resolved_path).filename(), "bins.inc");
  EXPECT_EQ(d.files.size(), 3u);
  EXPECT_EQ(d.models.at("nch.1").loc.file, d.includes[1].resolved_path);
  EXPECT_EQ(d.models.at("nch.1").loc.line, 2);
}

TEST(Includes, ErrorInsideIncludedFileNamesThatFileAndLine) {
  try {
    parse_file(data("lib/outer.sp"));
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.loc().line, 4) << e.what();
    EXPECT_EQ(fs::path(e.loc().file).filename(), "inner.inc");
    EXPECT_TRUE(std::regex_search(e.what(), std::regex("inner\\.inc:4: MOSFET 'M9' needs drain"))) << e.what();
  }
}

TEST(Includes, CycleIsDetected) {
  try {
    parse_file(data("lib/cycle_a.sp"));
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("include cycle"), std::string::npos) << e.what();
    EXPECT_EQ(fs::path(e.loc().file).filename(), "cycle_b.inc");
    EXPECT_EQ(e.loc().line, 1);
  }
}

TEST(Includes, SelfIncludeThroughParseStringIsBounded) {
  TempDir t;
  const std::string self = t.write("self.inc", "* includes itself\n.include self.inc\n");
  try {
    t.parse("title\n.include self.inc\n");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("include cycle"), std::string::npos);
  }
}

TEST(Includes, MissingFileAndMissingSection) {
  TempDir t;
  t.write("lib/m.lib", ".lib tt\n.model n nmos\n.endl tt\n");
  try {
    t.parse("t\nR1 a b 1\n.include nothere.inc\n");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("main.sp:3: cannot open included file 'nothere.inc'", 0), 0u) << e.what();
  }
  try {
    t.parse("t\n.lib lib/m.lib ss\n");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("main.sp:2: section 'ss' not found", 0), 0u) << e.what();
  }
  EXPECT_THROW(t.parse("t\n.include\n"), ParseError);
  EXPECT_THROW(t.parse("t\n.lib\n"), ParseError);
}

TEST(Includes, RelativePathsResolveAgainstTheIncludingFile) {
  TempDir t;
  t.write("a/b/deep.inc", ".model deepn nmos level=1\n");
  t.write("a/mid.inc", "* mid\n.inc \"b/deep.inc\"\n.lib 'corners.lib' FF\n");
  t.write("a/corners.lib", "* corners\n.lib tt\n.model ctt nmos\n.endl tt\n.LIB ff\n.model cff pmos\n.ENDL ff\n");
  const std::string main = t.write("main.sp", "main\n.include a/mid.inc\n");
  Deck d = parse_file(main);
  EXPECT_EQ(model_names(d), (std::set<std::string>{"deepn", "cff"})) << "the ff section only";
  EXPECT_EQ(d.includes.size(), 3u);
}

TEST(Includes, WholeFileReadSkipsSectionBlocks) {
  TempDir t;
  t.write("m.lib", ".model always nmos\n.lib tt\n.model ctt nmos\n.endl\n.lib ss\n.model css nmos\n.endl ss\n");
  Deck d = t.parse("t\n.include m.lib\n");
  EXPECT_EQ(model_names(d), std::set<std::string>{"always"}) << "no section's models";
  // The main file's own section blocks are skipped too.
  Deck m = t.parse("t\n.lib tt\n.model x nmos\n.endl tt\nR1 a b 1\n");
  EXPECT_TRUE(m.models.empty());
  EXPECT_EQ(m.elements.size(), 1u);
}

TEST(Includes, SameLibraryTwiceIsReadOnce) {
  TempDir t;
  t.write("m.inc", ".model n nmos\n");
  Deck d = t.parse("t\n.include m.inc\n.include ./m.inc\n");
  EXPECT_EQ(model_names(d), std::set<std::string>{"n"});
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_EQ(d.includes.size(), 2u);
  EXPECT_EQ(d.files.size(), 2u);
}

TEST(Includes, LibrarySubcktWithDiodeFailsOnlyWhenUsed) {
  TempDir t;
  t.write("esd.inc", "* esd\n.subckt esd a b\nD1 a b dmod\n.ends\n.subckt nf d g s b w=1u l=1u\nM0 d g s b n W={w} L={l}\n.ends\n");
  Deck d = t.parse("t\n.include esd.inc\n");
  const Subckt& s = d.subckts.at("esd");
  EXPECT_TRUE(std::regex_search(s.unsupported, std::regex("esd\\.inc:3: unsupported element 'D1' \\(diode\\)")))
      << s.unsupported;
  EXPECT_TRUE(d.subckts.at("nf").unsupported.empty());
}

TEST(Includes, ParseFileOfADirectoryFails) {
  TempDir t;
  EXPECT_THROW(parse_file(t.path().string()), ParseError);
  EXPECT_THROW(t.parse("t\n.include .\n"), ParseError);
}
