#include "diffusion/cancel_scope.hpp"

namespace inversize::diffusion {

namespace {
thread_local const CancelToken* innermost = nullptr;
}

CancelScope::CancelScope(CancelToken token) : token_(std::move(token)), outer_(innermost) { innermost = &token_; }
CancelScope::~CancelScope() { innermost = outer_; }

const CancelToken* CancelScope::current() { return innermost; }

void CancelScope::throw_if_cancelled() {
  if (innermost && innermost->cancelled()) throw Cancelled();
}

}  // namespace inversize::diffusion
