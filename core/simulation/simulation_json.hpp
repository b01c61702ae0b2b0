// JSON of the simulation's plain data: what travels to a worker process and back, what
// `simulate --json` prints and what the project file stores.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "simulation/conditions.hpp"
#include "simulation/result.hpp"
#include "simulation/setup.hpp"

namespace inversize::simulation {

void to_json(nlohmann::json& j, const SimulationSetup& s);
void from_json(const nlohmann::json& j, SimulationSetup& s);
void to_json(nlohmann::json& j, const SimulationResult& r);
void from_json(const nlohmann::json& j, SimulationResult& r);
void to_json(nlohmann::json& j, const Conditions& c);
void from_json(const nlohmann::json& j, Conditions& c);

}  // namespace inversize::simulation
