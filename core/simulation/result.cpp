#include "simulation/result.hpp"

#include <stdexcept>

namespace inversize::simulation {

const Measured& SimulationResult::performance(std::string_view key) const {
  auto i = performance_index(key);
  if (!i) throw std::out_of_range("unknown performance " + std::string(key));
  return performances[*i];
}

Measured& SimulationResult::performance(std::string_view key) {
  return const_cast<Measured&>(static_cast<const SimulationResult&>(*this).performance(key));
}

SimulationResult SimulationResult::failed(const std::string& why) {
  SimulationResult r;
  for (auto& m : r.performances) m = Measured::fail(why);
  r.error = why;
  return r;
}

}  // namespace inversize::simulation
