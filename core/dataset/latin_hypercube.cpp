#include "dataset/latin_hypercube.hpp"

#include <algorithm>
#include <numeric>
#include <random>

namespace inversize::dataset {

std::vector<std::vector<double>> latin_hypercube(std::size_t n, std::size_t dims, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::vector<std::vector<double>> pts(n, std::vector<double>(dims));
  std::vector<std::size_t> perm(n);
  for (std::size_t k = 0; k < dims; ++k) {
    std::iota(perm.begin(), perm.end(), 0);
    // Fisher-Yates with our own draws: std::shuffle's sequence differs between libraries.
    for (std::size_t i = n; i > 1; --i) std::swap(perm[i - 1], perm[static_cast<std::size_t>(u(rng) * i) % i]);
    for (std::size_t i = 0; i < n; ++i) pts[i][k] = (static_cast<double>(perm[i]) + u(rng)) / static_cast<double>(n);
  }
  return pts;
}

}  // namespace inversize::dataset
