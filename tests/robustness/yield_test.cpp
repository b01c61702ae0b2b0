// Yield of real sizings with real ngspice runs, against hand numbers: the offset's Monte Carlo
// spread against Pelgrom's estimate from the operating point, its 1/sqrt(W L) scaling, the
// order of process corners, and the yield of specifications far inside and at the nominal value.
// Offset and gbw come from the operating point and AC bench alone: the runs skip the DC sweeps
// and the transient (SimulationSetup::ac_only), which keeps N = 500 at a few seconds.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "circuit/input.hpp"
#include "netlist/parser.hpp"
#include "robustness/yield.hpp"
#include "simulation/conditions.hpp"

using namespace inversize;
using namespace inversize::robustness;

namespace {

struct Opened {
  technology::Technology tech;
  circuit::OpenedCircuit opened;
};

Opened open(const std::string& builtin, const std::string& tech) {
  Opened o{technology::load_named(tech), {}};
  o.opened = circuit::open_circuit(builtin, o.tech);
  return o;
}

YieldRequest request(const Opened& o, const std::vector<std::string>& spec, int runs, std::uint64_t seed = 1) {
  YieldRequest q;
  q.deck = &o.opened.deck;
  q.circuit = o.opened.circuit;
  q.tech = &o.tech;
  q.conditions = simulation::nominal_conditions(o.opened.deck, o.opened.circuit, o.tech);
  q.spec = sizing::parse_specification(spec);
  q.mc.runs = runs;
  q.mc.seed = seed;
  return q;
}

const PerformanceSpread& spread(const YieldResult& r, const char* key) {
  for (const auto& s : r.per_performance)
    if (kPerformances[s.performance].key == key) return s;
  throw std::logic_error(std::string("no spread of ") + key);
}

// Pelgrom's input-referred offset of the Miller's first stage (pair M1/M2, mirror M3/M4), from
// the nominal operating point: pair dVT, the mirror's dVT through gm3/gm1, and both current
// factors' mismatch through Id/gm1 (a current error dI/I = dbeta/beta referred by gm1).
double pelgrom_offset(const technology::Technology& tech, const circuit::Circuit& c,
                      const simulation::SimulationResult& nominal, const std::string& prefix = "") {
  const auto& n = *tech.variation.mismatch.nmos;
  const auto& p = *tech.variation.mismatch.pmos;
  const auto* m1 = c.device(prefix + "M1");
  const auto* m3 = c.device(prefix + "M3");
  const auto& op1 = nominal.operating_points.at(prefix + "M1");
  const auto& op3 = nominal.operating_points.at(prefix + "M3");
  const double wl1 = m1->w * m1->l * 1e12, wl3 = m3->w * m3->l * 1e12;
  const double vt12 = n.avt_mv_um * 1e-3 / std::sqrt(wl1), beta12 = n.abeta_pct_um * 1e-2 / std::sqrt(wl1);
  const double vt34 = p.avt_mv_um * 1e-3 / std::sqrt(wl3), beta34 = p.abeta_pct_um * 1e-2 / std::sqrt(wl3);
  const double id_gm = std::abs(op1.id) / op1.gm, g31 = op3.gm / op1.gm;
  return std::sqrt(vt12 * vt12 + g31 * g31 * vt34 * vt34 + id_gm * id_gm * (beta12 * beta12 + beta34 * beta34));
}

}  // namespace

