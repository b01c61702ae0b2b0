// How an MPI job ends without ever hanging. OpenMPI 4.1 (no ULFM) cannot finalise around a dead
// rank: MPI_Finalize then waits for it forever. So MPI_Finalize is called only when rank 0 has
// just heard every rank answer the end of the job, and always under a watchdog; otherwise the
// ranks end without it (rank 0 then with MPI_Abort, which also ends a rank that hangs).
//
// The protocol (tags in channel.hpp): rank 0 sends `stop` to every rank; each serving rank stops
// its workers and answers `stop`; rank 0 waits kAnswerS for the answers and sends every rank
// `end` with {"finalize": true} when every rank answered and none was lost during the job,
// false otherwise. A serving rank that gets no `end` within kVerdictS ends without finalising.
#pragma once

#include <functional>
#include <string>

namespace inversize::cluster {

// Rank 0 waits this long for the serving ranks to answer the end of the job.
inline constexpr double kAnswerS = 10;
// A serving rank that answered waits this long for rank 0's verdict.
inline constexpr double kVerdictS = 30;
// MPI_Finalize or MPI_Abort that has not returned (ended the process) after this long is given
// up: the process ends with its status without it.
inline constexpr double kFinalizeS = 30;

using Say = std::function<void(const std::string&)>;

// MPI_Finalize under the watchdog: returns when it did; ends the process with `status` (and a
// notice) when it did not within kFinalizeS.
void finalize_or_exit(int status, const Say& say);
// Ends this process with `status` without MPI_Finalize, output flushed.
[[noreturn]] void exit_without_finalize(int status);
// Ends the whole job (every rank, one that hangs too) with MPI_Abort; under the watchdog.
[[noreturn]] void abort_job(int status, const Say& say);

// True when mpirun runs the job with --enable-recovery: its own exit status is then 0 whatever
// the ranks return (OpenMPI 4.1), so rank 0 names its status in a last line.
bool under_recovery();

}  // namespace inversize::cluster
