#include "simulation/simulator.hpp"

#include "technology/library_section.hpp"

#include <chrono>
#include <cmath>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>

#include "circuit/build.hpp"
#include "simulation/ngspice_engine.hpp"

namespace inversize::simulation {

using nlohmann::json;

const Measured& SimulationResult::performance(std::string_view key) const {
  auto i = performance_index(key);
  if (!i) throw std::out_of_range("unknown performance " + std::string(key));
  return performances[*i];
}
Measured& SimulationResult::performance(std::string_view key) {
  return const_cast<Measured&>(static_cast<const SimulationResult&>(*this).performance(key));
}

namespace {

const Vector* find(const Plot& p, const std::string& name) {
  auto it = p.find(name);
  return it == p.end() ? nullptr : &it->second;
}

std::vector<double> real_of(const Vector& v) {
  if (!v.is_complex()) return v.real;
  std::vector<double> r;
  for (auto c : v.cplx) r.push_back(c.real());
  return r;
}

void fail_all(SimulationResult& r, const std::vector<std::string>& keys, const std::string& why) {
  for (const auto& k : keys) r.performance(k) = Measured::fail(why);
}

double scalar(const Plot& p, const std::string& name, bool& missing) {
  const Vector* v = find(p, name);
  if (!v || v->size() == 0) {
    missing = true;
    return 0;
  }
  return v->is_complex() ? v->cplx[0].real() : v->real[0];
}

void measure_ac(SimulationResult& r, const SimulationSetup& s, const std::vector<Plot>& plots) {
  const Plot& op = plots.at(0);
  const Plot& ac = plots.at(1);
  bool missing = false;
  // Power: VDD times the current drawn from the supply (ngspice's branch current flows into +).
  double idd = scalar(op, "vdd_dm#branch", missing);
  double vout = scalar(op, "out_dm", missing);
  if (missing) {
    r.error = "operating point lacks the supply current or the output voltage";
    return;
  }
  r.performance("power_w") = Measured::of(std::abs(idd) * s.conditions.vdd_v);
  r.performance("offset_v") = Measured::of(vout - s.conditions.vcm_v);

  for (std::size_t i = 0; i < s.dut.probe_paths.size(); ++i) {
    OperatingPoint p;
    bool miss = false;
    auto get = [&](const char* param) {
      return scalar(op, device_param_vector(kDiffInstance, s.dut.probe_paths[i], param), miss);
    };
    p.vgs = get("vgs");
    p.vds = get("vds");
    bool no_vth = false;
    p.vth = scalar(op, device_param_vector(kDiffInstance, s.dut.probe_paths[i], "vth"), no_vth);
    if (no_vth) p.vth = get("von");
    p.vdsat = get("vdsat");
    p.id = get("id");
    p.gm = get("gm");
    p.gds = get("gds");
    if (miss) continue;  // reported by the sizing rules as "no operating point"
    p.region = classify(p);
    r.operating_points[s.device_names.at(i)] = p;
  }

  const Vector* f = find(ac, "frequency");
  const Vector* dm = find(ac, "out_dm");
  const Vector* cm = find(ac, "out_cm");
  const Vector* ps = find(ac, "out_ps");
  if (!f || !dm || !cm || !ps || !dm->is_complex()) {
    fail_all(r, {"gain_db", "gbw_hz", "pm_deg", "cmrr_db", "psrr_db"}, "AC analysis returned no output");
    return;
  }
  r.performance("gain_db") = low_frequency_gain_db(dm->cplx);
  Crossing x = unity_gain_crossing(real_of(*f), dm->cplx);
  r.performance("gbw_hz") = x.frequency_hz;
  r.performance("pm_deg") = x.phase_margin_deg;
  r.performance("cmrr_db") = rejection_db(dm->cplx, cm->cplx, "common-mode");
  r.performance("psrr_db") = rejection_db(dm->cplx, ps->cplx, "supply");
}

// Along a servo-held sweep: the output is where the servo wants it (within 10 mV) and every
// transistor that is saturated at the nominal point is still saturated (|vds| >= |vdsat|).
// Transistors that the design keeps in triode on purpose do not limit the range.
std::vector<bool> holds_along_sweep(const Plot& sweep, const Plot& op_plot, const SimulationSetup& s,
                                    const std::string& instance, const std::vector<double>& out,
                                    const std::vector<double>& target) {
  std::vector<bool> ok(out.size(), true);
  for (std::size_t i = 0; i < out.size(); ++i) ok[i] = std::abs(out[i] - target[i]) <= 0.01;
  for (const auto& path : s.dut.probe_paths) {
    bool missing = false;
    double vds0 = scalar(op_plot, device_param_vector(kDiffInstance, path, "vds"), missing);
    double vdsat0 = scalar(op_plot, device_param_vector(kDiffInstance, path, "vdsat"), missing);
    if (missing || std::abs(vds0) < std::abs(vdsat0)) continue;
    const Vector* vds = find(sweep, device_param_vector(instance, path, "vds"));
    const Vector* vdsat = find(sweep, device_param_vector(instance, path, "vdsat"));
    if (!vds || !vdsat || vds->real.size() != out.size() || vdsat->real.size() != out.size()) continue;
    for (std::size_t i = 0; i < out.size(); ++i)
      if (std::abs(vds->real[i]) < std::abs(vdsat->real[i])) ok[i] = false;
  }
  return ok;
}

void measure_dc(SimulationResult& r, const SimulationSetup& s, const std::vector<Plot>& plots, const Plot& op_plot) {
  const Plot& ic = plots.at(0);
  const Plot& vo = plots.at(1);
  const Vector* x1 = find(ic, "v-sweep");
  const Vector* y1 = find(ic, "out_ic");
  if (x1 && y1) {
    std::vector<double> target(x1->real.size(), s.conditions.vcm_v);
    auto ok = holds_along_sweep(ic, op_plot, s, "xic", y1->real, target);
    Range rr = passing_interval(x1->real, ok, s.conditions.vcm_v, "the input common-mode sweep");
    r.performance("icmr_min_v") = rr.lo;
    r.performance("icmr_max_v") = rr.hi;
  } else {
    fail_all(r, {"icmr_min_v", "icmr_max_v"}, "common-mode sweep returned no output");
  }
  const Vector* x2 = find(vo, "v-sweep");
  const Vector* y2 = find(vo, "out_vo");
  if (x2 && y2) {
    auto ok = holds_along_sweep(vo, op_plot, s, "xvo", y2->real, x2->real);
    Range rr = passing_interval(x2->real, ok, s.conditions.vcm_v, "the output sweep");
    r.performance("vout_min_v") = rr.lo;
    r.performance("vout_max_v") = rr.hi;
  } else {
    fail_all(r, {"vout_min_v", "vout_max_v"}, "output sweep returned no output");
  }
}

void measure_tran(SimulationResult& r, const SimulationSetup& s, const std::vector<Plot>& plots) {
  const Plot& tr = plots.at(0);
  const Vector* t = find(tr, "time");
  const Vector* y = find(tr, "out_sr");
  if (!t || !y) {
    r.performance("sr_v_per_us") = Measured::fail("transient returned no output");
    return;
  }
  const auto& c = s.conditions;
  // The follower output starts from its own offset: measure between its settled levels.
  double lo = c.vcm_v - c.sr_step_v / 2, hi = c.vcm_v + c.sr_step_v / 2;
  r.performance("sr_v_per_us") = slew_rate_v_per_us(t->real, y->real, lo, hi, 2.7e-6);
}

}  // namespace

constexpr const char* kNotSimulated = "not simulated";  // measure()'s placeholder until a bench fills it

SimulationResult measure(const SimulationSetup& setup, const std::vector<std::vector<Plot>>& bench_plots) {
  SimulationResult r;
  for (auto& m : r.performances) m = Measured::fail(kNotSimulated);
  measure_ac(r, setup, bench_plots.at(0));
  if (!r.ok()) return r;
  if (bench_plots.size() > 1 && bench_plots[1].size() == 2) measure_dc(r, setup, bench_plots[1], bench_plots[0].at(0));
  if (bench_plots.size() > 2 && bench_plots[2].size() == 1) measure_tran(r, setup, bench_plots[2]);
  return r;
}

std::string gate_reason(const FeasibilityGate& gate, const SimulationResult& r) {
  // The same margins, and words, as the sizing rules that judge the design afterwards.
  for (const auto& [name, op] : r.operating_points)
    if (auto v = margin_violations(name, op, gate.limits); !v.empty()) return v.front();
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
      plots[i] = engine.run(benches[i].deck, benches[i].analyses);
    } catch (const SimulationError& e) {
      bench_errors[i] = e.what();
      if (i == 0) {
        // Without an operating point nothing else is meaningful.
        SimulationResult r;
        for (auto& m : r.performances) m = Measured::fail("operating point failed");
        r.error = e.what();
        r.seconds = seconds();
        return r;
      }
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
  if (r.ok()) r.sizing_rules = check_sizing_rules(c, r.operating_points);
  else r.sizing_rules = SizingRules{false, {"not simulated: " + r.error}};
}

NgspiceEngine& process_engine() {
  // Never destroyed: unloading libngspice during static destruction crashes inside ngspice
  // (seen as a segfault at exit of the CLI); the process's end releases it anyway.
  static NgspiceEngine* engine = new NgspiceEngine();
  return *engine;
}

SimulationResult simulate(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                          const Conditions& conditions) {
  SimulationSetup setup = make_setup(deck, c, tech, conditions);
  static std::mutex mutex;  // ngspice is one global state per process
  std::lock_guard lock(mutex);
  SimulationResult r = run_setup(process_engine(), setup);
  complete(r, c, tech);
  return r;
}

// ---- JSON ----

void to_json(json& j, const Conditions& c) {
  j = json{{"vdd_v", c.vdd_v}, {"vcm_v", c.vcm_v}, {"cl_f", c.cl_f}, {"ibias_a", c.ibias_a},
           {"temperature_c", c.temperature_c}, {"sr_step_v", c.sr_step_v}};
}
void from_json(const json& j, Conditions& c) {
  c.vdd_v = j.value("vdd_v", c.vdd_v);
  c.vcm_v = j.value("vcm_v", c.vcm_v);
  c.cl_f = j.value("cl_f", c.cl_f);
  c.ibias_a = j.value("ibias_a", c.ibias_a);
  c.temperature_c = j.value("temperature_c", c.temperature_c);
  c.sr_step_v = j.value("sr_step_v", c.sr_step_v);
}

void to_json(json& j, const SimulationSetup& s) {
  j = json{{"dut_text", s.dut.text},
           {"has_ibias", s.dut.has_ibias},
           {"ibias_into_pin", s.dut.ibias_into_pin},
           {"probe_paths", s.dut.probe_paths},
           {"conditions", s.conditions},
           {"device_names", s.device_names}};
  if (s.gate)
    j["gate"] = json{{"min_overdrive_v", s.gate->limits.min_overdrive_v},
                     {"min_sat_margin_v", s.gate->limits.min_sat_margin_v},
                     {"min_pm_deg", s.gate->min_pm_deg}};
}
void from_json(const json& j, SimulationSetup& s) {
  s.dut.text = j.at("dut_text").get<std::string>();
  s.dut.has_ibias = j.at("has_ibias").get<bool>();
  s.dut.ibias_into_pin = j.at("ibias_into_pin").get<bool>();
  s.dut.probe_paths = j.at("probe_paths").get<std::vector<std::string>>();
  s.conditions = j.at("conditions").get<Conditions>();
  s.device_names = j.at("device_names").get<std::vector<std::string>>();
  s.gate.reset();
  if (j.contains("gate")) {
    const json& g = j.at("gate");
    s.gate = FeasibilityGate{{g.at("min_overdrive_v").get<double>(), g.at("min_sat_margin_v").get<double>()},
                             g.at("min_pm_deg").get<double>()};
  }
}

void to_json(json& j, const SimulationResult& r) {
  json perf = json::object(), reasons = json::object();
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    const auto key = std::string(kPerformances[i].key);
    const auto& m = r.performances[i];
    if (m.value && std::isfinite(*m.value)) perf[key] = *m.value;
    else {
      perf[key] = nullptr;
      reasons[key] = m.reason.empty() ? "not measured" : m.reason;
    }
  }
  json ops = json::object();
  for (const auto& [name, op] : r.operating_points)
    ops[name] = json{{"region", to_string(op.region)}, {"vgs", op.vgs}, {"vds", op.vds}, {"vth", op.vth},
                     {"vdsat", op.vdsat}, {"id", op.id}, {"gm", op.gm}, {"gds", op.gds}};
  j = json{{"performances", perf},
           {"reasons", reasons},
           {"operating_points", ops},
           {"sizing_rules", {{"ok", r.sizing_rules.ok}, {"violations", r.sizing_rules.violations}}},
           {"seconds", r.seconds}};
  if (!r.error.empty()) j["error"] = r.error;
  if (r.stopped_early) j["stopped_early"] = true;
}

