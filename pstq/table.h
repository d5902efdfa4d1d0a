// table.h: terminal output for pstq: aligned columns that fit the terminal width (ioctl
// TIOCGWINSZ on stdout; not a terminal: no limit, so pipes get whole lines), colour only on a
// terminal and never with NO_COLOR set. Widths count UTF-8 code points (no East Asian wide glyphs).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace pst::pstq {

struct Terminal {
  bool tty = false;
  bool colour = false;
  int width = 0;  // 0: unlimited
};

/// Stdout's terminal facts (only when `out` is std::cout; string streams in tests get the defaults).
[[nodiscard]] Terminal terminal_for(const std::ostream& out);

struct Table {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row_colour;   // per row: "" or an SGR code like "31" (red)
  int shrink_column = -1;                 // the column cut first to fit ("subject"); -1: last
};

void print_table(std::ostream& out, const Table& t, const Terminal& term);

/// UTF-8 code points in `s`; `s` cut to `n` code points with "…" when longer.
[[nodiscard]] std::size_t display_width(const std::string& s);
[[nodiscard]] std::string fit(const std::string& s, std::size_t n);

}  // namespace pst::pstq
