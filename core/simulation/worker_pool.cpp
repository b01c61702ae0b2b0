#include "simulation/worker_pool.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "simulation/c_locale.hpp"
#include "simulation/ngspice_engine.hpp"
#include "simulation/simulation_json.hpp"
#include "simulation/simulator.hpp"

extern char** environ;

namespace inversize::simulation {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {
std::mutex g_exe_mutex;
std::string g_exe;
std::atomic<SimulationBackend*> g_backend{nullptr};

bool write_all(int fd, const std::string& data) {
  std::size_t off = 0;
  while (off < data.size()) {
    ssize_t n = ::send(fd, data.data() + off, data.size() - off, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    off += static_cast<std::size_t>(n);
  }
  return true;
}

// Reads one '\n'-terminated line from fd into `line`, using `buffer` for what follows it.
bool read_line(int fd, std::string& buffer, std::string& line) {
  for (;;) {
    auto nl = buffer.find('\n');
    if (nl != std::string::npos) {
      line = buffer.substr(0, nl);
      buffer.erase(0, nl + 1);
      return true;
    }
    char chunk[65536];
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<std::size_t>(n));
  }
}

// The worker's last words. When libngspice crashes the worker, a signal handler sends the pool
// one line, {"crash": "<what the engine was doing and ngspice's last error>"}, before the
// process dies of the signal. The line is prepared before each step (never in the handler,
// which only write()s it): two buffers, the handler reads the one last completed.
namespace last_words {
constexpr std::size_t kSize = 768;
char g_lines[2][kSize];
std::atomic<int> g_ready{0};
int g_fd = -1;

void handler(int sig) {
  const char* line = g_lines[g_ready.load()];
  [[maybe_unused]] ssize_t n = ::write(g_fd, line, std::strlen(line));
  // SA_RESETHAND restored the default action: the raised signal ends the process as soon as
  // the handler returns (a fault would also recur on its own; a sent signal would not).
  ::raise(sig);
}

void prepare(const std::string& activity, const std::string& ngspice_said) {
  std::string text = activity;
  if (!ngspice_said.empty()) text += "; ngspice's last message: " + ngspice_said;
  std::string line = json{{"crash", text}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  if (line.size() >= kSize) line = json{{"crash", text.substr(0, kSize / 2)}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  const int next = 1 - g_ready.load();
  std::memcpy(g_lines[next], line.c_str(), line.size() + 1);
  g_ready.store(next);
}

void install(int fd) {
  g_fd = fd;
  prepare("before ngspice started", "");
  struct sigaction sa {};
  sa.sa_handler = handler;
  sa.sa_flags = SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::sigaction(sig, &sa, nullptr);
}
}  // namespace last_words

// "signal 11 (Segmentation fault)"
std::string describe_signal(int sig) {
  const char* name = ::strsignal(sig);
  return "signal " + std::to_string(sig) + (name ? std::string(" (") + name + ")" : "");
}
}  // namespace

void set_worker_executable(const std::string& path) {
  std::lock_guard lock(g_exe_mutex);
  g_exe = path;
}

void set_simulation_backend(SimulationBackend* backend) { g_backend.store(backend); }

std::string worker_executable() {
  std::lock_guard lock(g_exe_mutex);
  return g_exe;
}

int worker_main(int fd) {
  // The protocol owns `fd`; whatever ngspice prints goes to stderr, never into the protocol.
  CLocaleScope c_locale;
  enter_scratch_directory();
  last_words::install(fd);
  std::string activity, ngspice_said;  // outlive the engine that reports into them
  std::unique_ptr<NgspiceEngine> engine;
  auto on_activity = [&](const std::string& what, bool from_ngspice) {
    (from_ngspice ? ngspice_said : activity) = what;
    if (!from_ngspice) ngspice_said.clear();
    last_words::prepare(activity, ngspice_said);
  };
  std::string buffer, line;
  while (read_line(fd, buffer, line)) {
    json reply;
    try {
      json req = json::parse(line);
      reply["id"] = req.at("id");
      if (!engine) {
        engine = std::make_unique<NgspiceEngine>();
        engine->on_activity = on_activity;
      }
      SimulationSetup setup = req.at("setup").get<SimulationSetup>();
      reply["result"] = run_setup(*engine, setup);
    } catch (const std::exception& e) {
      reply["result"] = SimulationResult::failed(std::string("worker: ") + e.what());
    }
    on_activity("between designs", false);
    if (!write_all(fd, reply.dump() + "\n")) return 1;
  }
  return 0;
}

struct WorkerPool::Worker {
  pid_t pid = -1;
  int fd = -1;
  std::string buffer;           // what it sent that is not a whole line yet
  std::string out;              // requests not yet written to it (its socket was full)
  std::deque<std::size_t> jobs;  // sent to it in order: the first is running, the rest wait in its socket
  Clock::time_point started;    // when the first of `jobs` started (was sent, or the one before it ended)
  std::string last_words;       // what the worker said it was doing when it crashed
  double busy_s = 0;            // time with a design in flight, for busy_seconds()
  bool idle() const { return jobs.empty(); }
};

// One call of run(): the setups, which are still to be handed out, and their results so far.
struct WorkerPool::Batch {
  const std::vector<SimulationSetup>& setups;
  BatchRecorder recorder;
  std::deque<std::size_t> todo;  // in setup order; designs taken back from a dead worker first
  void finish(std::size_t i, SimulationResult r) { recorder.finish(i, std::move(r)); }
};

WorkerPool::WorkerPool(PoolOptions options) : options_(options) {
  if (!options_.local && (backend_ = g_backend.load())) return;  // its workers serve this pool
  int n = options_.workers > 0 ? options_.workers : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (worker_executable().empty())
    throw std::runtime_error("no simulation worker executable set (inversize-worker)");
  workers_.resize(static_cast<std::size_t>(n));
  for (auto& w : workers_) spawn(w);
}

WorkerPool::~WorkerPool() {
  for (auto& w : workers_) kill(w);
}

void WorkerPool::spawn(Worker& w) {
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
    throw std::runtime_error(std::string("socketpair: ") + std::strerror(errno));
  std::string exe = worker_executable();
  const char* argv[] = {exe.c_str(), "worker", "--fd", "3", nullptr};
  // libngspice is built with OpenMP: with its default active waiting, two workers on two cores
  // spin against each other and run ten times slower than one (measured: docs/benchmarks.md).
  std::vector<std::string> env_strings;
  bool has_policy = false;
  for (char** e = environ; *e; ++e) {
    env_strings.emplace_back(*e);
    has_policy = has_policy || env_strings.back().rfind("OMP_WAIT_POLICY=", 0) == 0;
  }
  if (!has_policy) env_strings.emplace_back("OMP_WAIT_POLICY=passive");
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  // posix_spawn, not fork: fork runs the pthread_atfork handlers of the libraries in this
  // process, and OpenBLAS's shut its thread pool down, leaving later matrix products of the
  // parent to spin-wait for threads that are gone (training in the window slowed 100-fold).
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, sv[1], 3);  // also clears FD_CLOEXEC when sv[1] == 3
  posix_spawn_file_actions_adddup2(&actions, 2, 1);      // stray prints of the worker go to stderr
  pid_t pid = -1;
  int rc = ::posix_spawn(&pid, exe.c_str(), &actions, nullptr, const_cast<char* const*>(argv), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    ::close(sv[0]);
    ::close(sv[1]);
    throw std::runtime_error("cannot start the simulation worker " + exe + ": " + std::strerror(rc));
  }
  ::close(sv[1]);
  w.pid = pid;
  w.fd = sv[0];
  w.buffer.clear();
  w.out.clear();
  w.jobs.clear();
  w.last_words.clear();
}

int WorkerPool::workers() const { return backend_ ? backend_->workers(options_) : static_cast<int>(workers_.size()); }

std::vector<int> WorkerPool::pids() const {
  std::vector<int> out;
  for (const auto& w : workers_) out.push_back(w.pid);
  return out;
}

std::vector<double> WorkerPool::busy_seconds() const {
  std::vector<double> out;
  for (const auto& w : workers_) out.push_back(w.busy_s);
  return out;
}

void WorkerPool::kill(Worker& w) {
  if (w.fd >= 0) ::close(w.fd);
  w.fd = -1;
  if (w.pid > 0) {
    ::kill(w.pid, SIGKILL);
    ::waitpid(w.pid, nullptr, 0);
  }
  w.pid = -1;
  end_busy(w);
  w.jobs.clear();
  w.out.clear();
}

// The design running on `w` fails with `why`; those queued behind it never started and go back
// to the batch for the next worker.
void WorkerPool::restart(Worker& w, Batch& batch, const std::string& why) {
  std::deque<std::size_t> jobs = w.jobs;
  kill(w);
  spawn(w);
  ++restarts_;
  if (jobs.empty()) return;
  batch.finish(jobs.front(), SimulationResult::failed(why));
  batch.todo.insert(batch.todo.begin(), jobs.begin() + 1, jobs.end());
}

BatchResults WorkerPool::run(const std::vector<SimulationSetup>& setups, const JobContext& ctx, const OnResult& on_result) {
  if (backend_) return backend_->run(setups, ctx, on_result, options_);
  Batch batch{setups, BatchRecorder(setups.size(), ctx, on_result), {}};
  for (std::size_t i = 0; i < setups.size(); ++i) batch.todo.push_back(i);
  while (!batch.recorder.complete()) {
    if (ctx.cancel.cancelled()) {
      abandon();
      break;
    }
    hand_out(batch);
    collect(batch);
  }
  return std::move(batch.recorder).end();
}

// Cancelled: the designs in flight are dropped with their workers, the rest never start.
void WorkerPool::abandon() {
  for (auto& w : workers_)
    if (!w.idle()) {
      kill(w);
      spawn(w);
    }
}

// Every idle worker gets a design. A busy one also gets the next design queued behind the one it
// runs (PoolOptions::queue_ahead), so that it starts it the moment it sends its result instead of
// waiting for this thread to read the result and answer; but only while more designs remain than
// workers, so that at the batch's end no design waits behind a slow one while a worker idles.
void WorkerPool::hand_out(Batch& batch) {
  auto send = [&](Worker& w) {
    const std::size_t i = batch.todo.front();
    batch.todo.pop_front();
    if (w.idle()) w.started = Clock::now();
    w.jobs.push_back(i);
    w.out += json{{"id", i}, {"setup", batch.setups[i]}}.dump() + "\n";
  };
  for (auto& w : workers_)
    if (w.idle() && !batch.todo.empty()) send(w);
  for (auto& w : workers_)
    while (!batch.todo.empty() && batch.todo.size() > workers_.size() &&
           static_cast<int>(w.jobs.size()) <= options_.queue_ahead)
      send(w);
  for (auto& w : workers_) flush(w, batch);
}

// Writes what the socket of `w` takes now without blocking; the rest when poll() says it can.
void WorkerPool::flush(Worker& w, Batch& batch) {
  while (!w.out.empty()) {
    ssize_t n = ::send(w.fd, w.out.data(), w.out.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    if (n <= 0) {
      restart(w, batch, "simulation worker could not be reached");
      return;
    }
    w.out.erase(0, static_cast<std::size_t>(n));
  }
}

// Waits briefly for replies (or room for requests), then reads them and retires designs that
// took too long.
void WorkerPool::collect(Batch& batch) {
  std::vector<pollfd> fds;
  for (auto& w : workers_)
    fds.push_back(pollfd{w.fd, static_cast<short>(POLLIN | (w.out.empty() ? 0 : POLLOUT)), 0});
  int rc = ::poll(fds.data(), fds.size(), 50);
  if (rc < 0 && errno != EINTR) throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
  for (std::size_t k = 0; k < workers_.size(); ++k) {
    if (rc > 0 && (fds[k].revents & (POLLIN | POLLHUP | POLLERR))) read_from(workers_[k], batch);
    else if (rc > 0 && (fds[k].revents & POLLOUT)) flush(workers_[k], batch);
    enforce_timeout(workers_[k], batch);
  }
}

void WorkerPool::end_busy(Worker& w) {
  if (!w.jobs.empty()) w.busy_s += std::chrono::duration<double>(Clock::now() - w.started).count();
}

void WorkerPool::read_from(Worker& w, Batch& batch) {
  char chunk[65536];
  ssize_t n = ::read(w.fd, chunk, sizeof chunk);
  if (n <= 0) {
    int status = 0;
    // Give the dying worker a moment so that its signal can be named.
    pid_t reaped = 0;
    for (int tries = 0; tries < 20 && reaped == 0; ++tries) {
      reaped = ::waitpid(w.pid, &status, WNOHANG);
      if (reaped == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::string why = "simulator process died";
    if (reaped == w.pid && WIFSIGNALED(status)) {
      why = (w.last_words.empty() ? "simulator process died of " : "ngspice crashed the simulator process, ") +
            describe_signal(WTERMSIG(status));
      if (!w.last_words.empty()) why += ", " + w.last_words;
    } else if (reaped == w.pid && WIFEXITED(status)) {
      why += " (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
    }
    if (reaped == w.pid) w.pid = -1;  // already reaped: restart() must not kill a reused pid
    restart(w, batch, why);
    return;
  }
  w.buffer.append(chunk, static_cast<std::size_t>(n));
  for (auto nl = w.buffer.find('\n'); nl != std::string::npos; nl = w.buffer.find('\n')) {
    std::string line = w.buffer.substr(0, nl);
    w.buffer.erase(0, nl + 1);
    SimulationResult r;
    try {
      json reply = json::parse(line);
      if (reply.contains("crash")) {  // the worker's last words: its death follows
        w.last_words = reply["crash"].get<std::string>();
        continue;
      }
      r = reply.at("result").get<SimulationResult>();
    } catch (const std::exception& e) {
      r = SimulationResult::failed(std::string("unreadable worker reply: ") + e.what());
    }
    if (w.jobs.empty()) continue;  // not asked for: ignored
    end_busy(w);
    const std::size_t job = w.jobs.front();
    w.jobs.pop_front();
    w.started = Clock::now();  // the next one queued behind it starts now
    batch.finish(job, std::move(r));
  }
}

void WorkerPool::enforce_timeout(Worker& w, Batch& batch) {
  if (!w.idle() && std::chrono::duration<double>(Clock::now() - w.started).count() > options_.timeout_s)
    restart(w, batch, "simulation timed out after " + std::to_string(static_cast<int>(options_.timeout_s)) + " s");
}

}  // namespace inversize::simulation
