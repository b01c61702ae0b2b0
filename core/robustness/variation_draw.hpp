// One Monte Carlo die: random numbers drawn here, from a seed, and written into the deck as
// plain values, so every bench of a run (AC, DC, transient) simulates the same die and a run
// does not depend on ngspice's random generator, the worker that ran it or the order of runs.
// - Global (die-to-die) variation through the technology's own statistical library: its
//   top-level `agauss`/`gauss`/`aunif`/`unif` parameters are drawn with the PDK's distributions.
// - Mismatch per transistor by Pelgrom: delvto (threshold shift) and mulu0 (mobility, so the
//   current factor beta) with sigma = A / sqrt(2 W L m) per device (A is for a pair).
#pragma once

#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "circuit/circuit.hpp"
#include "technology/technology.hpp"

namespace inversize::robustness {

// The random numbers of one run: independent of every other run's (splitmix64 of seed and run).
class RunRandom {
 public:
  RunRandom(std::uint64_t seed, std::uint64_t run);
  double normal();   // N(0, 1), Box-Muller on the 64-bit Mersenne twister (the same everywhere)
  double uniform();  // [0, 1)

 private:
  std::mt19937_64 engine_;
  bool has_spare_ = false;
  double spare_ = 0;
};

// The statistical functions of a model text drawn: every agauss(nom, avar, n), gauss(nom, rvar,
// n), aunif(nom, avar) and unif(nom, rvar) with numeric arguments outside `.subckt` bodies
// becomes a number (ngspice's definitions: agauss = nom + avar/n * N(0,1), gauss = nom *
// (1 + rvar/n * N(0,1)), aunif = nom + avar * U(-1,1), unif = nom * (1 + rvar * U(-1,1))).
// Inside a subckt the functions are per instance (the PDK's own mismatch devices): left alone.
// `drawn` (optional) counts the replacements.
std::string draw_statistical(const std::string& text, RunRandom& random, int* drawn = nullptr);

// Pelgrom sigma of one device (not a pair): threshold in V, current factor as a fraction.
struct DeviceSigma {
  double vt_v = 0;
  double beta = 0;
};
DeviceSigma pelgrom_sigma(const technology::Pelgrom& p, const circuit::Device& d);

// PDK devices instanced as X (`XM1 d g s b nmos_3p3 w= l=`) cannot take delvto or mulu0: the
// wrapper subckt ignores parameters it does not declare. Such a device is pointed at a copy of
// its wrapper, named with this suffix, that declares two parameters and adds them to the
// wrapped MOSFET's own delvto and mulu0. (gf180mcu's wrappers carry their own mismatch, an
// agauss delvto switched by sw_stat_mismatch; ngspice draws it anew for every bench and
// reset, so one die would differ between the AC and the DC bench: it stays switched off.)
inline constexpr const char* kMismatchWrapperSuffix = "__inversize_mm";
inline constexpr const char* kWrapperDelvto = "inversize_delvto";
inline constexpr const char* kWrapperMulu0 = "inversize_mulu0";

// The wrapper subckts (lower-case names) of `c`'s X devices that `deck_text` defines at its top
// level with the device's MOSFET directly inside: those apply_mismatch can vary.
std::set<std::string> mismatch_ready_wrappers(const std::string& deck_text, const circuit::Circuit& c);

// The copies (kMismatchWrapperSuffix) of the `wrappers` that `deck_text` defines, to append to
// it; their MOSFETs `inner` (the device's inner_path) get delvto='(own)+inversize_delvto' and
// mulu0='(own)*inversize_mulu0'.
std::string mismatch_wrapper_copies(const std::string& deck_text, const circuit::Circuit& c,
                                    const std::set<std::string>& wrappers);

// A die's mismatch on `c`: each MOSFET whose polarity has Pelgrom coefficients gets its
// delvto and mulu0 (added to what the designer wrote); an X device whose wrapper is in
// `wrappers` gets them through the wrapper's copy. Devices in circuit order, two draws each.
// Returns the names of transistors left without mismatch (other PDK subckt devices, or a
// polarity without coefficients).
std::vector<std::string> apply_mismatch(circuit::Circuit& c, const technology::Mismatch& mismatch, RunRandom& random,
                                        const std::set<std::string>& wrappers = {});

}  // namespace inversize::robustness
