// PRIVATE (torch): inference over the rows of a batch, split across the cores. The models of
// the engine are small (a few tokens x 64 wide per design, a 256-wide surrogate): one pass is
// many small ops, each single-threaded in torch (use_threads), so with one caller the second
// core only ever helps inside a matrix product and idles between them. The rows of sampling
// and refinement are independent: each thread takes a block of rows with a single-threaded
// BLAS, and every op runs on both cores.
#pragma once

#include <torch/torch.h>

#include <functional>

namespace inversize::diffusion::detail {

// f(begin, end) on blocks of the rows [0, rows), `threads` blocks at most, in parallel on the
// caller's thread and helper threads kept between calls; each call under InferenceMode with a
// single-threaded BLAS. Returns the results concatenated along dimension 0 in row order. With
// threads <= 1, few rows, or the helpers busy with another caller: f(0, rows) on this thread.
// An exception of any block is rethrown here after every block has ended.
torch::Tensor in_row_blocks(long rows, int threads, const std::function<torch::Tensor(long, long)>& f);

}  // namespace inversize::diffusion::detail
