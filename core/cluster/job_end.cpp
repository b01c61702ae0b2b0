#include "cluster/job_end.hpp"

#include <mpi.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace inversize::cluster {

namespace {
// Ends the process with `status` if it is still there after kFinalizeS: `what` did not return.
void arm_watchdog(int status, const Say& say, const char* what) {
  std::thread([status, say, what] {
    std::this_thread::sleep_for(std::chrono::duration<double>(kFinalizeS));
    if (say) say(std::string(what) + " did not return within " + std::to_string(static_cast<int>(kFinalizeS)) +
                 " s: ending without it");
    exit_without_finalize(status);
  }).detach();
}
}  // namespace

void finalize_or_exit(int status, const Say& say) {
  arm_watchdog(status, say, "MPI_Finalize");
  MPI_Finalize();
}

void exit_without_finalize(int status) {
  std::fflush(nullptr);
  ::_exit(status);
}

void abort_job(int status, const Say& say) {
  std::fflush(nullptr);
  arm_watchdog(status, say, "MPI_Abort");
  MPI_Abort(MPI_COMM_WORLD, status);
  exit_without_finalize(status);
}

bool under_recovery() {
  const char* v = std::getenv("OMPI_MCA_orte_enable_recovery");
  return v && (std::strcmp(v, "1") == 0 || std::strcmp(v, "true") == 0);
}

}  // namespace inversize::cluster
