// Every test executable simulates with the worker built beside it: simulation::simulate runs
// libngspice in a worker process, so that a crash of the library cannot end the test run.
#include <gtest/gtest.h>

#include "simulation/worker_pool.hpp"

namespace {
class BuiltWorker : public ::testing::Environment {
 public:
  void SetUp() override { inversize::simulation::set_worker_executable(INVERSIZE_WORKER_EXE); }
};
// Registered before main: gtest owns the environment and sets it up before the first test.
[[maybe_unused]] ::testing::Environment* const kBuiltWorker = ::testing::AddGlobalTestEnvironment(new BuiltWorker);
}  // namespace
