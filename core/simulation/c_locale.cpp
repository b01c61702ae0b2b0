#include "simulation/c_locale.hpp"

namespace inversize::simulation {

namespace {
// One C locale object for the process; never freed (threads may hold it until they end).
locale_t c_locale() {
  static locale_t c = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(0));
  return c;
}
}  // namespace

// uselocale changes the calling thread only: other threads (the window's) keep theirs.
CLocaleScope::CLocaleScope() : previous_(uselocale(c_locale())) {}
CLocaleScope::~CLocaleScope() { uselocale(previous_); }

}  // namespace inversize::simulation
