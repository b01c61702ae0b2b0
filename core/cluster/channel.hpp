// The MPI link between the ranks: whole text messages (JSON) by tag, sent without waiting and
// received by polling, every MPI call under one lock (MPI_THREAD_SERIALIZED: on rank 0 the
// heartbeat thread and the dispatcher share it). Errors return rather than abort the job
// (MPI_ERRORS_RETURN): a dead rank must not take rank 0 with it.
#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace inversize::cluster {

enum class Tag : int {
  hello = 1,      // server -> 0: {"workers": default worker count, "host"}
  work = 2,       // 0 -> server: {"run", "workers", "timeout_s", "items": [{"id", "setup"}]}
  result = 3,     // server -> 0: {"run", "done": [{"id", "result"}]}
  cancel = 4,     // 0 -> server: {"run"}: drop that run's designs
  heartbeat = 5,  // both ways, every second: "I am alive"
  stop = 6,       // 0 -> server: the command is over; server -> 0: stopped (job_end.hpp)
  end = 7,        // 0 -> server: {"finalize": bool}: how to end (job_end.hpp)
};

// Seconds since `t`: how long a rank has been silent (heartbeats, the end of the job).
inline double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

struct Message {
  int source = -1;
  Tag tag = Tag::hello;
  std::string text;
};

class Channel {
 public:
  Channel();
  ~Channel();
  Channel(const Channel&) = delete;
  Channel& operator=(const Channel&) = delete;

  int rank() const { return rank_; }
  int size() const { return size_; }

  // Queues `text` for `dest`; never blocks, even when dest is dead (the send then never
  // completes and is left behind).
  void send(int dest, Tag tag, std::string text);
  // The next message from `source` (or any) with `tag` (or any), if one has arrived.
  std::optional<Message> poll(std::optional<int> source = {}, std::optional<Tag> tag = {});
  // Frees the buffers of completed sends; waits up to `seconds` for the rest (at the end).
  void flush(double seconds = 0);

 private:
  struct Pending;
  std::mutex mutex_;
  std::deque<std::unique_ptr<Pending>> pending_;
  int rank_ = 0, size_ = 1;
};

}  // namespace inversize::cluster
