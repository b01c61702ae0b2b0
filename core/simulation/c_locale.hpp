// Numbers in decks, in ngspice's own parsing and printing, and in the worker protocol are
// C-locale. A desktop process runs in the user's locale (Qt sets it from the environment), and
// a German one would write "1,5u" and read "0.9" as 0: every entry into the engine holds the C
// locale on its own thread for its duration, whatever the process's locale is.
#pragma once

#include <locale.h>

namespace inversize::simulation {

class CLocaleScope {
 public:
  CLocaleScope();
  ~CLocaleScope();
  CLocaleScope(const CLocaleScope&) = delete;
  CLocaleScope& operator=(const CLocaleScope&) = delete;

 private:
  locale_t previous_;
};

}  // namespace inversize::simulation
