// Every netlist in tests/data/opamps against its expectations (NAME.json beside it), and the
// invariance of the result under renamed devices and nets, shuffled lines and swapped inputs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "structure/decompose.hpp"
#include "structure_test_util.hpp"

using namespace inversize;
using namespace inversize::structure;
using namespace inversize::structure::test;

namespace {

std::vector<std::string> opamp_files() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(data_dir()))
    if (e.path().extension() == ".cir") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> all_circuits() {
  auto out = opamp_files();
  out.push_back(builtin("miller"));
  out.push_back(builtin("fcoa"));
  return out;
}

std::string stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

Summary expectation(const std::string& cir) {
  const auto path = std::filesystem::path(cir).replace_extension(".json");
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "no expectations in " << path;
  auto j = nlohmann::json::parse(in);
  Summary s;
  for (auto& [name, f] : j.at("devices").items()) s.devices[name] = f.get<std::string>();
  for (const auto& b : j.at("blocks")) {
    std::string text = b.get<std::string>();
    const auto colon = text.find(':');
    std::istringstream names(text.substr(colon + 1));
    std::vector<std::string> v{std::istream_iterator<std::string>(names), {}};
    std::sort(v.begin(), v.end());
    text = text.substr(0, colon + 1);
    for (const auto& n : v) text += " " + n;
    s.blocks.insert(text);
  }
  for (const auto& p : j.at("symmetry")) {
    std::istringstream names(p.get<std::string>());
    std::string a, b;
    names >> a >> b;
    s.symmetry.insert(a < b ? a + " " + b : b + " " + a);
  }
  return s;
}

class Opamp : public testing::TestWithParam<std::string> {};
class Invariance : public testing::TestWithParam<std::string> {};

std::string param_name(const testing::TestParamInfo<std::string>& info) {
  std::string s = stem(info.param);
  for (auto& ch : s)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return s;
}

}  // namespace

TEST(OpampData, AtLeastTwentyNetlistsWithExpectations) {
  EXPECT_GE(opamp_files().size(), 20u);
}

TEST_P(Opamp, MatchesExpectedDecomposition) {
  auto c = load_file(GetParam());
  auto d = decompose(c);
  const auto got = summarise(d, c);
  const auto want = expectation(GetParam());
  EXPECT_EQ(got.devices, want.devices) << describe(got);
  EXPECT_EQ(got.blocks, want.blocks) << describe(got);
  EXPECT_EQ(got.symmetry, want.symmetry) << describe(got);
  for (const auto& w : d.warnings) ADD_FAILURE() << "unexpected warning: " << w;
}

TEST_P(Invariance, RenamedShuffledAndSwappedGiveTheSameResult) {
  const std::string text = read_text(GetParam());
  auto c = load_text(text, GetParam());
  const auto reference = summarise(decompose(c), c);
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
    std::map<std::string, std::string> back;
    const std::string scrambled = scramble(text, seed, back);
    auto cs = load_text(scrambled, "scrambled.cir");
    EXPECT_EQ(summarise(decompose(cs), cs, back), reference) << "seed " << seed << "\n" << scrambled;
  }
  auto swapped = load_text(swap_inputs(text), "swapped.cir");
  EXPECT_EQ(summarise(decompose(swapped), swapped), reference) << "inputs swapped";
}

INSTANTIATE_TEST_SUITE_P(Data, Opamp, testing::ValuesIn(opamp_files()), param_name);
INSTANTIATE_TEST_SUITE_P(All, Invariance, testing::ValuesIn(all_circuits()), param_name);
