#include "cluster/server.hpp"

#include <chrono>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "cluster/rank_workers.hpp"
#include "simulation/simulation_json.hpp"

namespace inversize::cluster {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

int serve(Channel& channel, const std::function<void(const std::string&)>& say) {
  channel.send(0, Tag::hello, json{{"workers", default_workers()}, {"host", host_name()}}.dump());
  std::unique_ptr<RankWorkers> workers;
  auto heard = Clock::now(), beat = Clock::now();
  for (;;) {
    bool busy = false;
    while (auto m = channel.poll(0)) {
      busy = true;
      heard = Clock::now();
      if (m->tag == Tag::stop) {
        channel.flush(5);
        return 0;
      }
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
    if (std::chrono::duration<double>(Clock::now() - beat).count() >= 1) {
      channel.send(0, Tag::heartbeat, "{}");
      beat = Clock::now();
    }
    if (std::chrono::duration<double>(Clock::now() - heard).count() > kRankZeroSilenceS) {
      if (say) say("rank 0 silent for " + std::to_string(static_cast<int>(kRankZeroSilenceS)) + " s: it is gone, stopping");
      return 1;
    }
    channel.flush();
    if (!busy) {
      if (workers) workers->wait_for_finished(std::chrono::milliseconds(2));
      else std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
}

}  // namespace inversize::cluster
