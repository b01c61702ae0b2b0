// The parsed SPICE deck: what the designer wrote, kept close to the text so that the
// writer can change W, L and capacitor values and leave every other character alone.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace inversize::netlist {

// Where a thing was written: file path (as given or resolved) and 1-based line.
struct SourceLoc {
  std::string file;
  int line = 0;
  std::string str() const { return file + ":" + std::to_string(line); }
};

// A byte range [begin, end) in one of Deck::files' texts.
struct Span {
  int file = -1;  // index into Deck::files; -1 when the thing has no text of its own
  std::size_t begin = 0;
  std::size_t end = 0;
  bool valid() const { return file >= 0; }
};

// A netlist error: always carries file:line.
class ParseError : public std::runtime_error {
 public:
  ParseError(SourceLoc loc, const std::string& reason)
      : std::runtime_error(loc.str() + ": " + reason), loc_(std::move(loc)), reason_(reason) {}
  const SourceLoc& loc() const { return loc_; }
  const std::string& reason() const { return reason_; }

 private:
  SourceLoc loc_;
  std::string reason_;
};

// One `key=value` instance parameter, or a positional value (key empty), e.g. a capacitor's value.
struct Field {
  std::string key;   // lower case; empty for a positional value
  std::string text;  // the value as written (e.g. "10u", "{2*wn}", "wn")
  Span span;         // where `text` sits in the file, for the writer
};

enum class ElementType { Mosfet, Capacitor, Resistor, CurrentSource, VoltageSource, Subcircuit, Inductor };

// One element line (after joining `+` continuations).
struct Element {
  ElementType type = ElementType::Mosfet;
  std::string name;                 // as written, e.g. "M1", "XM3", "Cc"
  std::vector<std::string> nodes;   // lower case net names, in the order written
  std::string model;                // MOSFET model, or subcircuit name for X (lower case)
  std::vector<Field> fields;        // positional value(s) and key=value parameters, in order
  std::map<std::string, double> values;  // evaluated numbers: "w", "l", "m", "nf", "value", ...
  SourceLoc loc;
  Span span;                        // the whole element text, continuation lines included
  const Field* field(const std::string& key) const {
    for (const auto& f : fields)
      if (f.key == key) return &f;
    return nullptr;
  }
  std::optional<double> value(const std::string& key) const {
    auto it = values.find(key);
    if (it == values.end()) return std::nullopt;
    return it->second;
  }
};

struct Model {
  std::string name;  // lower case
  std::string type;  // lower case: "nmos", "pmos", "r", "c", "d", ...
  std::map<std::string, double> params;  // numeric parameters, lower case keys (level, version, ...)
  std::string text;  // the card as written, continuations joined with newlines
  SourceLoc loc;
};

// A `.param name=expr` assignment as written (added for the DUT writer and subckt scopes).
struct ParamDef {
  std::string name;  // lower case
  std::string text;  // the expression as written
  SourceLoc loc;
};

struct Subckt {
  std::string name;                 // lower case
  std::vector<std::string> ports;   // lower case, in order
  std::map<std::string, std::string> param_defaults;  // `params:` / `key=value` on the .subckt line
  std::vector<Element> elements;
  std::vector<Subckt> nested;       // rarely used; kept so nothing is dropped silently
  std::map<std::string, Model> models;   // models defined inside the subckt
  std::vector<ParamDef> params;          // `.param` lines inside the subckt, in order (evaluated per instance)
  // Set (to "file:line: ...") when a library subckt holds an element InverSize cannot model
  // (diode, BJT, ...): the parse succeeds, using the subckt in a circuit fails with this message.
  std::string unsupported;
  SourceLoc loc;
  Span span;                        // from `.subckt` to `.ends` inclusive
};

struct SourceFile {
  std::string path;  // as resolved on disk, or a label such as "builtin:miller"
  std::string text;  // full original text
};

// A `.include` or `.lib FILE SECTION` statement as written, with the resolved path.
struct IncludeRef {
  std::string resolved_path;
  std::string section;  // empty for .include
  SourceLoc loc;
};

struct Deck {
  std::string title;                         // first line of the main file, when it is a title
  bool has_title = true;                     // false: the main file starts with a netlist line
  double scale = 1;                          // `.option scale=`: the unit of MOSFET W and L as written
  SourceLoc scale_loc;                       // where the scale was set (line 0: not set)
  std::vector<SourceFile> files;             // [0] is the main file; included files follow
  std::vector<Element> elements;             // top-level elements (outside any .subckt)
  std::map<std::string, Subckt> subckts;     // by lower-case name, from all files
  std::map<std::string, Model> models;       // top-level models by lower-case name, from all files
  std::map<std::string, double> params;      // evaluated global .param values
  std::vector<ParamDef> param_defs;          // global `.param` assignments as written, in order
  std::vector<IncludeRef> includes;          // every .include/.lib that was followed
  std::vector<std::string> warnings;         // "file:line: message" for things kept but not understood
  // Lines that are not elements of the circuit (analyses, .options, .control blocks, ...) are
  // simply not represented: the writer never touches them, the simulator never needs them.
};

}  // namespace inversize::netlist
