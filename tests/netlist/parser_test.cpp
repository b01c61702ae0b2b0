#include <gtest/gtest.h>

#include <regex>

#include "netlist/parser.hpp"

using namespace inversize::netlist;

namespace {

std::string data(const std::string& rel) { return std::string(INVERSIZE_TEST_DATA_DIR) + "/netlists/" + rel; }

Deck parse(const std::string& text) { return parse_string(text, "t.sp", ""); }

// The text a span points at.
std::string at(const Deck& d, const Span& s) { return d.files.at(s.file).text.substr(s.begin, s.end - s.begin); }

// Expects a ParseError whose message is exactly "t.sp:<line>: <reason...>" containing `part`.
void expect_error(const std::string& text, int line, const std::string& part) {
  try {
    parse(text);
    ADD_FAILURE() << "no error for:\n" << text;
  } catch (const ParseError& e) {
    EXPECT_EQ(e.loc().line, line) << e.what();
    EXPECT_EQ(std::string(e.what()).rfind("t.sp:" + std::to_string(line) + ": ", 0), 0u) << e.what();
    EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
  }
}

}  // namespace

TEST(Parser, TitleAndMosfet) {
  Deck d = parse("My opamp\nM1 D G S B NCH W=10u L=1u M=2 NF=4 AD=1p\n");
  EXPECT_EQ(d.title, "My opamp");
  ASSERT_EQ(d.elements.size(), 1u);
  const Element& m = d.elements[0];
  EXPECT_EQ(m.type, ElementType::Mosfet);
  EXPECT_EQ(m.name, "M1");
  EXPECT_EQ(m.nodes, (std::vector<std::string>{"d", "g", "s", "b"}));
  EXPECT_EQ(m.model, "nch");
  EXPECT_DOUBLE_EQ(*m.value("w"), 10e-6);
  EXPECT_DOUBLE_EQ(*m.value("l"), 1e-6);
  EXPECT_DOUBLE_EQ(*m.value("m"), 2);
  EXPECT_DOUBLE_EQ(*m.value("nf"), 4);
  EXPECT_DOUBLE_EQ(*m.value("ad"), 1e-12);
  ASSERT_NE(m.field("w"), nullptr);
  EXPECT_EQ(m.field("w")->text, "10u");
  EXPECT_EQ(at(d, m.field("w")->span), "10u");
  EXPECT_EQ(at(d, m.span), "M1 D G S B NCH W=10u L=1u M=2 NF=4 AD=1p");
  EXPECT_EQ(m.loc.line, 2);
  EXPECT_EQ(m.loc.file, "t.sp");
}

TEST(Parser, TitleLineIsNeverAStatement) {
  Deck d = parse("M1 this is the title, not a MOSFET\n");
  EXPECT_TRUE(d.elements.empty());
  EXPECT_EQ(d.title, "M1 this is the title, not a MOSFET");
}

TEST(Parser, ContinuationLinesKeepSpansIntoTheText) {
  const std::string text = "t\nM6 out o1 vdd vdd pch\n* a comment between\n+ W=60u\n\n+ L={0.5u}  ; inline\nC1 a b 1p\n";
  Deck d = parse(text);
  ASSERT_EQ(d.elements.size(), 2u);
  const Element& m = d.elements[0];
  EXPECT_DOUBLE_EQ(*m.value("w"), 60e-6);
  EXPECT_DOUBLE_EQ(*m.value("l"), 0.5e-6);
  EXPECT_EQ(at(d, m.field("w")->span), "60u");
  EXPECT_EQ(at(d, m.field("l")->span), "{0.5u}");
  EXPECT_EQ(at(d, m.span), "M6 out o1 vdd vdd pch\n* a comment between\n+ W=60u\n\n+ L={0.5u}");
  EXPECT_EQ(m.loc.line, 2);
  EXPECT_EQ(d.elements[1].loc.line, 7);
}

TEST(Parser, Comments) {
  Deck d = parse(
      "t\n* whole line\n   * indented comment\nR1 a b 1k ; semicolon comment W=5\n"
      "R2 a$b c 2k $ dollar comment\nR3 c$d e 3k\n");
  ASSERT_EQ(d.elements.size(), 3u);
  EXPECT_EQ(d.elements[0].fields.size(), 1u);
  EXPECT_EQ(d.elements[1].nodes[0], "a$b");
  EXPECT_DOUBLE_EQ(*d.elements[1].value("value"), 2e3);
  EXPECT_EQ(d.elements[2].nodes[0], "c$d");
}

