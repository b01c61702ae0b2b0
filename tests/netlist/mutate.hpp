// Random netlist mutations shared by the netlist and circuit fuzz tests.
#pragma once

#include <algorithm>
#include <random>
#include <string>

namespace inversize::test {

inline const std::string kTokens[] = {
    ".subckt", ".ends", ".subckt x a b", ".include pdk/bins.inc", ".lib pdk/models.lib tt", ".lib tt", ".endl",
    ".control", ".endc", ".end", ".param", ".param a={a}", ".param q=1/0", ".model", ".model m nmos (", "{", "}",
    "'", "\"", "=", "+", "\n+ ", "\n", "\r\n", ";", "$ ", "*", "M1", "X1", "Q1", "params:", "1e999", "-", "(", ")",
    "W=", "L={w*2}", "{(((((((((1)))))))))}", "sqrt(-1)", "0", "meg", "mil", "\t", ",", "\xff", std::string(1, '\0'),
    // designers' syntax: scale, parenthesised nodes, own-line expressions, ammeters, sources
    ".option scale=1e-6", ".option scale=0", "(d g s b)", "nf=2", "ad='int((nf+1)/2) * W/nf * 0.29'", "int(",
    "mult=2", "V9 a b 0", "V9 a 0 DC 1.2 AC 1", "CL out 0 1p", "I9 vdd ibias 5u", "L9 out inn 1e12"};

inline std::string mutate(std::string s, std::mt19937& rng) {
  auto pick = [&](std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  const int count = 1 + static_cast<int>(pick(4));
  for (int k = 0; k < count; ++k) {
    switch (pick(6)) {
      case 0:  // byte flip
        if (!s.empty()) s[pick(s.size())] = static_cast<char>(pick(256));
        break;
      case 1: {  // delete a range
        if (s.empty()) break;
        std::size_t at = pick(s.size());
        s.erase(at, 1 + pick(std::min<std::size_t>(40, s.size() - at)));
        break;
      }
      case 2: {  // duplicate a line
        std::size_t at = pick(s.size() + 1);
        std::size_t b = s.rfind('\n', at == 0 ? 0 : at - 1);
        b = b == std::string::npos ? 0 : b + 1;
        std::size_t e = s.find('\n', at);
        e = e == std::string::npos ? s.size() : e + 1;
        if (b < e) s.insert(e, s.substr(b, e - b));
        break;
      }
      case 3: {  // insert a token
        const std::string tok = kTokens[pick(std::size(kTokens))];
        s.insert(pick(s.size() + 1), " " + tok + " ");
        break;
      }
      case 4: {  // swap two characters far apart
        if (s.size() > 2) std::swap(s[pick(s.size())], s[pick(s.size())]);
        break;
      }
      default: {  // truncate
        s.resize(pick(s.size() + 1));
        break;
      }
    }
  }
  return s;
}


}  // namespace inversize::test