TEST(Yield, OffsetSpreadMatchesPelgromAndScalesWithOneOverSqrtArea) {
  simulation::WorkerPool pool(simulation::PoolOptions{2});
  auto o = open("builtin:miller", "generic180");
  // The offset target is the nominal systematic offset; its tolerance wide: every run counts.
  auto q = request(o, {"offset_v=0"}, 500);
  sizing::parse_tolerances(q.spec, {"offset_v=1"});
  // The same opamp with pair and mirror four times the area (W and L doubled: same W/L, same
  // operating point): half the sigma.
  auto big = q;
  for (const char* name : {"M1", "M2", "M3", "M4"}) {
    auto* d = big.circuit.device(name);
    d->w *= 2;
    d->l *= 2;
  }
  big.mc.runs = 200;  // sigma within about 5 %: enough for a factor of two
  const auto rs = estimate_yields({q, big}, pool, {});
  for (std::size_t k = 0; k < 2; ++k) {
    const auto& r = rs[k];
    const int n = k == 0 ? 500 : 200;
    EXPECT_TRUE(r.ac_only);
    EXPECT_TRUE(r.mismatch);
    EXPECT_FALSE(r.global);  // generic180 has no statistical library
    EXPECT_EQ(r.runs, n);
    EXPECT_TRUE(r.failed.empty()) << r.failed.front().reason;
    const double hand = pelgrom_offset(o.tech, k == 0 ? q.circuit : big.circuit, r.nominal);
    const auto& s = spread(r, "offset_v");
    EXPECT_EQ(s.measured, n);
    EXPECT_NEAR(s.std / hand, 1.0, 0.2) << "MC sigma " << s.std << " V, Pelgrom " << hand << " V";
    std::printf("offset, %d runs: Monte Carlo sigma %.3f mV, Pelgrom %.3f mV, mean %.3f mV (nominal %.3f mV)\n", n,
                s.std * 1e3, hand * 1e3, s.mean * 1e3, s.nominal * 1e3);
    // The mean stays at the systematic offset (the spread is symmetric).
    EXPECT_NEAR(s.mean, s.nominal, 3 * s.std / std::sqrt(double(n)));
  }
  const double ratio = spread(rs[0], "offset_v").std / spread(rs[1], "offset_v").std;
  EXPECT_NEAR(ratio, 2.0, 0.4) << "4x area should halve the offset's sigma";
}

TEST(Yield, FarInsideMeetsAlwaysAtTheNominalValueHalfTheTime) {
  simulation::WorkerPool pool(simulation::PoolOptions{2});
  auto o = open("builtin:miller", "generic180");
  auto probe = request(o, {"gbw_hz=1"}, 0);
  const double gbw = *estimate_yield(probe, pool, {}).nominal.performances[*performance_index("gbw_hz")].value;
  auto far = request(o, {"gbw_hz=" + std::to_string(0.7 * gbw)}, 100);
  auto at = request(o, {"gbw_hz=" + std::to_string(gbw)}, 200);
  const auto rs = estimate_yields({far, at}, pool, {});
  EXPECT_EQ(rs[0].yield.k, 100);
  EXPECT_GT(rs[0].yield.lo, 0.96);
  // A symmetric spread around the nominal: half meet; 0.5 lies in the 95 % interval.
  EXPECT_LT(rs[1].yield.lo, 0.5);
  EXPECT_GT(rs[1].yield.hi, 0.5);
  EXPECT_NEAR(rs[1].yield.value, 0.5, 0.1);
  EXPECT_EQ(rs[1].limiting, performance_index("gbw_hz"));
}

TEST(Yield, ProcessCornersOrderAsPhysicsSays) {
  simulation::WorkerPool pool(simulation::PoolOptions{2});
  auto o = open("builtin:miller_gf180", "gf180mcu");
  auto q = request(o, {"gbw_hz=1meg", "power_w=1"}, 0);
  q.corners = select_corners(o.tech, "ss,typical,ff");
  const auto r = estimate_yield(q, pool, {});
  ASSERT_EQ(r.corners.size(), 3u);
  const auto gbw = *performance_index("gbw_hz");
  double v[3];
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(r.corners[i].result.ok()) << r.corners[i].result.error;
    v[i] = *r.corners[i].result.performances[gbw].value;
  }
  // Same bias current: slow devices give less gm, so less gbw, than typical, than fast.
  EXPECT_LT(v[0], v[1]);
  EXPECT_LT(v[1], v[2]);
  EXPECT_NEAR(v[1], *r.nominal.performances[gbw].value, 1e-6 * v[1]);  // typical is the nominal
  EXPECT_EQ(spread(r, "gbw_hz").worst_corner, "ss/nominal/nominal");
}

TEST(Yield, Gf180GlobalVariationIsThePdksAndDeterministicForASeedAnyWorkerCount) {
  auto o = open("builtin:miller_gf180", "gf180mcu");
  auto q = request(o, {"gbw_hz=1meg"}, 24, 42);
  q.mc.mismatch = false;  // global alone
  q.corners = select_corners(o.tech, "ss,ff");
  simulation::WorkerPool one(simulation::PoolOptions{1}), two(simulation::PoolOptions{2});
  const auto a = estimate_yield(q, one, {});
  const auto b = estimate_yield(q, two, {});
  EXPECT_TRUE(a.global);
  EXPECT_FALSE(a.mismatch);
  EXPECT_TRUE(a.notes.empty()) << a.notes.front();
  const auto& sa = spread(a, "gbw_hz");
  const auto& sb = spread(b, "gbw_hz");
  ASSERT_EQ(sa.values.size(), 24u);
  EXPECT_EQ(sa.values, sb.values);
  // The PDK's die-to-die spread: its 3 sigma is the ss/ff spread (gf180mcu.json), so sigma is
  // about a sixth of ff - ss (a factor of two either way: the corners move more than the
  // statistical parameters, and 24 runs estimate sigma within about 15 %).
  const auto gbw = *performance_index("gbw_hz");
  const double ss = *a.corners[0].result.performances[gbw].value, ff = *a.corners[1].result.performances[gbw].value;
  EXPECT_GT(sa.std, (ff - ss) / 6 / 2) << "sigma " << sa.std << ", ss " << ss << ", ff " << ff;
  EXPECT_LT(sa.std, (ff - ss) / 6 * 2) << "sigma " << sa.std << ", ss " << ss << ", ff " << ff;
  auto other = q;
  other.mc.seed = 43;
  other.corners.clear();
  EXPECT_NE(spread(estimate_yield(other, two, {}), "gbw_hz").values, sa.values);
}

