#include "diffusion/denoiser_impl.hpp"

namespace inversize::diffusion::detail {

Conditioned Conditioned::rows(long begin, long end) const {
  Conditioned c{y.slice(0, begin, end), mask.slice(0, begin, end), uncond.slice(0, begin, end), timesteps, {},
                per_step};
  if (per_row.defined()) c.per_row = per_row.slice(0, begin, end);
  return c;
}

Conditioned DenoiserBase::condition(const torch::Tensor& y, const torch::Tensor& mask, const torch::Tensor& uncond,
                                    std::vector<int> timesteps) {
  return {y, mask, uncond, std::move(timesteps), {}, {}};
}

torch::Tensor DenoiserBase::denoise(const torch::Tensor& x_t, std::size_t k, const Conditioned& c) {
  return forward(x_t, torch::full({x_t.size(0)}, c.timesteps[k], torch::kLong), c.y, c.mask, c.uncond);
}

}  // namespace inversize::diffusion::detail
