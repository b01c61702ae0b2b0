// Random mutations of valid netlists: the parser must either succeed or throw a ParseError
// with "file:line: " — never crash, hang or throw anything else.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <regex>
#include <sstream>

#include "netlist/parser.hpp"
#include "netlist/writer.hpp"
#include "mutate.hpp"

using namespace inversize::netlist;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST(Fuzz, MutatedNetlistsParseOrFailCleanly) {
  const std::string dir = std::string(INVERSIZE_TEST_DATA_DIR) + "/netlists";
  std::vector<std::string> seeds;
  for (const char* f : {"miller_tb.sp", "flat_deck.sp", "hier_opamp.sp", "pdk_wrapped.sp"})
    seeds.push_back(slurp(dir + "/" + f));
  seeds.push_back(
      "t\n.param a=1 b={a*2}\n.subckt s x y params: w=1u\n.param q={w*2}\nM1 x y x y n W={q} L=1u\nC1 x y {w*1f}\n"
      ".ends s\nX1 a b s w=2u\nV1 a 0 dc 1 ac 1\nI1 a b 1u\nR1 a b 1k\nL1 a b 1n\n.model n nmos(level=1)\n");
  for (const auto& s : seeds) ASSERT_FALSE(s.empty());
  const std::regex located("^[^:]+:[0-9]+: ");
  std::mt19937 rng(20240611);
  int parsed = 0, failed = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string text = inversize::test::mutate(seeds[i % seeds.size()], rng);
    try {
      Deck d = parse_string(text, "fuzz.sp", dir);
      ++parsed;
      ASSERT_EQ(write_sized(d, {}), text);  // the writer's identity holds for anything parsed
    } catch (const ParseError& e) {
      ++failed;
      ASSERT_TRUE(std::regex_search(e.what(), located)) << e.what() << "\n--- input ---\n" << text;
    }
  }
  EXPECT_GT(parsed, 1000);  // the mutations are not all fatal: both paths are exercised
  EXPECT_GT(failed, 1000);
}
