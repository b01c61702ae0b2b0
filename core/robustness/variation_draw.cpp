#include "robustness/variation_draw.hpp"

#include <cmath>
#include <regex>
#include <sstream>

#include "common/text.hpp"
#include "netlist/units.hpp"
#include "simulation/c_locale.hpp"

namespace inversize::robustness {

namespace {

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A plain SPICE number ("3", "1e-3", "2.5m"), not an expression.
bool parse_number(const std::string& text, double& out) {
  const auto v = netlist::parse_spice_number(text);
  if (!v) return false;
  out = *v;
  return true;
}

// The logical lines (continuations joined) of the subckt `name` defined at the top level of
// `text`, from its `.subckt` line to its `.ends`; empty when there is none.
std::vector<std::string> wrapper_lines(const std::string& text, const std::string& name) {
  std::vector<std::string> logical;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first != std::string::npos && line[first] == '+' && !logical.empty()) logical.back() += " " + line.substr(first + 1);
    else logical.push_back(line);
  }
  std::vector<std::string> body;
  int depth = 0;
  for (const auto& line : logical) {
    const std::string kw = first_word(line);
    if (kw == ".subckt") {
      std::istringstream l(line);
      std::string dot, n;
      l >> dot >> n;
      if (depth == 0 && lower(n) == name) body.push_back(line);
      else if (!body.empty()) body.push_back(line);
      ++depth;
    } else if (kw == ".ends" && depth > 0) {
      if (!body.empty()) body.push_back(line);
      if (--depth == 0 && !body.empty()) return body;
    } else if (!body.empty()) {
      body.push_back(line);
    }
  }
  return {};
}

}  // namespace

RunRandom::RunRandom(std::uint64_t seed, std::uint64_t run) : engine_(splitmix64(splitmix64(seed) ^ (run + 1))) {}

double RunRandom::uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

double RunRandom::normal() {
  if (has_spare_) {
    has_spare_ = false;
    return spare_;
  }
  double u1 = 0;
  while (u1 <= 0) u1 = uniform();
  const double u2 = uniform();
  const double r = std::sqrt(-2 * std::log(u1));
  spare_ = r * std::sin(2 * M_PI * u2);
  has_spare_ = true;
  return r * std::cos(2 * M_PI * u2);
}

std::string draw_statistical(const std::string& text, RunRandom& random, int* drawn) {
  static const std::regex call(R"(\b(agauss|gauss|aunif|unif)\s*\(([^()]*)\))", std::regex::icase);
  simulation::CLocaleScope c_locale;
  std::ostringstream out;
  std::istringstream in(text);
  int depth = 0, count = 0;
  for (std::string line; std::getline(in, line);) {
    const std::string kw = first_word(line);
    if (kw == ".subckt") ++depth;
    else if (kw == ".ends" && depth > 0) --depth;
    if (depth > 0 || line.find('(') == std::string::npos) {
      out << line << '\n';
      continue;
    }
    std::string result;
    auto begin = line.cbegin();
    for (std::sregex_iterator it(line.begin(), line.end(), call), end; it != end; ++it) {
      const auto& m = *it;
      std::vector<double> args;
      std::istringstream as(m[2].str());
      bool numeric = true;
      for (std::string a; std::getline(as, a, ',');) {
        double v = 0;
        if (!parse_number(a, v)) numeric = false;
        args.push_back(v);
      }
      const std::string fn = lower(m[1].str());
      const bool gaussian = fn == "agauss" || fn == "gauss";
      result.append(begin, m[0].first);
      begin = m[0].second;
      if (!numeric || args.size() != (gaussian ? 3u : 2u) || (gaussian && args[2] == 0)) {
        result += m[0].str();
        continue;
      }
      double v = 0;
      if (fn == "agauss") v = args[0] + args[1] / args[2] * random.normal();
      else if (fn == "gauss") v = args[0] * (1 + args[1] / args[2] * random.normal());
      else if (fn == "aunif") v = args[0] + args[1] * (2 * random.uniform() - 1);
      else v = args[0] * (1 + args[1] * (2 * random.uniform() - 1));
      result += netlist::format_spice_number(v);
      ++count;
    }
    result.append(begin, line.cend());
    out << result << '\n';
  }
  if (drawn) *drawn = count;
  return out.str();
}

DeviceSigma pelgrom_sigma(const technology::Pelgrom& p, const circuit::Device& d) {
  const double area_um2 = d.w * 1e6 * d.l * 1e6 * (d.m > 0 ? d.m : 1);
  if (area_um2 <= 0) return {};
  const double root = std::sqrt(2 * area_um2);  // one device of a pair
  return {p.avt_mv_um * 1e-3 / root, p.abeta_pct_um * 1e-2 / root};
}

