// Hand-made designs for the evaluation tests: a few performances, nothing simulated for real.
#pragma once

#include <optional>

#include "common/performance.hpp"
#include "dataset/project.hpp"

namespace test {

inline std::size_t k(const char* key) { return *inversize::performance_index(key); }

// A design that "simulated" to these performances; its id is also its one variable.
inline inversize::dataset::Design design(std::int64_t id, double gain, double gbw, double power,
                                         std::optional<double> pm = std::nullopt) {
  inversize::dataset::Design d;
  d.id = id;
  d.simulated = true;
  d.x = {double(id)};
  d.performances[k("gain_db")] = gain;
  d.performances[k("gbw_hz")] = gbw;
  d.performances[k("power_w")] = power;
  if (pm) d.performances[k("pm_deg")] = *pm;
  return d;
}

}  // namespace test
