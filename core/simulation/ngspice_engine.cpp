#include "simulation/ngspice_engine.hpp"

#include <dlfcn.h>
#include <signal.h>
#include <unistd.h>
#include <ngspice/sharedspice.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <sstream>

#include "common/text.hpp"
#include "simulation/alteration.hpp"
#include "simulation/c_locale.hpp"

namespace inversize::simulation {

namespace {
std::atomic<NgspiceEngine*> g_engine{nullptr};

int cb_send_char(char* text, int, void* user) {
  static_cast<NgspiceEngine*>(user)->on_output(text);
  return 0;
}
int cb_send_stat(char*, int, void*) { return 0; }
int cb_controlled_exit(int status, NG_BOOL, NG_BOOL, int, void* user) {
  static_cast<NgspiceEngine*>(user)->on_controlled_exit(status);
  return 0;
}
using inversize::lower;

// A line of ngspice's output that says something went wrong (in lower case).
bool reports_trouble(const std::string& l) {
  for (const char* word : {"error", "warning", "too small", "singular", "converge", "fatal", "unable", "could not",
                           "unknown", "not found", "no such"})
    if (l.find(word) != std::string::npos) return true;
  return false;
}
}  // namespace

std::string enter_scratch_directory() {
  std::error_code ec;
  auto dir = std::filesystem::temp_directory_path(ec) / ("inversize-ngspice-" + std::to_string(::getuid()));
  std::filesystem::create_directories(dir, ec);
  if (!ec) std::filesystem::current_path(dir, ec);
  return dir.string();
}

struct NgspiceEngine::Api {
  int (*init)(SendChar*, SendStat*, ControlledExit*, SendData*, SendInitData*, BGThreadRunning*, void*);
  int (*circ)(char**);
  int (*command)(char*);
  pvector_info (*vec_info)(char*);
  char* (*cur_plot)();
  char** (*all_vecs)(char*);
};

NgspiceEngine::NgspiceEngine() {
  CLocaleScope c_locale;
  NgspiceEngine* expected = nullptr;
  if (!g_engine.compare_exchange_strong(expected, this))
    throw SimulationError("libngspice holds global state: only one engine per process");
  try {
    load();
  } catch (...) {
    g_engine = nullptr;
    throw;
  }
}

NgspiceEngine::~NgspiceEngine() {
  unload();
  g_engine = nullptr;
}

void NgspiceEngine::load() {
  // libngspice's OpenMP threads would spin-wait against other processes' (and torch's) threads;
  // effective only when libgomp is not loaded yet, so the worker pool also sets it for workers.
  ::setenv("OMP_WAIT_POLICY", "passive", 0);
  // RTLD_LOCAL + our own handle: a dlclose after a controlled exit gives a fresh ngspice.
  handle_ = dlopen("libngspice.so.0", RTLD_NOW | RTLD_LOCAL);
  if (!handle_) handle_ = dlopen("libngspice.so", RTLD_NOW | RTLD_LOCAL);
  if (!handle_) throw SimulationError(std::string("cannot load libngspice: ") + dlerror() + " (install libngspice0)");
  api_ = new Api{};
  auto sym = [&](const char* name) {
    void* p = dlsym(handle_, name);
    if (!p) throw SimulationError(std::string("libngspice lacks ") + name);
    return p;
  };
  api_->init = reinterpret_cast<decltype(api_->init)>(sym("ngSpice_Init"));
  api_->circ = reinterpret_cast<decltype(api_->circ)>(sym("ngSpice_Circ"));
  api_->command = reinterpret_cast<decltype(api_->command)>(sym("ngSpice_Command"));
  api_->vec_info = reinterpret_cast<decltype(api_->vec_info)>(sym("ngGet_Vec_Info"));
  api_->cur_plot = reinterpret_cast<decltype(api_->cur_plot)>(sym("ngSpice_CurPlot"));
  api_->all_vecs = reinterpret_cast<decltype(api_->all_vecs)>(sym("ngSpice_AllVecs"));
  // ngspice installs handlers for faults, and the shared library answers a segmentation fault
  // by jumping back into the command that faulted: the process would go on with a corrupted
  // library. The host's handlers are put back, so a fault ends the process that runs ngspice
  // (a worker, whose pool reports it with the worker's last words).
  constexpr int kFaults[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
  struct sigaction host[std::size(kFaults)];
  for (std::size_t i = 0; i < std::size(kFaults); ++i) ::sigaction(kFaults[i], nullptr, &host[i]);
  api_->init(cb_send_char, cb_send_stat, cb_controlled_exit, nullptr, nullptr, nullptr, this);
  for (std::size_t i = 0; i < std::size(kFaults); ++i) ::sigaction(kFaults[i], &host[i], nullptr);
  exited_ = false;
  // Numbers in decks are always written in the C locale; keep ngspice quiet about spinit.
  command("set noaskquit");
  // ngspice evaluates BSIM3/BSIM4 devices in 2 OpenMP threads by default (its own variable,
  // OMP_NUM_THREADS does not override it). An opamp has tens of devices: waking the second
  // thread for every Newton iteration cost more than the evaluation (the Miller's full set
  // took 30x the CPU time of one thread on a busy machine, docs/benchmarks.md). Parallel work
  // comes from the worker processes instead.
  command("set num_threads=1");
  if (const char* compat = std::getenv("INVERSIZE_NGBEHAVIOR")) command(std::string("set ngbehavior=") + compat);
}

void NgspiceEngine::unload() {
  delete api_;
  api_ = nullptr;
  if (handle_) dlclose(handle_);
  handle_ = nullptr;
}

void NgspiceEngine::reset() {
  residents_.clear();  // the library's circuits went with it
  unload();
  load();
  ++resets_;
}

void NgspiceEngine::on_output(const char* line) {
  if (!line) return;
  std::string s(line);
  // ngspice prefixes its own stream name ("stdout ", "stderr ").
  for (const char* prefix : {"stdout ", "stderr "})
    if (s.rfind(prefix, 0) == 0) s = s.substr(std::strlen(prefix));
  if (on_activity && reports_trouble(lower(s))) on_activity(s, true);
  output_.push_back(std::move(s));
  if (output_.size() > 200) output_.erase(output_.begin(), output_.begin() + 100);
}

void NgspiceEngine::on_controlled_exit(int status) {
  exited_ = true;
  exit_status_ = status;
}

bool NgspiceEngine::command(const std::string& cmd) {
  std::string copy = cmd;
  int rc = api_->command(copy.data());
  return rc == 0 && !exited_;
}

std::string NgspiceEngine::current_plot() {
  const char* p = api_->cur_plot();
  return p ? p : "";
}

bool NgspiceEngine::output_reports_failure() const {
  for (const auto& line : output_) {
    std::string l = lower(line);
    if (l.find("simulation(s) aborted") != std::string::npos || l.find("dc solution failed") != std::string::npos ||
        l.find("timestep too small") != std::string::npos || l.find("analysis failed") != std::string::npos ||
        l.find("iteration limit reached") != std::string::npos)
      return true;
  }
  return false;
}

std::string NgspiceEngine::recent_errors() const {
  // Errors first, then the rest of what went wrong, each line once: the model checks' "Pd = 0
  // is less than W" repeats for every device and says nothing about the failure.
  std::vector<std::string> severe, other;
  for (const auto& line : output_) {
    const std::string l = lower(line);
    if (!reports_trouble(l) || l.find("is less than w") != std::string::npos) continue;
    auto& list = l.find("error") != std::string::npos || l.find("fatal") != std::string::npos ? severe : other;
    if (std::find(list.begin(), list.end(), line) == list.end()) list.push_back(line);
  }
  std::string out;
  for (const auto* list : {&severe, &other})
    for (const auto& line : *list) {
      if (out.size() > 400) return out;
      out += (out.empty() ? "" : "; ") + line;
    }
  return out;
}

std::string NgspiceEngine::load_errors() const {
  // From ngspice's first error on: "Error on line 3 or its substitute:", the line itself, and
  // what was wrong with it ("could not find a valid modelname").
  std::string out;
  int taken = 0;
  for (const auto& line : output_) {
    std::string l = lower(line);
    l.erase(0, l.find_first_not_of(" \t"));
    if (out.empty() && l.rfind("error", 0) != 0) continue;
    if (l.empty() || l.find("simulation interrupted") != std::string::npos) continue;
    std::string trimmed = line.substr(line.find_first_not_of(" \t"));
    while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == ' ')) trimmed.pop_back();
    out += (out.empty() ? "" : " ") + trimmed;
    if (++taken == 4 || out.size() > 400) break;
  }
  return out;
}