void from_json(const json& j, SimulationResult& r) {
  r.error = j.value("error", "");
  r.stopped_early = j.value("stopped_early", false);
  const json& perf = j.at("performances");
  const json reasons = j.value("reasons", json::object());
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    const auto key = std::string(kPerformances[i].key);
    if (perf.contains(key) && perf[key].is_number()) r.performances[i] = Measured::of(perf[key].get<double>());
    else r.performances[i] = Measured::fail(reasons.value(key, "not measured"));
  }
  // Bound to a local: iterating items() of value()'s temporary would dangle.
  const json ops = j.value("operating_points", json::object());
  for (const auto& [name, o] : ops.items()) {
    OperatingPoint op;
    op.vgs = o.at("vgs");
    op.vds = o.at("vds");
    op.vth = o.at("vth");
    op.vdsat = o.at("vdsat");
    op.id = o.at("id");
    op.gm = o.at("gm");
    op.gds = o.at("gds");
    op.region = classify(op);
    r.operating_points[name] = op;
  }
  if (j.contains("sizing_rules")) {
    r.sizing_rules.ok = j["sizing_rules"].value("ok", false);
    r.sizing_rules.violations = j["sizing_rules"].value("violations", std::vector<std::string>{});
  }
  r.seconds = j.value("seconds", 0.0);
}

}  // namespace inversize::simulation

