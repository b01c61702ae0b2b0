#include "cluster/channel.hpp"

#include <mpi.h>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace inversize::cluster {

struct Channel::Pending {
  std::string text;
  MPI_Request request = MPI_REQUEST_NULL;
};

Channel::Channel() {
  MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

Channel::~Channel() = default;

void Channel::send(int dest, Tag tag, std::string text) {
  auto p = std::make_unique<Pending>();
  p->text = std::move(text);
  std::lock_guard lock(mutex_);
  int rc = MPI_Isend(p->text.data(), static_cast<int>(p->text.size()), MPI_CHAR, dest, static_cast<int>(tag),
                     MPI_COMM_WORLD, &p->request);
  if (rc != MPI_SUCCESS) return;  // a dead peer: its silence is noticed by the heartbeats
  pending_.push_back(std::move(p));
}

std::optional<Message> Channel::poll(std::optional<int> source, std::optional<Tag> tag) {
  std::lock_guard lock(mutex_);
  int flag = 0;
  MPI_Status status;
  if (MPI_Iprobe(source ? *source : MPI_ANY_SOURCE, tag ? static_cast<int>(*tag) : MPI_ANY_TAG, MPI_COMM_WORLD, &flag,
                 &status) != MPI_SUCCESS ||
      !flag)
    return std::nullopt;
  int count = 0;
  MPI_Get_count(&status, MPI_CHAR, &count);
  Message m;
  m.source = status.MPI_SOURCE;
  m.tag = static_cast<Tag>(status.MPI_TAG);
  m.text.resize(static_cast<std::size_t>(count));
  if (MPI_Recv(m.text.data(), count, MPI_CHAR, status.MPI_SOURCE, status.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE) !=
      MPI_SUCCESS)
    return std::nullopt;
  return m;
}

void Channel::flush(double seconds) {
  auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      for (auto it = pending_.begin(); it != pending_.end();) {
        int done = 0;
        if (MPI_Test(&(*it)->request, &done, MPI_STATUS_IGNORE) != MPI_SUCCESS || done)
          it = pending_.erase(it);
        else
          ++it;
      }
      if (pending_.empty() || std::chrono::steady_clock::now() >= until) return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

}  // namespace inversize::cluster
