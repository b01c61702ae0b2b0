#include "netlist/statements.hpp"

namespace inversize::netlist {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Tokenizes text[from, to) into `st`.
void tokenize(const std::string& text, std::size_t from, std::size_t to, int line, Statement& st) {
  std::size_t i = from;
  while (i < to) {
    const char c = text[i];
    if (is_blank(c)) { ++i; continue; }
    if (c == ';' || c == '$') return;  // inline comment
    std::size_t start = i;
    if (c == '=') {
      ++i;
    } else if (c == '{') {
      int depth = 0;
      for (; i < to; ++i) {
        if (text[i] == '{') ++depth;
        else if (text[i] == '}' && --depth == 0) break;
      }
      if (i >= to) {
        if (st.lex_error.empty()) st.lex_error = "'{' is not closed on its line";
        i = to;
      } else {
        ++i;
      }
    } else if (c == '\'' || c == '"') {
      ++i;
      while (i < to && text[i] != c) ++i;
      if (i >= to) {
        if (st.lex_error.empty()) st.lex_error = std::string("quote ") + c + " is not closed on its line";
        i = to;
      } else {
        ++i;
      }
    } else {
      while (i < to && !is_blank(text[i]) && text[i] != '=' && text[i] != ';') ++i;
    }
    st.tokens.push_back(Token{text.substr(start, i - start), start, i, line});
  }
}

}  // namespace

std::vector<Statement> split_statements(const std::string& text, bool has_title) {
  std::vector<Statement> out;
  std::size_t pos = 0;
  int line = 0;
  bool have_current = false;  // a statement that `+` lines may continue
  while (pos < text.size()) {
    ++line;
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string::npos ? text.size() : nl;
    const std::size_t line_begin = pos;
    pos = nl == std::string::npos ? text.size() : nl + 1;
    std::size_t content_end = end;
    if (content_end > line_begin && text[content_end - 1] == '\r') --content_end;
    if (line == 1 && has_title) continue;

    std::size_t i = line_begin;
    while (i < content_end && is_blank(text[i])) ++i;
    if (i >= content_end || text[i] == '*') continue;  // blank or comment line: keeps continuation open

    if (text[i] == '+') {
      if (!have_current) {
        Statement st;
        st.line = line;
        st.text_begin = line_begin;
        st.lex_error = "a '+' continuation line with nothing before it to continue";
        out.push_back(std::move(st));
        have_current = true;
      }
      Statement& st = out.back();
      st.text_end = content_end;
      tokenize(text, i + 1, content_end, line, st);
      continue;
    }
    Statement st;
    st.line = line;
    st.text_begin = line_begin;
    st.text_end = content_end;
    tokenize(text, i, content_end, line, st);
    if (st.tokens.empty() && st.lex_error.empty()) {
      continue;  // a line holding only "; comment" is a comment line
    }
    out.push_back(std::move(st));
    have_current = true;
  }
  return out;
}

}  // namespace inversize::netlist
