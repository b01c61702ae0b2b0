#include "common/text.hpp"
#include "netlist/expression.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "netlist/units.hpp"

namespace inversize::netlist {

namespace {

// Hostile input such as "((((((..." must not overflow the stack.
constexpr int kMaxDepth = 500;
constexpr std::size_t kMaxLength = 100000;

bool is_ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }

using inversize::lower;

// Recursive-descent evaluator. When `names` is set it only collects identifiers and
// evaluates every parameter as 1 (so division by zero cannot fail the scan).
class Evaluator {
 public:
  Evaluator(std::string_view text, const ParamLookup* lookup, std::vector<std::string>* names)
      : s_(text), lookup_(lookup), names_(names) {}

  double run() {
    if (s_.size() > kMaxLength) throw EvalError("expression is too long");
    skip();
    if (pos_ >= s_.size()) throw EvalError("empty expression");
    double v = sum();
    skip();
    if (pos_ < s_.size()) throw EvalError("unexpected '" + std::string(1, s_[pos_]) + "' in expression");
    return v;
  }

 private:
  struct Depth {
    explicit Depth(int& d) : d_(d) {
      if (++d_ > kMaxDepth) throw EvalError("expression is nested too deeply");
    }
    ~Depth() { --d_; }
    int& d_;
  };

  void skip() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n'))
      ++pos_;
  }
  bool eat(char c) {
    skip();
    if (pos_ < s_.size() && s_[pos_] == c) { ++pos_; return true; }
    return false;
  }
  bool peek_pow() {
    skip();
    if (pos_ < s_.size() && s_[pos_] == '^') { ++pos_; return true; }
    if (pos_ + 1 < s_.size() && s_[pos_] == '*' && s_[pos_ + 1] == '*') { pos_ += 2; return true; }
    return false;
  }

  double sum() {
    Depth d(depth_);
    double v = product();
    for (;;) {
      if (eat('+')) v += product();
      else if (eat('-')) v -= product();
      else return v;
    }
  }

  double product() {
    Depth d(depth_);
    double v = unary();
    for (;;) {
      skip();
      if (pos_ + 1 < s_.size() && s_[pos_] == '*' && s_[pos_ + 1] == '*') return v;  // power, handled below
      if (eat('*')) v *= unary();
      else if (eat('/')) {
        double r = unary();
        if (names_) continue;
        if (r == 0) throw EvalError("division by zero");
        v /= r;
      } else return v;
    }
  }

  // Unary minus binds looser than power: -2^2 = -4.
  double unary() {
    Depth d(depth_);
    if (eat('-')) return -unary();
    if (eat('+')) return unary();
    return power();
  }

  double power() {
    Depth d(depth_);
    double base = primary();
    if (peek_pow()) {
      double e = unary();  // right associative
      return names_ ? 1.0 : std::pow(base, e);
    }
    return base;
  }

  double primary() {
    Depth d(depth_);
    skip();
    if (pos_ >= s_.size()) throw EvalError("expression ends too early");
    const char c = s_[pos_];
    if (c == '(') {
      ++pos_;
      double v = sum();
      if (!eat(')')) throw EvalError("missing ')' in expression");
      return v;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
      double v = 0;
      std::size_t used = scan_spice_number(s_.substr(pos_), v);
      if (used == 0) throw EvalError("bad number in expression");
      pos_ += used;
      return v;
    }
    if (is_ident_start(c)) {
      std::size_t start = pos_;
      while (pos_ < s_.size() && is_ident_char(s_[pos_])) ++pos_;
      std::string name = lower(s_.substr(start, pos_ - start));
      skip();
      if (pos_ < s_.size() && s_[pos_] == '(') {
        ++pos_;
        return call(name);
      }
      return identifier(name);
    }
    throw EvalError("unexpected '" + std::string(1, c) + "' in expression");
  }

