#include "cluster/cluster.hpp"

#include <mpi.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "cluster/channel.hpp"
#include "cluster/dispatcher.hpp"
#include "cluster/server.hpp"

namespace inversize::cluster {

namespace {
std::unique_ptr<Channel> g_channel;
std::unique_ptr<Dispatcher> g_dispatcher;

// At exit of rank 0 (main's return or std::exit of a command): tell the other ranks, finalise.
void shut_down() {
  simulation::set_simulation_backend(nullptr);
  // After a lost rank, OpenMPI's MPI_Finalize waits for it forever (seen under
  // --enable-recovery): the work is stored, so end the job instead.
  if (g_dispatcher && g_dispatcher->lost_a_rank()) {
    std::fflush(nullptr);
    MPI_Abort(MPI_COMM_WORLD, 0);
  }
  g_dispatcher.reset();
  g_channel.reset();
  MPI_Finalize();
}
}  // namespace

bool launched_by_mpi() {
  for (const char* var : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE"})
    if (std::getenv(var)) return true;
  return false;
}

std::optional<int> start(int& argc, char**& argv, std::function<void(const std::string&)> say) {
  if (!launched_by_mpi()) return std::nullopt;
  int provided = 0;
  if (MPI_Init_thread(&argc, &argv, MPI_THREAD_SERIALIZED, &provided) != MPI_SUCCESS)
    throw std::runtime_error("MPI did not start");
  if (provided < MPI_THREAD_SERIALIZED) {
    MPI_Finalize();
    throw std::runtime_error("this MPI library cannot be used from two threads (MPI_THREAD_SERIALIZED)");
  }
  g_channel = std::make_unique<Channel>();
  if (g_channel->size() == 1) {  // one rank: the plain local pool
    g_channel.reset();
    MPI_Finalize();
    return std::nullopt;
  }
  if (g_channel->rank() != 0) {
    const std::string me = "MPI rank " + std::to_string(g_channel->rank()) + ": ";
    int status = serve(*g_channel, [&](const std::string& s) { if (say) say(me + s); });
    g_channel.reset();
    MPI_Finalize();
    return status;
  }
  g_dispatcher = std::make_unique<Dispatcher>(*g_channel, std::move(say));
  simulation::set_simulation_backend(g_dispatcher.get());
  std::atexit(shut_down);
  return std::nullopt;
}

}  // namespace inversize::cluster
