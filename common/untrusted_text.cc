// untrusted_text.cc: see untrusted_text.h.
#include "common/untrusted_text.h"

#include <cstdint>

namespace pst {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

/// The next code point of `s` at `i` (advancing `i`); invalid or truncated sequences, overlong
/// forms, surrogates and values above U+10FFFF give U+FFFD and advance by one byte.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    ++i;
    return kReplacement;
  }
  if (i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return kReplacement;
  }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace

std::string clean_inline(std::string_view text, std::size_t max_chars) {
  std::string out;
  out.reserve(text.size());
  std::size_t chars = 0;
  bool pending_space = false;
  bool cut = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = next_code_point(text, i);
    if (c == ' ' || is_control(c) || is_bidi_control(c)) {
      pending_space = !out.empty();
      continue;
    }
    const std::size_t need = pending_space ? 2 : 1;
    if (max_chars != 0 && chars + need > max_chars) {
      cut = true;
      break;
    }
    if (pending_space) {
      out.push_back(' ');
      ++chars;
      pending_space = false;
    }
    append_utf8(out, c);
    ++chars;
  }
  if (cut) {
    // Make room for the ellipsis: drop the last code point (and a space before it).
    while (!out.empty() && chars + 1 > max_chars) {
      std::size_t back = out.size() - 1;
      while (back > 0 && (static_cast<unsigned char>(out[back]) & 0xC0) == 0x80) --back;
      out.erase(back);
      --chars;
    }
    while (!out.empty() && out.back() == ' ') {
      out.pop_back();
      --chars;
    }
    out += "…";
  }
  return out;
}

std::string clean_block(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = next_code_point(text, i);
    if (c == '\r') {
      out.push_back('\n');
      if (i < text.size() && text[i] == '\n') ++i;
    } else if (c == '\n') {
      out.push_back('\n');
    } else if (c == '\t') {
      out += "    ";
    } else if (is_control(c) || is_bidi_control(c)) {
      out.push_back(' ');
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

}  // namespace pst
