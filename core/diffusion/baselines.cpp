#include "diffusion/baselines.hpp"


#include "diffusion/blob.hpp"
#include "diffusion/mlp_impl.hpp"
#include "diffusion/torch_util_impl.hpp"
#include "diffusion/trainer_impl.hpp"

namespace inversize::diffusion {

void WholeCircuitDiffusion::fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows,
                                const std::vector<int>& val_rows, const TrainOptions& opts, const JobContext& job,
                                const TrainProgressFn& progress) {
  model_ = std::make_unique<DiffusionModel>(cfg_, int(variable_names_.size()), int(performance_names_.size()), opts.seed);
  model_->train(xn, yn, train_rows, val_rows, opts, architecture_, job, detail::job_progress(job, progress));
}

SizingModel::Matrix WholeCircuitDiffusion::generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const {
  return denormalise(model_->sample(yn, n, opts));
}

void WholeCircuitDiffusion::write_networks(BlobWriter& w) const { model_->write(w); }

void WholeCircuitDiffusion::read_networks(BlobReader& r) {
  model_ = std::make_unique<DiffusionModel>(DiffusionModel::read(r, architecture_));
  r.expect(model_->variables() == int(variable_names_.size()) && model_->performances() == int(performance_names_.size()),
           architecture_ + ": model shape does not match the variables and performances");
}

struct AnnModel::Net {
  std::shared_ptr<detail::MlpRegressor> mlp;
};

AnnModel::AnnModel(const DesignContext& ctx, const ModelConfig& cfg) : SizingModel(ctx, cfg), net_(std::make_unique<Net>()) {}
AnnModel::~AnnModel() = default;

void AnnModel::fit(const Matrix& xn, const Matrix& yn, const std::vector<int>& train_rows, const std::vector<int>& val_rows,
                   const TrainOptions& opts, const JobContext& job, const TrainProgressFn& progress) {
  detail::use_threads(opts.threads);
  const int nv = int(variable_names_.size()), np = int(performance_names_.size());
  net_->mlp = std::make_shared<detail::MlpRegressor>(cfg_, nv, np);
  auto gen = detail::make_generator(opts.seed);
  net_->mlp->initialise(gen);
  auto X = detail::to_tensor(xn, nv), Y = detail::to_tensor(yn, np);
  auto& mlp = *net_->mlp;
  auto loss = [&](const detail::DesignSet& s, bool training) {
    auto mask = s.mask;
    if (training)
      mask = mask * (torch::rand(mask.sizes(), gen, torch::kFloat32) >= cfg_.perf_dropout).to(torch::kFloat32);
    return torch::mse_loss(mlp.forward(s.y, mask), s.x);
  };
  detail::optimise_supervised(mlp, architecture(), detail::design_rows(X, Y, train_rows), detail::design_rows(X, Y, val_rows),
                              loss, opts, gen, job, progress);
}

SizingModel::Matrix AnnModel::generate(const std::vector<double>& yn, int n, const SampleOptions& opts) const {
  if (n < 1) throw std::invalid_argument("number of samples must be positive");
  detail::use_threads(opts.threads);
  torch::NoGradGuard ng;
  auto [yv, ym] = detail::values_and_mask(torch::tensor(yn, torch::kFloat64).to(torch::kFloat32).reshape({1, -1}));
  auto row = detail::to_matrix(net_->mlp->forward(yv, ym)).front();
  return denormalise(Matrix(n, row));  // a regression has one answer: repeated n times
}

void AnnModel::write_networks(BlobWriter& w) const { detail::write_module(w, *net_->mlp); }

void AnnModel::read_networks(BlobReader& r) {
  net_->mlp = std::make_shared<detail::MlpRegressor>(cfg_, int(variable_names_.size()), int(performance_names_.size()));
  detail::read_module(r, *net_->mlp, "ann");
  net_->mlp->eval();
}

}  // namespace inversize::diffusion
