// The library as data, the names' single owner, the graph view and the generic matcher on
// circuits written directly in C++.
#include <gtest/gtest.h>

#include <algorithm>

#include "common/resources.hpp"
#include "structure/function.hpp"
#include "structure/graph.hpp"
#include "structure/library.hpp"
#include "structure/matcher.hpp"
#include "structure_test_util.hpp"
#include "thrown_message.hpp"

using namespace inversize;
using namespace inversize::structure;

namespace {

// A circuit from "name kind d g s" lines; nets created on first use, ports by role name.
circuit::Circuit make(std::initializer_list<std::tuple<const char*, circuit::DeviceKind, const char*, const char*, const char*>> devs) {
  circuit::Circuit c;
  c.nets.push_back("0");
  auto net = [&](const std::string& n) { return test::net(c, n); };
  for (const auto& [name, kind, d, g, s] : devs) {
    circuit::Device dev;
    dev.name = name;
    dev.kind = kind;
    dev.model = kind == circuit::DeviceKind::Nmos ? "nch" : "pch";
    const char* bulk = kind == circuit::DeviceKind::Nmos ? "vss" : "vdd";
    dev.nets = {net(d), net(g), net(s), net(bulk)};
    c.devices.push_back(dev);
  }
  return c;
}

constexpr auto N = circuit::DeviceKind::Nmos;
constexpr auto P = circuit::DeviceKind::Pmos;

std::vector<std::vector<std::string>> top_of(const circuit::Circuit& c, const std::string& structure) {
  CircuitGraph g(c);
  auto rec = recognise(g);
  const int s = default_library().find(structure);
  std::vector<std::vector<std::string>> out;
  for (int id : rec.top)
    if (rec.instances[id].structure == s) {
      std::vector<std::string> names;
      for (int d : rec.instances[id].devices) names.push_back(c.devices[d].name);
      std::sort(names.begin(), names.end());
      out.push_back(names);
    }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST(Names, FunctionsRoundTrip) {
  for (Function f : {Function::Bias, Function::Load, Function::Transconductance, Function::Compensation}) {
    EXPECT_EQ(function_from_string(to_string(f)), f);
    EXPECT_EQ(function_from_string(std::string(1, abbreviation(f))), f);
  }
  EXPECT_STREQ(to_string(Function::Transconductance), "transconductance");
  EXPECT_FALSE(function_from_string("gain").has_value());
  EXPECT_EQ(stage_name(kBiasNetwork), "bias");
  EXPECT_EQ(stage_name(2), "second");
  for (int s = 0; s < 7; ++s) EXPECT_EQ(stage_from_string(stage_name(s)), s);
}

TEST(Library, DefaultHoldsTheVocabulary) {
  const auto& lib = default_library();
  for (const char* name : {"normal transistor", "diode transistor", "simple current mirror", "cascode current mirror",
                           "4-transistor current mirror", "Wilson current mirror", "improved Wilson current mirror",
                           "wide-swing cascode current mirror", "differential pair", "cascode pair", "level shifter",
                           "voltage reference", "cross-coupled pair", "cascoded differential pair",
                           "folded-cascode differential pair", "capacitor", "resistor"})
    EXPECT_GE(lib.find(name), 0) << name;
  EXPECT_EQ(lib.max_level(), 2);
  const auto& cm = lib.at(lib.find("simple current mirror"));
  EXPECT_EQ(cm.abbr, "CM");
  EXPECT_EQ(cm.size, 2);
  EXPECT_EQ(lib.at(lib.find("cascode current mirror")).size, 4);
  EXPECT_TRUE(lib.dominates(lib.find("cross-coupled pair"), lib.find("simple current mirror")));
  EXPECT_FALSE(lib.dominates(lib.find("simple current mirror"), lib.find("cross-coupled pair")));
  std::set<std::string> abbrs;
  for (const auto& s : lib.structures()) EXPECT_TRUE(abbrs.insert(s.abbr).second) << "abbreviation twice: " << s.abbr;
}

TEST(Library, DefaultIsTheResourceFile) {
  const std::string text = read_resource(kLibraryResource);
  EXPECT_NE(text.find("\"cascode current mirror\""), std::string::npos);
  EXPECT_EQ(Library::from_json(text).size(), default_library().size());
  const auto why = thrown_message<std::runtime_error>([] { read_resource("structure/no-such-library.json"); },
                                                      "a missing resource file");
  EXPECT_NE(why.find("structure/no-such-library.json"), std::string::npos) << why;
}

TEST(Library, RejectsMalformedData) {
  auto bad = [](const std::string& text) {
    return thrown_message<std::runtime_error>([&] { Library::from_json(text); }, text);
  };
  EXPECT_NE(bad("{"), "");
  EXPECT_NE(bad(R"({"structures": [{"name": "x", "abbr": "X", "level": 1, "children": ["nope"]}]})").find("nope"),
            std::string::npos);
  EXPECT_NE(bad(R"({"structures": [{"name": "t", "abbr": "T", "level": 0, "rules": ["0.q=0.g"]}]})").find("pin"),
            std::string::npos);
  EXPECT_NE(bad(R"({"structures": [{"name": "t", "abbr": "T", "level": 0, "rules": ["1.d=0.g"]}]})").find("range"),
            std::string::npos);
  EXPECT_NE(bad(R"({"structures": [{"name": "m", "abbr": "M", "level": 0, "category": "mirror"}]})").find("mirror"),
            std::string::npos);
}

TEST(Library, CustomLibraryDrivesTheSameMatcher) {
  // A two-structure library: the matcher knows nothing but the data.
  auto lib = Library::from_json(R"({"structures": [
    {"name": "any", "abbr": "A", "level": 0, "rules": []},
    {"name": "stack", "abbr": "S", "level": 1, "children": ["any", "any"], "rules": ["1.s=0.d"]}]})");
  auto c = make({{"MA", N, "x", "a", "vss"}, {"MB", N, "y", "b", "x"}, {"MC", N, "z", "c", "q"}});
  CircuitGraph g(c);
  auto rec = recognise(g, lib);
  int stacks = 0;
  for (int id : rec.top)
    if (rec.instances[id].structure == 1) {
      ++stacks;
      EXPECT_EQ(rec.instances[id].devices, (std::vector<int>{0, 1}));
    }
  EXPECT_EQ(stacks, 1);
}

