// `.param` arithmetic: numbers with SI suffixes, parameters, + - * / ^ **, unary minus,
// parentheses and a few functions. Values may be written `{expr}`, `'expr'` or bare.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace inversize::netlist {

// Any failure to evaluate; the message names the problem in plain words (no file:line:
// the caller knows where the expression was written).
class EvalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An identifier that is not a known parameter.
class UnknownIdentifier : public EvalError {
 public:
  explicit UnknownIdentifier(const std::string& name)
      : EvalError("unknown parameter '" + name + "'"), name_(name) {}
  const std::string& name() const { return name_; }

 private:
  std::string name_;
};

// Looks up a lower-case parameter name.
using ParamLookup = std::function<std::optional<double>(const std::string&)>;

// Removes one level of `{...}` or `'...'` around the text (and surrounding blanks).
std::string_view strip_expression_quotes(std::string_view text);

// Evaluates `text`; throws EvalError (or UnknownIdentifier). The result is always finite.
double evaluate(std::string_view text, const ParamLookup& lookup);
double evaluate(std::string_view text, const std::map<std::string, double>& params);

// Lower-case parameter names the expression refers to (function names excluded), in order of
// first use. Throws EvalError on a syntax error.
std::vector<std::string> referenced_identifiers(std::string_view text);

}  // namespace inversize::netlist
