#include "cluster/server.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "cluster/job_end.hpp"
#include "cluster/rank_workers.hpp"
#include "simulation/simulation_json.hpp"

namespace inversize::cluster {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {
// Rank 0's verdict in an `end` message: may this rank finalise?
bool finalize_in(const std::string& text) {
  try {
    return json::parse(text).value("finalize", false);
  } catch (const std::exception&) {
    return false;
  }
}

// The end of the job, once the workers are stopped: answer rank 0's stop, wait for its verdict.
Ending answer_stop(Channel& channel, const std::function<void(const std::string&)>& say) {
  channel.send(0, Tag::stop, "{}");
  const auto asked = Clock::now();
  while (seconds_since(asked) < kVerdictS) {
    while (auto m = channel.poll(0))
      if (m->tag == Tag::end) return {0, finalize_in(m->text)};
    channel.flush();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (say) say("no word from rank 0 within " + std::to_string(static_cast<int>(kVerdictS)) +
               " s of the end of the job: ending without MPI_Finalize");
  return {0, false};
}
}  // namespace

Ending serve(Channel& channel, const std::function<void(const std::string&)>& say) {
  channel.send(0, Tag::hello, json{{"workers", default_workers()}, {"host", host_name()}}.dump());
  std::unique_ptr<RankWorkers> workers;
  auto heard = Clock::now(), beat = Clock::now();
  double silence_limit = kRankZeroSilenceS;
  for (;;) {
    bool busy = false;
    while (auto m = channel.poll(0)) {
      busy = true;
      heard = Clock::now();
      if (m->tag == Tag::stop) {
        workers.reset();
        return answer_stop(channel, say);
      }
      if (m->tag == Tag::end) return {0, finalize_in(m->text)};  // rank 0 ends the job at once
      if (m->tag != Tag::work && m->tag != Tag::cancel) continue;
      json j;
      try {
        j = json::parse(m->text);
      } catch (const std::exception& e) {
        if (say) say(std::string("unreadable message from rank 0: ") + e.what());
        continue;
      }
      const auto run = j.value("run", std::uint64_t{0});
      if (m->tag == Tag::cancel) {
        if (workers) workers->cancel(run);
        continue;
      }
      const int n = j.value("workers", 0) > 0 ? j.value("workers", 0) : default_workers();
      const double timeout_s = j.value("timeout_s", 30.0);
      silence_limit = std::max(kRankZeroSilenceMinS, timeout_s);
      if (!workers || workers->workers() != n || workers->timeout_s() != timeout_s)
        workers = std::make_unique<RankWorkers>(n, timeout_s);
      std::vector<Assignment> items;
      json failed = json::array();
      for (const auto& item : j.at("items")) {
        const auto id = item.at("id").get<std::size_t>();
        try {
          items.push_back({run, id, item.at("setup").get<simulation::SimulationSetup>()});
        } catch (const std::exception& e) {
          failed.push_back({{"id", id},
                            {"result", simulation::SimulationResult::failed(std::string("unreadable setup: ") + e.what())}});
        }
      }
      workers->submit(std::move(items));
      if (!failed.empty()) channel.send(0, Tag::result, json{{"run", run}, {"done", failed}}.dump());
    }
    if (workers) {
      // One message per run with whatever finished since the last look.
      std::map<std::uint64_t, json> done;
      for (auto& f : workers->take()) {
        auto& list = done[f.run];
        if (list.is_null()) list = json::array();
        list.push_back({{"id", f.id}, {"result", f.result}});
      }
      for (auto& [run, list] : done) channel.send(0, Tag::result, json{{"run", run}, {"done", list}}.dump());
      busy = busy || !done.empty();
    }
    if (seconds_since(beat) >= 1) {
      channel.send(0, Tag::heartbeat, "{}");
      beat = Clock::now();
    }
    if (seconds_since(heard) > silence_limit) {
      if (say) say("rank 0 silent for " + std::to_string(static_cast<int>(silence_limit)) +
                   " s: it is gone; stopping without MPI_Finalize");
      return {1, false};
    }
    channel.flush();
    if (!busy) {
      if (workers) workers->wait_for_finished(std::chrono::milliseconds(2));
      else std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
}

}  // namespace inversize::cluster
