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
  if (const char* compat = std::getenv("INVERSIZE_NGBEHAVIOR")) command(std::string("set ngbehavior=") + compat);
}

void NgspiceEngine::unload() {
  delete api_;
  api_ = nullptr;
  if (handle_) dlclose(handle_);
  handle_ = nullptr;
}

void NgspiceEngine::reset() {
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

std::vector<Plot> NgspiceEngine::run(const std::string& deck, const std::vector<std::string>& analyses) {
  CLocaleScope c_locale;
  auto tell = [&](const std::string& what) {
    if (on_activity) on_activity(what, false);
  };
  const std::string title = deck.substr(0, deck.find('\n'));
  if (exited_) reset();
  output_.clear();
  command("destroy all");
  command("remcirc");
  std::vector<std::string> lines;
  std::istringstream in(deck);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<char*> ptrs;
  for (auto& l : lines) ptrs.push_back(l.data());
  ptrs.push_back(nullptr);
  tell("loading '" + title + "'");
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
  std::vector<Plot> plots;
  for (const auto& analysis : analyses) {
    std::string before = current_plot();
    output_.clear();
    tell("running '" + analysis + "' of '" + title + "'");
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

std::string NgspiceEngine::version() {
  CLocaleScope c_locale;
  output_.clear();
  command("version -s");
  for (const auto& l : output_)
    if (l.find("ngspice") != std::string::npos) return l;
  return output_.empty() ? "ngspice" : output_.front();
}

}  // namespace inversize::simulation
