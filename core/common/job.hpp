// The one job interface for all long work (simulation batches, data generation, training,
// evaluation): a progress callback, a cancellation token, and a result or an error.
// The CLI draws it as a progress bar, the UI as progress widgets.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace inversize {

struct Progress {
  long long done = 0;
  long long total = 0;  // 0 when unknown
  std::string message;  // e.g. "design 12/100, 9 feasible"
};

using ProgressFn = std::function<void(const Progress&)>;

// Shared between the job and whoever may cancel it; cheap to copy.
class CancelToken {
 public:
  CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
  void cancel() const { flag_->store(true); }
  bool cancelled() const { return flag_->load(); }

 private:
  std::shared_ptr<std::atomic<bool>> flag_;
};

// Thrown by a job that stops because its token was cancelled.
class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("cancelled") {}
};

struct JobContext {
  ProgressFn progress;  // may be empty
  CancelToken cancel;
  void report(long long done, long long total, const std::string& message = {}) const {
    if (progress) progress(Progress{done, total, message});
  }
  void throw_if_cancelled() const {
    if (cancel.cancelled()) throw Cancelled();
  }
};

}  // namespace inversize
