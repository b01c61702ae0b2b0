// Helpers for tests on designers' own decks: the deck as a direct `ngspice -b` run measures it,
// and as `inversize-cli simulate --json` does.
#pragma once

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>

#include <unistd.h>

#include <nlohmann/json.hpp>
#include "run_command.hpp"

namespace inversize::test {

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `ngspice -b` on the deck with its final `.end` replaced by `control` (a .control block);
// every "name = number" line it prints. Empty when ngspice is missing.
inline std::map<std::string, double> ngspice_values(const std::string& deck, const std::string& control,
                                                    const std::string& tag) {
  std::map<std::string, double> out;
  int status = 0;
  run_command("command -v ngspice >/dev/null 2>&1", status);
  if (status != 0) return out;
  std::string text;  // the deck up to its `.end` line
  std::istringstream lines(deck);
  for (std::string line; std::getline(lines, line);) {
    std::string t;
    for (char c : line)
      if (!std::isspace(static_cast<unsigned char>(c))) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t == ".end") break;
    text += line + "\n";
  }
  const auto dir = std::filesystem::temp_directory_path() / ("inversize_deck_" + tag + "_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "ref.sp") << text << "\n.control\n" << control << "\n.endc\n.end\n";
  const std::string log = run_command("cd '" + dir.string() + "' && ngspice -b ref.sp 2>&1", status);
  std::filesystem::remove_all(dir);
  const std::regex value(R"(^\s*(\S+)\s+=\s+([-+0-9.eE]+)\s*$)");
  std::istringstream in(log);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, value)) out[m[1]] = std::stod(m[2]);
  }
  return out;
}

// Open-loop gain at 1 Hz, transit frequency and phase margin of node `out`, as InverSize
// defines them (docs/measurements.md), in ngspice's own words.
inline std::string ac_measures(const std::string& out) {
  return "save all\nac dec 100 1 1G\nlet mag = abs(v(" + out + "))\nlet gdb = vdb(" + out +
         ")\nmeas ac gain_db find gdb at=1\nmeas ac gbw_hz when mag=1 fall=1\n"
         "let ph = 180/pi*cph(v(" + out + "))\nmeas ac phase_deg find ph when mag=1 fall=1\n";
}

}  // namespace inversize::test
