#include "simulation/testbench.hpp"

#include <cstdio>
#include <sstream>

namespace inversize::simulation {

namespace {

// Numbers in decks are always C-locale, full precision.
std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

// One DUT instance with its own supply, bias current and load.
// Nodes are suffixed with the instance tag so instances never share a net by accident.
struct Instance {
  std::string tag;
  std::string vdd_ac;  // "" or " AC 1" on the supply
};

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
constexpr double kLoopL = 1e9;
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
    for (const char* p : {"vgs", "vds", "vth", "vdsat", "id", "gm", "gds"})
      saves += " " + device_param_vector(kDiffInstance, path, p);
  d << saves << "\n.end\n";
  return Bench{"ac", d.str(), {"op", "ac dec 20 1 1e10"}};
}

Bench dc_bench(const DutInfo& dut, const Conditions& c) {
  std::ostringstream d;
  d << header(dut, c, "input common-mode range (follower) and output range (inverting x-1)");
  // Follower for the input common-mode range.
  d << supply_and_bias(dut, c, "ic", "");
  d << "vsw_ic inp_ic 0 DC " << num(c.vcm_v) << "\n";
  d << instance(dut, "ic", "inp_ic", "out_ic");
  // Inverting amplifier with gain -1 for the output range; 10 Mohm keeps the load light.
  d << supply_and_bias(dut, c, "vo", "");
  d << "vref_vo inp_vo 0 DC " << num(c.vcm_v) << "\n";
  d << "vsw_vo vin_vo 0 DC " << num(c.vcm_v) << "\n";
  d << "r1_vo vin_vo inn_vo 10meg\n";
  d << "r2_vo inn_vo out_vo 10meg\n";
  d << instance(dut, "vo", "inp_vo", "inn_vo");
  d << ".save v(out_ic) v(inp_ic) v(out_vo) v(vin_vo)\n.end\n";
  const std::string step = num(c.vdd_v / 180.0);
  return Bench{"dc", d.str(),
               {"dc vsw_ic 0 " + num(c.vdd_v) + " " + step, "dc vsw_vo 0 " + num(c.vdd_v) + " " + step}};
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
  return {ac_bench(dut, c), dc_bench(dut, c), tran_bench(dut, c)};
}

std::string batch_deck(const Bench& bench, const std::string& output_prefix) {
  std::string deck = bench.deck;
  auto end = deck.rfind(".end");
  if (end != std::string::npos) deck.erase(end);
  deck += ".control\nset filetype=ascii\n";
  for (std::size_t i = 0; i < bench.analyses.size(); ++i) {
    deck += bench.analyses[i] + "\n";
    deck += "write " + output_prefix + "." + std::to_string(i) + ".raw\n";
  }
  deck += "quit\n.endc\n.end\n";
  return deck;
}

}  // namespace inversize::simulation