TEST(Parser, PassiveForms) {
  Deck d = parse(
      "t\nC1 a b 1.4p\nC2 a b C=2p\nC3 a b cmod 3p\nC4 a b {2*1p} m=2\nR1 a b 1.5kOhm\nR2 a b r=10\n"
      "L1 a b 1n\nL2 a b l=2n\n");
  ASSERT_EQ(d.elements.size(), 8u);
  EXPECT_EQ(d.elements[0].type, ElementType::Capacitor);
  EXPECT_DOUBLE_EQ(*d.elements[0].value("value"), 1.4e-12);
  EXPECT_DOUBLE_EQ(*d.elements[1].value("value"), 2e-12);
  EXPECT_EQ(d.elements[2].model, "cmod");
  EXPECT_DOUBLE_EQ(*d.elements[2].value("value"), 3e-12);
  EXPECT_DOUBLE_EQ(*d.elements[3].value("value"), 2e-12);
  EXPECT_DOUBLE_EQ(*d.elements[3].value("m"), 2);
  EXPECT_EQ(d.elements[4].type, ElementType::Resistor);
  EXPECT_DOUBLE_EQ(*d.elements[4].value("value"), 1.5e3);
  EXPECT_DOUBLE_EQ(*d.elements[5].value("value"), 10);
  EXPECT_EQ(d.elements[6].type, ElementType::Inductor);
  EXPECT_DOUBLE_EQ(*d.elements[7].value("value"), 2e-9);
}

TEST(Parser, Sources) {
  Deck d = parse(
      "t\nVdd vdd 0 1.8\nVin inp 0 DC 0.9 AC 1 90\nI1 vdd ib 20u\nI2 a b dc 5u ac 1\n"
      "V3 x 0 PULSE(0 1.8 1n 1n 1n 5n 10n)\nV4 y 0 dc=1 SIN(0 1 1k)\n");
  ASSERT_EQ(d.elements.size(), 6u);
  EXPECT_EQ(d.elements[0].type, ElementType::VoltageSource);
  EXPECT_DOUBLE_EQ(*d.elements[0].value("value"), 1.8);
  EXPECT_DOUBLE_EQ(*d.elements[1].value("value"), 0.9);
  EXPECT_DOUBLE_EQ(*d.elements[1].value("ac"), 1);
  EXPECT_DOUBLE_EQ(*d.elements[1].value("acphase"), 90);
  EXPECT_EQ(d.elements[2].type, ElementType::CurrentSource);
  EXPECT_DOUBLE_EQ(*d.elements[2].value("value"), 20e-6);
  EXPECT_DOUBLE_EQ(*d.elements[3].value("value"), 5e-6);
  EXPECT_FALSE(d.elements[4].value("value"));
  EXPECT_DOUBLE_EQ(*d.elements[5].value("value"), 1);
}

TEST(Parser, CaseInsensitiveKeywords) {
  Deck d = parse("t\n.PARAM Wx=2U\n.SUBCKT Amp A B\nm1 a b a b NMOD w={WX} l=1u\n.ENDS\n.Model NMOD NMOS LEVEL=1\n");
  ASSERT_EQ(d.subckts.count("amp"), 1u);
  EXPECT_EQ(d.subckts.at("amp").ports, (std::vector<std::string>{"a", "b"}));
  EXPECT_DOUBLE_EQ(*d.subckts.at("amp").elements[0].value("w"), 2e-6);
  ASSERT_EQ(d.models.count("nmod"), 1u);
  EXPECT_EQ(d.models.at("nmod").type, "nmos");
  EXPECT_DOUBLE_EQ(d.models.at("nmod").params.at("level"), 1);
}

TEST(Parser, ParamsInOrderSeveralPerLine) {
  Deck d = parse("t\n.param a=1 b={a*2} c='b+a'\n.params d = 3 e=sqrt(c*3)\n");
  EXPECT_DOUBLE_EQ(d.params.at("a"), 1);
  EXPECT_DOUBLE_EQ(d.params.at("b"), 2);
  EXPECT_DOUBLE_EQ(d.params.at("c"), 3);
  EXPECT_DOUBLE_EQ(d.params.at("d"), 3);
  EXPECT_DOUBLE_EQ(d.params.at("e"), 3);
  ASSERT_EQ(d.param_defs.size(), 5u);
  EXPECT_EQ(d.param_defs[1].text, "{a*2}");
  expect_error("t\n.param a={b}\n.param b=1\n", 2, "unknown parameter 'b'");
  expect_error("t\n.param\n", 2, "name=value");
  expect_error("t\n.param a=\n", 2, "has no value");
}

