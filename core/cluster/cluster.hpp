// The MPI cluster as a backend of the worker pool. Under `mpirun -np N` or `srun`, rank 0 runs
// the command (it alone owns the project file, the optimiser and training) and every
// WorkerPool it makes spreads its batches over all ranks; the other ranks only simulate, each
// with its own local workers. Started any other way, nothing changes.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace inversize::cluster {

// True when an MPI launcher started this process (OpenMPI's mpirun, or srun with PMI/PMIx).
bool launched_by_mpi();

// Starts MPI when launched_by_mpi() and there is more than one rank. Rank 0: registers the
// cluster as the simulation backend and returns nullopt; at exit the other ranks are stopped
// and MPI finalised. Other ranks: serve simulations until rank 0 is done, then return the exit
// status for main. Otherwise nullopt and nothing changes. `say` gets one-line notices (who
// serves, a lost rank). Throws std::runtime_error when MPI cannot start.
std::optional<int> start(int& argc, char**& argv, std::function<void(const std::string&)> say);

}  // namespace inversize::cluster
