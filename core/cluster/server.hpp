// The side of every rank but 0: simulate what rank 0 sends, with this rank's own workers,
// until rank 0 says stop (or stays silent so long that it must be gone).
#pragma once

#include <functional>
#include <string>

#include "cluster/channel.hpp"

namespace inversize::cluster {

// Seconds without a word from rank 0 (it sends a heartbeat every second, whatever it does)
// after which a rank stops serving: rank 0 died and the job would otherwise never end. Before
// the first designs arrive; from then on the job's design timeout (--timeout), at least
// kRankZeroSilenceMinS: the limit rank 0 applies to the serving ranks.
inline constexpr double kRankZeroSilenceS = 60;
inline constexpr double kRankZeroSilenceMinS = 10;

// How a serving rank ends: its exit status, and whether rank 0 said MPI_Finalize is safe.
struct Ending {
  int status = 0;         // 0: stopped by rank 0; 1: rank 0 fell silent
  bool finalize = false;  // false: end without MPI_Finalize (job_end.hpp)
};

// Serves until rank 0 ends the job (or falls silent); the rank's workers are stopped on return.
Ending serve(Channel& channel, const std::function<void(const std::string&)>& say);

}  // namespace inversize::cluster
