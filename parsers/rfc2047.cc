// rfc2047.cc: see rfc2047.h.
#include "parsers/rfc2047.h"

#include "parsers/charset.h"
#include "parsers/mime_transfer.h"

namespace pst {
namespace {

struct EncodedWord {
  std::string_view charset;
  char encoding = 'B';
  std::string_view text;
  std::size_t end = 0;  // index just past "?="
};

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool all_ws(std::string_view s) {
  for (const char c : s)
    if (!is_ws(c)) return false;
  return true;
}

/// Parses "=?charset?X?text?=" at `at` (which points to "=?").
bool parse_encoded_word(std::string_view v, std::size_t at, EncodedWord& ew) {
  std::size_t p = at + 2;
  const std::size_t cs_begin = p;
  while (p < v.size() && v[p] != '?') {
    if (is_ws(v[p]) || p - cs_begin > 64) return false;
    ++p;
  }
  if (p >= v.size() || p == cs_begin) return false;
  ew.charset = v.substr(cs_begin, p - cs_begin);
  ++p;
  if (p + 1 >= v.size() || v[p + 1] != '?') return false;
  const char e = v[p];
  if (e == 'B' || e == 'b') {
    ew.encoding = 'B';
  } else if (e == 'Q' || e == 'q') {
    ew.encoding = 'Q';
  } else {
    return false;
  }
  p += 2;
  const std::size_t text_begin = p;
  const std::size_t close = v.find("?=", text_begin);
  if (close == std::string_view::npos) return false;
  for (std::size_t i = text_begin; i < close; ++i)
    if (is_ws(v[i])) return false;
  ew.text = v.substr(text_begin, close - text_begin);
  ew.end = close + 2;
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

void decode_q(std::string_view text, std::string& out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_') {
      out.push_back(' ');
    } else if (c == '=' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
               hex_value(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
}

}  // namespace

std::string decode_rfc2047(std::string_view value, Rfc2047Issues* issues) {
  std::string out;
  if (value.find("=?") == std::string_view::npos) {
    append_raw_header_text(out, value);
    return out;
  }
  out.reserve(value.size());
  std::string pending_charset;  // charset of the bytes in `pending`
  std::string pending;
  bool have_pending = false;
  Rfc2047Issues local;
  auto flush = [&] {
    if (!have_pending) return;
    const CharsetOutcome r = append_utf8(out, pending, pending_charset);
    if (r != CharsetOutcome::clean) local.bad_charset = true;
    pending.clear();
    have_pending = false;
  };
  std::size_t pos = 0;
  while (pos < value.size()) {
    const std::size_t s = value.find("=?", pos);
    if (s == std::string_view::npos) {
      flush();
      append_raw_header_text(out, value.substr(pos));
      break;
    }
    EncodedWord ew;
    if (!parse_encoded_word(value, s, ew)) {
      flush();
      append_raw_header_text(out, value.substr(pos, s + 2 - pos));
      pos = s + 2;
      continue;
    }
    const std::string_view gap = value.substr(pos, s - pos);
    if (!(have_pending && all_ws(gap))) {
      flush();
      append_raw_header_text(out, gap);
    }
    std::string cs = canonical_charset(ew.charset);
    if (have_pending && cs != pending_charset) flush();
    if (!have_pending) {
      pending_charset = std::move(cs);
      have_pending = true;
    }
    if (ew.encoding == 'B') {
      if (!decode_base64(ew.text, pending)) local.bad_encoding = true;
    } else {
      decode_q(ew.text, pending);
    }
    pos = ew.end;
  }
  flush();
  if (issues) {
    issues->bad_charset |= local.bad_charset;
    issues->bad_encoding |= local.bad_encoding;
  }
  return out;
}

}  // namespace pst
