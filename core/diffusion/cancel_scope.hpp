// Cancelling the engine's sampling and refinement from the job that asked for them. A job's
// token reaches the many steps deep inside a sizing model (blocks, DDIM steps, refinement steps)
// as a scope on its thread, as torch's own guards do, rather than as a parameter of every layer
// between: while a CancelScope lives, sampling and refinement on this thread throw Cancelled
// between steps once its token is cancelled (a live view's request the slider has left behind).
#pragma once

#include "common/job.hpp"

namespace inversize::diffusion {

class CancelScope {
 public:
  explicit CancelScope(CancelToken token);
  ~CancelScope();
  CancelScope(const CancelScope&) = delete;
  CancelScope& operator=(const CancelScope&) = delete;

  // The token of the innermost scope on this thread, nullptr outside any.
  static const CancelToken* current();
  // Throws Cancelled when the current scope's token is cancelled.
  static void throw_if_cancelled();

 private:
  CancelToken token_;
  const CancelToken* outer_;
};

}  // namespace inversize::diffusion
