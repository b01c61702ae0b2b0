#include "diffusion/row_blocks_impl.hpp"

#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "diffusion/torch_util_impl.hpp"

namespace inversize::diffusion::detail {

namespace {

// Below this many rows per block the split costs more than it saves.
constexpr long kMinRowsPerBlock = 16;

// One thread kept for the life of the process, running one task at a time. Starting a thread
// per pass would cost more than a small pass.
class Helper {
 public:
  Helper() : thread_([this] { loop(); }) { thread_.detach(); }  // lives until the process ends
  void start(std::function<void()> task) {
    {
      std::lock_guard lock(mutex_);
      task_ = std::move(task);
      done_ = false;
    }
    wake_.notify_one();
  }
  void wait() {
    std::unique_lock lock(mutex_);
    finished_.wait(lock, [this] { return done_; });
  }

 private:
  void loop() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [this] { return bool(task_); });
        task = std::move(task_);
        task_ = nullptr;
      }
      task();
      {
        std::lock_guard lock(mutex_);
        done_ = true;
      }
      finished_.notify_one();
    }
  }
  std::mutex mutex_;
  std::condition_variable wake_, finished_;
  std::function<void()> task_;
  bool done_ = true;
  std::thread thread_;
};

struct Helpers {
  std::mutex busy;  // one caller at a time; another runs on its own thread alone
  std::vector<std::unique_ptr<Helper>> threads;
};
Helpers& helpers() {
  static auto* h = new Helpers;  // never destroyed: its threads outlive static destruction
  return *h;
}

}  // namespace

torch::Tensor in_row_blocks(long rows, int threads, const std::function<torch::Tensor(long, long)>& f) {
  const long blocks = std::min<long>(std::max(threads, 1), rows / kMinRowsPerBlock);
  auto& h = helpers();
  std::unique_lock lock(h.busy, std::try_to_lock);
  if (blocks <= 1 || !lock.owns_lock()) {
    c10::InferenceMode inference;
    return f(0, rows);
  }
  while (long(h.threads.size()) < blocks - 1) h.threads.push_back(std::make_unique<Helper>());
  std::vector<torch::Tensor> out(blocks);
  std::vector<std::exception_ptr> errors(blocks);
  auto run = [&](long b) {
    try {
      c10::InferenceMode inference;
      out[b] = f(rows * b / blocks, rows * (b + 1) / blocks);
    } catch (...) {
      errors[b] = std::current_exception();
    }
  };
  use_threads(1);  // one BLAS thread under each block
  for (long b = 1; b < blocks; ++b) h.threads[b - 1]->start([&run, b] { run(b); });
  run(0);
  for (long b = 1; b < blocks; ++b) h.threads[b - 1]->wait();
  use_threads(threads);
  for (auto& e : errors)
    if (e) std::rethrow_exception(e);
  return torch::cat(out, 0);
}

}  // namespace inversize::diffusion::detail
