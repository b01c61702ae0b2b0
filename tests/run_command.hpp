// Standard output of a shell command, for tests that run the CLI or plain `ngspice -b`.
#pragma once

#include <cstdio>
#include <string>

// Standard output of `cmd` (add 2>&1 for both); `status` as pclose() gives it.
inline std::string run_command(const std::string& cmd, int& status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  while (p && fgets(buf, sizeof buf, p)) out += buf;
  status = p ? pclose(p) : -1;
  return out;
}