// ---- setup from a circuit ----
namespace inversize::simulation {

namespace {
// The reference current flows into the ibias pin when it feeds an NMOS (a diode to VSS), out of
// it when it feeds a PMOS: decided by the transistors whose drain or gate sit on the ibias net.
bool ibias_flows_into_pin(const circuit::Circuit& c, int net) {
  int nmos = 0, pmos = 0;
  for (const auto* d : c.transistors()) {
    if (d->nets[circuit::Drain] != net && d->nets[circuit::Gate] != net) continue;
    (d->kind == circuit::DeviceKind::Nmos ? nmos : pmos)++;
  }
  return nmos >= pmos;
}
}  // namespace

SimulationSetup make_setup(const netlist::Deck& deck, const circuit::Circuit& c, const technology::Technology& tech,
                           const Conditions& conditions) {
  SimulationSetup s;
  s.conditions = conditions;
  s.dut.text = technology::spice_models(tech) + circuit::dut_subckt(deck, c, kDutName);
  auto ib = c.port(circuit::PortRole::Ibias);
  s.dut.has_ibias = ib.has_value();
  if (ib) s.dut.ibias_into_pin = ibias_flows_into_pin(c, *ib);
  for (const auto* d : c.transistors()) {
    s.device_names.push_back(d->name);
    s.dut.probe_paths.push_back(circuit::dut_device_path(*d));
  }
  return s;
}

}  // namespace inversize::simulation