Plot NgspiceEngine::read_plot(const std::string& plot) {
  Plot result;
  std::string name = plot;
  char** vecs = api_->all_vecs(name.data());
  for (int i = 0; vecs && vecs[i]; ++i) {
    std::string full = plot + "." + vecs[i];
    pvector_info info = api_->vec_info(full.data());
    if (!info) continue;
    Vector v;
    if (info->v_realdata) {
      v.real.assign(info->v_realdata, info->v_realdata + info->v_length);
    } else if (info->v_compdata) {
      v.cplx.reserve(info->v_length);
      for (int k = 0; k < info->v_length; ++k)
        v.cplx.emplace_back(info->v_compdata[k].cx_real, info->v_compdata[k].cx_imag);
    }
    result[lower(vecs[i])] = std::move(v);
  }
  return result;
}

namespace {
std::string title_of(const std::string& deck) { return deck.substr(0, deck.find('\n')); }

std::string trimmed(std::string s) {
  s.erase(0, s.find_first_not_of(" \t\r\n"));
  s.erase(s.find_last_not_of(" \t\r\n") + 1);
  return s;
}
}  // namespace

bool NgspiceEngine::select_circuit(const std::string& title) {
  // "setcirc" lists the loaded circuits, newest first: "Current\t1\t<title>", "\t2\t<title>".
  output_.clear();
  command("setcirc");
  const std::string wanted = lower(trimmed(title));
  int number = 0;
  for (const auto& line : output_) {
    std::istringstream in(line);
    std::string word;
    in >> word;
    if (lower(word) == "current") in >> word;
    if (word.empty() || !std::isdigit(static_cast<unsigned char>(word[0]))) continue;
    std::string rest;
    std::getline(in, rest);
    if (lower(trimmed(rest)) == wanted) {
      number = std::stoi(word);
      break;
    }
  }
  output_.clear();
  return number > 0 && command("setcirc " + std::to_string(number));
}

