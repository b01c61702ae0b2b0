#include "technology/used_models.hpp"

#include <optional>
#include <set>
#include <sstream>

#include "common/text.hpp"
#include "netlist/units.hpp"

namespace inversize::technology {

namespace {

// The names a SPICE text mentions, split at blanks, `=`, quotes, braces, parentheses and commas:
// those on subckt instance lines (X, and their continuations) can name subckts, those on other
// lines models. A PDK may give a model and a subckt the same name (gf180mcu's nmos_3p3 is both,
// the subckt wrapping the model with its mismatch): an M element uses only the model.
struct Mentions {
  std::set<std::string> models, subckts;
};

Mentions mentions_in(const std::string& text) {
  Mentions out;
  std::istringstream in(text);
  bool instance = false;
  for (std::string line; std::getline(in, line);) {
    const auto start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '*') continue;
    if (line[start] != '+') instance = line[start] == 'x' || line[start] == 'X';
    auto& names = instance ? out.subckts : out.models;
    std::string cur;
    for (char c : line) {
      if (std::isspace(static_cast<unsigned char>(c)) || std::string_view("='\"{}(),").find(c) != std::string_view::npos) {
        if (!cur.empty()) names.insert(lower(cur));
        cur.clear();
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) names.insert(lower(cur));
  }
  return out;
}

// "nmos_3p3.12" -> "nmos_3p3"; a name without a numeric suffix is its own base.
std::string bin_base(const std::string& name, bool& binned) {
  const auto dot = name.rfind('.');
  binned = dot != std::string::npos && dot > 0 && dot + 1 < name.size() &&
           name.find_first_not_of("0123456789", dot + 1) == std::string::npos;
  return binned ? name.substr(0, dot) : name;
}

}  // namespace

struct ModelText::Statement {
  enum Kind { Other, Model, Subckt } kind = Other;
  std::string name;  // lower case; a model's without its bin suffix
  bool binned = false;
  std::optional<double> lmin, lmax, wmin, wmax;  // a bin's range, when written as numbers
  Mentions body;                                 // a subckt's: the names its body mentions
  std::string text;

  // ngspice's rule is lmin <= L < lmax (and so for W, per finger or not depending on its
  // version): a bin is kept when a size lies in it or within a part per million of its edge.
  bool selected_by(const DeviceSize& s) const {
    if (!lmin || !lmax || !wmin || !wmax) return true;  // cannot tell: keep it
    auto inside = [](double v, double lo, double hi) { return v >= lo * (1 - 1e-6) && v <= hi * (1 + 1e-6); };
    const double nf = s.nf >= 1 ? s.nf : 1;
    return inside(s.l, *lmin, *lmax) && (inside(s.w, *wmin, *wmax) || inside(s.w / nf, *wmin, *wmax));
  }

  void read_bin_range() {
    // `+lmin = 2.8e-007` or `lmin=2.8e-7`: the value is the token after the name and `=`.
    std::string spaced;
    for (char c : text) {
      if (c == '=') spaced += " = ";
      else if (c == '+' || c == '(' || c == ')') spaced += ' ';
      else spaced += c;
    }
    std::istringstream in(spaced);
    std::vector<std::string> t;
    for (std::string s; in >> s;) t.push_back(lower(s));
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
      if (t[i + 1] != "=") continue;
      std::optional<double>* field = t[i] == "lmin" ? &lmin : t[i] == "lmax" ? &lmax : t[i] == "wmin" ? &wmin
                                   : t[i] == "wmax" ? &wmax : nullptr;
      if (field) *field = netlist::parse_spice_number(t[i + 2]);
    }
  }
};

ModelText::~ModelText() = default;

