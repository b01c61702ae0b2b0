#include <gtest/gtest.h>

#include <string>

#include "netlist/expression.hpp"

using namespace inversize::netlist;

namespace {
const std::map<std::string, double> P = {{"wn", 2e-6}, {"ln", 0.5e-6}, {"k", 3}};
double ev(const std::string& s) { return evaluate(s, P); }
}  // namespace

TEST(Expression, NumbersAndSuffixes) {
  EXPECT_DOUBLE_EQ(ev("10u"), 10e-6);
  EXPECT_DOUBLE_EQ(ev("{2meg}"), 2e6);
  EXPECT_DOUBLE_EQ(ev("'1e-6'"), 1e-6);
  EXPECT_DOUBLE_EQ(ev("  3  "), 3);
}

TEST(Expression, Arithmetic) {
  EXPECT_DOUBLE_EQ(ev("1+2*3"), 7);
  EXPECT_DOUBLE_EQ(ev("(1+2)*3"), 9);
  EXPECT_DOUBLE_EQ(ev("8/2/2"), 2);
  EXPECT_DOUBLE_EQ(ev("2^3^2"), 512);  // right associative
  EXPECT_DOUBLE_EQ(ev("2**3"), 8);
  EXPECT_DOUBLE_EQ(ev("-2^2"), -4);
  EXPECT_DOUBLE_EQ(ev("--3"), 3);
  EXPECT_DOUBLE_EQ(ev("2*-3"), -6);
  EXPECT_DOUBLE_EQ(ev("10-2-3"), 5);
  EXPECT_DOUBLE_EQ(ev("2u*3"), 6e-6);
}

TEST(Expression, ParametersCaseInsensitive) {
  EXPECT_DOUBLE_EQ(ev("{2*wn}"), 4e-6);
  EXPECT_DOUBLE_EQ(ev("WN/LN"), 4);
  EXPECT_DOUBLE_EQ(ev("'k*k'"), 9);
}

TEST(Expression, Functions) {
  EXPECT_DOUBLE_EQ(ev("sqrt(16)"), 4);
  EXPECT_DOUBLE_EQ(ev("abs(-2)"), 2);
  EXPECT_DOUBLE_EQ(ev("min(3, 1, 2)"), 1);
  EXPECT_DOUBLE_EQ(ev("max(wn, ln)"), 2e-6);
  EXPECT_DOUBLE_EQ(ev("exp(0)"), 1);
  EXPECT_DOUBLE_EQ(ev("log(exp(2))"), 2);
  EXPECT_DOUBLE_EQ(ev("pow(2, 10)"), 1024);
  EXPECT_DOUBLE_EQ(ev("SQRT(k*3)"), 3);
  // ngspice's rounding functions, as xschem's nf expressions use them.
  EXPECT_DOUBLE_EQ(ev("int(2.7)"), 2);
  EXPECT_DOUBLE_EQ(ev("int(-2.7)"), -2);
  EXPECT_DOUBLE_EQ(ev("floor(-2.5)"), -3);
  EXPECT_DOUBLE_EQ(ev("ceil(2.1)"), 3);
  EXPECT_DOUBLE_EQ(ev("nint(2.5)"), 3);
  EXPECT_DOUBLE_EQ(ev("int((3+1)/2) * 4/3 * 0.29"), 2 * 4.0 / 3 * 0.29);
}

TEST(Expression, UnknownIdentifierIsNamed) {
  try {
    ev("2*wx+1");
    FAIL();
  } catch (const UnknownIdentifier& e) {
    EXPECT_EQ(e.name(), "wx");
    EXPECT_NE(std::string(e.what()).find("'wx'"), std::string::npos);
  }
}

TEST(Expression, Errors) {
  EXPECT_THROW(ev(""), EvalError);
  EXPECT_THROW(ev("{}"), EvalError);
  EXPECT_THROW(ev("1+"), EvalError);
  EXPECT_THROW(ev("(1+2"), EvalError);
  EXPECT_THROW(ev("1+2)"), EvalError);
  EXPECT_THROW(ev("1/0"), EvalError);
  EXPECT_THROW(ev("sqrt(-1)"), EvalError);
  EXPECT_THROW(ev("log(0)"), EvalError);
  EXPECT_THROW(ev("pow(2)"), EvalError);
  EXPECT_THROW(ev("foo(1)"), EvalError);
  EXPECT_THROW(ev("10^400"), EvalError);  // not finite
  EXPECT_THROW(ev("1 2"), EvalError);
  EXPECT_THROW(ev("#"), EvalError);
}

TEST(Expression, HostileNestingIsBounded) {
  std::string deep(100000, '(');
  EXPECT_THROW(ev(deep + "1" + std::string(100000, ')')), EvalError);
  EXPECT_THROW(ev(std::string(50000, '-') + "1"), EvalError);
  std::string chain = "1";
  for (int i = 0; i < 5000; ++i) chain += "^1";
  EXPECT_THROW(ev(chain), EvalError);
  std::string wide = "1";
  for (int i = 0; i < 5000; ++i) wide += "+1";
  EXPECT_DOUBLE_EQ(ev(wide), 5001);  // long but flat: fine
  EXPECT_DOUBLE_EQ(ev(std::string(50, '(') + "2" + std::string(50, ')')), 2);
}

TEST(Expression, ReferencedIdentifiers) {
  auto ids = referenced_identifiers("{2*W + max(l, W)/pi}");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0], "w");
  EXPECT_EQ(ids[1], "l");
  EXPECT_TRUE(referenced_identifiers("1u").empty());
  EXPECT_THROW(referenced_identifiers("w*"), EvalError);
}
