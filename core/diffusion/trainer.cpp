#include <chrono>
#include <cmath>
#include <numbers>
#include <sstream>

#include "diffusion/torch_util_impl.hpp"
#include "diffusion/trainer_impl.hpp"

namespace inversize::diffusion::detail {

// Steps between reports of the training loss alone (the validation loss comes every
// eval_every): a live loss curve then shows its shape, also on a 200-step run.
constexpr long long kLossReportEvery = 10;

TrainProgressFn job_progress(const JobContext& job, const TrainProgressFn& progress) {
  return [&job, progress](const TrainProgress& p) {
    if (progress) progress(p);
    std::ostringstream o;
    o << p.block << " step " << p.step << "/" << p.total << " loss " << p.loss << " val " << p.val_loss;
    job.report(p.step, p.total, o.str());
  };
}

OptimiseResult optimise(torch::nn::Module& net, long n_train, const std::function<torch::Tensor(const torch::Tensor&)>& batch_loss,
                        const std::function<double()>& val_loss, const TrainOptions& opts, at::Generator& gen,
                        const JobContext& job, const StepReport& report) {
  if (n_train < 1) throw std::invalid_argument("no training designs");
  auto params = net.parameters();
  torch::optim::AdamW adam(params, torch::optim::AdamWOptions(opts.learning_rate).weight_decay(opts.weight_decay));
  const long batch = std::min<long>(opts.batch_size, n_train);
  const long long total = opts.max_steps;
  const auto start = std::chrono::steady_clock::now();

  OptimiseResult res;
  // The averaged weights; during validation they are swapped into the network.
  std::vector<torch::Tensor> ema;
  if (opts.ema_decay > 0) {
    torch::NoGradGuard ng;
    for (auto& p : params) ema.push_back(p.detach().clone());
  }
  auto swap_ema = [&] {
    torch::NoGradGuard ng;
    for (std::size_t i = 0; i < ema.size(); ++i) {
      auto live = params[i].detach().clone();
      params[i].copy_(ema[i]);
      ema[i] = live;
    }
  };
  std::vector<torch::Tensor> best;
  int since_best = 0;
  double running = std::numeric_limits<double>::quiet_NaN();
  double last_val = running;
  torch::Tensor perm;
  long cursor = n_train;  // forces a fresh epoch permutation on the first step
  net.train();
  for (long long step = 1; step <= total; ++step) {
    job.throw_if_cancelled();
    // Learning rate: linear warm-up, then cosine decay to 10 %.
    double lr = opts.learning_rate;
    if (step <= opts.warmup_steps) lr *= double(step) / opts.warmup_steps;
    else lr *= 0.1 + 0.9 * 0.5 * (1 + std::cos(std::numbers::pi * double(step - opts.warmup_steps) / std::max<long long>(1, total - opts.warmup_steps)));
    for (auto& g : adam.param_groups()) static_cast<torch::optim::AdamWOptions&>(g.options()).lr(lr);

    if (cursor + batch > n_train) {  // epochs of a seeded permutation: every design seen equally
      perm = torch::randperm(n_train, gen, torch::kLong);
      cursor = 0;
    }
    auto rows = perm.slice(0, cursor, cursor + batch);
    cursor += batch;
    adam.zero_grad();
    auto loss = batch_loss(rows);
    loss.backward();
    torch::nn::utils::clip_grad_norm_(params, 1.0);
    adam.step();
    if (!ema.empty()) {
      // Warm-up of the decay, so the average is not dominated by the random initial weights.
      const double d = std::min(opts.ema_decay, (1.0 + step) / (10.0 + step));
      torch::NoGradGuard ng;
      for (std::size_t i = 0; i < ema.size(); ++i) ema[i].mul_(d).add_(params[i].detach(), 1.0 - d);
    }
    const double l = loss.item<double>();
    running = std::isnan(running) ? l : 0.95 * running + 0.05 * l;
    res.steps = step;

    if (step % opts.eval_every == 0 || step == total) {
      if (val_loss) {
        swap_ema();  // no-op without EMA
        net.eval();
        last_val = val_loss();
        net.train();
        if (std::isnan(res.best_val_loss) || last_val < res.best_val_loss) {
          res.best_val_loss = last_val;
          since_best = 0;
          torch::NoGradGuard ng;
          best.clear();
          for (auto& p : params) best.push_back(p.detach().clone());
        } else {
          ++since_best;
        }
        swap_ema();
      }
      const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const bool stop = val_loss && since_best >= opts.patience;
      if (report) report(step, total, running, last_val, stop ? 0.0 : elapsed / step * (total - step));
      if (stop) {
        res.stopped_early = true;
        break;
      }
    } else if (report && step % kLossReportEvery == 0) {
      const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      report(step, total, running, last_val, elapsed / step * (total - step));
    }
  }
  net.eval();
  if (best.empty() && !ema.empty()) swap_ema();  // no validation split: keep the average
  if (!best.empty()) {
    torch::NoGradGuard ng;
    for (std::size_t i = 0; i < params.size(); ++i) params[i].copy_(best[i]);
  }
  return res;
}

DesignSet design_rows(const torch::Tensor& x, const torch::Tensor& y, const std::vector<int>& rows) {
  if (rows.empty()) return {};
  auto [yv, ym] = values_and_mask(rows_of(y, rows));
  return {rows_of(x, rows), yv, ym};
}

OptimiseResult optimise_supervised(torch::nn::Module& net, const std::string& name, const DesignSet& train,
                                   const DesignSet& val, const std::function<torch::Tensor(const DesignSet&, bool)>& loss,
                                   const TrainOptions& opts, at::Generator& gen, const JobContext& job,
                                   const TrainProgressFn& progress) {
  auto batch_loss = [&](const torch::Tensor& rows) { return loss(train.rows(rows), true); };
  std::function<double()> val_loss;
  if (val.size() > 0)
    val_loss = [&] {
      torch::NoGradGuard ng;
      return loss(val, false).item<double>();
    };
  auto prog = job_progress(job, progress);
  StepReport report = [&](long long step, long long total, double l, double v, double eta) {
    prog(TrainProgress{name, step, total, l, v, eta});
  };
  return optimise(net, train.size(), batch_loss, val_loss, opts, gen, job, report);
}

namespace {
// x_t, the regression target and alpha_bar [B, 1] for given rows, steps and noise.
struct Noised {
  torch::Tensor x_t, target, alpha_bar;
};
Noised noised(const ModelConfig& cfg, const torch::Tensor& alpha_bar, const torch::Tensor& x0, const torch::Tensor& t,
              const torch::Tensor& eps) {
  auto a = alpha_bar.index_select(0, t).unsqueeze(1);
  auto sa = torch::sqrt(a), s1a = torch::sqrt(1 - a);
  auto x_t = sa * x0 + s1a * eps;
  auto target = cfg.prediction == Prediction::v ? sa * eps - s1a * x0 : eps;  // v = sqrt(a) eps - sqrt(1-a) x0
  return {x_t, target, a};
}
}  // namespace

torch::Tensor denoising_loss(const ModelConfig& cfg, const TrainOptions& opts, const torch::Tensor& pred,
                             const torch::Tensor& target, const torch::Tensor& alpha_bar) {
  if (cfg.prediction != Prediction::v || (!opts.epsilon_weighting && opts.min_snr_gamma <= 0))
    return torch::mse_loss(pred, target);
  auto w = alpha_bar;  // epsilon weighting: alpha_bar = SNR / (SNR + 1)
  if (opts.min_snr_gamma > 0) {
    auto snr = alpha_bar / (1 - alpha_bar).clamp_min(1e-8);
    w = torch::minimum(snr, torch::full_like(snr, opts.min_snr_gamma)) / (snr + 1);
  }
  return ((pred - target).pow(2) * w.clamp_min(kMinLossWeight)).mean();
}

OptimiseResult train_denoiser(DenoiserBase& net, const ModelConfig& cfg, const NoiseSchedule& schedule, int n_chained,
                              const DesignSet& train, const DesignSet& val, const TrainOptions& opts,
                              at::Generator& gen, const JobContext& job, const StepReport& report) {
  auto alpha_bar = torch::tensor(schedule.alpha_bar(), torch::kFloat64).to(torch::kFloat32);
  const long T = schedule.T();
  auto batch_loss = [&](const torch::Tensor& rows) {
    auto b = train.rows(rows);
    const long n = b.size();
    auto t = torch::randint(0, T, {n}, gen, torch::kLong);
    auto eps = torch::randn(b.x.sizes(), gen, torch::kFloat32);
    auto [x_t, target, a] = noised(cfg, alpha_bar, b.x, t, eps);
    auto drop = torch::rand({n}, gen, torch::kFloat32) < cfg.cond_dropout;
    auto kept = (torch::rand(b.mask.sizes(), gen, torch::kFloat32) >= cfg.perf_dropout).to(torch::kFloat32);
    if (n_chained > 0) kept.slice(1, kept.size(1) - n_chained).fill_(1.0f);
    auto [mask, uncond] = drop_performances(b.mask * kept, drop, n_chained);
    return denoising_loss(cfg, opts, net.forward(x_t, t, b.y, mask, uncond), target, a);
  };

  std::function<double()> val_loss;
  if (val.size() > 0) {
    // Fixed steps and noise for the validation loss, so its changes are the model's.
    auto vgen = make_generator(opts.seed ^ 0x9E3779B97F4A7C15ULL);
    const int R = std::max(1, opts.validation_repeats);
    auto idx = torch::arange(val.size(), torch::kLong).repeat({R});
    auto v = val.rows(idx);
    auto t = torch::randint(0, T, {idx.size(0)}, vgen, torch::kLong);
    auto eps = torch::randn(v.x.sizes(), vgen, torch::kFloat32);
    auto [x_t, target, a] = noised(cfg, alpha_bar, v.x, t, eps);
    auto uncond = torch::zeros({idx.size(0)}, torch::kBool);
    val_loss = [&net, &cfg, &opts, v, t, x_t = x_t, target = target, uncond, a = a]() {
      torch::NoGradGuard ng;
      return denoising_loss(cfg, opts, net.forward(x_t, t, v.y, v.mask, uncond), target, a).item<double>();
    };
  }
  return optimise(net, train.size(), batch_loss, val_loss, opts, gen, job, report);
}

}  // namespace inversize::diffusion::detail