// The gf180mcu Miller with its transistors instanced as the PDK's subckts (`XM1 ... nmos_3p3
// W= L=`): the same Pelgrom spread as plain M elements get, through the wrappers' copies
// (issue 20: such devices had no mismatch at all). N = 200 keeps the gf180 runs short; sigma
// is then known within about 5 %.
TEST(Yield, Gf180SubcktDevicesGetPelgromMismatch) {
  const std::string text =
      "* gf180mcu Miller, PDK devices as X instances\n"
      ".subckt millerx vdd vss inp inn out ibias\n"
      "XM1 n1 inn tail vss nmos_3p3 W=10u L=1u\nXM2 o1 inp tail vss nmos_3p3 W=10u L=1u\n"
      "XM3 n1 n1 vdd vdd pmos_3p3 W=12u L=1u\nXM4 o1 n1 vdd vdd pmos_3p3 W=12u L=1u\n"
      "XM5 tail ibias vss vss nmos_3p3 W=10u L=1u\nXM6 out o1 vdd vdd pmos_3p3 W=60u L=0.5u\n"
      "XM7 out ibias vss vss nmos_3p3 W=50u L=1u\nXM8 ibias ibias vss vss nmos_3p3 W=5u L=1u\n"
      "Cc o1 out 1p\n.ends millerx\n";
  Opened o{technology::load_named("gf180mcu"), {}};
  o.opened.deck = netlist::parse_string(text, "millerx.cir");
  o.opened.circuit = circuit::build_with(o.opened.deck, o.tech, {}, "");
  ASSERT_TRUE(o.opened.circuit.device("XM1")->wrapped);
  simulation::WorkerPool pool(simulation::PoolOptions{2});
  auto q = request(o, {"offset_v=0"}, 200);
  sizing::parse_tolerances(q.spec, {"offset_v=1"});
  q.mc.global = false;  // mismatch alone, as the hand estimate
  const auto r = estimate_yield(q, pool, {});
  EXPECT_TRUE(r.mismatch);
  EXPECT_TRUE(r.notes.empty()) << r.notes.front();
  EXPECT_TRUE(r.failed.empty()) << r.failed.front().reason;
  const double hand = pelgrom_offset(o.tech, q.circuit, r.nominal, "X");
  const auto& s = spread(r, "offset_v");
  EXPECT_EQ(s.measured, 200);
  EXPECT_NEAR(s.std / hand, 1.0, 0.2) << "MC sigma " << s.std << " V, Pelgrom " << hand << " V";
  std::printf("gf180 X devices, 200 runs: Monte Carlo sigma %.3f mV, Pelgrom %.3f mV\n", s.std * 1e3, hand * 1e3);
}

// Cancelled before the pool ran anything: the outcome says so, and the runs that never ran
// count neither as runs nor as failures (#23: once told by an error text "cancelled").
TEST(Yield, CancelledRunsCountNeitherAsRunsNorAsFailures) {
  simulation::WorkerPool pool(simulation::PoolOptions{1});
  auto o = open("builtin:miller", "generic180");
  JobContext cancelled;
  cancelled.cancel.cancel();
  const auto r = estimate_yield(request(o, {"gbw_hz=1meg"}, 10), pool, cancelled);
  EXPECT_TRUE(r.outcome.is_cancelled());
  EXPECT_EQ(r.runs, 0);
  EXPECT_TRUE(r.failed.empty());
  const auto done = estimate_yield(request(o, {"gbw_hz=1meg"}, 3), pool, {});
  EXPECT_TRUE(done.outcome.is_done());
  EXPECT_EQ(done.runs, 3);
}
