#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "netlist/parser.hpp"
#include "netlist/writer.hpp"

using namespace inversize::netlist;

namespace {

std::string data(const std::string& rel) { return std::string(INVERSIZE_TEST_DATA_DIR) + "/netlists/" + rel; }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Replaces the first occurrence of `from` after `anchor` (which must exist) with `to`.
std::string replaced(std::string text, const std::string& anchor, const std::string& from, const std::string& to) {
  auto a = text.find(anchor);
  EXPECT_NE(a, std::string::npos) << anchor;
  auto f = text.find(from, a);
  EXPECT_NE(f, std::string::npos) << from;
  return text.replace(f, from.size(), to);
}

}  // namespace

TEST(Writer, NoEditsGivesIdenticalText) {
  for (const char* f : {"miller_tb.sp", "flat_deck.sp", "hier_opamp.sp", "pdk_wrapped.sp"}) {
    Deck d = parse_file(data(f));
    EXPECT_EQ(write_sized(d, {}), slurp(data(f))) << f;
  }
}

TEST(Writer, EditsChangeOnlyTheValueText) {
  const std::string original = slurp(data("miller_tb.sp"));
  Deck d = parse_file(data("miller_tb.sp"));
  const std::string out = write_sized(d, {{"miller", "M1", "w", 12e-6},
                                          {"MILLER", "m7", "L", 2e-6},
                                          {"miller", "Cc", "value", 2.2e-12},
                                          {"", "CL", "value", 3e-12}});
  std::string expected = original;
  expected = replaced(expected, "M1 n1 inn", "{wn}", "12u");
  expected = replaced(expected, "M7 out ibias", "L=1u", "L=2u");
  expected = replaced(expected, "Cc o1 out", "1.4p", "2.2p");
  expected = replaced(expected, "CL out 0", "1p", "3p");
  EXPECT_EQ(out, expected);
}

TEST(Writer, ContinuationLines) {
  const std::string original = slurp(data("miller_tb.sp"));
  Deck d = parse_file(data("miller_tb.sp"));
  const std::string out = write_sized(d, {{"miller", "M6", "w", 70e-6}, {"miller", "M6", "l", 0.35e-6}});
  std::string expected = replaced(original, "M6 out o1", "+ W=60u\n+ L=0.5u", "+ W=70u\n+ L=350n");
  EXPECT_EQ(out, expected);
}

TEST(Writer, InsertsMissingKeyBeforeInlineComment) {
  const std::string text = "t\nM1 d g s b n L=1u ; no width\n+ \nM2 d g s b n W=1u\n+ L=2u $ tail\nC1 a b 1p\n";
  Deck d = parse_string(text, "t.sp", "");
  const std::string out = write_sized(d, {{"", "M1", "w", 3e-6}, {"", "m2", "nf", 4}, {"", "M2", "m", 2}});
  EXPECT_EQ(out, "t\nM1 d g s b n L=1u W=3u ; no width\n+ \nM2 d g s b n W=1u\n+ L=2u NF=4 M=2 $ tail\nC1 a b 1p\n");
}

TEST(Writer, KeywordValueFormsAndSources) {
  const std::string text = "t\nC2 a b C=2p\nR1 a b r = 10k\nI1 vdd ib DC 20u AC 1\nV1 x 0 1.8\n";
  Deck d = parse_string(text, "t.sp", "");
  const std::string out = write_sized(
      d, {{"", "c2", "value", 5e-12}, {"", "R1", "value", 22e3}, {"", "I1", "value", 10e-6}, {"", "V1", "value", 3.3}});
  EXPECT_EQ(out, "t\nC2 a b C=5p\nR1 a b r = 22k\nI1 vdd ib DC 10u AC 1\nV1 x 0 3.3\n");
}

TEST(Writer, LastEditOfOneValueWins) {
  Deck d = parse_string("t\nM1 d g s b n W=1u L=1u\n", "t.sp", "");
  EXPECT_EQ(write_sized(d, {{"", "M1", "w", 2e-6}, {"", "M1", "w", 5e-6}}), "t\nM1 d g s b n W=5u L=1u\n");
  EXPECT_EQ(write_sized(d, {{"", "M1", "nf", 2}, {"", "M1", "nf", 3}}), "t\nM1 d g s b n W=1u L=1u NF=3\n");
}

TEST(Writer, WrapperInstanceParameters) {
  const std::string original = slurp(data("pdk_wrapped.sp"));
  Deck d = parse_file(data("pdk_wrapped.sp"));
  const std::string out = write_sized(d, {{"ota5", "XM5", "w", 3e-6}, {"ota5", "XM6", "nf", 2}});
  std::string expected = replaced(original, "XM5 tail", "w=2u", "w=3u");
  expected = replaced(expected, "XM6 iref iref avss avss nfet4 w=1u l=1u", "l=1u", "l=1u NF=2");
  EXPECT_EQ(out, expected);
}

TEST(Writer, Errors) {
  Deck d = parse_file(data("pdk_wrapped.sp"));
  EXPECT_THROW(write_sized(d, {{"", "M77", "w", 1e-6}}), std::invalid_argument);
  EXPECT_THROW(write_sized(d, {{"nosuch", "XM1", "w", 1e-6}}), std::invalid_argument);
  EXPECT_THROW(write_sized(d, {{"ota5", "XM1", "value", 1e-6}}), std::invalid_argument);
}

TEST(Writer, ElementInIncludedFileIsRefused) {
  Deck d = parse_file(data("pdk_wrapped.sp"));
  // Put an element of an included file where the writer would look for it.
  Element fake = d.subckts.at("nfet4").elements[1];
  fake.span.file = 1;
  d.elements.push_back(fake);
  EXPECT_THROW(write_sized(d, {{"", "M0", "w", 1e-6}}), std::invalid_argument);
}
