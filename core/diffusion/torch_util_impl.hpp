// PRIVATE (torch): conversions between the engine's plain matrices and tensors, seeded
// generators, and the parameters of a module in a model blob.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "diffusion/blob.hpp"

namespace inversize::diffusion::detail {

at::Generator make_generator(std::uint64_t seed);

// Threads for one training or sampling call. Torch's own OpenMP team stays at one thread and
// OpenBLAS gets `threads`: libgomp workers spin-wait between the many small ops of these
// models and starve OpenBLAS's pthreads on a 2-core machine (measured: 15 s -> 1 s for a test
// that trains two small block models). Without OpenBLAS, torch's OpenMP gets `threads`.
void use_threads(int threads);

// rows x cols doubles -> float tensor [rows, cols] (NaN kept).
torch::Tensor to_tensor(const std::vector<std::vector<double>>& m, std::size_t cols);
std::vector<std::vector<double>> to_matrix(const torch::Tensor& t);

// The rows of t (dimension 0) at the given indices, in their order: a split's designs.
torch::Tensor rows_of(const torch::Tensor& t, const std::vector<int>& rows);

// Splits normalised performances into values (NaN -> 0) and a mask (1 = given).
std::pair<torch::Tensor, torch::Tensor> values_and_mask(const torch::Tensor& y);

// Every parameter and buffer, by name, with its shape; read_module refuses (BlobError) a
// blob whose names or shapes differ from the freshly built module.
void write_module(BlobWriter& w, const torch::nn::Module& m);
void read_module(BlobReader& r, torch::nn::Module& m, const std::string& what);

}  // namespace inversize::diffusion::detail