std::vector<std::string> apply_mismatch(circuit::Circuit& c, const technology::Mismatch& mismatch, RunRandom& random,
                                        const std::set<std::string>& wrappers) {
  simulation::CLocaleScope c_locale;
  std::vector<std::string> untouched;
  for (auto& d : c.devices) {
    if (!circuit::is_mos(d.kind)) continue;
    const auto& p = d.kind == circuit::DeviceKind::Nmos ? mismatch.nmos : mismatch.pmos;
    if ((d.wrapped && !wrappers.count(lower(d.model))) || !p) {
      untouched.push_back(d.name);
      continue;
    }
    const DeviceSigma s = pelgrom_sigma(*p, d);
    double delvto = s.vt_v * random.normal();
    double mulu0 = std::max(0.05, 1 + s.beta * random.normal());
    if (d.wrapped) {  // the wrapper's copy adds them to its MOSFET's own
      d.model = lower(d.model) + kMismatchWrapperSuffix;
      d.params.emplace_back(kWrapperDelvto, netlist::format_spice_number(delvto));
      d.params.emplace_back(kWrapperMulu0, netlist::format_spice_number(mulu0));
      continue;
    }
    // What the designer wrote stays: the draw adds to their shift and scales their factor.
    std::vector<std::pair<std::string, std::string>> kept;
    for (auto& [k, v] : d.params) {
      double written = 0;
      if (k == "delvto" && parse_number(v, written)) delvto += written;
      else if (k == "mulu0" && parse_number(v, written)) mulu0 *= written;
      else kept.emplace_back(k, v);
    }
    kept.emplace_back("delvto", netlist::format_spice_number(delvto));
    kept.emplace_back("mulu0", netlist::format_spice_number(mulu0));
    d.params = std::move(kept);
  }
  return untouched;
}

std::set<std::string> mismatch_ready_wrappers(const std::string& deck_text, const circuit::Circuit& c) {
  std::set<std::string> ready;
  for (const auto& d : c.devices) {
    if (!d.wrapped || d.inner_path.empty() || d.inner_path.find('.') != std::string::npos) continue;
    const std::string model = lower(d.model);
    if (ready.count(model)) continue;
    const auto lines = wrapper_lines(deck_text, model);
    for (std::size_t i = 1; i < lines.size(); ++i)
      if (first_word(lines[i]) == d.inner_path) ready.insert(model);
  }
  return ready;
}

std::string mismatch_wrapper_copies(const std::string& deck_text, const circuit::Circuit& c,
                                    const std::set<std::string>& wrappers) {
  static const std::regex delvto(R"((^|\s)delvto\s*=\s*('[^']*'|\{[^}]*\}|\S+))", std::regex::icase);
  static const std::regex mulu0(R"((^|\s)mulu0\s*=\s*('[^']*'|\{[^}]*\}|\S+))", std::regex::icase);
  std::ostringstream out;
  std::set<std::string> done;
  for (const auto& d : c.devices) {
    if (!d.wrapped) continue;
    std::string model = lower(d.model);
    const std::string suffix = kMismatchWrapperSuffix;
    if (model.size() > suffix.size() && model.compare(model.size() - suffix.size(), suffix.size(), suffix) == 0)
      model.resize(model.size() - suffix.size());
    if (!wrappers.count(model) || !done.insert(model).second) continue;
    const auto lines = wrapper_lines(deck_text, model);
    if (lines.empty()) continue;
    out << "* " << model << " with InverSize's Pelgrom mismatch of its MOSFET " << d.inner_path << "\n";
    out << ".subckt " << model << suffix << lines[0].substr(lower(lines[0]).find(model) + model.size()) << " "
        << kWrapperDelvto << "=0 " << kWrapperMulu0 << "=1\n";
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
      std::string line = lines[i];
      if (first_word(line) == d.inner_path) {
        auto add = [&](const std::regex& re, const char* param, const char* op, const char* own) {
          std::smatch m;
          if (std::regex_search(line, m, re)) {
            std::string was = m[2].str();
            if (!was.empty() && (was.front() == '\'' || was.front() == '{')) was = was.substr(1, was.size() - 2);
            line = m.prefix().str() + m[1].str() + param + "='(" + was + ")" + op + own + "'" + m.suffix().str();
          } else {
            line += std::string(" ") + param + "=" + own;
          }
        };
        add(delvto, "delvto", "+", kWrapperDelvto);
        add(mulu0, "mulu0", "*", kWrapperMulu0);
      }
      out << line << "\n";
    }
    out << ".ends " << model << suffix << "\n";
  }
  return out.str();
}

}  // namespace inversize::robustness
