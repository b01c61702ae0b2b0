#include "simulation/testbench.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "simulation/c_locale.hpp"
#include "simulation/dc_sweep.hpp"

namespace inversize::simulation {

namespace {

// Numbers in decks are always C-locale (make_benches holds it), full precision.
std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

// Each instance gets its own supply, bias current and load; nodes carry the instance tag so
// instances never share a net by accident.
std::string supply_and_bias(const DutInfo& dut, const Conditions& c, const std::string& tag, const std::string& vdd_ac) {
  std::ostringstream d;
  d << "vdd_" << tag << " vdd_" << tag << " 0 DC " << num(c.vdd_v) << vdd_ac << "\n";
  if (dut.has_ibias) {
    // A SPICE current source pushes its current out of its second node.
    if (dut.ibias_into_pin)
      d << "ib_" << tag << " vdd_" << tag << " ib_" << tag << " DC " << num(c.ibias_a) << "\n";
    else
      d << "ib_" << tag << " ib_" << tag << " 0 DC " << num(c.ibias_a) << "\n";
  }
  d << "cl_" << tag << " out_" << tag << " 0 " << num(c.cl_f) << "\n";
  return d.str();
}

std::string instance(const DutInfo& dut, const std::string& tag, const std::string& inp, const std::string& inn) {
  std::string line = "x" + tag + " vdd_" + tag + " 0 " + inp + " " + inn + " out_" + tag;
  if (dut.has_ibias) line += " ib_" + tag;
  return line + " " + kDutName + "\n";
}

std::string header(const DutInfo& dut, const Conditions& c, const std::string& what) {
  std::ostringstream d;
  d << "* InverSize testbench: " << what << "\n";
  d << ".option temp=" << num(c.temperature_c) << " tnom=27\n";
  d << dut.text << "\n";
  return d.str();
}

// The DC loop is closed through a huge inductor, the inverting input AC-grounded through a
// huge capacitor: the DC operating point is a follower's, the AC response is open loop.
// 1e9 H was not enough: at 1 Hz its 6 Gohm loads a high-impedance output measurably in the
// common-mode bench (1.3 % on a 1 Mohm output, tests/simulation/simulator_test.cpp).
constexpr double kLoopL = 1e15;
constexpr double kLoopC = 1e9;

Bench ac_bench(const DutInfo& dut, const Conditions& c) {
  std::ostringstream d;
  d << header(dut, c, "open-loop AC, common-mode and supply rejection");
  // Differential: AC on inp, inn AC-grounded.
  d << supply_and_bias(dut, c, "dm", "");
  d << "vin_dm inp_dm 0 DC " << num(c.vcm_v) << " AC 1\n";
  d << "lfb_dm out_dm inn_dm " << num(kLoopL) << "\n";
  d << "cfb_dm inn_dm 0 " << num(kLoopC) << "\n";
  d << instance(dut, "dm", "inp_dm", "inn_dm");
  // Common mode: the same AC source on both inputs.
  d << supply_and_bias(dut, c, "cm", "");
  d << "vin_cm inp_cm 0 DC " << num(c.vcm_v) << " AC 1\n";
  d << "lfb_cm out_cm inn_cm " << num(kLoopL) << "\n";
  d << "cfb_cm inn_cm inp_cm " << num(kLoopC) << "\n";
  d << instance(dut, "cm", "inp_cm", "inn_cm");
  // Supply: AC on VDD, inputs quiet.
  d << supply_and_bias(dut, c, "ps", " AC 1");
  d << "vin_ps inp_ps 0 DC " << num(c.vcm_v) << "\n";
  d << "lfb_ps out_ps inn_ps " << num(kLoopL) << "\n";
  d << "cfb_ps inn_ps 0 " << num(kLoopC) << "\n";
  d << instance(dut, "ps", "inp_ps", "inn_ps");

  std::string saves = ".save v(out_dm) v(out_cm) v(out_ps) v(inn_dm) v(inp_dm) i(vdd_dm)";
  for (const auto& path : dut.probe_paths)
    // von: the threshold of models without vth (level 1-3).
    for (const char* p : {"vgs", "vds", "vth", "von", "vdsat", "id", "gm", "gds"})
      saves += " " + device_param_vector(kDiffInstance, path, p);
  d << saves << "\n.end\n";
  return Bench{"ac", d.str(), {"op", "ac dec 20 1 1e10"}};
}

// Both sweeps hold the output where they want it with a servo on the inverting input,
// inn = inp + 10 (out - target): the opamp's own gain closes the loop, so the output sits at
// the target (within its gain's accuracy) while the input common mode moves (ic), or the output
// moves while the input common mode stays at VCM (vo). The ranges are then read from the
// transistors' saturation along the sweep (measure_dc in simulator.cpp).
Bench dc_bench(const DutInfo& dut, const Conditions& c) {
  // The grid is 0 ... VDD in kDcSweepSteps steps, but each sweep starts at its grid point nearest
  // VCM, where the circuit sits as in its operating point, and walks out to each rail from there,
  // every point starting from its neighbour's solution. A sweep started at 0 V began with the
  // input pair or the output stage cut off at the rail: Newton failed there for some Monte Carlo
  // dies and sizings, and ngspice fell back to gmin and source stepping (up to seconds per die).
  // measure() joins the two halves of each sweep.
  const double step = c.vdd_v / kDcSweepSteps;
  const double start = std::clamp(std::round(c.vcm_v / step), 0.0, double(kDcSweepSteps)) * step;
  std::ostringstream d;
  d << header(dut, c, "input common-mode range and output range (servo-held DC sweeps)");
  d << supply_and_bias(dut, c, "ic", "");
  d << "vsw_ic inp_ic 0 DC " << num(start) << "\n";
  d << "bsrv_ic inn_ic 0 V = v(inp_ic) + 10*(v(out_ic) - " << num(c.vcm_v) << ")\n";
  d << instance(dut, "ic", "inp_ic", "inn_ic");
  d << supply_and_bias(dut, c, "vo", "");
  d << "vcm_vo inp_vo 0 DC " << num(c.vcm_v) << "\n";
  d << "vsw_vo tgt_vo 0 DC " << num(start) << "\n";
  d << "bsrv_vo inn_vo 0 V = v(inp_vo) + 10*(v(out_vo) - v(tgt_vo))\n";
  d << instance(dut, "vo", "inp_vo", "inn_vo");
  std::string saves = ".save v(out_ic) v(out_vo) v(tgt_vo)";
  for (const auto& path : dut.probe_paths)
    for (const char* inst : {"xic", "xvo"})
      for (const char* p : {"vds", "vdsat"}) saves += " " + device_param_vector(inst, path, p);
  d << saves << "\n.end\n";
  std::vector<std::string> sweeps;
  for (const char* source : {"vsw_ic", "vsw_vo"}) {
    sweeps.push_back(std::string("dc ") + source + " " + num(start) + " 0 " + num(-step));
    sweeps.push_back(std::string("dc ") + source + " " + num(start) + " " + num(c.vdd_v) + " " + num(step));
  }
  return Bench{"dc", d.str(), sweeps};
}

Bench tran_bench(const DutInfo& dut, const Conditions& c) {
  std::ostringstream d;
  d << header(dut, c, "slew rate of a unity-gain follower");
  d << supply_and_bias(dut, c, "sr", "");
  const double lo = c.vcm_v - c.sr_step_v / 2, hi = c.vcm_v + c.sr_step_v / 2;
  // Rise at 0.2 us, fall at 2.7 us: 2.5 us to settle each way.
  d << "vin_sr inp_sr 0 PULSE(" << num(lo) << " " << num(hi) << " 0.2u 1n 1n 2.5u 10u)\n";
  d << instance(dut, "sr", "inp_sr", "out_sr");
  d << ".save v(out_sr) v(inp_sr)\n.end\n";
  return Bench{"tran", d.str(), {"tran 2n 5.2u 0 5n"}};
}

}  // namespace

std::string device_param_vector(const std::string& instance, const std::string& path, const std::string& param) {
  return "@m." + instance + "." + path + "[" + param + "]";
}

std::vector<Bench> make_benches(const DutInfo& dut, const Conditions& c) {
  CLocaleScope c_locale;  // num() writes C-locale numbers whatever the process's locale
  return {ac_bench(dut, c), dc_bench(dut, c), tran_bench(dut, c)};
}

}  // namespace inversize::simulation
