// The DC bench's servo-held sweeps (testbench.cpp): their grid covers 0 ... VDD in this many
// steps, and each sweep runs as two analyses that start at the grid point nearest VCM, one
// towards 0 V and one towards VDD (bench_measurement.cpp joins them).
#pragma once

namespace inversize::simulation {

inline constexpr int kDcSweepSteps = 180;

}  // namespace inversize::simulation