TEST(Graph, TypedPinsAndRails) {
  auto c = make({{"M1", N, "d1", "g1", "vss"}, {"M2", P, "d1", "d1", "vdd"}});
  CircuitGraph g(c);
  EXPECT_EQ(boost::num_vertices(g.graph()), c.devices.size() + c.nets.size());
  EXPECT_EQ(boost::num_edges(g.graph()), 8u);
  EXPECT_EQ(c.nets[g.drain(0)], "d1");
  EXPECT_EQ(c.nets[g.gate(1)], "d1");
  EXPECT_TRUE(g.is_rail(c.net_index("vdd")));
  EXPECT_TRUE(g.is_rail(c.net_index("vss")));
  EXPECT_TRUE(g.is_rail(c.net_index("0")));
  EXPECT_FALSE(g.is_rail(c.net_index("d1")));
  const auto& on_d1 = g.attachments(c.net_index("d1"));
  ASSERT_EQ(on_d1.size(), 3u);
  EXPECT_EQ(on_d1[0].device, 0);
  EXPECT_EQ(on_d1[0].pin, Pin::Drain);
  EXPECT_EQ(on_d1[2].pin, Pin::Gate);
}

TEST(Matcher, CurrentMirrorsFromPinRules) {
  // One diode mirrored twice: two overlapping simple mirrors (blocks may share a device).
  auto c = make({{"MD", N, "ref", "ref", "vss"}, {"MA", N, "a", "ref", "vss"}, {"MB", N, "b", "ref", "vss"}});
  EXPECT_EQ(top_of(c, "simple current mirror"),
            (std::vector<std::vector<std::string>>{{"MA", "MD"}, {"MB", "MD"}}));
}

TEST(Matcher, CascodeMirrorConsumesItsChildrenAndDominatesTheDiodeStack) {
  auto c = make({{"M1", P, "a", "a", "vdd"}, {"M2", P, "n1", "n1", "a"},
                 {"M3", P, "b", "a", "vdd"}, {"M4", P, "out", "n1", "b"}});
  EXPECT_EQ(top_of(c, "cascode current mirror"), (std::vector<std::vector<std::string>>{{"M1", "M2", "M3", "M4"}}));
  EXPECT_TRUE(top_of(c, "simple current mirror").empty());
  EXPECT_TRUE(top_of(c, "voltage reference").empty());
  EXPECT_TRUE(top_of(c, "level shifter").empty());
}

TEST(Matcher, CrossCoupledPairDominatesMirrors) {
  auto c = make({{"M3", P, "n1", "n1", "vdd"}, {"M4", P, "n2", "n2", "vdd"},
                 {"M5", P, "n1", "n2", "vdd"}, {"M6", P, "n2", "n1", "vdd"}});
  EXPECT_EQ(top_of(c, "cross-coupled pair"), (std::vector<std::vector<std::string>>{{"M5", "M6"}}));
  EXPECT_TRUE(top_of(c, "simple current mirror").empty());
}

TEST(Matcher, DifferentialPairNeedsAnInnerSource) {
  auto pair = make({{"M1", N, "a", "x", "s"}, {"M2", N, "b", "y", "s"}});
  EXPECT_EQ(top_of(pair, "differential pair").size(), 1u);
  auto on_rail = make({{"M1", N, "a", "x", "vss"}, {"M2", N, "b", "y", "vss"}});
  EXPECT_TRUE(top_of(on_rail, "differential pair").empty());
}

TEST(Matcher, FoldedCascodePairMixesPolarities) {
  auto c = make({{"M1", N, "f1", "inn", "t"}, {"M2", N, "f2", "inp", "t"},
                 {"M5", P, "n1", "vc", "f1"}, {"M6", P, "out", "vc", "f2"}});
  EXPECT_EQ(top_of(c, "folded-cascode differential pair").size(), 1u);
  EXPECT_TRUE(top_of(c, "cascoded differential pair").empty());
  EXPECT_TRUE(top_of(c, "differential pair").empty());  // consumed by its parent
}
