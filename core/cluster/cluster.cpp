#include "cluster/cluster.hpp"

#include <mpi.h>
#include <stdlib.h>  // on_exit

#include <cstdio>
#include <memory>
#include <stdexcept>

#include "cluster/channel.hpp"
#include "cluster/dispatcher.hpp"
#include "cluster/job_end.hpp"
#include "cluster/server.hpp"

namespace inversize::cluster {

namespace {
std::unique_ptr<Channel> g_channel;
std::unique_ptr<Dispatcher> g_dispatcher;
Say g_say;

// Rank 0 names its status where mpirun does not pass it on.
void say_status(int status) {
  if (under_recovery() && g_say)
    g_say("exit status " + std::to_string(status) + " (mpirun --enable-recovery itself ends with 0)");
}
void say_status_at_exit(int status, void*) { say_status(status); }

// At exit of rank 0 (main's return or std::exit of a command, with its status): end the job
// (job_end.hpp). Everything the command did is stored by now.
void shut_down(int status, void*) {
  simulation::set_simulation_backend(nullptr);
  const bool finalize = g_dispatcher->end();
  g_dispatcher.reset();  // rank 0's own workers
  say_status(status);
  if (finalize) {
    g_channel.reset();
    finalize_or_exit(status, g_say);
    return;
  }
  if (g_say) g_say("a rank was lost: ending the job with MPI_Abort, everything is stored");
  abort_job(status, g_say);
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
    g_say = std::move(say);
    on_exit(say_status_at_exit, nullptr);
    return std::nullopt;
  }
  if (g_channel->rank() != 0) {
    const std::string me = "MPI rank " + std::to_string(g_channel->rank()) + ": ";
    // By value: the finalize watchdog may speak after start() returned.
    Say said = [say, me](const std::string& s) { if (say) say(me + s); };
    const Ending ending = serve(*g_channel, said);
    g_channel.reset();
    if (!ending.finalize) exit_without_finalize(ending.status);
    finalize_or_exit(ending.status, said);
    return ending.status;
  }
  g_say = std::move(say);
  try {
    g_dispatcher = std::make_unique<Dispatcher>(*g_channel, g_say);
  } catch (const std::exception& e) {
    // A rank that never said hello may hang: end the job, the ranks that did start first.
    if (g_say) g_say(e.what());
    for (int k = 1; k < g_channel->size(); ++k) g_channel->send(k, Tag::end, R"({"finalize": false})");
    g_channel->flush(2);
    abort_job(1, g_say);
  }
  simulation::set_simulation_backend(g_dispatcher.get());
  on_exit(shut_down, nullptr);  // glibc: unlike atexit, it is given the exit status
  return std::nullopt;
}

}  // namespace inversize::cluster