void NgspiceEngine::remove_circuits(const std::string& title) {
  // Also what a deck that failed to load left behind under its title.
  for (int guard = 0; guard < 8 && select_circuit(title); ++guard) command("remcirc");
  output_.clear();
}

void NgspiceEngine::load_circuit(const std::string& deck, const std::string& title) {
  std::vector<std::string> lines;
  std::istringstream in(deck);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<char*> ptrs;
  for (auto& l : lines) ptrs.push_back(l.data());
  ptrs.push_back(nullptr);
  if (on_activity) on_activity("loading '" + title + "'", false);
  output_.clear();
  int rc = api_->circ(ptrs.data());
  if (exited_) {
    std::string why = recent_errors();
    reset();
    throw SimulationError("ngspice stopped while loading the circuit" + (why.empty() ? "" : ": " + why));
  }
  // ngspice reports netlist errors through its output and may still return 0: its words decide.
  // Running an analysis on a circuit that did not load only says "circuit not parsed".
  if (std::string why = load_errors(); rc != 0 || current_plot().empty() || !why.empty()) {
    if (why.empty()) why = recent_errors();
    throw SimulationError("ngspice could not load the circuit" + (why.empty() ? "" : ": " + why));
  }
}

std::vector<Plot> NgspiceEngine::run_analyses(const std::vector<std::string>& analyses, const std::string& title) {
  std::vector<Plot> plots;
  for (const auto& analysis : analyses) {
    std::string before = current_plot();
    output_.clear();
    if (on_activity) on_activity("running '" + analysis + "' of '" + title + "'", false);
    bool ok = command(analysis);
    if (exited_) {
      std::string why = recent_errors();
      reset();
      throw SimulationError("ngspice stopped during '" + analysis + "'" + (why.empty() ? "" : ": " + why));
    }
    std::string after = current_plot();
    // ngspice may leave a plot behind even when the analysis failed: its own words decide.
    if (!ok || after == before || after == "const" || output_reports_failure()) {
      std::string why = recent_errors();
      throw SimulationError("'" + analysis + "' failed" + (why.empty() ? "" : ": " + why));
    }
    Plot p = read_plot(after);
    if (p.empty()) throw SimulationError("'" + analysis + "' returned no data");
    plots.push_back(std::move(p));
  }
  return plots;
}

std::vector<Plot> NgspiceEngine::run(const std::string& deck, const std::vector<std::string>& analyses) {
  return run_resident("", deck, analyses);
}

std::vector<Plot> NgspiceEngine::run_resident(const std::string& slot, const std::string& deck,
                                              const std::vector<std::string>& analyses) {
  CLocaleScope c_locale;
  const std::string title = title_of(deck);
  if (exited_) reset();
  output_.clear();
  command("destroy all");  // the plots of the previous design
  auto it = residents_.find(slot);
  Alteration change;
  if (!reuse_circuits || slot.empty()) change.why_not = "reuse off";
  else if (it == residents_.end()) change.why_not = "not loaded";
  else change = alteration(it->second, deck, alter_binned_sizes);
  if (change.possible()) {
    if (on_activity) on_activity("altering '" + title + "'", false);
    bool ok = select_circuit(title);
    for (std::size_t k = 0; ok && k < change.commands.size(); ++k) ok = command(change.commands[k]);
    if (exited_) {
      std::string why = recent_errors();
      reset();
      throw SimulationError("ngspice stopped while altering the circuit" + (why.empty() ? "" : ": " + why));
    }
    for (const auto& line : output_)
      if (lower(line).find("error") != std::string::npos) ok = false;
    if (!ok) change.why_not = "ngspice refused the alteration: " + recent_errors();
  }
  if (change.possible()) {
    ++reuse_.alterations;
    it->second = deck;
  } else {
    if (it != residents_.end()) residents_.erase(it);
    if (change.why_not != "not loaded" && change.why_not != "reuse off") reuse_.last_reload_reason = change.why_not;
    remove_circuits(title);
    ++reuse_.loads;
    load_circuit(deck, title);
    residents_[slot] = deck;
  }
  try {
    return run_analyses(analyses, title);
  } catch (const SimulationError&) {
    // A circuit whose analysis failed is loaded afresh next time, as without reuse.
    residents_.erase(slot);
    remove_circuits(title);
    throw;
  }
}

std::string NgspiceEngine::version() {
  CLocaleScope c_locale;
  output_.clear();
  command("version -s");
  for (const auto& l : output_)
    if (l.find("ngspice") != std::string::npos) return l;
  return output_.empty() ? "ngspice" : output_.front();
}

}  // namespace inversize::simulation
