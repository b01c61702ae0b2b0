#include "diffusion/recombination.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace inversize::diffusion {

Matrix recombine(const DesignContext& ctx, std::size_t n_variables, const std::vector<Matrix>& block_samples) {
  if (block_samples.size() != ctx.blocks.size())
    throw std::invalid_argument("recombine: one sample matrix per block expected");
  const std::size_t n = block_samples.empty() ? 0 : block_samples.front().size();
  Matrix out(n, std::vector<double>(n_variables, 0.0));
  std::vector<int> cover(n_variables, 0);
  for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
    const auto& vars = ctx.blocks[b].variables;
    if (block_samples[b].size() != n) throw std::invalid_argument("recombine: blocks disagree on the number of samples");
    for (std::size_t k = 0; k < vars.size(); ++k) {
      ++cover.at(vars[k]);
      for (std::size_t s = 0; s < n; ++s) out[s][vars[k]] += block_samples[b][s].at(k);
    }
  }
  for (std::size_t v = 0; v < n_variables; ++v)
    if (cover[v] == 0) throw std::invalid_argument("recombine: variable " + std::to_string(v) + " is in no block");
  for (auto& row : out) {
    for (std::size_t v = 0; v < n_variables; ++v) row[v] /= cover[v];
    finish_sizing(ctx, row);
  }
  return out;
}

void finish_sizing(const DesignContext& ctx, std::vector<double>& row) {
  if (!ctx.symmetric.empty()) {
    // Union-find, so a = b and b = c make one group with one mean.
    std::vector<int> parent(row.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int i) {
      while (parent[i] != i) i = parent[i] = parent[parent[i]];
      return i;
    };
    for (auto [a, b] : ctx.symmetric) {
      if (a < 0 || b < 0 || std::size_t(a) >= row.size() || std::size_t(b) >= row.size())
        throw std::invalid_argument("symmetric pair refers to a variable out of range");
      parent[find(a)] = find(b);
    }
    std::vector<double> sum(row.size(), 0.0);
    std::vector<int> count(row.size(), 0);
    for (std::size_t v = 0; v < row.size(); ++v) {
      sum[find(int(v))] += row[v];
      ++count[find(int(v))];
    }
    for (std::size_t v = 0; v < row.size(); ++v) row[v] = sum[find(int(v))] / count[find(int(v))];
  }
  if (!ctx.limits.empty()) {
    if (ctx.limits.size() != row.size()) throw std::invalid_argument("one VariableLimits per variable expected");
    for (std::size_t v = 0; v < row.size(); ++v) row[v] = snap(row[v], ctx.limits[v]);
  }
}

double snap(double value, const VariableLimits& lim) {
  const bool bounded = lim.hi > lim.lo;
  if (std::isnan(value)) return bounded ? lim.lo : value;
  if (bounded) value = std::clamp(value, lim.lo, lim.hi);
  if (lim.grid > 0) {
    double g = std::round(value / lim.grid) * lim.grid;
    if (bounded) {
      const double first = std::ceil(lim.lo / lim.grid - 1e-9) * lim.grid;
      const double last = std::floor(lim.hi / lim.grid + 1e-9) * lim.grid;
      if (first <= last) g = std::clamp(g, first, last);
      else g = value;  // no grid point inside the limits: keep the clamped value
    }
    if (lim.log && g <= 0) g = lim.grid;  // a width or length never snaps to zero
    value = g;
  }
  return value;
}

}  // namespace inversize::diffusion
