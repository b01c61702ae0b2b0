// The side of every rank but 0: simulate what rank 0 sends, with this rank's own workers,
// until rank 0 says stop (or stays silent so long that it must be gone).
#pragma once

#include <functional>
#include <string>

#include "cluster/channel.hpp"

namespace inversize::cluster {

// Seconds without a word from rank 0 (it sends a heartbeat every second, whatever it does)
// after which a rank stops serving: rank 0 died and the job would otherwise never end.
inline constexpr double kRankZeroSilenceS = 60;

// Returns the exit status: 0 when stopped by rank 0, 1 when rank 0 fell silent.
int serve(Channel& channel, const std::function<void(const std::string&)>& say);

}  // namespace inversize::cluster
