#include "structure/library.hpp"

#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/resources.hpp"

namespace inversize::structure {

namespace {

[[noreturn]] void fail(const std::string& why) { throw std::runtime_error("library: " + why); }

const std::map<std::string, Category, std::less<>> kCategories = {
    {"transistor", Category::Transistor}, {"mirror", Category::Mirror},
    {"differential", Category::Differential}, {"cross-coupled", Category::CrossCoupled},
    {"cascode", Category::Cascode}, {"reference", Category::Reference},
    {"composite", Category::Composite}, {"passive", Category::Passive}};

// "3.d" -> {3, Drain}; "3.type" -> {3, Bulk} (the pin is ignored for type rules).
PinRef parse_pin(const std::string& text, const std::string& where) {
  const auto dot = text.find('.');
  if (dot == std::string::npos || dot == 0) fail(where + ": bad pin '" + text + "'");
  PinRef p;
  try {
    p.transistor = std::stoi(text.substr(0, dot));
  } catch (...) {
    fail(where + ": bad transistor index in '" + text + "'");
  }
  const std::string pin = text.substr(dot + 1);
  if (pin == "d") p.pin = Pin::Drain;
  else if (pin == "g") p.pin = Pin::Gate;
  else if (pin == "s") p.pin = Pin::Source;
  else if (pin == "type") p.pin = Pin::Bulk;
  else fail(where + ": unknown pin '" + pin + "'");
  return p;
}

Rule parse_rule(const std::string& text, const std::string& where) {
  const bool differ = text.find("!=") != std::string::npos;
  const auto op = text.find(differ ? "!=" : "=");
  if (op == std::string::npos) fail(where + ": rule without '=' or '!=': '" + text + "'");
  const std::string lhs = text.substr(0, op), rhs = text.substr(op + (differ ? 2 : 1));
  Rule r;
  r.a = parse_pin(lhs, where);
  if (rhs == "rail") {
    r.kind = differ ? Rule::Kind::OffRail : Rule::Kind::OnRail;
    r.b = r.a;
    return r;
  }
  r.b = parse_pin(rhs, where);
  const bool type = lhs.ends_with(".type");
  if (type != rhs.ends_with(".type")) fail(where + ": type compared with a pin in '" + text + "'");
  if (type) r.kind = differ ? Rule::Kind::OppositeType : Rule::Kind::SameType;
  else r.kind = differ ? Rule::Kind::NetDiffer : Rule::Kind::NetEqual;
  return r;
}

std::vector<int> index_list(const nlohmann::json& j, int size, const std::string& where) {
  std::vector<int> out;
  for (const auto& v : j) {
    const int k = v.get<int>();
    if (k < 0 || k >= size) fail(where + ": transistor index " + std::to_string(k) + " out of range");
    out.push_back(k);
  }
  return out;
}

}  // namespace

const char* to_string(Category c) {
  for (const auto& [name, cat] : kCategories)
    if (cat == c) return name.c_str();
  return "?";
}

int Library::find(std::string_view name) const {
  for (int i = 0; i < size(); ++i)
    if (structures_[i].name == name) return i;
  return -1;
}

// One structure entry; its children must already be in `lib`.
StructureDef Library::parse_structure(const nlohmann::json& s) const {
  StructureDef def;
  def.name = s.at("name").get<std::string>();
  const std::string where = "'" + def.name + "'";
  if (find(def.name) >= 0) fail(where + " defined twice");
  def.abbr = s.at("abbr").get<std::string>();
  def.level = s.at("level").get<int>();
  auto cat = kCategories.find(s.value("category", std::string("composite")));
  if (cat == kCategories.end()) fail(where + ": unknown category");
  def.category = cat->second;
  def.size = 0;
  for (const auto& child : s.value("children", nlohmann::json::array())) {
    const int id = find(child.get<std::string>());
    if (id < 0) fail(where + ": child '" + child.get<std::string>() + "' must be defined before it");
    if (structures_[id].level >= def.level) fail(where + ": child of the same or a higher level");
    def.children.push_back(id);
    def.size += structures_[id].size;
  }
  if (def.children.empty()) {
    if (def.level != 0) fail(where + ": only level 0 may be a bare transistor");
    def.size = 1;
  }
  for (const auto& r : s.value("rules", nlohmann::json::array())) {
    Rule rule = parse_rule(r.get<std::string>(), where);
    if (rule.max_transistor() >= def.size) fail(where + ": rule '" + r.get<std::string>() + "' out of range");
    def.rules.push_back(rule);
  }
  if (!s.value("mixed_types", false))
    for (int k = 1; k < def.size; ++k) def.rules.push_back({Rule::Kind::SameType, {0, Pin::Bulk}, {k, Pin::Bulk}});
  if (s.contains("mirror")) {
    const auto& m = s["mirror"];
    def.input = parse_pin(m.at("input").get<std::string>(), where);
    def.output = parse_pin(m.at("output").get<std::string>(), where);
    def.reference_side = index_list(m.at("reference"), def.size, where);
    def.output_side = index_list(m.at("outputs"), def.size, where);
  } else if (def.category == Category::Mirror) {
    fail(where + ": a mirror needs its input, output and sides");
  }
  for (const auto& pair : s.value("matched", nlohmann::json::array())) {
    auto ix = index_list(pair, def.size, where);
    if (ix.size() != 2) fail(where + ": matched entries are pairs");
    def.matched.emplace_back(ix[0], ix[1]);
  }
  def.matched_always = s.value("matched_always", false);
  return def;
}

void Library::parse_dominance(const nlohmann::json& rules) {
  dominance_.assign(size(), std::vector<bool>(size(), false));
  for (const auto& d : rules)
    for (const auto& a : d.at("dominating"))
      for (const auto& b : d.at("dominated")) {
        const int ia = find(a.get<std::string>()), ib = find(b.get<std::string>());
        if (ia < 0 || ib < 0) fail("dominance names an unknown structure");
        dominance_[ia][ib] = true;
      }
}

// Kahn's algorithm: a dominance cycle would make the outcome depend on the order of matches.
void Library::order_by_dominance() {
  std::vector<int> pending(size(), 0);
  for (int a = 0; a < size(); ++a)
    for (int b = 0; b < size(); ++b)
      if (dominance_[a][b]) ++pending[b];
  for (std::size_t head = 0;; ++head) {
    if (head == dominance_order_.size()) {
      for (int s = 0; s < size(); ++s)
        if (pending[s] == 0) {
          pending[s] = -1;
          dominance_order_.push_back(s);
          break;
        }
      if (head == dominance_order_.size()) break;
    }
    const int a = dominance_order_[head];
    for (int b = 0; b < size(); ++b)
      if (dominance_[a][b] && --pending[b] == 0) {
        pending[b] = -1;
        dominance_order_.push_back(b);
      }
  }
  if (static_cast<int>(dominance_order_.size()) != size()) fail("the dominance rules form a cycle");
}

Library Library::from_json(std::string_view text) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const std::exception& e) {
    fail(std::string("not JSON: ") + e.what());
  }
  Library lib;
  try {
    for (const auto& s : doc.at("structures")) {
      lib.structures_.push_back(lib.parse_structure(s));
      lib.max_level_ = std::max(lib.max_level_, lib.structures_.back().level);
    }
    lib.parse_dominance(doc.value("dominance", nlohmann::json::array()));
    lib.order_by_dominance();
  } catch (const nlohmann::json::exception& e) {
    fail(e.what());
  }
  return lib;
}

const Library& default_library() {
  static const Library lib = Library::from_json(read_resource(kLibraryResource));
  return lib;
}

}  // namespace inversize::structure
