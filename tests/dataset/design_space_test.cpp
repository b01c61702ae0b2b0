// Design spaces of the built-in opamps, derived by hand from their netlists: one W per matched
// group, one L per group that must share it (symmetry and current mirrors), Cc, Ibias.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "dataset/design_space.hpp"
#include "dataset_test_util.hpp"

using namespace inversize;
using namespace inversize::dataset;

namespace {

struct Opened {
  technology::Technology tech = technology::load_default();
  circuit::OpenedCircuit oc;
  structure::Decomposition d;
  simulation::Conditions cond;
  DesignSpace space;
  explicit Opened(const std::string& spec) : oc(circuit::open_circuit(spec, tech)) {
    d = structure::decompose(oc.circuit);
    cond = simulation::nominal_conditions(oc.deck, tech);
    space = derive_design_space(oc.circuit, d, tech, cond);
  }
  const Variable& var(const std::string& name) const { return space.variables.at(*space.index(name)); }
};

std::vector<std::string> members(const Variable& v) {
  std::vector<std::string> out;
  for (const auto& m : v.members) out.push_back(m.device);
  return out;
}

}  // namespace

TEST(DesignSpace, MillerVariablesAndGroups) {
  Opened m("builtin:miller");
  EXPECT_EQ(m.space.names(), (std::vector<std::string>{"W_M1_M2", "W_M3_M4", "W_M5", "W_M6", "W_M7", "W_M8", "L_M1_M2",
                                                       "L_M3_M4", "L_M5_M7_M8", "L_M6", "C_Cc", "Ibias"}));
  EXPECT_EQ(members(m.var("W_M1_M2")), (std::vector<std::string>{"M1", "M2"}));
  // The bias mirror M8 -> M5, M7 shares one length (sizing rule), not one width.
  EXPECT_EQ(members(m.var("L_M5_M7_M8")), (std::vector<std::string>{"M5", "M7", "M8"}));
  EXPECT_EQ(m.var("C_Cc").kind, VariableKind::Capacitance);
  EXPECT_EQ(m.var("Ibias").kind, VariableKind::BiasCurrent);
}

TEST(DesignSpace, MillerBoundsFromNominalAndTechnology) {
  Opened m("builtin:miller");
  auto near = [](double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b)); };
  const auto& w = m.var("W_M1_M2");
  EXPECT_TRUE(near(w.nominal, 8e-6));
  EXPECT_TRUE(near(w.lo, 0.8e-6)) << w.lo;
  EXPECT_TRUE(near(w.hi, 80e-6)) << w.hi;
  EXPECT_TRUE(near(m.var("W_M6").hi, 200e-6)) << "clipped to the technology's w_max";
  EXPECT_TRUE(near(m.var("L_M6").lo, 0.18e-6)) << "clipped to l_min";
  EXPECT_TRUE(near(m.var("L_M6").hi, 2e-6));
  EXPECT_TRUE(near(m.var("L_M1_M2").lo, 0.25e-6));
  EXPECT_TRUE(near(m.var("C_Cc").lo, 0.14e-12));
  EXPECT_TRUE(near(m.var("C_Cc").hi, 14e-12));
  EXPECT_TRUE(near(m.var("Ibias").lo, 4e-6));
  EXPECT_TRUE(near(m.var("Ibias").hi, 100e-6));
  EXPECT_DOUBLE_EQ(w.grid, m.tech.grid_m);
  EXPECT_DOUBLE_EQ(m.var("C_Cc").grid, 1e-15) << "sampled capacitances a designer can type back";
  EXPECT_DOUBLE_EQ(m.var("Ibias").grid, 1e-9);
  for (const auto& v : m.space.variables) EXPECT_TRUE(v.log) << v.name;
}

TEST(DesignSpace, FoldedCascodeVariablesAndGroups) {
  Opened f("builtin:fcoa");
  EXPECT_EQ(f.space.names(),
            (std::vector<std::string>{"W_M0", "W_M5", "W_M3", "W_M4", "W_M10", "W_M11_M12", "W_M13_M14", "W_M8_M9",
                                      "W_M2_M6", "W_M1_M7", "L_M0_M3_M13_M14", "L_M5", "L_M4_M10", "L_M11_M12",
                                      "L_M8_M9", "L_M2_M6", "L_M1_M7", "Ibias"}));
  // Symmetric pairs of the paper's Table I are one variable each.
  for (auto name : {"W_M1_M7", "W_M2_M6", "W_M8_M9", "W_M11_M12", "W_M13_M14"})
    EXPECT_EQ(f.var(name).members.size(), 2u) << name;
}

