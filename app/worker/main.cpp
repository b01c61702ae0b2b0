// inversize-worker: one simulation process of the worker pool. It links only the core (and
// with it libngspice), so it starts in milliseconds even where the CLI and the window load
// LibTorch and Qt; a design's timeout then measures the design, not the start-up.
// The engine holds the C locale itself (simulation/c_locale.hpp).
#include <cstdlib>
#include <cstring>

#include "simulation/worker_pool.hpp"

int main(int argc, char** argv) {
  int fd = 3;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--fd") == 0) fd = std::atoi(argv[i + 1]);
  return inversize::simulation::worker_main(fd);
}
