// Latin hypercube sampling of the unit cube: each dimension's [0, 1] cut into n strata, one
// point in each, strata paired at random.
#pragma once

#include <cstdint>
#include <vector>

namespace inversize::dataset {

std::vector<std::vector<double>> latin_hypercube(std::size_t n, std::size_t dims, std::uint64_t seed);

}  // namespace inversize::dataset
