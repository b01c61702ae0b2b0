// Structural recognition time against the number of transistors (target: well under 50 ms for
// a 30-transistor opamp). Run: <build>/tests/benchmarks/structure_benchmark
#include <benchmark/benchmark.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "circuit/build.hpp"
#include "netlist/parser.hpp"
#include "structure/decompose.hpp"
#include "../structure/structure_test_util.hpp"

using namespace inversize;

namespace {

// A synthetic opamp of n transistors (n >= 6, even): a simple OTA, then a chain of
// common-source gain stages with mirrored current sources and Miller capacitors, all biased
// from one diode. Its decomposition has about n/2 blocks.
circuit::Circuit chain_opamp(int n) {
  circuit::Circuit c;
  auto net = [&](const std::string& name) { return structure::test::net(c, name); };
  auto device = [&](const std::string& name, circuit::DeviceKind kind, std::vector<std::string> nets) {
    circuit::Device dev;
    dev.name = name;
    dev.kind = kind;
    dev.model = kind == circuit::DeviceKind::Pmos ? "pch" : "nch";
    for (const auto& n : nets) dev.nets.push_back(net(n));
    c.devices.push_back(dev);
  };
  const auto N = circuit::DeviceKind::Nmos, P = circuit::DeviceKind::Pmos;
  device("M1", N, {"n1", "inn", "tail", "vss"});
  device("M2", N, {"o0", "inp", "tail", "vss"});
  device("M3", P, {"n1", "n1", "vdd", "vdd"});
  device("M4", P, {"o0", "n1", "vdd", "vdd"});
  device("M5", N, {"tail", "ibias", "vss", "vss"});
  device("M6", N, {"ibias", "ibias", "vss", "vss"});
  const int stages = (n - 6) / 2;
  for (int k = 1; k <= stages; ++k) {
    const std::string in = "o" + std::to_string(k - 1), out = k == stages ? "out" : "o" + std::to_string(k);
    device("MG" + std::to_string(k), k % 2 ? P : N, {out, in, k % 2 ? "vdd" : "vss", k % 2 ? "vdd" : "vss"});
    device("MS" + std::to_string(k), N, {out, "ibias", "vss", "vss"});
    device("CC" + std::to_string(k), circuit::DeviceKind::Capacitor, {in, out});
  }
  return c;
}

void BM_DecomposeChain(benchmark::State& state) {
  const auto c = chain_opamp(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(structure::decompose(c));
  state.counters["transistors"] = static_cast<double>(c.transistors().size());
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_DecomposeChain)->RangeMultiplier(2)->Range(8, 256)->Unit(benchmark::kMicrosecond)->Complexity();

void BM_DecomposeBuiltin(benchmark::State& state, const char* name) {
  circuit::BuildOptions opt;
  opt.nmos_models = {"nch"};
  opt.pmos_models = {"pch"};
  const auto c = circuit::build_circuit(
      netlist::parse_file(std::string(INVERSIZE_SOURCE_RESOURCE_DIR) + "/circuits/" + name + ".cir"), opt);
  for (auto _ : state) benchmark::DoNotOptimize(structure::decompose(c));
  state.counters["transistors"] = static_cast<double>(c.transistors().size());
}
BENCHMARK_CAPTURE(BM_DecomposeBuiltin, miller, "miller")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_DecomposeBuiltin, fcoa, "fcoa")->Unit(benchmark::kMicrosecond);

// The complementary folded cascode (17 transistors) plus a second stage and a bias tree: 31
// transistors, the "well under 50 ms" case (once a wall-clock limit in decompose_test).
void BM_DecomposeThirtyOne(benchmark::State& state) {
  std::ifstream in(std::string(INVERSIZE_TEST_DATA_DIR) + "/opamps/complementary_folded_cascode.cir");
  std::ostringstream os;
  os << in.rdbuf();
  std::string text = os.str();
  std::string extra = "M20 o2 out vdd vdd pch W=80u L=0.5u\nM21 o2 ibias vss vss nch W=40u L=1u\nCc out o2 2p\n";
  for (int i = 0; i < 12; ++i)
    extra += "MB" + std::to_string(i) + " b" + std::to_string(i) + " ibias vss vss nch W=4u L=1u\n";
  text.insert(text.find(".ends"), extra);
  circuit::BuildOptions opt;
  opt.nmos_models = {"nch"};
  opt.pmos_models = {"pch"};
  const auto c = circuit::build_circuit(netlist::parse_string(text, "big.cir"), opt);
  for (auto _ : state) benchmark::DoNotOptimize(structure::decompose(c));
  state.counters["transistors"] = static_cast<double>(c.transistors().size());
}
BENCHMARK(BM_DecomposeThirtyOne)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
