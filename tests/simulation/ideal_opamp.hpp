// A behavioural single-pole opamp whose every performance is known by hand, to test the
// testbenches and measurements end to end (docs/measurements.md works the numbers out):
//   output current 20u * tanh(50 (v+ - v-)): gm = 1 mS, slewing current 20 uA
//   Ro = 1 Mohm: A0 = 1000 (60 dB); with CL = 1 pF: pole 159.15 kHz, transit frequency 159.15 MHz, PM 90.06 deg
//   1 nS from VDD and from the input common mode into the output: PSRR = CMRR = 120 dB
//   18 kohm from VDD to VSS: 100 uA, 180 uW at 1.8 V
#pragma once

#include "simulation/simulator.hpp"

inline inversize::simulation::SimulationSetup ideal_opamp_setup() {
  inversize::simulation::SimulationSetup s;
  s.dut.text =
      ".subckt inversize_dut vdd vss inp inn out\n"
      "bgm vss out i = 20u*tanh(50*(v(inp)-v(inn)))\n"
      "bps vss out i = 1n*v(vdd,vss)\n"
      "bcm vss out i = 1n*(v(inp,vss)+v(inn,vss))/2\n"
      "ro out vss 1meg\n"
      "rs vdd vss 18k\n"
      ".ends\n";
  s.dut.has_ibias = false;
  s.conditions.vdd_v = 1.8;
  s.conditions.vcm_v = 0.9;
  s.conditions.cl_f = 1e-12;
  return s;
}
