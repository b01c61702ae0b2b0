#include "common/text.hpp"
#include "netlist/parser.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "netlist/expression.hpp"
#include "netlist/statements.hpp"
#include "netlist/units.hpp"

namespace inversize::netlist {

namespace fs = std::filesystem;

namespace {

// Bounds that keep hostile decks (include bombs, huge files) from running away.
constexpr int kMaxIncludeDepth = 32;
constexpr std::size_t kMaxFiles = 512;
constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

using inversize::lower;

std::string unquote(std::string_view s) {
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front())
    s = s.substr(1, s.size() - 2);
  return std::string(s);
}

// What an element letter stands for, when InverSize does not model it.
const char* unsupported_kind(char letter) {
  switch (letter) {
    case 'd': return "diode";
    case 'q': return "bipolar transistor";
    case 'j': return "JFET";
    case 'z': return "MESFET";
    case 'e': return "voltage-controlled voltage source";
    case 'g': return "voltage-controlled current source";
    case 'f': return "current-controlled current source";
    case 'h': return "current-controlled voltage source";
    case 'b': return "behavioural source";
    case 'k': return "inductor coupling";
    case 't': case 'o': case 'u': case 'y': case 'p': return "transmission line";
    case 's': return "voltage-controlled switch";
    case 'w': return "current-controlled switch";
    case 'a': return "XSPICE code model";
    case 'n': return "Verilog-A device";
    default: return "unknown element letter";
  }
}

struct Args {
  std::vector<const Token*> pos;                                    // before the first key=value
  std::vector<std::pair<const Token*, const Token*>> kv;            // key, value
  std::vector<const Token*> trailing;                               // positional after a key=value
};

class Parser {
 public:
  explicit Parser(Deck& deck) : deck_(deck) {}

  void read_main(const std::string& base_dir, const std::string& cycle_key) {
    if (!cycle_key.empty()) stack_keys_.push_back(cycle_key);
    deck_.has_title = first_line_is_title();
    read_file(0, deck_.has_title, "", SourceLoc{}, base_dir);
    evaluate_all();
  }

 private:
  [[noreturn]] void fail(int file, int line, const std::string& reason) const {
    throw ParseError(SourceLoc{deck_.files[file].path, line}, reason);
  }
  void warn(int file, int line, const std::string& msg) {
    deck_.warnings.push_back(SourceLoc{deck_.files[file].path, line}.str() + ": " + msg);
  }

  // ---- the title line --------------------------------------------------------------------

  // ngspice takes the first line of a deck as its title, whatever it holds. A full deck (one
  // with `.end`, an analysis or a .control block) keeps that rule, so that InverSize reads it as
  // ngspice does; a netlist fragment (a subckt library, a netlist written without a title)
  // keeps a first line that is a dot-card or a complete element line. Either way a first line
  // that could be both is named in a warning.
  bool first_line_is_title() {
    const std::string& text = deck_.files[0].text;
    const std::vector<Statement> statements = split_statements(text, false);
    if (statements.empty() || statements[0].line != 1 || statements[0].tokens.empty()) return true;
    const Statement& first = statements[0];
    const std::string kw = lower(first.tokens[0].text);
    static const std::set<std::string> cards = {
        ".subckt", ".include", ".inc", ".lib", ".param", ".params", ".model", ".option", ".options", ".opt",
        ".global", ".temp", ".func", ".csparam"};
    static const std::set<std::string> deck_cards = {".end", ".control", ".op", ".ac", ".dc", ".tran", ".noise", ".tf"};
    bool full_deck = false;
    for (std::size_t i = 1; i < statements.size(); ++i)
      if (!statements[i].tokens.empty() && deck_cards.count(lower(statements[i].tokens[0].text))) full_deck = true;
    const bool netlist_line = kw[0] == '.' ? cards.count(kw) > 0 : complete_element(first, text);
    if (!netlist_line) return true;
    const std::size_t eol = std::min(text.find_first_of("\r\n"), text.size());
    const std::string line = text.substr(0, std::min<std::size_t>(eol, 60));
    if (full_deck) {
      warn(0, 1, "'" + line + "' is the title of this deck, as ngspice reads it, although it looks like a netlist "
                 "line (add a title line above it if it belongs to the circuit)");
      return true;
    }
    if (kw[0] != '.') warn(0, 1, "'" + line + "' is read as an element, not as a title (start the file with a "
                                 "title or comment line to make it a title)");
    return false;
  }

