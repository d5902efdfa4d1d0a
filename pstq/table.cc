// table.cc: see table.h.
#include "pstq/table.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace pst::pstq {

Terminal terminal_for(const std::ostream& out) {
  Terminal t;
  if (&out != &std::cout || !::isatty(STDOUT_FILENO)) return t;
  t.tty = true;
  const char* no = std::getenv("NO_COLOR");
  t.colour = !(no && *no);
  struct winsize ws {};
  t.width = ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 ? ws.ws_col : 80;
  return t;
}

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

std::string fit(const std::string& s, std::size_t n) {
  if (display_width(s) <= n) return s;
  if (n == 0) return "";
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(s[i]);
    if ((ch & 0xC0) != 0x80 && ++count > n - 1) break;
    out += s[i];
  }
  return out + "…";
}

void print_table(std::ostream& out, const Table& t, const Terminal& term) {
  const std::size_t cols = t.headers.size();
  std::vector<std::size_t> w(cols);
  auto clean = [](std::string s) {
    for (auto& ch : s)
      if (ch == '\n' || ch == '\r' || ch == '\t' || (static_cast<unsigned char>(ch) < 0x20)) ch = ' ';
    return s;
  };
  for (std::size_t c = 0; c < cols; ++c) w[c] = display_width(t.headers[c]);
  for (const auto& r : t.rows)
    for (std::size_t c = 0; c < cols && c < r.size(); ++c) w[c] = std::max(w[c], display_width(clean(r[c])));
  if (term.width > 0) {
    std::size_t total = 0;
    for (auto x : w) total += x;
    total += 2 * (cols - 1);
    std::size_t shrink = t.shrink_column >= 0 ? static_cast<std::size_t>(t.shrink_column) : cols - 1;
    // First the chosen column (down to 12), then every other column from the widest.
    while (total > static_cast<std::size_t>(term.width)) {
      std::size_t victim = shrink;
      if (w[shrink] <= 12) {
        victim = 0;
        for (std::size_t c = 1; c < cols; ++c)
          if (w[c] > w[victim]) victim = c;
        if (w[victim] <= 6) break;
      }
      --w[victim];
      --total;
    }
  }
  auto line = [&](const std::vector<std::string>& cells, const std::string& colour) {
    std::string s;
    for (std::size_t c = 0; c < cols; ++c) {
      std::string cell = fit(clean(c < cells.size() ? cells[c] : ""), w[c]);
      s += cell;
      if (c + 1 < cols) s += std::string(w[c] - display_width(cell) + 2, ' ');
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    if (term.colour && !colour.empty()) s = "\x1b[" + colour + "m" + s + "\x1b[0m";
    out << s << "\n";
  };
  line(t.headers, term.colour ? "1" : "");
  for (std::size_t i = 0; i < t.rows.size(); ++i) line(t.rows[i], i < t.row_colour.size() ? t.row_colour[i] : "");
}

}  // namespace pst::pstq
