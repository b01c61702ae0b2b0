// Mutated netlists through the whole path: parse, build, DUT text, size edits, writer.
// Every failure must be a ParseError with "file:line: " (or the documented invalid_argument).
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "../netlist/mutate.hpp"
#include "circuit/build.hpp"
#include "netlist/parser.hpp"
#include "netlist/writer.hpp"

using namespace inversize;

TEST(Fuzz, MutatedOpampsBuildOrFailCleanly) {
  const std::string dir = std::string(INVERSIZE_TEST_DATA_DIR) + "/netlists";
  std::vector<std::string> seeds;
  for (const char* f : {"miller_tb.sp", "flat_deck.sp", "hier_opamp.sp", "pdk_wrapped.sp"}) {
    std::ifstream in(dir + "/" + f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    seeds.push_back(ss.str());
  }
  circuit::BuildOptions options;
  options.nmos_models = {"nch"};
  options.pmos_models = {"pch"};
  const std::regex located("^[^:]+:[0-9]+: ");
  std::mt19937 rng(7);
  int built = 0;
  for (int i = 0; i < 8000; ++i) {
    const std::string text = test::mutate(seeds[i % seeds.size()], rng);
    try {
      const netlist::Deck deck = netlist::parse_string(text, "fuzz.sp", dir);
      circuit::Circuit c = circuit::build_circuit(deck, options);
      ++built;
      circuit::Circuit sized = c;
      for (auto& d : sized.devices) {
        d.w *= 1.5;
        d.value *= 2;
      }
      try {
        const std::string dut = circuit::dut_subckt(deck, sized, "dut");
        ASSERT_NE(dut.find(".ends dut"), std::string::npos);
        netlist::write_sized(deck, circuit::size_edits(c, sized));
      } catch (const std::invalid_argument&) {
        // name collisions, elements in included files, shared lines sized apart: documented refusals
      }
    } catch (const netlist::ParseError& e) {
      ASSERT_TRUE(std::regex_search(e.what(), located)) << e.what() << "\n--- input ---\n" << text;
    }
  }
  EXPECT_GT(built, 500);
}
