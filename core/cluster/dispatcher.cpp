#include "cluster/dispatcher.hpp"

#include <algorithm>
#include <deque>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "cluster/job_end.hpp"
#include "simulation/simulation_json.hpp"

namespace inversize::cluster {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
using simulation::SimulationResult;

namespace {
// How long rank 0 waits for the other ranks to start (each loads nothing but its pool).
constexpr double kHelloTimeoutS = 120;
// A lost rank's design is tried on one more rank; losing that one too fails it.
constexpr int kAttempts = 2;
}  // namespace

// One run(): the designs, their results so far, who simulates which.
struct Dispatcher::Batch {
  std::uint64_t run = 0;
  const std::vector<simulation::SimulationSetup>& setups;
  simulation::BatchRecorder recorder;
  std::vector<int> attempts;
  std::deque<std::size_t> pending;  // not yet handed out, in batch order (retries first)

  void finish(std::size_t i, SimulationResult r) { recorder.finish(i, std::move(r)); }
};

Dispatcher::Dispatcher(Channel& channel, Say say) : channel_(channel), say_(std::move(say)) {
  ranks_.resize(static_cast<std::size_t>(channel_.size()));
  ranks_[0].default_workers = default_workers();
  ranks_[0].host = host_name();
  // Every other rank says hello once its own side is up.
  int heard = 1;
  const auto start = Clock::now();
  while (heard < channel_.size()) {
    if (auto m = channel_.poll({}, Tag::hello)) {
      auto j = json::parse(m->text);
      auto& r = ranks_[static_cast<std::size_t>(m->source)];
      r.default_workers = std::max(1, j.value("workers", 1));
      r.host = j.value("host", "");
      r.last_heard = Clock::now();
      ++heard;
    } else if (seconds_since(start) > kHelloTimeoutS) {
      throw std::runtime_error("only " + std::to_string(heard) + " of " + std::to_string(channel_.size()) +
                               " MPI ranks started within " + std::to_string(static_cast<int>(kHelloTimeoutS)) + " s");
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  heartbeat_thread_ = std::thread([this] { heartbeats(); });
}

Dispatcher::~Dispatcher() {
  end();
  local_.reset();
}

bool Dispatcher::end() {
  if (ended_) return finalize_;
  ended_ = true;
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_cv_.notify_all();
  heartbeat_thread_.join();
  // Lost ranks too: one that was only stopped or cut off and comes back ends at once rather
  // than after a minute of silence.
  for (int k = 1; k < channel_.size(); ++k) channel_.send(k, Tag::stop, "{}");
  std::vector<bool> answered(ranks_.size(), false);
  answered[0] = true;
  const auto asked = Clock::now();
  auto waiting = [&] {
    std::lock_guard lock(ranks_mutex_);
    for (std::size_t k = 1; k < ranks_.size(); ++k)
      if (ranks_[k].alive && !answered[k]) return true;
    return false;
  };
  while (waiting() && seconds_since(asked) < kAnswerS) {
    // Everything else that still arrives (late results, heartbeats) is read and dropped.
    while (auto m = channel_.poll())
      if (m->tag == Tag::stop) answered[static_cast<std::size_t>(m->source)] = true;
    channel_.flush();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  finalize_ = true;
  {
    std::lock_guard lock(ranks_mutex_);
    for (std::size_t k = 1; k < ranks_.size(); ++k) {
      if (ranks_[k].alive && !answered[k]) {
        ranks_[k].alive = false;
        if (say_)
          say_("MPI rank " + std::to_string(k) + " (" + ranks_[k].host + ") did not answer the end of the job within " +
               std::to_string(static_cast<int>(kAnswerS)) + " s");
      }
      finalize_ = finalize_ && ranks_[k].alive;
    }
  }
  for (int k = 1; k < channel_.size(); ++k) channel_.send(k, Tag::end, json{{"finalize", finalize_}}.dump());
  channel_.flush(2);  // sends to a lost rank never complete
  return finalize_;
}

// Every second: tell the other ranks rank 0 lives, and note which of them said so.
void Dispatcher::heartbeats() {
  std::unique_lock stop_lock(stop_mutex_);
  while (!stop_cv_.wait_for(stop_lock, std::chrono::seconds(1), [&] { return stopping_; })) {
    std::vector<int> alive;
    {
      std::lock_guard lock(ranks_mutex_);
      for (std::size_t k = 1; k < ranks_.size(); ++k)
        if (ranks_[k].alive) alive.push_back(static_cast<int>(k));
    }
    for (int k : alive) channel_.send(k, Tag::heartbeat, "{}");
    while (auto m = channel_.poll({}, Tag::heartbeat)) {
      std::lock_guard lock(ranks_mutex_);
      ranks_[static_cast<std::size_t>(m->source)].last_heard = Clock::now();
    }
    channel_.flush();
  }
}

int Dispatcher::workers_of(const Rank& r, const simulation::PoolOptions& options) const {
  return options.workers > 0 ? options.workers : r.default_workers;
}

int Dispatcher::workers(const simulation::PoolOptions& options) {
  std::lock_guard lock(ranks_mutex_);
  int n = 0;
  std::string each;
  std::set<std::string> hosts;
  int alive = 0;
  for (const auto& r : ranks_)
    if (r.alive) {
      n += workers_of(r, options);
      each += (each.empty() ? "" : "+") + std::to_string(workers_of(r, options));
      hosts.insert(r.host);
      ++alive;
    }
  std::string text = std::to_string(alive) + " MPI ranks on " + std::to_string(hosts.size()) +
                     (hosts.size() == 1 ? " host" : " hosts") + " simulate with " + std::to_string(n) + " workers (" +
                     each + ")";
  if (text != announced_ && say_) say_(text);
  announced_ = text;
  return n;
}

RankWorkers& Dispatcher::local(const simulation::PoolOptions& options) {
  const int n = workers_of(ranks_[0], options);
  if (!local_ || local_->workers() != n || local_->timeout_s() != options.timeout_s)
    local_ = std::make_unique<RankWorkers>(n, options.timeout_s);
  return *local_;
}

bool Dispatcher::lost_a_rank() const {
  std::lock_guard<std::mutex> lock(ranks_mutex_);
  for (const auto& r : ranks_)
    if (!r.alive) return true;
  return false;
}

void Dispatcher::lose(int rank, const std::string& why, Batch& batch) {
  std::vector<std::size_t> orphans;
  {
    std::lock_guard lock(ranks_mutex_);
    auto& r = ranks_[static_cast<std::size_t>(rank)];
    r.alive = false;
    orphans = std::exchange(r.in_flight, {});
  }
  std::size_t retried = 0;
  // Back to the front in batch order, so that they go out first.
  for (auto it = orphans.rbegin(); it != orphans.rend(); ++it) {
    if (batch.attempts[*it] >= kAttempts) {
      batch.finish(*it, SimulationResult::failed("MPI rank " + std::to_string(rank) + " " + why +
                                                 " while simulating it, after another rank had been lost with it"));
    } else {
      batch.pending.push_front(*it);
      ++retried;
    }
  }
  if (say_)
    say_("MPI rank " + std::to_string(rank) + " (" + ranks_[static_cast<std::size_t>(rank)].host + ") " + why + ": " +
         std::to_string(retried) + " of its designs go to the other ranks");
}

simulation::BatchResults Dispatcher::run(const std::vector<simulation::SimulationSetup>& setups, const JobContext& ctx,
                                         const simulation::OnResult& on_result, const simulation::PoolOptions& options) {
  workers(options);  // says who serves, once per setting
  Batch batch{++runs_, setups, simulation::BatchRecorder(setups.size(), ctx, on_result),
              std::vector<int>(setups.size(), 0), {}};
  for (std::size_t i = 0; i < setups.size(); ++i) batch.pending.push_back(i);
  RankWorkers& here = local(options);
  const double silence_limit = std::max(3.0, options.timeout_s);
  {
    std::lock_guard lock(ranks_mutex_);
    for (auto& r : ranks_) r.in_flight.clear();
  }
  auto take_back = [&](int rank, std::size_t id) {  // false: not this rank's (any more)
    std::lock_guard lock(ranks_mutex_);
    auto& f = ranks_[static_cast<std::size_t>(rank)].in_flight;
    auto it = std::find(f.begin(), f.end(), id);
    if (it == f.end()) return false;
    f.erase(it);
    return true;
  };

  while (!batch.recorder.complete()) {
    if (ctx.cancel.cancelled()) break;
    bool busy = false;
    // Ranks that went silent: their designs go elsewhere.
    for (std::size_t k = 1; k < ranks_.size(); ++k) {
      double silent = 0;
      {
        std::lock_guard lock(ranks_mutex_);
        if (!ranks_[k].alive) continue;
        silent = seconds_since(ranks_[k].last_heard);
      }
      if (silent > silence_limit)
        lose(static_cast<int>(k), "was silent for " + std::to_string(static_cast<int>(silent)) + " s", batch);
    }
    // Hand out: each rank a few more than it has workers, so none waits for the next design.
    for (std::size_t k = 0; k < ranks_.size() && !batch.pending.empty(); ++k) {
      std::vector<std::size_t> ids;
      {
        std::lock_guard lock(ranks_mutex_);
        auto& r = ranks_[k];
        if (!r.alive) continue;
        const std::size_t capacity = static_cast<std::size_t>(workers_of(r, options)) + (k == 0 ? 0 : 1);
        while (r.in_flight.size() < capacity && !batch.pending.empty()) {
          ids.push_back(batch.pending.front());
          batch.pending.pop_front();
          r.in_flight.push_back(ids.back());
        }
      }
      if (ids.empty()) continue;
      busy = true;
      for (auto i : ids) ++batch.attempts[i];
      if (k == 0) {
        std::vector<Assignment> items;
        for (auto i : ids) items.push_back({batch.run, i, setups[i]});
        here.submit(std::move(items));
      } else {
        json items = json::array();
        for (auto i : ids) items.push_back({{"id", i}, {"setup", setups[i]}});
        json work{{"run", batch.run}, {"workers", options.workers}, {"timeout_s", options.timeout_s}, {"items", items}};
        channel_.send(static_cast<int>(k), Tag::work, work.dump());
      }
    }
    // Collect: rank 0's own workers, then the others' messages.
    for (auto& f : here.take()) {
      busy = true;
      if (f.run == batch.run && take_back(0, f.id)) batch.finish(f.id, std::move(f.result));
    }
    while (auto m = channel_.poll({}, Tag::result)) {
      busy = true;
      {
        std::lock_guard lock(ranks_mutex_);
        ranks_[static_cast<std::size_t>(m->source)].last_heard = Clock::now();
      }
      json reply;
      try {
        reply = json::parse(m->text);
      } catch (const std::exception&) {
        continue;  // unreadable: its designs come back when the rank is found silent
      }
      if (reply.value("run", std::uint64_t{0}) != batch.run) continue;  // a late answer to an earlier batch
      for (const auto& d : reply.at("done")) {
        const auto id = d.at("id").get<std::size_t>();
        if (id >= setups.size() || !take_back(m->source, id)) continue;
        SimulationResult r;
        try {
          r = d.at("result").get<SimulationResult>();
        } catch (const std::exception& e) {
          r = SimulationResult::failed(std::string("unreadable result from MPI rank ") + std::to_string(m->source) +
                                       ": " + e.what());
        }
        batch.finish(id, std::move(r));
      }
    }
    channel_.flush();
    if (!busy) here.wait_for_finished(std::chrono::milliseconds(2));
  }

  if (!batch.recorder.complete()) {  // cancelled: the designs in flight are dropped everywhere
    here.cancel(batch.run);
    std::lock_guard lock(ranks_mutex_);
    for (std::size_t k = 1; k < ranks_.size(); ++k)
      if (ranks_[k].alive && !ranks_[k].in_flight.empty())
        channel_.send(static_cast<int>(k), Tag::cancel, json{{"run", batch.run}}.dump());
  }
  {
    std::lock_guard lock(ranks_mutex_);
    for (auto& r : ranks_) r.in_flight.clear();
  }
  return std::move(batch.recorder).end();
}

}  // namespace inversize::cluster
