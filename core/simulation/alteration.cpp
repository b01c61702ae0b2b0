#include "simulation/alteration.hpp"

#include <map>
#include <set>
#include <string_view>

#include "common/text.hpp"
#include "netlist/units.hpp"

namespace inversize::simulation {

namespace {

// Views into the deck: a foundry deck is megabytes of model lines that never change, and
// every design of every bench passes through here (copying them made altering slower than
// loading afresh on gf180mcu).
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    lines.push_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

std::vector<std::string> split_tokens(std::string_view line) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while ((at = line.find_first_not_of(" \t\r", at)) != std::string_view::npos) {
    const auto end = line.find_first_of(" \t\r", at);
    out.emplace_back(line.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    at = end;
  }
  return out;
}

char first_char(std::string_view line) {
  auto p = line.find_first_not_of(" \t\r");
  return p == std::string_view::npos ? '\0' : static_cast<char>(std::tolower(static_cast<unsigned char>(line[p])));
}

// The first token in lower case, read only for lines that can change the structure: dot
// commands and subckt instances (model cards and their continuations are most of a deck).
std::string structural_head(std::string_view line) {
  const char c = first_char(line);
  if (c != '.' && c != 'x') return "";
  const auto tokens = split_tokens(line);
  return tokens.empty() ? "" : lower(tokens[0]);
}

bool is_comment(std::string_view line) {
  char c = first_char(line);
  return c == '\0' || c == '*';
}

// MOSFET instance parameters ngspice alters in place (BSIM3, BSIM4 and the level 1-3 models
// share these names). W and L re-select the bin of a binned model as a fresh load would.
const std::set<std::string> kMosParams = {"w",  "l",  "m",  "nf", "ad", "as",     "pd",   "ps",
                                          "nrd", "nrs", "sa", "sb", "sd", "delvto", "mulu0"};

// The parameter a changed token of an element line stands for, or empty when alter cannot
// express the change.
std::string parameter_of(char kind, std::size_t k, const std::vector<std::string>& was,
                         const std::vector<std::string>& now, std::string& value) {
  if (kind == 'm') {
    auto eq_was = was[k].find('='), eq_now = now[k].find('=');
    if (eq_was == std::string::npos || eq_now == std::string::npos) return "";
    const std::string key = lower(now[k].substr(0, eq_now));
    if (key != lower(was[k].substr(0, eq_was)) || !kMosParams.count(key)) return "";
    value = now[k].substr(eq_now + 1);
    return key;
  }
  value = now[k];
  if ((kind == 'c' || kind == 'r' || kind == 'l') && k == 3)
    return kind == 'c' ? "capacitance" : kind == 'r' ? "resistance" : "inductance";
  if ((kind == 'v' || kind == 'i') && k >= 2 && lower(now[k - 1]) == "dc" && lower(was[k - 1]) == "dc") return "dc";
  return "";
}

// The subckt an X line instances: its last token that is not a parameter.
std::string instanced_subckt(const std::vector<std::string>& tokens) {
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it)
    if (it->find('=') == std::string::npos) return lower(*it);
  return "";
}

}  // namespace

Alteration alteration(const std::string& loaded, const std::string& wanted, bool binned_sizes) {
  Alteration a;
  auto fail = [&](std::string why) {
    a.commands.clear();
    a.why_not = std::move(why);
    return a;
  };
  if (loaded == wanted) return fail("unchanged");
  const auto was = split_lines(loaded), now = split_lines(wanted);
  if (was.size() != now.size()) return fail("the decks differ in length");

  // Top-level instances of each subckt: a line inside it stands for one device per instance.
  std::map<std::string, std::vector<std::string>> instances;
  int depth = 0;
  bool binned = false;
  for (const auto line : now) {
    const std::string head = structural_head(line);
    if (head.empty()) continue;
    if (head == ".model" && !binned) {  // a bin: NAME.N
      const auto tokens = split_tokens(line);
      const auto dot = tokens.size() > 1 ? tokens[1].rfind('.') : std::string::npos;
      binned = dot != std::string::npos && dot + 1 < tokens[1].size() &&
               tokens[1].find_first_not_of("0123456789", dot + 1) == std::string::npos;
    }
    if (head == ".subckt") ++depth;
    else if (head == ".ends") --depth;
    else if (depth == 0 && head[0] == 'x') instances[instanced_subckt(split_tokens(line))].push_back(head);
    // ngspice bins an altered W or L without the scale factor (a fresh load applies it).
    if ((head == ".option" || head == ".options") && lower(line).find("scale") != std::string::npos)
      return fail(".option scale");
  }

  std::vector<std::string> scope;  // the subckts the line is in, innermost last
  for (std::size_t i = 0; i < now.size(); ++i) {
    if (was[i] != now[i]) {
      if (i == 0) return fail("the title differs");
      if (is_comment(was[i]) && is_comment(now[i])) continue;
      const auto tokens = split_tokens(now[i]);
      const char kind = first_char(now[i]);
      if (kind != first_char(was[i]) || !std::isalpha(static_cast<unsigned char>(kind)))
        return fail("line " + std::to_string(i + 1) + " is not an element with new values");
      if (scope.size() > 1) return fail("an element of a nested subckt changed");
      const auto old_tokens = split_tokens(was[i]);
      const std::string head = lower(tokens[0]);
      if (old_tokens.size() != tokens.size() || lower(old_tokens[0]) != head)
        return fail("element " + tokens[0] + " changed its form");
      // ngspice's names of the element: "m1" at the top level, "m.xdm.m1" in instance xdm.
      std::vector<std::string> paths;
      if (scope.empty()) paths.push_back(head);
      else
        for (const auto& inst : instances[scope.back()]) paths.push_back(std::string(1, kind) + "." + inst + "." + head);
      for (std::size_t k = 1; k < tokens.size(); ++k) {
        if (old_tokens[k] == tokens[k]) continue;
        std::string value;
        const std::string param = parameter_of(kind, k, old_tokens, tokens, value);
        if (param.empty() || !netlist::parse_spice_number(value))
          return fail("'" + tokens[k] + "' of " + tokens[0] + " cannot be altered");
        if (binned && !binned_sizes && kind == 'm' && (param == "w" || param == "l"))
          return fail("binned models: a new W or L loads faster than it alters");
        // The value as written: ngspice reads it with its own number parser, as a load would.
        for (const auto& path : paths) a.commands.push_back("alter @" + path + "[" + param + "]=" + value);
      }
    }
    const std::string head = structural_head(now[i]);
    if (head == ".subckt") {
      const auto tokens = split_tokens(now[i]);
      if (tokens.size() > 1) scope.push_back(lower(tokens[1]));
    } else if (head == ".ends" && !scope.empty()) {
      scope.pop_back();
    }
  }
  return a;
}

}  // namespace inversize::simulation
