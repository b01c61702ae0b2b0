// The lexical layer of the parser: physical lines -> statements (continuations joined,
// comments dropped) -> tokens that remember their byte range in the original text.
#pragma once

#include <string>
#include <vector>

namespace inversize::netlist {

struct Token {
  std::string text;        // exactly the bytes [begin, end) of the file text
  std::size_t begin = 0;
  std::size_t end = 0;
  int line = 0;            // 1-based physical line
};

struct Statement {
  int line = 0;                 // first physical line, 1-based
  std::vector<Token> tokens;    // `=` is a token of its own; {...}, '...', "..." are one token each
  std::size_t text_begin = 0;   // start of the first physical line
  std::size_t text_end = 0;     // end of the last physical line (without the newline)
  // Set when a brace or quote is not closed. Reported only if the statement is used, so that
  // foreign syntax inside skipped blocks (.control, other .lib sections) cannot fail a parse.
  std::string lex_error;
};

// Splits a whole file. `+` lines continue the previous statement, also across comment and
// blank lines. Comments: lines starting with `*`, and from `;` or a token-initial `$` to the
// end of the line. With `has_title`, line 1 is the title and yields no statement.
std::vector<Statement> split_statements(const std::string& text, bool has_title);

}  // namespace inversize::netlist