TEST(Parser, ElementValuesMayUseParamsDefinedLater) {
  Deck d = parse("t\nM1 d g s b n W={wl} L=1u\n.param wl=3u\n");
  EXPECT_DOUBLE_EQ(*d.elements[0].value("w"), 3e-6);
}

TEST(Parser, SubcktParamsAndDeferredValues) {
  Deck d = parse(
      "t\n.param g=2\n.subckt nf4 d g s b params: w=1u l=0.15u\n.param area={w*l}\n"
      "M0 d g s b nch W={w} L={l} AD={area} M={g}\nC1 d s {w*1f}\n.ends nf4\n"
      "X1 a b c d nf4 w=2u l=0.5u\n");
  const Subckt& s = d.subckts.at("nf4");
  EXPECT_EQ(s.param_defaults.at("w"), "1u");
  EXPECT_EQ(s.param_defaults.at("l"), "0.15u");
  ASSERT_EQ(s.params.size(), 1u);
  EXPECT_EQ(s.params[0].name, "area");
  const Element& m = s.elements[0];
  EXPECT_FALSE(m.value("w"));  // depends on the instance
  EXPECT_FALSE(m.value("ad"));
  EXPECT_EQ(m.field("w")->text, "{w}");
  EXPECT_DOUBLE_EQ(*m.value("m"), 2);  // only a global: evaluated now
  EXPECT_FALSE(s.elements[1].value("value"));
  const Element& x = d.elements.at(0);
  EXPECT_EQ(x.type, ElementType::Subcircuit);
  EXPECT_EQ(x.model, "nf4");
  EXPECT_EQ(x.nodes.size(), 4u);
  EXPECT_DOUBLE_EQ(*x.value("w"), 2e-6);
}

TEST(Parser, ModelsWithAndWithoutParentheses) {
  Deck d = parse(
      "t\n.model n1 nmos(level=1 vto=0.7)\n.model P1 PMOS ( LEVEL = 54\n+ version=4.5, tox=4n )\n"
      ".model nch.1 nmos level=54 lmin=0.15u\n.model rr r rsh=50\n");
  EXPECT_EQ(d.models.at("n1").type, "nmos");
  EXPECT_DOUBLE_EQ(d.models.at("n1").params.at("vto"), 0.7);
  const Model& p = d.models.at("p1");
  EXPECT_EQ(p.type, "pmos");
  EXPECT_DOUBLE_EQ(p.params.at("level"), 54);
  EXPECT_DOUBLE_EQ(p.params.at("version"), 4.5);
  EXPECT_DOUBLE_EQ(p.params.at("tox"), 4e-9);
  EXPECT_EQ(p.text, ".model P1 PMOS ( LEVEL = 54\n+ version=4.5, tox=4n )");
  EXPECT_EQ(p.loc.line, 3);
  EXPECT_EQ(d.models.at("nch.1").type, "nmos");
  EXPECT_EQ(d.models.at("rr").type, "r");
  expect_error("t\n.model onlyname\n", 2, "needs a name and a type");
}

TEST(Parser, IgnoredStatementsAndControlBlocks) {
  Deck d = parse(
      "t\n.option reltol=1e-4\n.options gmin=1e-12\n.temp 27\n.global vdd\n.op\n.ac dec 10 1 1g\n"
      ".dc v1 0 1 0.1\n.tran 1n 1u\n.noise v(out) vin dec 10 1 1g\n.meas ac gain max vdb(out)\n.save all\n"
      ".print ac v(out)\n.plot v(out)\n.ic v(a)=0\n.nodeset v(b)=1\n"
      ".control\nrun\nlet y = {broken 'quote\nQ1 a b c npn\n.endc\nR1 a b 1k\n.end\nQ9 after the end\n");
  ASSERT_EQ(d.elements.size(), 1u);
  EXPECT_EQ(d.elements[0].name, "R1");
  EXPECT_TRUE(d.warnings.empty()) << d.warnings.front();
}

