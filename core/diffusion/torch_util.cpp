#include <ATen/CPUGeneratorImpl.h>

#include <dlfcn.h>

#include <sstream>

#include "diffusion/torch_util_impl.hpp"

namespace inversize::diffusion::detail {

at::Generator make_generator(std::uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); }

void use_threads(int threads) {
  threads = std::max(1, threads);
  using SetThreads = void (*)(int);
  static const auto openblas = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
  if (openblas) {
    if (at::get_num_threads() != 1) torch::set_num_threads(1);
    openblas(threads);
  } else if (at::get_num_threads() != threads) {
    torch::set_num_threads(threads);
  }
}

torch::Tensor to_tensor(const std::vector<std::vector<double>>& m, std::size_t cols) {
  auto t = torch::empty({static_cast<long>(m.size()), static_cast<long>(cols)}, torch::kFloat32);
  auto a = t.accessor<float, 2>();
  for (std::size_t i = 0; i < m.size(); ++i) {
    TORCH_CHECK(m[i].size() == cols, "ragged matrix row ", i);
    for (std::size_t j = 0; j < cols; ++j) a[i][j] = static_cast<float>(m[i][j]);
  }
  return t;
}

std::vector<std::vector<double>> to_matrix(const torch::Tensor& t_) {
  auto t = t_.to(torch::kFloat64).contiguous();
  std::vector<std::vector<double>> m(t.size(0), std::vector<double>(t.size(1)));
  auto a = t.accessor<double, 2>();
  for (long i = 0; i < t.size(0); ++i)
    for (long j = 0; j < t.size(1); ++j) m[i][j] = a[i][j];
  return m;
}

std::pair<torch::Tensor, torch::Tensor> values_and_mask(const torch::Tensor& y) {
  auto given = torch::logical_not(torch::isnan(y));
  return {torch::where(given, y, torch::zeros_like(y)), given.to(torch::kFloat32)};
}

namespace {
std::string shape_text(at::IntArrayRef s) {
  std::ostringstream o;
  o << s;
  return o.str();
}
}  // namespace

void write_module(BlobWriter& w, const torch::nn::Module& m) {
  auto params = m.named_parameters(true);
  w.u64(params.size());
  for (const auto& p : params) {
    auto t = p.value().detach().to(torch::kFloat32).contiguous();
    w.str(p.key());
    w.u64(t.dim());
    for (auto d : t.sizes()) w.i64(d);
    w.f32s(t.data_ptr<float>(), t.numel());
  }
}

void read_module(BlobReader& r, torch::nn::Module& m, const std::string& what) {
  auto params = m.named_parameters(true);
  const auto n = r.count(1u << 20, "parameter count");
  r.expect(n == params.size(), what + ": the blob holds " + std::to_string(n) + " parameter tensors, this architecture has " +
                                   std::to_string(params.size()));
  torch::NoGradGuard ng;
  for (auto& p : params) {
    const auto name = r.str();
    r.expect(name == p.key(), what + ": parameter '" + name + "' where '" + p.key() + "' was expected");
    const auto dims = r.count(8, "tensor rank");
    std::vector<std::int64_t> shape(dims);
    for (auto& d : shape) d = r.i64();
    r.expect(at::IntArrayRef(shape) == p.value().sizes(),
             what + ": shape mismatch for '" + name + "': blob " + shape_text(shape) + ", model " +
                 shape_text(p.value().sizes()));
    auto buf = torch::empty(shape, torch::kFloat32);
    r.f32s(buf.data_ptr<float>(), buf.numel());
    p.value().copy_(buf);
  }
}

torch::Tensor rows_of(const torch::Tensor& t, const std::vector<int>& rows) {
  return t.index_select(0, torch::tensor(std::vector<std::int64_t>(rows.begin(), rows.end()), torch::kLong));
}

}  // namespace inversize::diffusion::detail