ModelText::ModelText(const std::string& text) : whole_(text) {
  std::istringstream in(text);
  Statement* current = nullptr;
  int depth = 0;  // inside a subckt: every line belongs to it
  for (std::string line; std::getline(in, line);) {
    const auto start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '*') continue;  // blank or comment
    const std::string head = first_word(line);
    if (depth > 0) {
      current->text += line + "\n";
      if (head == ".subckt") ++depth;
      else if (head == ".ends") --depth;
      continue;
    }
    if (line[start] == '+' && current) {
      current->text += line + "\n";
      continue;
    }
    Statement& s = statements_.emplace_back();
    current = &s;
    s.text = line + "\n";
    std::istringstream words(line);
    std::string first, second;
    words >> first >> second;
    if (head == ".model") {
      s.kind = Statement::Model;
      s.name = bin_base(lower(second), s.binned);
    } else if (head == ".subckt") {
      s.kind = Statement::Subckt;
      s.name = lower(second);
      depth = 1;
    } else if ((head == ".option" || head == ".options") && lower(line).find("scale") != std::string::npos) {
      scaled_ = true;
    }
  }
  for (auto& s : statements_) {
    if (s.kind == Statement::Model && s.binned) s.read_bin_range();
    if (s.kind == Statement::Subckt) s.body = mentions_in(s.text.substr(s.text.find('\n') + 1));
  }
}

std::string ModelText::used_by(const ModelDemand& demand) const {
  // Without the deck's text nothing says what it uses. A deck that includes files of its own may
  // use the technology's models in them: ngspice reads those files, we do not. Both get the
  // whole text, as they did before.
  if (demand.deck_text.empty()) return whole_;
  {
    std::istringstream in(demand.deck_text);
    for (std::string line; std::getline(in, line);) {
      const std::string head = first_word(line);
      if (head == ".include" || head == ".inc" || head == ".lib") return whole_;
      if ((head == ".option" || head == ".options") && lower(line).find("scale") != std::string::npos) return whole_;
    }
  }
  std::map<std::string, const Statement*> subckts;
  std::set<std::string> models;
  for (const auto& s : statements_) {
    if (s.kind == Statement::Subckt) subckts.emplace(s.name, &s);
    if (s.kind == Statement::Model) models.insert(s.name);
  }
  // The names the deck uses, then what the used subckts use, transitively. A model reached
  // through a subckt gets its sizes from subckt parameters: every bin of it is kept.
  std::set<std::string> used_models, used_subckts, every_bin;
  std::vector<const Statement*> todo;
  auto use = [&](const Mentions& m, bool through_subckt) {
    for (const auto& n : m.models)
      if (models.count(n)) {
        used_models.insert(n);
        if (through_subckt) every_bin.insert(n);
      }
    for (const auto& name : m.subckts) {
      // A copy of a PDK subckt named with a `__` suffix (the mismatch wrappers of
      // robustness/variation_draw.hpp) is made from that subckt's text: it is used too.
      const auto cut = name.rfind("__");
      for (const auto& n : {name, cut != std::string::npos && cut > 0 ? name.substr(0, cut) : name})
        if (auto it = subckts.find(n); it != subckts.end() && used_subckts.insert(n).second) todo.push_back(it->second);
    }
  };
  use(mentions_in(demand.deck_text), false);
  while (!todo.empty()) {
    const Statement* s = todo.back();
    todo.pop_back();
    use(s->body, true);
  }
  auto sizes_of = [&](const std::string& model) -> const std::vector<DeviceSize>* {
    if (scaled_ || every_bin.count(model)) return nullptr;
    auto it = demand.sizes.find(model);
    return it == demand.sizes.end() || it->second.empty() ? nullptr : &it->second;
  };
  auto selected = [&](const Statement& s) {
    const auto* sizes = sizes_of(s.name);
    if (!s.binned || !sizes) return true;
    for (const auto& size : *sizes)
      if (s.selected_by(size)) return true;
    return false;
  };
  // A model whose sizes select none of its bins keeps them all: ngspice then says what is wrong.
  std::set<std::string> some_bin;
  for (const auto& s : statements_)
    if (s.kind == Statement::Model && used_models.count(s.name) && selected(s)) some_bin.insert(s.name);

  std::string out;
  for (const auto& s : statements_) {
    const bool keep = s.kind == Statement::Other || (s.kind == Statement::Subckt && used_subckts.count(s.name)) ||
                      (s.kind == Statement::Model && used_models.count(s.name) && (selected(s) || !some_bin.count(s.name)));
    if (keep) out += s.text;
  }
  return out;
}

}  // namespace inversize::technology