TEST(Parser, UnknownDotCommandIsAWarning) {
  Deck d = parse("t\n.frobnicate 1 2\nR1 a b 1\n");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].rfind("t.sp:2: ", 0), 0u);
}

TEST(Parser, UnsupportedElements) {
  expect_error("t\nR1 a b 1k\nQ1 c b e npn\n", 3, "unsupported element 'Q1' (bipolar transistor): InverSize sizes CMOS opamps");
  expect_error("t\nD1 a b dmod\n", 2, "unsupported element 'D1' (diode)");
  expect_error("t\nE1 a b c d 10\n", 2, "(voltage-controlled voltage source)");
  expect_error("t\nG1 a b c d 1m\n", 2, "(voltage-controlled current source)");
  expect_error("t\nF1 a b v1 2\n", 2, "(current-controlled current source)");
  expect_error("t\nH1 a b v1 2\n", 2, "(current-controlled voltage source)");
  expect_error("t\nB1 a b v=1\n", 2, "(behavioural source)");
  expect_error("t\n.subckt s a\n%1 a b\n.ends\n", 3, "unsupported element '%1' (unknown element letter)");
}

TEST(Parser, MissingNodesAndValues) {
  expect_error("t\nM1 d g s nch W=1u L=1u\n", 2, "needs drain, gate, source and bulk");
  expect_error("t\nM1 d g s b\n", 2, "needs drain, gate, source and bulk");
  expect_error("t\nC1 a\n", 2, "capacitor 'C1' needs two nodes");
  expect_error("t\nC1 a b\n", 2, "capacitor 'C1' has no value");
  expect_error("t\nR1 a b 1k 2k\n", 2, "unexpected '2k'");
  expect_error("t\nV1 a\n", 2, "needs two nodes");
  expect_error("t\nV1 a b DC\n", 2, "'DC' of voltage source 'V1' needs a value");
  expect_error("t\nX1\n", 2, "needs nodes and a subcircuit name");
  expect_error("t\nM1 d g s b n W=\n", 2, "parameter 'W' has no value");
  expect_error("t\nX1 = a b sub\n", 2, "'=' without a parameter name");
  expect_error("t\nM1 d g s b n W={1u\n", 2, "'{' is not closed");
  expect_error("t\nM1 d g s b n W={wq} L=1u\n", 2, "unknown parameter 'wq'");
  expect_error("t\n+ W=1u\n", 2, "nothing before it to continue");
  expect_error("t\nR1 a b 1k\n.ends\n", 3, "'.ends' without a '.subckt'");
  expect_error("t\n.subckt amp a b\nR1 a b 1k\n", 2, "missing '.ends' for '.subckt amp'");
  expect_error("t\n.subckt\n", 2, "'.subckt' needs a name");
  expect_error("t\nC1 a b {1/0}\n", 2, "division by zero");
}

TEST(Parser, SubcktSpanAndNested) {
  const std::string text = "t\n.subckt outer a b\n.subckt inner x y\nR1 x y 1\n.ends inner\nXi a b inner\n.ends outer\n";
  Deck d = parse(text);
  const Subckt& o = d.subckts.at("outer");
  EXPECT_EQ(at(d, o.span), ".subckt outer a b\n.subckt inner x y\nR1 x y 1\n.ends inner\nXi a b inner\n.ends outer");
  ASSERT_EQ(o.nested.size(), 1u);
  EXPECT_EQ(o.nested[0].name, "inner");
  EXPECT_EQ(d.subckts.count("inner"), 0u);
  EXPECT_EQ(o.loc.line, 2);
}

TEST(Parser, SampleDeck) {
  Deck d = parse_file(data("miller_tb.sp"));
  EXPECT_EQ(d.title, "Two-stage Miller opamp with its testbench");
  const Subckt& s = d.subckts.at("miller");
  EXPECT_EQ(s.ports, (std::vector<std::string>{"vdd", "vss", "inp", "inn", "out", "ibias"}));
  EXPECT_EQ(s.elements.size(), 9u);
  EXPECT_DOUBLE_EQ(*s.elements[2].value("w"), 12e-6);
  EXPECT_DOUBLE_EQ(*s.elements[5].value("l"), 0.5e-6);
  EXPECT_DOUBLE_EQ(d.models.at("nch").params.at("lambda"), 0.05);
  EXPECT_EQ(d.elements.size(), 6u);  // V, V, V, I, C, X
}

