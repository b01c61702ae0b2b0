#include "simulation/simulator.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "simulation/worker_pool.hpp"

namespace inversize::simulation {

std::string gate_reason(const FeasibilityGate& gate, const SimulationResult& r) {
  // The same margins, and words, as the sizing rules that judge the design afterwards.
  for (const auto& [name, op] : r.operating_points) {
    if (std::find(gate.exempt.begin(), gate.exempt.end(), name) != gate.exempt.end()) continue;
    if (auto v = operating_point_violations(name, op, gate.limits); !v.empty()) return v.front().second;
  }
  const auto& pm = r.performance("pm_deg");
  if (!pm.value || *pm.value < gate.min_pm_deg) return "phase margin below the minimum";
  return "";
}

SimulationResult run_setup(NgspiceEngine& engine, const SimulationSetup& setup) {
  auto t0 = std::chrono::steady_clock::now();
  auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };
  auto benches = make_benches(setup.dut, setup.conditions);
  std::vector<std::vector<Plot>> plots(benches.size());
  std::vector<std::string> bench_errors(benches.size());
  for (std::size_t i = 0; i < benches.size(); ++i) {
    try {
      plots[i] = engine.run_resident(benches[i].name, benches[i].deck, benches[i].analyses);
    } catch (const SimulationError& e) {
      bench_errors[i] = e.what();
      if (i == 0) {
        // Without an operating point nothing else is meaningful.
        SimulationResult r = SimulationResult::failed(e.what());
        r.seconds = seconds();
        return r;
      }
    }
    if (i == 0 && setup.ac_only) {
      plots.resize(1);
      break;
    }
    if (i == 0 && setup.gate) {
      SimulationResult r = measure(setup, {plots[0]});
      if (!r.ok()) {  // the full measurement would fail the same way: skip the other benches
        r.seconds = seconds();
        return r;
      }
      if (auto why = gate_reason(*setup.gate, r); !why.empty()) {
        for (auto& m : r.performances)
          if (!m.value && m.reason == kNotSimulated) m.reason = std::string(kGateSkipped) + " (" + why + ")";
        r.stopped_early = true;
        r.seconds = seconds();
        return r;
      }
    }
  }
  SimulationResult r = measure(setup, plots);
  // A bench that failed leaves its performances with ngspice's reason.
  if (!bench_errors[1].empty())
    for (const char* k : {"icmr_min_v", "icmr_max_v", "vout_min_v", "vout_max_v"})
      r.performance(k) = Measured::fail(bench_errors[1]);
  if (!bench_errors[2].empty()) r.performance("sr_v_per_us") = Measured::fail(bench_errors[2]);
  r.seconds = seconds();
  return r;
}

void complete(SimulationResult& r, const circuit::Circuit& c, const technology::Technology& tech) {
  double area = 0;
  for (const auto& d : c.devices) {
    if (circuit::is_mos(d.kind)) area += d.w * d.l * d.m;
    else if (d.kind == circuit::DeviceKind::Capacitor && tech.cap_density_f_per_m2 > 0)
      area += std::abs(d.value) / tech.cap_density_f_per_m2;
  }
  r.performance("area_um2") = Measured::of(area * 1e12);
  r.sizing_rules = {};
  if (r.ok()) r.sizing_rules = check_sizing_rules(c, r.operating_points);
  else r.sizing_rules.add(kRuleNoOperatingPoint, "not simulated: " + r.error);
}

NgspiceEngine& process_engine() {
  // Never destroyed: unloading libngspice during static destruction crashes inside ngspice
  // (seen as a segfault at exit of the CLI); the process's end releases it anyway.
  static NgspiceEngine* engine = new NgspiceEngine();
  return *engine;
}

SimulationResult simulate(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                          const Conditions& conditions, const JobContext& ctx) {
  SimulationSetup setup = make_setup(deck, c, tech, conditions);
  WorkerPool pool(PoolOptions{1});
  auto batch = pool.run({setup}, ctx);
  batch.outcome.rethrow();
  SimulationResult r = std::move(batch.results.front());
  complete(r, c, tech);
  return r;
}

}  // namespace inversize::simulation
