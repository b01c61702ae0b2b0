#include "structure/function.hpp"

namespace inversize::structure {

const char* to_string(Function f) {
  switch (f) {
    case Function::Bias: return "bias";
    case Function::Load: return "load";
    case Function::Transconductance: return "transconductance";
    case Function::Compensation: return "compensation";
  }
  return "?";
}

char abbreviation(Function f) {
  switch (f) {
    case Function::Bias: return 'b';
    case Function::Load: return 'l';
    case Function::Transconductance: return 't';
    case Function::Compensation: return 'c';
  }
  return '?';
}

std::optional<Function> function_from_string(std::string_view s) {
  for (Function f : {Function::Bias, Function::Load, Function::Transconductance, Function::Compensation})
    if (s == to_string(f) || (s.size() == 1 && s[0] == abbreviation(f))) return f;
  return std::nullopt;
}

namespace {
constexpr const char* kStageNames[] = {"bias", "first", "second", "third"};
}

std::string stage_name(int stage) {
  if (stage >= 0 && stage < 4) return kStageNames[stage];
  return "stage " + std::to_string(stage);
}

std::optional<int> stage_from_string(std::string_view s) {
  for (int i = 0; i < 4; ++i)
    if (s == kStageNames[i]) return i;
  if (s.rfind("stage ", 0) == 0) {
    try {
      return std::stoi(std::string(s.substr(6)));
    } catch (...) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace inversize::structure
