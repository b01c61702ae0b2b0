// The main of a benchmark that needs a QApplication (widgets on the offscreen platform) and the
// simulation worker.
#pragma once

#include <benchmark/benchmark.h>

#include <QApplication>
#include <cstdlib>

#include "simulation/worker_pool.hpp"

inline int run_qt_benchmarks(int argc, char** argv) {
  ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
  QApplication app(argc, argv);
  inversize::simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