  double identifier(const std::string& name) {
    if (names_) {
      if (name == "pi") return 1.0;
      if (std::find(names_->begin(), names_->end(), name) == names_->end()) names_->push_back(name);
      return 1.0;
    }
    if (name == "pi") return 3.14159265358979323846;
    if (lookup_ && *lookup_)
      if (auto v = (*lookup_)(name)) return *v;
    throw UnknownIdentifier(name);
  }

  double call(const std::string& name) {
    std::vector<double> args;
    if (!eat(')')) {
      do {
        if (args.size() >= 16) throw EvalError("too many arguments to " + name + "()");
        args.push_back(sum());
      } while (eat(','));
      if (!eat(')')) throw EvalError("missing ')' after arguments of " + name + "()");
    }
    auto need = [&](std::size_t n) {
      if (args.size() != n)
        throw EvalError(name + "() takes " + std::to_string(n) + " argument" + (n == 1 ? "" : "s"));
    };
    if (names_) {
      static const char* known[] = {"sqrt", "abs", "min", "max", "exp", "log", "ln", "log10", "pow",
                                    "int", "floor", "ceil", "nint", "sgn"};
      if (std::find(std::begin(known), std::end(known), name) == std::end(known))
        throw EvalError("unknown function '" + name + "'");
      return 1.0;
    }
    if (name == "sqrt") {
      need(1);
      if (args[0] < 0) throw EvalError("sqrt() of a negative number");
      return std::sqrt(args[0]);
    }
    if (name == "abs") { need(1); return std::fabs(args[0]); }
    if (name == "exp") { need(1); return std::exp(args[0]); }
    if (name == "log" || name == "ln" || name == "log10") {
      need(1);
      if (args[0] <= 0) throw EvalError(name + "() of a number that is not positive");
      return name == "log10" ? std::log10(args[0]) : std::log(args[0]);
    }
    if (name == "pow") { need(2); return std::pow(args[0], args[1]); }
    // Rounding as ngspice's numparam does it (xschem writes int((nf+1)/2) for PDK devices).
    if (name == "int") { need(1); return std::trunc(args[0]); }
    if (name == "floor") { need(1); return std::floor(args[0]); }
    if (name == "ceil") { need(1); return std::ceil(args[0]); }
    if (name == "nint") { need(1); return std::round(args[0]); }
    if (name == "sgn") { need(1); return args[0] > 0 ? 1.0 : args[0] < 0 ? -1.0 : 0.0; }
    if (name == "min" || name == "max") {
      if (args.empty()) throw EvalError(name + "() needs arguments");
      return name == "min" ? *std::min_element(args.begin(), args.end())
                           : *std::max_element(args.begin(), args.end());
    }
    throw EvalError("unknown function '" + name + "'");
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  const ParamLookup* lookup_;
  std::vector<std::string>* names_;
};

}  // namespace

std::string_view strip_expression_quotes(std::string_view text) {
  auto trim = [](std::string_view t) {
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    return t;
  };
  text = trim(text);
  if (text.size() >= 2 && ((text.front() == '{' && text.back() == '}') ||
                           (text.front() == '\'' && text.back() == '\'')))
    text = trim(text.substr(1, text.size() - 2));
  return text;
}

double evaluate(std::string_view text, const ParamLookup& lookup) {
  Evaluator e(strip_expression_quotes(text), &lookup, nullptr);
  double v = e.run();
  if (!std::isfinite(v)) throw EvalError("the result is not a finite number");
  return v;
}

double evaluate(std::string_view text, const std::map<std::string, double>& params) {
  ParamLookup lookup = [&params](const std::string& name) -> std::optional<double> {
    auto it = params.find(name);
    if (it == params.end()) return std::nullopt;
    return it->second;
  };
  return evaluate(text, lookup);
}

std::vector<std::string> referenced_identifiers(std::string_view text) {
  std::vector<std::string> names;
  Evaluator e(strip_expression_quotes(text), nullptr, &names);
  e.run();
  return names;
}

}  // namespace inversize::netlist
