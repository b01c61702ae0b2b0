#include <gtest/gtest.h>

#include "circuit/build.hpp"
#include "netlist/parser.hpp"
#include "thrown_message.hpp"

using namespace inversize;
using namespace inversize::circuit;
using netlist::ParseError;

namespace {

const std::string kModels = ".model nch nmos level=1\n.model pch pmos level=1\n";

// An amplifier whose five signal ports are called a b c d e (in role order vdd vss inp inn out).
std::string amp(const std::string& ports) {
  std::vector<std::string> p;
  std::string cur;
  for (char ch : ports + " ") {
    if (ch == ' ') {
      if (!cur.empty()) p.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  std::string body = "M1 " + p[4] + " " + p[2] + " " + p[1] + " " + p[1] + " nch W=1u L=1u\n" +
                     "M2 " + p[4] + " " + p[3] + " " + p[0] + " " + p[0] + " pch W=1u L=1u\n";
  if (p.size() > 5) body += "M3 " + p[5] + " " + p[5] + " " + p[1] + " " + p[1] + " nch W=1u L=1u\n";
  return "t\n" + kModels + ".subckt amp " + ports + "\n" + body + ".ends\n";
}

Circuit build(const std::string& text, const BuildOptions& o = {}) {
  return build_circuit(netlist::parse_string(text, "t.sp", ""), o);
}

// The reason a build of this text is refused.
std::string build_error(const std::string& text, const BuildOptions& o = {}) {
  return thrown_message<ParseError>([&] { build(text, o); }, text);
}

std::string role_net(const Circuit& c, PortRole r) {
  auto n = c.port(r);
  return n ? c.nets[*n] : std::string("(none)");
}

}  // namespace

TEST(Ports, RoleNamesAndAliases) {
  EXPECT_EQ(port_role_from_string("VDD"), PortRole::Vdd);
  for (const char* s : {"vcc", "avdd", "vdda", "vpwr"}) EXPECT_EQ(port_role_from_string(s), PortRole::Vdd) << s;
  for (const char* s : {"vss", "GND", "avss", "vssa", "vgnd"}) EXPECT_EQ(port_role_from_string(s), PortRole::Vss) << s;
  for (const char* s : {"inp", "in+", "vinp", "vip", "inp1", "ip", "in_p", "plus"}) EXPECT_EQ(port_role_from_string(s), PortRole::Inp) << s;
  for (const char* s : {"inn", "in-", "vinn", "im", "in_n", "minus"}) EXPECT_EQ(port_role_from_string(s), PortRole::Inn) << s;
  for (const char* s : {"out", "vout", "output", "vo"}) EXPECT_EQ(port_role_from_string(s), PortRole::Out) << s;
  for (const char* s : {"ibias", "iref", "ib", "ibn", "ibp", "bias"}) EXPECT_EQ(port_role_from_string(s), PortRole::Ibias) << s;
  EXPECT_FALSE(port_role_from_string("vin"));  // ambiguous on its own
  EXPECT_FALSE(port_role_from_string("0"));
  EXPECT_FALSE(port_role_from_string("n1"));
  for (PortRole r : {PortRole::Vdd, PortRole::Vss, PortRole::Inp, PortRole::Inn, PortRole::Out, PortRole::Ibias})
    EXPECT_EQ(port_role_from_string(to_string(r)), r);
}

TEST(Ports, DetectedFromConventionalNames) {
  Circuit c = build(amp("VCC GND IN+ IN- VOUT IREF"));
  EXPECT_EQ(role_net(c, PortRole::Vdd), "vcc");
  EXPECT_EQ(role_net(c, PortRole::Vss), "gnd");
  EXPECT_EQ(role_net(c, PortRole::Inp), "in+");
  EXPECT_EQ(role_net(c, PortRole::Inn), "in-");
  EXPECT_EQ(role_net(c, PortRole::Out), "vout");
  EXPECT_EQ(role_net(c, PortRole::Ibias), "iref");
}

TEST(Ports, IbiasIsOptional) {
  Circuit c = build(amp("vdd vss inp inn out"));
  EXPECT_FALSE(c.port(PortRole::Ibias));
}

TEST(Ports, VinIsTheInvertingInputOnlyNextToAPlusInput) {
  Circuit c = build(amp("vdd vss vip vin vo"));
  EXPECT_EQ(role_net(c, PortRole::Inp), "vip");
  EXPECT_EQ(role_net(c, PortRole::Inn), "vin");
  const auto why = build_error(amp("vdd vss vin x out"));
  EXPECT_NE(why.find("cannot tell which net is inp, inn"), std::string::npos) << why;
}

TEST(Ports, GroundIsVssWhenNoVssPort) {
  const std::string text = "t\n" + kModels + ".subckt amp vdd inp inn out\nM1 out inp 0 0 nch W=1u L=1u\nM2 out inn vdd vdd pch W=1u L=1u\n.ends\n";
  Circuit c = build(text);
  EXPECT_EQ(role_net(c, PortRole::Vss), "0");
  EXPECT_EQ(c.nets[0], "0");
}

TEST(Ports, MissingRolesNameThemAndSuggestPortOption) {
  const auto why = build_error(amp("a b c d e"));
  EXPECT_EQ(why,
            "t.sp:4: cannot tell which net is vdd, vss, inp, inn, out (nets: a b c d e): name them with --port "
            "ROLE=NET, e.g. --port vdd=NET");
}

TEST(Ports, OverridesWin) {
  BuildOptions o;
  o.port_nets = {{PortRole::Vdd, "A"}, {PortRole::Vss, "b"}, {PortRole::Inp, "c"}, {PortRole::Inn, "d"}, {PortRole::Out, "e"}};
  Circuit c = build(amp("a b c d e"), o);
  EXPECT_EQ(role_net(c, PortRole::Vdd), "a");
  EXPECT_EQ(role_net(c, PortRole::Out), "e");
  // An override may swap what the names suggest.
  BuildOptions swap;
  swap.port_nets = {{PortRole::Inp, "inn"}, {PortRole::Inn, "inp"}};
  Circuit s = build(amp("vdd vss inp inn out"), swap);
  EXPECT_EQ(role_net(s, PortRole::Inp), "inn");
  EXPECT_EQ(role_net(s, PortRole::Inn), "inp");
  BuildOptions bad;
  bad.port_nets = {{PortRole::Out, "nowhere"}};
  const auto why = build_error(amp("vdd vss inp inn out"), bad);
  EXPECT_NE(why.find("--port out=nowhere: the circuit has no net 'nowhere'"), std::string::npos);
}

TEST(Ports, TwoRolesOnOneNetIsAnError) {
  BuildOptions o;
  o.port_nets = {{PortRole::Inn, "out"}, {PortRole::Out, "out"}};
  const auto why = build_error(amp("vdd vss inp x out"), o);
  EXPECT_NE(why.find("are the same net 'out'"), std::string::npos) << why;
}

TEST(Ports, DuplicateAliasWarnsAndUnusedPortWarns) {
  const std::string text = "t\n" + kModels + ".subckt amp vdd avdd vss inp inn out vcm\nM1 out inp vss vss nch W=1u L=1u\n"
                           "M2 out inn vdd vdd pch W=1u L=1u\nM3 out vcm avdd avdd pch W=1u L=1u\n.ends\n";
  Circuit c = build(text);
  EXPECT_EQ(role_net(c, PortRole::Vdd), "vdd");
  ASSERT_EQ(c.warnings.size(), 3u);
  EXPECT_EQ(c.warnings[0], "nets 'vdd' and 'avdd' both look like vdd; 'vdd' is used");
  EXPECT_NE(c.warnings[1].find("port 'avdd' has no role"), std::string::npos);
  EXPECT_NE(c.warnings[2].find("port 'vcm' has no role"), std::string::npos);
}