TEST(Parser, CrLfLineEndings) {
  Deck d = parse("title\r\nM1 d g s b n W=1u L=2u\r\n+ M=3\r\n");
  EXPECT_EQ(d.title, "title");
  EXPECT_DOUBLE_EQ(*d.elements[0].value("m"), 3);
  EXPECT_EQ(d.elements[0].field("m")->text, "3");
}

TEST(Parser, MissingMainFile) {
  try {
    parse_file("/nonexistent/x.sp");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_TRUE(std::regex_search(e.what(), std::regex("^/nonexistent/x.sp:0: ")));
  }
}

TEST(Parser, FirstLineOfAFileWithoutTitle) {
  // A netlist fragment keeps a first line that is a complete element or a dot-card.
  Deck m = parse("M1 d g s b nch W=1u L=1u\nM2 d g s b nch W=2u L=1u\n");
  EXPECT_FALSE(m.has_title);
  ASSERT_EQ(m.elements.size(), 2u);
  EXPECT_EQ(m.elements[0].loc.line, 1);
  ASSERT_EQ(m.warnings.size(), 1u);
  EXPECT_EQ(m.warnings[0].rfind("t.sp:1: 'M1 d g s b nch W=1u L=1u' is read as an element", 0), 0u) << m.warnings[0];
  Deck s = parse(".subckt a x y\nR1 x y 1k\n.ends\n");
  EXPECT_EQ(s.subckts.count("a"), 1u);
  EXPECT_FALSE(s.has_title);
  EXPECT_TRUE(s.warnings.empty());
  // A full deck follows ngspice (its first line is the title), and says so when that line
  // looks like a netlist line.
  Deck full = parse(".include nothing_here.inc\n.end\n");  // would fail if it were read
  EXPECT_TRUE(full.has_title);
  ASSERT_EQ(full.warnings.size(), 1u);
  EXPECT_NE(full.warnings[0].find("is the title of this deck, as ngspice reads it"), std::string::npos);
  Deck op = parse("R1 a b 1k\nR2 a b 2k\n.op\n");
  EXPECT_EQ(op.elements.size(), 1u);
  EXPECT_EQ(op.warnings.size(), 1u);
  for (const char* title : {"Two stage opamp", "Cascode OTA 1", "Vout test", "X-ray amplifier v2", "* comment"}) {
    Deck t = parse(std::string(title) + "\n.model n nmos level=1\n");
    EXPECT_TRUE(t.has_title) << title;
    EXPECT_TRUE(t.warnings.empty()) << title;
  }
}

TEST(Parser, ParenthesisedNodeLists) {
  Deck d = parse("t\nM1 (d g s b) nch W=1u L=1u\nXM2 ( a b c ) sub w=1\nC1 (x y) 1p\n.subckt sub p q r w=1\n.ends\n");
  ASSERT_EQ(d.elements.size(), 3u);
  EXPECT_EQ(d.elements[0].nodes, (std::vector<std::string>{"d", "g", "s", "b"}));
  EXPECT_EQ(d.elements[0].model, "nch");
  EXPECT_EQ(d.elements[1].nodes, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(d.elements[1].model, "sub");
  EXPECT_DOUBLE_EQ(*d.elements[2].value("value"), 1e-12);
  // The writer still edits in place.
  EXPECT_EQ(at(d, d.elements[0].fields[0].span), "1u");
}

TEST(Parser, OptionScaleAndOwnLineParameters) {
  Deck d = parse("t\n.option scale=1e-6 gmin=1e-12\n"
                 "XM1 d g s b nfet L=0.15 W=4 nf=2 ad='int((nf+1)/2) * W/nf * 0.29' nrd='0.29 / W'\n");
  EXPECT_DOUBLE_EQ(d.scale, 1e-6);
  EXPECT_EQ(d.scale_loc.line, 2);
  EXPECT_DOUBLE_EQ(*d.elements[0].value("ad"), 0.29 * 2);  // int(1.5) * 4/2 * 0.29
  EXPECT_DOUBLE_EQ(*d.elements[0].value("nrd"), 0.29 / 4);
  EXPECT_TRUE(d.warnings.empty());
  expect_error("t\n.options scale=0\n", 2, "must be positive");
}
