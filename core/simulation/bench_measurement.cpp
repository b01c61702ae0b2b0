#include "simulation/bench_measurement.hpp"

#include <cmath>

#include "simulation/dc_sweep.hpp"

namespace inversize::simulation {

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
  r.performance("cmrr_db") = rejection_db(dm->cplx, cm->cplx, "common-mode");
  r.performance("psrr_db") = rejection_db(dm->cplx, ps->cplx, "supply");
  // A gain whose sign is wrong is no opamp's gain: in any feedback loop the circuit latches.
  if (const auto swapped = swapped_inputs_reason(dm->cplx); !swapped.empty())
    return fail_all(r, {"gain_db", "gbw_hz", "pm_deg"}, swapped);
  r.performance("gain_db") = low_frequency_gain_db(dm->cplx);
  Crossing x = unity_gain_crossing(real_of(*f), dm->cplx);
  r.performance("gbw_hz") = x.frequency_hz;
  r.performance("pm_deg") = x.phase_margin_deg;
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
    Range rr = passing_interval(on_dc_grid(x1->real, s.conditions.vdd_v), ok, s.conditions.vcm_v,
                                "the input common-mode sweep");
    r.performance("icmr_min_v") = rr.lo;
    r.performance("icmr_max_v") = rr.hi;
  } else {
    fail_all(r, {"icmr_min_v", "icmr_max_v"}, "common-mode sweep returned no output");
  }
  const Vector* x2 = find(vo, "v-sweep");
  const Vector* y2 = find(vo, "out_vo");
  if (x2 && y2) {
    auto ok = holds_along_sweep(vo, op_plot, s, "xvo", y2->real, x2->real);
    Range rr = passing_interval(on_dc_grid(x2->real, s.conditions.vdd_v), ok, s.conditions.vcm_v, "the output sweep");
    r.performance("vout_min_v") = rr.lo;
    r.performance("vout_max_v") = rr.hi;
  } else {
    fail_all(r, {"vout_min_v", "vout_max_v"}, "output sweep returned no output");
  }
}

// One sweep from its two halves (testbench.cpp): the half towards 0 V reversed, then the half
// towards VDD without its first point, which is the other's first.
Plot joined_sweep(const Plot& down, const Plot& up) {
  Plot out;
  for (const auto& [name, v] : up) {
    const Vector* d = find(down, name);
    if (!d || d->is_complex() || v.is_complex() || v.real.empty()) continue;
    Vector& j = out[name];
    j.real.assign(d->real.rbegin(), d->real.rend());
    j.real.insert(j.real.end(), v.real.begin() + 1, v.real.end());
  }
  return out;
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

SimulationResult measure(const SimulationSetup& setup, const std::vector<std::vector<Plot>>& bench_plots) {
  SimulationResult r;
  for (auto& m : r.performances) m = Measured::fail(kNotSimulated);
  measure_ac(r, setup, bench_plots.at(0));
  if (!r.ok()) return r;
  if (bench_plots.size() > 1 && bench_plots[1].size() == 4)
    measure_dc(r, setup, {joined_sweep(bench_plots[1][0], bench_plots[1][1]), joined_sweep(bench_plots[1][2], bench_plots[1][3])},
               bench_plots[0].at(0));
  if (bench_plots.size() > 2 && bench_plots[2].size() == 1) measure_tran(r, setup, bench_plots[2]);
  // Swapped inputs turn every closed-loop bench (the follower's offset, the servo-held sweeps,
  // the slew-rate follower) into positive feedback: its numbers or failures mean nothing, the
  // swap is the reason (a level-1 OTA named so reported "fails already at the nominal point").
  if (const auto& g = r.performance("gain_db"); !g.value && g.reason.rfind(kSwappedInputs, 0) == 0)
    fail_all(r, {"offset_v", "icmr_min_v", "icmr_max_v", "vout_min_v", "vout_max_v", "sr_v_per_us"}, g.reason);
  return r;
}

}  // namespace inversize::simulation