  // Whether a statement reads as a whole element line: all its nodes, its model or value.
  bool complete_element(const Statement& st, const std::string& text) const {
    const char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(st.tokens[0].text[0])));
    std::vector<std::string> pos;  // positional words before the first key=value, parentheses dropped
    bool has_kv = false;
    for (std::size_t i = 1; i < st.tokens.size(); ++i) {
      if (st.tokens[i].text == "=") {
        has_kv = true;
        if (!pos.empty()) pos.pop_back();  // the key
        break;
      }
      std::string w = strip_parentheses(st.tokens[i].text);
      if (!w.empty()) pos.push_back(w);
    }
    auto number = [](const std::string& w) {
      return parse_spice_number(w).has_value() || w[0] == '{' || w[0] == '\'';
    };
    switch (letter) {
      case 'm': return pos.size() == 5 && has_kv;
      case 'x': {
        if (pos.size() < 2) return false;
        if (has_kv) return true;
        // Without parameters: only when the subckt it names is defined in the file.
        const std::string def = ".subckt " + lower(pos.back());
        const std::string l = lower(text);
        for (std::size_t at = l.find(def); at != std::string::npos; at = l.find(def, at + 1)) {
          const std::size_t end = at + def.size();
          if (end == l.size() || std::isspace(static_cast<unsigned char>(l[end]))) return true;
        }
        return false;
      }
      case 'c': case 'r': case 'l': return (pos.size() == 3 || pos.size() == 4) && number(pos[2]);
      case 'v': case 'i':
        return pos.size() >= 3 && (number(pos[2]) || lower(pos[2]) == "dc" || lower(pos[2]) == "ac");
      default: return false;
    }
  }

  // ---- files ---------------------------------------------------------------------------

  void read_file(int file, bool has_title, const std::string& section, const SourceLoc& from,
                 const std::string& dir) {
    const std::string& text = deck_.files[file].text;
    if (has_title) deck_.title = text.substr(0, std::min(text.find_first_of("\r\n"), text.size()));
    const std::vector<Statement> statements = split_statements(text, has_title);
    const std::size_t open_at_start = open_.size();
    bool in_control = false, skipping_lib = false, in_section = false, found_section = false;
    for (const Statement& st : statements) {
      if (st.tokens.empty()) {
        if (!in_control && !skipping_lib && (section.empty() || in_section)) fail(file, st.line, st.lex_error);
        continue;
      }
      const std::string kw = lower(st.tokens[0].text);
      if (in_control) {
        if (kw == ".endc") in_control = false;
        continue;
      }
      if (kw == ".control") { in_control = true; continue; }
      if (!section.empty()) {
        // Reading one section of a library: everything outside it is invisible.
        if (!in_section) {
          if (kw == ".lib" && st.tokens.size() == 2 && lower(unquote(st.tokens[1].text)) == section) {
            in_section = found_section = true;
          }
          continue;
        }
        if (kw == ".endl") break;
      } else {
        if (skipping_lib) {
          if (kw == ".endl") skipping_lib = false;
          continue;
        }
        if (kw == ".lib" && st.tokens.size() == 2 && !existing_file(st.tokens[1].text, dir)) {
          skipping_lib = true;  // a section block: only read when asked for by `.lib FILE SECTION`
          continue;
        }
        if (kw == ".endl") { warn(file, st.line, "'.endl' without '.lib' ignored"); continue; }
      }
      if (kw == ".end") break;
      statement(file, st, dir);
    }
    if (!section.empty() && !found_section)
      throw ParseError(from, "section '" + section + "' not found in '" + deck_.files[file].path + "'");
    if (open_.size() > open_at_start)
      throw ParseError(open_.back().loc, "missing '.ends' for '.subckt " + open_.back().name + "'");
  }

  bool existing_file(const std::string& token, const std::string& dir) const {
    std::error_code ec;
    return fs::is_regular_file(resolve(unquote(token), dir), ec);
  }

  static fs::path resolve(const std::string& name, const std::string& dir) {
    fs::path p(name);
    if (p.is_relative()) p = (dir.empty() ? fs::current_path() : fs::path(dir)) / p;
    std::error_code ec;
    fs::path canon = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : canon;
  }

  void include(int file, const Statement& st, const std::string& name_token, const std::string& section,
               const std::string& dir) {
    const SourceLoc loc{deck_.files[file].path, st.line};
    const std::string name = unquote(name_token);
    if (name.empty()) fail(file, st.line, "'" + st.tokens[0].text + "' needs a file name");
    const fs::path path = resolve(name, dir);
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
      throw ParseError(loc, "cannot open included file '" + name + "' (looked for " + path.string() + ")");
    const std::string key = path.string() + "|" + section;
    auto in_stack = std::find(stack_keys_.begin(), stack_keys_.end(), key);
    if (in_stack != stack_keys_.end()) {
      std::string chain;
      for (auto it = in_stack; it != stack_keys_.end(); ++it) chain += it->substr(0, it->find('|')) + " -> ";
      throw ParseError(loc, "include cycle: " + chain + path.string());
    }
    deck_.includes.push_back(IncludeRef{path.string(), section, loc});
    // A library read twice would define its models twice: read each (file, section) once.
    if (!read_keys_.insert(key).second) return;
    if (static_cast<int>(stack_keys_.size()) >= kMaxIncludeDepth)
      throw ParseError(loc, "includes are nested more than " + std::to_string(kMaxIncludeDepth) + " deep");
    int index = -1;
    for (std::size_t i = 1; i < deck_.files.size(); ++i)
      if (deck_.files[i].path == path.string()) index = static_cast<int>(i);
    if (index < 0) {
      if (deck_.files.size() >= kMaxFiles) throw ParseError(loc, "too many included files");
      if (fs::file_size(path, ec) > kMaxFileBytes || ec)
        throw ParseError(loc, "included file '" + name + "' is too large or unreadable");
      std::ifstream in(path, std::ios::binary);
      if (!in) throw ParseError(loc, "cannot read included file '" + name + "'");
      std::ostringstream ss;
      ss << in.rdbuf();
      deck_.files.push_back(SourceFile{path.string(), ss.str()});
      index = static_cast<int>(deck_.files.size()) - 1;
    }
    stack_keys_.push_back(key);
    read_file(index, false, section, loc, path.parent_path().string());
    stack_keys_.pop_back();
  }

  // ---- statements ----------------------------------------------------------------------

  void statement(int file, const Statement& st, const std::string& dir) {
    if (!st.lex_error.empty()) fail(file, st.line, st.lex_error);
    const std::string& first = st.tokens[0].text;
    if (first[0] == '.') return dot_command(file, st, dir);
    element(file, st);
  }

  Args split_args(int file, const Statement& st, std::size_t from) const {
    Args a;
    const auto& t = st.tokens;
    for (std::size_t i = from; i < t.size();) {
      if (t[i].text == "=") fail(file, t[i].line, "'=' without a parameter name before it");
      const std::string l = lower(t[i].text);
      if (l == "params:" || l == "param:") { ++i; continue; }
      if (i + 1 < t.size() && t[i + 1].text == "=") {
        if (i + 2 >= t.size() || t[i + 2].text == "=")
          fail(file, t[i].line, "parameter '" + t[i].text + "' has no value after '='");
        a.kv.emplace_back(&t[i], &t[i + 2]);
        i += 3;
        continue;
      }
      (a.kv.empty() ? a.pos : a.trailing).push_back(&t[i]);
      ++i;
    }
    return a;
  }

  void dot_command(int file, const Statement& st, const std::string& dir) {
    const std::string kw = lower(st.tokens[0].text);
    const auto& t = st.tokens;
    if (kw == ".subckt") {
      Args a = split_args(file, st, 1);
      if (a.pos.empty()) fail(file, st.line, "'.subckt' needs a name");
      Subckt s;
      s.name = lower(a.pos[0]->text);
      for (std::size_t i = 1; i < a.pos.size(); ++i) s.ports.push_back(lower(a.pos[i]->text));
      for (auto& [k, v] : a.kv) s.param_defaults[lower(k->text)] = v->text;
      if (!a.trailing.empty())
        fail(file, a.trailing[0]->line, "unexpected '" + a.trailing[0]->text + "' among the parameters of '.subckt " + s.name + "'");
      s.loc = SourceLoc{deck_.files[file].path, st.line};
      s.span = Span{file, st.text_begin, st.text_end};
      if (open_.size() >= 16) fail(file, st.line, "'.subckt' definitions nested too deeply");
      std::set<std::string> names;
      for (const auto& [k, v] : s.param_defaults) names.insert(k);
      open_names_.push_back(std::move(names));
      open_.push_back(std::move(s));
      return;
    }
    if (kw == ".ends") {
      if (open_.empty()) fail(file, st.line, "'.ends' without a '.subckt' before it");
      Subckt s = std::move(open_.back());
      open_.pop_back();
      open_names_.pop_back();
      if (t.size() > 1 && lower(t[1].text) != s.name)
        warn(file, st.line, "'.ends " + t[1].text + "' closes '.subckt " + s.name + "'");
      if (s.span.file != file) fail(file, st.line, "'.ends' in a different file than its '.subckt " + s.name + "'");
      s.span.end = st.text_end;
      if (!open_.empty()) {
        open_.back().nested.push_back(std::move(s));
      } else if (deck_.subckts.count(s.name)) {
        warn(file, st.line, "subckt '" + s.name + "' is defined again; the first definition is used");
      } else {
        std::string name = s.name;
        deck_.subckts.emplace(std::move(name), std::move(s));
      }
      return;
    }
    if (kw == ".param" || kw == ".params") {
      Args a = split_args(file, st, 1);
      if (a.kv.empty() || !a.pos.empty() || !a.trailing.empty())
        fail(file, st.line, "'.param' needs name=value assignments");
      for (auto& [k, v] : a.kv) param(file, k->line, lower(k->text), v->text);
      return;
    }
    if (kw == ".model") return model(file, st);
    if (kw == ".include" || kw == ".inc") {
      if (t.size() < 2) fail(file, st.line, "'" + t[0].text + "' needs a file name");
      return include(file, st, t[1].text, "", dir);
    }
    if (kw == ".lib") {
      if (t.size() < 2) fail(file, st.line, "'.lib' needs a file name and a section");
      if (t.size() == 2) {
        // Reached only for an existing file (a section name would have opened a section block).
        if (existing_file(t[1].text, dir)) return include(file, st, t[1].text, "", dir);
        warn(file, st.line, "'.lib " + t[1].text + "' inside a section ignored");
        return;
      }
      return include(file, st, t[1].text, lower(unquote(t[2].text)), dir);
    }
    if (kw == ".option" || kw == ".options" || kw == ".opt") return option(file, st);
    static const std::set<std::string> ignored = {
        ".temp", ".global", ".op", ".ac", ".dc", ".tran", ".noise",
        ".meas", ".measure", ".save", ".print", ".plot", ".ic", ".nodeset", ".endc", ".width",
        ".probe", ".four", ".tf", ".sens", ".pz", ".disto", ".title", ".csparam", ".protect",
        ".unprotect", ".sp", ".step", ".alter", ".data", ".enddata", ".hdl", ".osdi"};
    if (ignored.count(kw)) return;
    warn(file, st.line, "'" + t[0].text + "' is not understood and was ignored");
  }

  // `.option scale=1e-6` (xschem/sky130 netlists give W and L in micrometres); the other
  // options are the simulator's business.
  void option(int file, const Statement& st) {
    const auto& t = st.tokens;
    for (std::size_t i = 1; i + 2 < t.size(); ++i) {
      if (lower(t[i].text) != "scale" || t[i + 1].text != "=") continue;
      double v = 0;
      try {
        v = evaluate(t[i + 2].text, deck_.params);
      } catch (const EvalError& e) {
        fail(file, st.line, "cannot evaluate scale=" + t[i + 2].text + ": " + e.what());
      }
      if (!(v > 0)) fail(file, st.line, "scale=" + t[i + 2].text + " must be positive");
      if (deck_.scale_loc.line > 0 && v != deck_.scale)
        warn(file, st.line, "scale is set again (first at " + deck_.scale_loc.str() + "); the last value is used");
      deck_.scale = v;
      deck_.scale_loc = SourceLoc{deck_.files[file].path, st.line};
    }
  }

  void param(int file, int line, const std::string& name, const std::string& text) {
    ParamDef def{name, text, SourceLoc{deck_.files[file].path, line}};
    if (!open_.empty()) {
      open_names_.back().insert(name);
      open_.back().params.push_back(std::move(def));  // evaluated per instance, with its parameters
      return;
    }
    try {
      deck_.params[name] = evaluate(text, deck_.params);
    } catch (const EvalError& e) {
      // Libraries may use functions InverSize has no use for (statistics, ...): warn only.
      if (file != 0) {
        warn(file, line, "parameter '" + name + "' ignored: " + e.what());
        return;
      }
      fail(file, line, "cannot evaluate parameter '" + name + "' = " + text + ": " + e.what());
    }
    deck_.param_defs.push_back(std::move(def));
  }

  void model(int file, const Statement& st) {
    // Parentheses and commas only group: split words on them, keeping {..} and '..' whole.
    std::vector<std::string> words;
    for (std::size_t i = 1; i < st.tokens.size(); ++i) {
      const std::string& s = st.tokens[i].text;
      if (s == "=" || s[0] == '{' || s[0] == '\'' || s[0] == '"') { words.push_back(s); continue; }
      std::string cur;
      for (char c : s) {
        if (c == '(' || c == ')' || c == ',') {
          if (!cur.empty()) words.push_back(std::move(cur));
          cur.clear();
        } else {
          cur += c;
        }
      }
      if (!cur.empty()) words.push_back(std::move(cur));
    }
    if (words.size() < 2 || words[0] == "=" || words[1] == "=")
      fail(file, st.line, "'.model' needs a name and a type");
    Model m;
    m.name = lower(words[0]);
    m.type = lower(words[1]);
    m.loc = SourceLoc{deck_.files[file].path, st.line};
    m.text = deck_.files[file].text.substr(st.text_begin, st.text_end - st.text_begin);
    for (std::size_t i = 2; i + 2 < words.size(); ++i) {
      if (words[i + 1] != "=" || words[i] == "=") continue;
      std::optional<double> v = parse_spice_number(words[i + 2]);
      if (!v) {
        try {
          v = evaluate(words[i + 2], deck_.params);
        } catch (const EvalError&) {
          // a string- or subckt-parameter-valued model parameter: kept in the text only
        }
      }
      if (v) m.params[lower(words[i])] = *v;
      i += 2;
    }
    auto& models = open_.empty() ? deck_.models : open_.back().models;
    if (models.count(m.name)) {
      warn(file, st.line, "model '" + m.name + "' is defined again; the first definition is used");
      return;
    }
    std::string name = m.name;
    models.emplace(std::move(name), std::move(m));
  }

  // Parameter names a value may refer to at this point of the file.
  bool known_param(const std::string& name) const {
    if (deck_.params.count(name)) return true;
    for (const auto& names : open_names_)
      if (names.count(name)) return true;
    return false;
  }

  bool looks_like_value(const Token& t) const {
    const char c = t.text[0];
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-' || c == '{' || c == '\'')
      return true;
    return known_param(lower(t.text));
  }

  void element(int file, const Statement& raw) {
    const std::string& name = raw.tokens[0].text;
    const char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    // `M1 (d g s b) nch ...`: the parentheses around a node list only group.
    const Statement st = letter == 'v' || letter == 'i' ? raw : without_node_parentheses(raw);
    if (st.tokens.size() < 2 && raw.tokens.size() >= 2) fail(file, raw.line, "element '" + name + "' has no nodes");
    Element e;
    e.name = name;
    e.loc = SourceLoc{deck_.files[file].path, st.line};
    e.span = Span{file, raw.tokens.front().begin, raw.tokens.back().end};
    auto field = [&](std::string key, const Token& t) {
      e.fields.push_back(Field{std::move(key), t.text, Span{file, t.begin, t.end}});
    };
    auto add_kv = [&](const Args& a) {
      for (auto& [k, v] : a.kv) field(lower(k->text), *v);
      for (const Token* t : a.trailing) field("", *t);
    };
    switch (letter) {
      case 'm': {
        e.type = ElementType::Mosfet;
        Args a = split_args(file, st, 1);
        if (a.pos.size() != 5)
          fail(file, st.line, "MOSFET '" + name + "' needs drain, gate, source and bulk nodes and a model name (found " +
                                  std::to_string(a.pos.size()) + " words before its parameters)");
        for (int i = 0; i < 4; ++i) e.nodes.push_back(lower(a.pos[i]->text));
        e.model = lower(a.pos[4]->text);
        add_kv(a);
        break;
      }
      case 'c': case 'r': case 'l': {
        e.type = letter == 'c' ? ElementType::Capacitor : letter == 'r' ? ElementType::Resistor : ElementType::Inductor;
        const char* what = letter == 'c' ? "capacitor" : letter == 'r' ? "resistor" : "inductor";
        Args a = split_args(file, st, 1);
        if (a.pos.size() < 2) fail(file, st.line, std::string(what) + " '" + name + "' needs two nodes");
        e.nodes = {lower(a.pos[0]->text), lower(a.pos[1]->text)};
        const Token* value = nullptr;
        const Token* model = nullptr;
        std::size_t used = 2;
        if (a.pos.size() > 2) {
          if (looks_like_value(*a.pos[2])) {
            value = a.pos[2];
            used = 3;
            if (a.pos.size() > 3 && !looks_like_value(*a.pos[3])) { model = a.pos[3]; used = 4; }
          } else {
            model = a.pos[2];
            used = 3;
            if (a.pos.size() > 3) { value = a.pos[3]; used = 4; }
          }
        }
        if (used < a.pos.size())
          fail(file, a.pos[used]->line, "unexpected '" + a.pos[used]->text + "' after the value of " + what + " '" + name + "'");
        if (model) e.model = lower(model->text);
        if (value) field("", *value);
        add_kv(a);
        if (!value && !model && !value_key_field(e))
          fail(file, st.line, std::string(what) + " '" + name + "' has no value");
        break;
      }
      case 'v': case 'i': {
        e.type = letter == 'v' ? ElementType::VoltageSource : ElementType::CurrentSource;
        source(file, st, e);
        break;
      }
      case 'x': {
        e.type = ElementType::Subcircuit;
        Args a = split_args(file, st, 1);
        if (a.pos.empty()) fail(file, st.line, "subcircuit instance '" + name + "' needs nodes and a subcircuit name");
        for (std::size_t i = 0; i + 1 < a.pos.size(); ++i) e.nodes.push_back(lower(a.pos[i]->text));
        e.model = lower(a.pos.back()->text);
        add_kv(a);
        break;
      }
      default: {
        const std::string reason =
            "unsupported element '" + name + "' (" + unsupported_kind(letter) + "): InverSize sizes CMOS opamps";
        if (file != 0 && !open_.empty()) {
          // A library subckt we may never use: fail only if the circuit uses it.
          if (open_.back().unsupported.empty()) open_.back().unsupported = e.loc.str() + ": " + reason;
          return;
        }
        fail(file, st.line, reason);
      }
    }
    (open_.empty() ? deck_.elements : open_.back().elements).push_back(std::move(e));
  }

  static std::string strip_parentheses(const std::string& w) {
    if (w.empty() || w[0] == '{' || w[0] == '\'' || w[0] == '"') return w;
    std::size_t b = 0, e = w.size();
    while (b < e && w[b] == '(') ++b;
    while (e > b && w[e - 1] == ')') --e;
    return w.substr(b, e - b);
  }

  // Drops '(' and ')' around the words before the first key=value; the words keep their spans.
  static Statement without_node_parentheses(const Statement& st) {
    Statement out = st;
    out.tokens.clear();
    bool in_params = false;
    for (std::size_t i = 0; i < st.tokens.size(); ++i) {
      Token t = st.tokens[i];
      in_params = in_params || (i + 1 < st.tokens.size() && st.tokens[i + 1].text == "=") || t.text == "=";
      if (i > 0 && !in_params) {
        const std::size_t lead = t.text.find_first_not_of('(');
        if (t.text[0] != '{' && t.text[0] != '\'' && t.text[0] != '"') {
          if (lead == std::string::npos) continue;  // "(" or "((" alone
          std::size_t trail = t.text.size();
          while (trail > lead && t.text[trail - 1] == ')') --trail;
          if (trail == lead) continue;               // ")" alone
          t.begin += lead;
          t.end -= t.text.size() - trail;
          t.text = t.text.substr(lead, trail - lead);
        }
      }
      out.tokens.push_back(std::move(t));
    }
    return out;
  }

  static bool is_value_key(ElementType type, const std::string& key) {
    switch (type) {
      case ElementType::Capacitor: return key == "c" || key == "capacitance" || key == "value";
      case ElementType::Resistor: return key == "r" || key == "resistance" || key == "value";
      case ElementType::Inductor: return key == "l" || key == "inductance" || key == "value";
      case ElementType::CurrentSource:
      case ElementType::VoltageSource: return key == "dc";
      default: return false;
    }
  }
  static const Field* value_key_field(const Element& e) {
    for (const auto& f : e.fields)
      if (is_value_key(e.type, f.key)) return &f;
    return nullptr;
  }

  // `V/I name n+ n- [DC] value [AC mag [phase]] [transient function ...]`.
  void source(int file, const Statement& st, Element& e) {
    const auto& t = st.tokens;
    const char* what = e.type == ElementType::VoltageSource ? "voltage source" : "current source";
    if (t.size() < 3 || t[1].text == "=" || t[2].text == "=")
      fail(file, st.line, std::string(what) + " '" + e.name + "' needs two nodes");
    e.nodes = {lower(t[1].text), lower(t[2].text)};
    auto add = [&](const char* key, const Token& tok) {
      e.fields.push_back(Field{key, tok.text, Span{file, tok.begin, tok.end}});
    };
    bool have_value = false;
    int paren = 0;  // inside e.g. PULSE(0 1 1n ...)
    for (std::size_t i = 3; i < t.size(); ++i) {
      const std::string w = lower(t[i].text);
      if (paren > 0 || w.find('(') != std::string::npos) {
        for (char c : w) paren += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (paren < 0) paren = 0;
        continue;
      }
      if (w == "dc") {
        if (i + 1 < t.size() && t[i + 1].text == "=") ++i;
        if (i + 1 >= t.size() || !looks_like_value(t[i + 1]))
          fail(file, st.line, std::string("'DC' of ") + what + " '" + e.name + "' needs a value");
        add("dc", t[++i]);
        have_value = true;
      } else if (w == "ac") {
        if (i + 1 < t.size() && t[i + 1].text == "=") ++i;
        if (i + 1 < t.size() && looks_like_value(t[i + 1])) {
          add("ac", t[++i]);
          if (i + 1 < t.size() && looks_like_value(t[i + 1])) add("acphase", t[++i]);
        }
      } else if (!have_value && i == 3 && looks_like_value(t[i])) {
        add("", t[i]);
        have_value = true;
      }
      // anything else (transient function names and arguments, distof, ...) is not ours
    }
    if (!have_value && t.size() == 3) warn(file, st.line, std::string(what) + " '" + e.name + "' has no value; 0 assumed");
  }

  // ---- evaluation after the whole deck is read (values may use params defined later) ----

  void evaluate_all() {
    for (Element& e : deck_.elements) evaluate_element(e, {});
    for (auto& [name, s] : deck_.subckts) evaluate_subckt(s);
  }

  void evaluate_subckt(Subckt& s) {
    std::set<std::string> local;
    for (const auto& [k, v] : s.param_defaults) local.insert(k);
    for (const auto& p : s.params) local.insert(p.name);
    for (Element& e : s.elements) evaluate_element(e, local);
    for (Subckt& n : s.nested) evaluate_subckt(n);
  }

  static std::string value_key(const Element& e, const std::string& key) {
    if (key.empty() || is_value_key(e.type, key)) return "value";
    return key;
  }

  // Fills Element::values. Expressions of subckt parameters (`w={w}` in a PDK wrapper) wait
  // for flattening. Errors in the main file are fatal; in libraries only what is used matters.
  void evaluate_element(Element& e, const std::set<std::string>& local) {
    const int file = e.span.file;
    std::vector<std::pair<const Field*, std::string>> failed;
    for (const Field& f : e.fields) {
      if (f.key.empty() && e.type != ElementType::Capacitor && e.type != ElementType::Resistor &&
          e.type != ElementType::Inductor && e.type != ElementType::CurrentSource &&
          e.type != ElementType::VoltageSource)
        continue;  // flags such as "off"
      const std::string key = value_key(e, f.key);
      try {
        bool deferred = false;
        for (const auto& id : referenced_identifiers(f.text))
          if (local.count(id)) deferred = true;
        if (deferred) continue;
        e.values[key] = evaluate(f.text, deck_.params);
      } catch (const EvalError& err) {
        failed.emplace_back(&f, err.what());
      }
    }
    // A value may use the element's own parameters (xschem: ad='int((nf+1)/2) * W/nf * 0.29').
    std::map<std::string, double> own = deck_.params;
    for (const auto& [k, v] : e.values) own[k] = v;
    for (auto& [f, reason] : failed) {
      const std::string key = value_key(e, f->key);
      try {
        e.values[key] = evaluate(f->text, own);
        continue;
      } catch (const EvalError&) {
      }
      const bool essential = key == "w" || key == "l" || key == "m" || key == "nf" || key == "value";
      const std::string msg = "cannot evaluate " + (f->key.empty() ? std::string("the value") : f->key) + "=" +
                              f->text + " of '" + e.name + "': " + reason;
      if (file == 0 && essential) throw ParseError(e.loc, msg);
      deck_.warnings.push_back(e.loc.str() + ": " + msg);
    }
  }

  Deck& deck_;
  std::vector<Subckt> open_;              // `.subckt` definitions being read, innermost last
  std::vector<std::set<std::string>> open_names_;  // their parameter names, for value detection
  std::vector<std::string> stack_keys_;   // "path|section" of the files being read, for cycles
  std::set<std::string> read_keys_;       // every (file, section) read so far
};

