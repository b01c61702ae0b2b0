// A yield estimate as JSON: the `inversize-cli yield --json` contract (yield, ci95, runs,
// failed, per_performance, corners, limiting) and what else a reader needs (nominal, notes).
#pragma once

#include <nlohmann/json.hpp>

#include "robustness/yield.hpp"

namespace inversize::robustness {

nlohmann::json yield_json(const YieldResult& r, const sizing::Specification& spec);

}  // namespace inversize::robustness