TEST(DesignSpace, ApplySnapsToGridAndSetsMatchedDevices) {
  Opened m("builtin:miller");
  auto x = m.space.nominal();
  x[*m.space.index("W_M1_M2")] = 12.3456e-6;
  x[*m.space.index("L_M5_M7_M8")] = 0.7777e-6;
  x[*m.space.index("C_Cc")] = 2e-12;
  x[*m.space.index("Ibias")] = 1;  // outside: clipped to the bound
  auto c = m.oc.circuit;
  auto cond = m.cond;
  apply(m.space, x, c, cond);
  EXPECT_NEAR(c.device("M1")->w, 12.35e-6, 1e-15);
  EXPECT_DOUBLE_EQ(c.device("M1")->w, c.device("M2")->w);
  for (auto n : {"M5", "M7", "M8"}) EXPECT_NEAR(c.device(n)->l, 0.78e-6, 1e-15) << n;
  EXPECT_NEAR(c.device("Cc")->value, 2e-12, 1e-24);
  EXPECT_NEAR(cond.ibias_a, 100e-6, 1e-12);
  EXPECT_THROW(apply(m.space, std::vector<double>(3, 1e-6), c, cond), std::invalid_argument);
}

TEST(DesignSpace, UnitScaleIsLogarithmic) {
  Opened m("builtin:miller");
  auto i = *m.space.index("W_M1_M2");  // 0.8u .. 80u: the middle is 8u
  EXPECT_NEAR(m.space.from_unit(i, 0.5), 8e-6, 1e-12);
  EXPECT_NEAR(m.space.to_unit(i, 8e-6), 0.5, 1e-12);
}

TEST(DesignSpace, FixAndRangeFromTheCommandLine) {
  Opened m("builtin:miller");
  m.space.apply_fix("C_Cc=2p");
  m.space.apply_range("ibias=10u:40u");
  EXPECT_TRUE(m.var("C_Cc").fixed());
  EXPECT_NEAR(m.var("Ibias").lo, 10e-6, 1e-15);
  EXPECT_EQ(m.space.free_variables().size(), m.space.size() - 1);
  EXPECT_THROW(m.space.apply_fix("W_M99=1u"), std::invalid_argument);
  EXPECT_THROW(m.space.apply_range("Ibias=40u:10u"), std::invalid_argument);
  EXPECT_THROW(m.space.apply_range("Ibias=10u"), std::invalid_argument);
}

TEST(DesignSpace, BlocksNameTheirVariables) {
  Opened m("builtin:miller");
  auto blocks = block_variables(m.space, m.oc.circuit, m.d);
  auto vars_of = [&](const std::string& id) {
    std::vector<std::string> out;
    for (const auto& b : blocks)
      if (b.block_id == id)
        for (int i : b.variables) out.push_back(m.space.variables[i].name);
    return out;
  };
  EXPECT_EQ(vars_of("DP_t"), (std::vector<std::string>{"W_M1_M2", "L_M1_M2"}));
  EXPECT_EQ(vars_of("CM_b1"), (std::vector<std::string>{"W_M5", "W_M8", "L_M5_M7_M8", "Ibias"}));
  EXPECT_EQ(vars_of("C_c"), (std::vector<std::string>{"C_Cc"}));
  // Every variable is sized by some block: the models can produce all of them.
  std::vector<bool> covered(m.space.size(), false);
  for (const auto& b : blocks)
    for (int i : b.variables) covered[i] = true;
  for (std::size_t i = 0; i < covered.size(); ++i) EXPECT_TRUE(covered[i]) << m.space.variables[i].name;
}

TEST(DesignSpace, JsonRoundTrip) {
  Opened f("builtin:fcoa");
  nlohmann::json j = f.space;
  auto back = j.get<DesignSpace>();
  ASSERT_EQ(back.size(), f.space.size());
  for (std::size_t i = 0; i < back.size(); ++i) {
    EXPECT_EQ(back.variables[i].name, f.space.variables[i].name);
    EXPECT_DOUBLE_EQ(back.variables[i].lo, f.space.variables[i].lo);
    EXPECT_DOUBLE_EQ(back.variables[i].hi, f.space.variables[i].hi);
    EXPECT_EQ(back.variables[i].members.size(), f.space.variables[i].members.size());
  }
}
