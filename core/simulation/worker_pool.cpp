#include "simulation/worker_pool.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "simulation/ngspice_engine.hpp"

extern char** environ;

namespace inversize::simulation {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {
std::mutex g_exe_mutex;
std::string g_exe;

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
}  // namespace

void set_worker_executable(const std::string& path) {
  std::lock_guard lock(g_exe_mutex);
  g_exe = path;
}

std::string worker_executable() {
  std::lock_guard lock(g_exe_mutex);
  return g_exe;
}

int worker_main(int fd) {
  // The protocol owns `fd`; whatever ngspice prints goes to stderr, never into the protocol.
  enter_scratch_directory();
  std::unique_ptr<NgspiceEngine> engine;
  std::string buffer, line;
  while (read_line(fd, buffer, line)) {
    json reply;
    try {
      json req = json::parse(line);
      reply["id"] = req.at("id");
      if (!engine) engine = std::make_unique<NgspiceEngine>();
      SimulationSetup setup = req.at("setup").get<SimulationSetup>();
      reply["result"] = run_setup(*engine, setup);
    } catch (const std::exception& e) {
      SimulationResult r;
      for (auto& m : r.performances) m = Measured::fail("not simulated");
      r.error = std::string("worker: ") + e.what();
      reply["result"] = r;
    }
    if (!write_all(fd, reply.dump() + "\n")) return 1;
  }
  return 0;
}

struct WorkerPool::Worker {
  pid_t pid = -1;
  int fd = -1;
  std::string buffer;
  long job = -1;  // index of the setup in flight, -1 when idle
  Clock::time_point started;
};

WorkerPool::WorkerPool(PoolOptions options) : options_(options) {
  int n = options_.workers > 0 ? options_.workers : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (worker_executable().empty())
    throw std::runtime_error("no simulation worker executable set (inversize-cli worker)");
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
  w.job = -1;
}

int WorkerPool::workers() const { return static_cast<int>(workers_.size()); }

std::vector<int> WorkerPool::pids() const {
  std::vector<int> out;
  for (const auto& w : workers_) out.push_back(w.pid);
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
  w.job = -1;
}

std::vector<SimulationResult> WorkerPool::run(const std::vector<SimulationSetup>& setups, const JobContext& ctx,
                                              const std::function<void(std::size_t, const SimulationResult&)>& on_result) {
  std::vector<SimulationResult> results(setups.size());
  std::vector<bool> finished(setups.size(), false);
  std::size_t next = 0, done = 0;
  auto finish = [&](std::size_t i, SimulationResult r) {
    results[i] = std::move(r);
    finished[i] = true;
    ++done;
    if (on_result) on_result(i, results[i]);
    ctx.report(static_cast<long long>(done), static_cast<long long>(setups.size()), "simulated");
  };
  auto failed = [](const std::string& why) {
    SimulationResult r;
    for (auto& m : r.performances) m = Measured::fail(why);
    r.error = why;
    return r;
  };
  auto restart = [&](Worker& w, const std::string& why) {
    long job = w.job;
    kill(w);
    spawn(w);
    ++restarts_;
    if (job >= 0) finish(static_cast<std::size_t>(job), failed(why));
  };

  while (done < setups.size()) {
    if (ctx.cancel.cancelled()) {
      for (auto& w : workers_)
        if (w.job >= 0) {
          kill(w);
          spawn(w);
        }
      for (std::size_t i = 0; i < setups.size(); ++i)
        if (!finished[i]) results[i] = failed("cancelled");
      return results;
    }
    // Hand out work to idle workers.
    for (auto& w : workers_) {
      if (w.job >= 0 || next >= setups.size()) continue;
      json req{{"id", next}, {"setup", setups[next]}};
      w.job = static_cast<long>(next);
      w.started = Clock::now();
      ++next;
      if (!write_all(w.fd, req.dump() + "\n")) restart(w, "simulation worker could not be reached");
    }
    std::vector<pollfd> fds;
    for (auto& w : workers_) fds.push_back(pollfd{w.fd, POLLIN, 0});
    int rc = ::poll(fds.data(), fds.size(), 50);
    if (rc < 0 && errno != EINTR) throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    for (std::size_t k = 0; k < workers_.size(); ++k) {
      Worker& w = workers_[k];
      if (rc > 0 && (fds[k].revents & (POLLIN | POLLHUP | POLLERR))) {
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
          if (reaped == w.pid && WIFSIGNALED(status)) why += " (signal " + std::to_string(WTERMSIG(status)) + ")";
          if (reaped == w.pid) w.pid = -1;  // already reaped: restart() must not kill a reused pid
          restart(w, why);
          continue;
        }
        w.buffer.append(chunk, static_cast<std::size_t>(n));
        auto nl = w.buffer.find('\n');
        if (nl != std::string::npos) {
          std::string line = w.buffer.substr(0, nl);
          w.buffer.erase(0, nl + 1);
          long job = w.job;
          w.job = -1;
          SimulationResult r;
          try {
            json reply = json::parse(line);
            r = reply.at("result").get<SimulationResult>();
          } catch (const std::exception& e) {
            r = failed(std::string("unreadable worker reply: ") + e.what());
          }
          if (job >= 0) finish(static_cast<std::size_t>(job), std::move(r));
        }
      }
      if (w.job >= 0 && std::chrono::duration<double>(Clock::now() - w.started).count() > options_.timeout_s)
        restart(w, "simulation timed out after " + std::to_string(static_cast<int>(options_.timeout_s)) + " s");
    }
  }
  return results;
}

}  // namespace inversize::simulation
