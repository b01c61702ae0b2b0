// libngspice in-process, loaded with dlopen so that a controlled exit of ngspice (its
// "quit" after a fatal error) resets the library instead of ending our process.
// ngspice keeps global state: one engine per process; parallel work uses worker processes.
#pragma once

#include <complex>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace inversize::simulation {

struct Vector {
  std::vector<double> real;                  // real data (DC, transient, operating point)
  std::vector<std::complex<double>> cplx;    // complex data (AC)
  bool is_complex() const { return !cplx.empty(); }
  std::size_t size() const { return is_complex() ? cplx.size() : real.size(); }
};

// One analysis' vectors, by lower-case name ("out_dm", "@m.xdm.m1[gm]", "frequency", ...).
using Plot = std::map<std::string, Vector>;

// A simulation that did not produce results: the reason is ngspice's own words where it gave any.
class SimulationError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// ngspice's BSIM3 parameter check writes b3v33check.log into the working directory: processes
// that simulate move into a scratch folder of their own first (the CLI and the workers do;
// all paths they use are absolute by then). Returns the folder.
std::string enter_scratch_directory();

class NgspiceEngine {
 public:
  NgspiceEngine();  // throws SimulationError if libngspice cannot be loaded
  ~NgspiceEngine();
  NgspiceEngine(const NgspiceEngine&) = delete;
  NgspiceEngine& operator=(const NgspiceEngine&) = delete;

  // Loads `deck` (a complete netlist without .control), runs each analysis command in order
  // ("op", "ac dec 20 1 1e10", ...) and returns one plot per analysis.
  std::vector<Plot> run(const std::string& deck, const std::vector<std::string>& analyses);

  // The same, but the circuit stays loaded under `slot` (a testbench's name) beside the other
  // slots' circuits. The next deck for the slot that differs only in element values (device
  // sizes, capacitors, source levels) is applied with ngspice's `alter` (alteration.hpp), which
  // saves parsing the deck and its model files; anything else, and an unchanged deck, loads
  // afresh. A failed analysis unloads the slot's circuit, so the next design starts clean.
  std::vector<Plot> run_resident(const std::string& slot, const std::string& deck,
                                 const std::vector<std::string>& analyses);

  // Off: run_resident() loads every deck afresh (the reference path in the tests).
  bool reuse_circuits = true;
  // On: new transistor sizes are altered also under binned models (alteration()'s
  // binned_sizes); off, they load afresh, which is faster there.
  bool alter_binned_sizes = false;
  // How run_resident() met its decks since the engine started: loaded or altered, and why the
  // last one that could not be altered was loaded.
  struct Reuse {
    int loads = 0, alterations = 0;
    std::string last_reload_reason;
  };
  const Reuse& reuse() const { return reuse_; }

  // ngspice's version string as it reports it.
  std::string version();
  int resets() const { return resets_; }

  // Told, as it happens, what the engine starts doing (from_ngspice false: "loading ...",
  // "running 'op' ...") and each error or warning ngspice prints (true). The worker keeps the
  // latest as its last words should the library crash the process.
  std::function<void(const std::string& what, bool from_ngspice)> on_activity;

  // Called by the library's callbacks (public so the C callbacks can reach them).
  void on_output(const char* line);
  void on_controlled_exit(int status);

 private:
  void load();
  void unload();
  void reset();
  void load_circuit(const std::string& deck, const std::string& title);
  std::vector<Plot> run_analyses(const std::vector<std::string>& analyses, const std::string& title);
  bool select_circuit(const std::string& title);
  void remove_circuits(const std::string& title);
  bool command(const std::string& cmd);
  std::string current_plot();
  Plot read_plot(const std::string& plot);
  std::string recent_errors() const;
  std::string load_errors() const;
  bool output_reports_failure() const;

  struct Api;
  Api* api_ = nullptr;
  void* handle_ = nullptr;
  std::vector<std::string> output_;  // recent lines, for error reasons
  bool exited_ = false;
  int exit_status_ = 0;
  int resets_ = 0;
  std::map<std::string, std::string> residents_;  // slot -> the deck its circuit holds now
  Reuse reuse_;
};

}  // namespace inversize::simulation