Deck parse(std::string text, const std::string& label, const std::string& base_dir, const std::string& cycle_key) {
  Deck deck;
  deck.files.push_back(SourceFile{label, std::move(text)});
  Parser p(deck);
  p.read_main(base_dir, cycle_key);
  return deck;
}

}  // namespace

const char* to_string(ElementType t) {
  switch (t) {
    case ElementType::Mosfet: return "mosfet";
    case ElementType::Capacitor: return "capacitor";
    case ElementType::Resistor: return "resistor";
    case ElementType::CurrentSource: return "current source";
    case ElementType::VoltageSource: return "voltage source";
    case ElementType::Subcircuit: return "subcircuit";
    case ElementType::Inductor: return "inductor";
  }
  return "element";
}

Deck parse_file(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw ParseError(SourceLoc{path, 0}, "cannot open the netlist file");
  if (fs::file_size(path, ec) > kMaxFileBytes) throw ParseError(SourceLoc{path, 0}, "the netlist file is too large");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(SourceLoc{path, 0}, "cannot read the netlist file");
  std::ostringstream ss;
  ss << in.rdbuf();
  fs::path canon = fs::weakly_canonical(fs::absolute(path), ec);
  const std::string dir = fs::absolute(path, ec).parent_path().string();
  return parse(ss.str(), path, dir, ec ? std::string() : canon.string() + "|");
}

Deck parse_string(const std::string& text, const std::string& label, const std::string& base_dir) {
  return parse(text, label, base_dir, "");
}

}  // namespace inversize::netlist
