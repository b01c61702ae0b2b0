// The terminal face of the core job interface: a progress bar on standard error, Ctrl-C as
// the cancellation token, the job's outcome as the exit status. Shared by every long-running command.
#pragma once

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "common/job.hpp"

namespace cli {

// "42s", "3m05s", "1h02m"; "?" when unknown.
inline std::string duration(double s) {
  char buf[32];
  if (!(s >= 0) || s > 1e7) return "?";
  if (s < 60) std::snprintf(buf, sizeof buf, "%.0fs", s);
  else if (s < 3600) std::snprintf(buf, sizeof buf, "%dm%02ds", static_cast<int>(s) / 60, static_cast<int>(s) % 60);
  else std::snprintf(buf, sizeof buf, "%dh%02dm", static_cast<int>(s) / 3600, static_cast<int>(s) % 3600 / 60);
  return buf;
}

// Redrawn in place on a terminal; a line every few seconds otherwise (logs, pipes).
// `what` names the counted things ("in archive", "steps", "designs").
class ProgressBar {
 public:
  explicit ProgressBar(std::string what) : what_(std::move(what)), tty_(::isatty(2) != 0), start_(Clock::now()) {}
  void operator()(const inversize::Progress& p) {
    auto now = Clock::now();
    double since_draw = std::chrono::duration<double>(now - last_).count();
    if (since_draw < (tty_ ? 0.2 : 5.0) && p.done < p.total) return;
    last_ = now;
    if (first_done_ < 0 || p.done < first_done_) first_done_ = p.done, start_ = now;
    double t = std::chrono::duration<double>(now - start_).count();
    double rate = t > 0 ? static_cast<double>(p.done - first_done_) / t : 0;
    double eta = rate > 0 ? static_cast<double>(p.total - p.done) / rate : -1;
    const int width = 24;
    int filled = p.total > 0 ? static_cast<int>(width * std::min<long long>(p.done, p.total) / p.total) : 0;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(width, '.');
    std::fprintf(stderr, "%s[%s] %lld/%lld %s | %s | ETA %s%s", tty_ ? "\r" : "", bar.c_str(), p.done, p.total,
                 what_.c_str(), p.message.c_str(), p.done >= p.total ? "0s" : duration(eta).c_str(),
                 tty_ ? "\033[K" : "\n");
    drawn_ = true;
  }
  // Ends the line on a terminal, so the next message starts clean.
  void end() {
    if (drawn_ && tty_) std::fputc('\n', stderr);
    drawn_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::string what_;
  bool tty_;
  bool drawn_ = false;
  long long first_done_ = -1;
  Clock::time_point start_, last_{};
};

// The exit status of a command whose job ended so: 0 done, 130 cancelled (what a shell reports
// for Ctrl-C), 1 failed. The command says the last line (what was kept); main says a failure's
// reason.
inline int exit_status(const inversize::JobOutcome& outcome) {
  switch (outcome.state) {
    case inversize::JobOutcome::State::done: return 0;
    case inversize::JobOutcome::State::cancelled: return 130;
    case inversize::JobOutcome::State::failed: break;
  }
  return 1;
}

// Ctrl-C cancels the job (a second one ends the process the hard way).
inline inversize::CancelToken& interrupt_token() {
  static inversize::CancelToken token;
  return token;
}
extern "C" inline void on_interrupt(int) {
  interrupt_token().cancel();  // an atomic store: safe in a signal handler
  ::signal(SIGINT, SIG_DFL);
}
// A job's context on the terminal: Ctrl-C cancels it (inside an InterruptScope), and its
// progress draws `bar` unless `quiet`.
inline inversize::JobContext terminal_context(const std::shared_ptr<ProgressBar>& bar, bool quiet) {
  inversize::JobContext ctx;
  ctx.cancel = interrupt_token();
  if (!quiet) ctx.progress = [bar](const inversize::Progress& p) { (*bar)(p); };
  return ctx;
}

// Installs the handler for its lifetime.
class InterruptScope {
 public:
  InterruptScope() {
    struct sigaction sa{};
    sa.sa_handler = on_interrupt;
    ::sigaction(SIGINT, &sa, nullptr);
  }
  ~InterruptScope() { ::signal(SIGINT, SIG_DFL); }
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;
};

}  // namespace cli
