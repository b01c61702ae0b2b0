#include <gtest/gtest.h>

#include "netlist/units.hpp"

using namespace inversize::netlist;

namespace {
double num(const char* s) {
  auto v = parse_spice_number(s);
  EXPECT_TRUE(v.has_value()) << s;
  return v.value_or(-12345);
}
}  // namespace

TEST(Units, EverySuffix) {
  EXPECT_DOUBLE_EQ(num("1f"), 1e-15);
  EXPECT_DOUBLE_EQ(num("1p"), 1e-12);
  EXPECT_DOUBLE_EQ(num("1n"), 1e-9);
  EXPECT_DOUBLE_EQ(num("1u"), 1e-6);
  EXPECT_DOUBLE_EQ(num("1m"), 1e-3);
  EXPECT_DOUBLE_EQ(num("1k"), 1e3);
  EXPECT_DOUBLE_EQ(num("1meg"), 1e6);
  EXPECT_DOUBLE_EQ(num("1g"), 1e9);
  EXPECT_DOUBLE_EQ(num("1t"), 1e12);
  EXPECT_DOUBLE_EQ(num("5mil"), 5 * 25.4e-6);
}

TEST(Units, CaseInsensitiveAndMegVersusMilli) {
  EXPECT_DOUBLE_EQ(num("3meg"), 3e6);
  EXPECT_DOUBLE_EQ(num("2Meg"), 2e6);
  EXPECT_DOUBLE_EQ(num("2MEG"), 2e6);
  EXPECT_DOUBLE_EQ(num("2M"), 2e-3);  // SPICE: M is milli
  EXPECT_DOUBLE_EQ(num("2m"), 2e-3);
  EXPECT_DOUBLE_EQ(num("2MIL"), 2 * 25.4e-6);
  EXPECT_DOUBLE_EQ(num("4K"), 4e3);
  EXPECT_DOUBLE_EQ(num("4U"), 4e-6);
}

TEST(Units, TrailingUnitLettersIgnored) {
  EXPECT_DOUBLE_EQ(num("10uF"), 10e-6);
  EXPECT_DOUBLE_EQ(num("1.5kOhm"), 1.5e3);
  EXPECT_DOUBLE_EQ(num("1F"), 1e-15);  // as in SPICE: F is femto
  EXPECT_DOUBLE_EQ(num("5V"), 5);
  EXPECT_DOUBLE_EQ(num("3megohm"), 3e6);
  EXPECT_DOUBLE_EQ(num("1e"), 1);  // no exponent digits: a unit letter
}

TEST(Units, PlainNumbers) {
  EXPECT_DOUBLE_EQ(num("1e-6"), 1e-6);
  EXPECT_DOUBLE_EQ(num("2.5E+3"), 2500);
  EXPECT_DOUBLE_EQ(num(".5"), 0.5);
  EXPECT_DOUBLE_EQ(num("5."), 5);
  EXPECT_DOUBLE_EQ(num("-3.3"), -3.3);
  EXPECT_DOUBLE_EQ(num("+7"), 7);
  EXPECT_DOUBLE_EQ(num("1.2e-3u"), 1.2e-9);
  EXPECT_DOUBLE_EQ(num("  42  "), 42);
}

TEST(Units, RejectsNonNumbers) {
  EXPECT_FALSE(parse_spice_number(""));
  EXPECT_FALSE(parse_spice_number("u"));
  EXPECT_FALSE(parse_spice_number("."));
  EXPECT_FALSE(parse_spice_number("-"));
  EXPECT_FALSE(parse_spice_number("1u2"));
  EXPECT_FALSE(parse_spice_number("{1u}"));
  EXPECT_FALSE(parse_spice_number("1 2"));
}

TEST(Units, ScanStopsAfterLetters) {
  double v = 0;
  EXPECT_EQ(scan_spice_number("10u*2", v), 3u);
  EXPECT_DOUBLE_EQ(v, 10e-6);
  EXPECT_EQ(scan_spice_number("abc", v), 0u);
}

TEST(Units, FormatShortLiterals) {
  EXPECT_EQ(format_spice_number(1.2e-05), "12u");
  EXPECT_EQ(format_spice_number(1e-6), "1u");
  EXPECT_EQ(format_spice_number(0.5e-6), "500n");
  EXPECT_EQ(format_spice_number(1.4e-12), "1.4p");
  EXPECT_EQ(format_spice_number(2e-15), "2f");
  EXPECT_EQ(format_spice_number(3.3e6), "3.3meg");
  EXPECT_EQ(format_spice_number(4700), "4.7k");
  EXPECT_EQ(format_spice_number(1.8), "1.8");
  EXPECT_EQ(format_spice_number(0), "0");
  EXPECT_EQ(format_spice_number(-2.5e-3), "-2.5m");
  EXPECT_EQ(format_spice_number(1e-3), "1m");
  EXPECT_EQ(format_spice_number(70e-6), "70u");
  EXPECT_EQ(format_spice_number(350e-9), "350n");
  EXPECT_EQ(format_spice_number(999e-6), "999u");
}

TEST(Units, FormatRoundTrips) {
  for (double v : {1.23456789e-6, 3.0e-7, 1.0 / 3.0, 7.77e-13, 12345.678, 9.99999e-7, 1e-18, 5e17, -4.2e-9}) {
    auto back = parse_spice_number(format_spice_number(v));
    ASSERT_TRUE(back) << format_spice_number(v);
    EXPECT_NEAR(*back, v, std::abs(v) * 1e-14) << format_spice_number(v);
  }
}
