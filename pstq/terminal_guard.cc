// terminal_guard.cc: see terminal_guard.h.
#include "pstq/terminal_guard.h"

#include <array>

#include "common/untrusted_text.h"

namespace pst::pstq {
namespace {

/// Bold, dim, normal intensity, red, green, yellow, default colour: what table.cc and the verbs use.
/// Not 8 (conceal), 30 (black) or backgrounds: nothing that can make text unreadable.
constexpr std::array<std::string_view, 8> kOwnSgrCodes = {"0", "1", "2", "22", "31", "32", "33", "39"};

/// Length of an own-colour SGR sequence at the start of `s` ("\x1b[1m" -> 4), else 0.
std::size_t own_sgr_length(std::string_view s) {
  if (s.size() < 3 || s[0] != '\x1b' || s[1] != '[') return 0;
  std::size_t i = 2, start = 2;
  for (;; ++i) {
    if (i >= s.size() || i - 2 > 16) return 0;
    const char c = s[i];
    if (c == ';' || c == 'm') {
      const std::string_view code = s.substr(start, i - start);
      bool known = false;
      for (std::string_view k : kOwnSgrCodes) known = known || code == k;
      if (!known) return 0;
      if (c == 'm') return i + 1;
      start = i + 1;
    } else if (c < '0' || c > '9') {
      return 0;
    }
  }
}

}  // namespace

std::string clean_terminal_text(std::string_view text, bool allow_own_colours) {
  if (!allow_own_colours) return clean_block(text);
  std::string out;
  out.reserve(text.size());
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\x1b') continue;
    if (const std::size_t n = own_sgr_length(text.substr(i))) {
      out += clean_block(text.substr(from, i - from));
      out.append(text.substr(i, n));
      i += n - 1;
      from = i + 1;
    }
  }
  out += clean_block(text.substr(from));
  return out;
}

bool TerminalGuardBuf::pass_on(std::string_view text) {
  if (text.empty()) return true;
  const std::string clean = clean_terminal_text(text, allow_own_colours_);
  const auto n = static_cast<std::streamsize>(clean.size());
  if (target_->sputn(clean.data(), n) != n) failed_ = true;
  return !failed_;
}

TerminalGuardBuf::int_type TerminalGuardBuf::overflow(int_type ch) {
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  const char c = traits_type::to_char_type(ch);
  return xsputn(&c, 1) == 1 ? ch : traits_type::eof();
}

std::streamsize TerminalGuardBuf::xsputn(const char* s, std::streamsize n) {
  line_.append(s, static_cast<std::size_t>(n));
  const std::size_t last_newline = line_.rfind('\n');
  if (last_newline != std::string::npos) {
    const bool ok = pass_on(std::string_view(line_).substr(0, last_newline + 1));
    line_.erase(0, last_newline + 1);
    if (!ok) return 0;
  }
  return n;
}

int TerminalGuardBuf::sync() {
  const bool ok = pass_on(line_);
  line_.clear();
  return ok && target_->pubsync() == 0 ? 0 : -1;
}

}  // namespace pst::pstq
