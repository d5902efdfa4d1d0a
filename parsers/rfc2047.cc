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

/// Positions of the next "?=" and the next whitespace, found once and reused by later candidates
/// (candidates come in increasing order), so a value full of "=?" that never closes costs a single
/// pass, not one scan to the end per candidate.
struct Lookahead {
  std::size_t close_from = 0, close = 0;  // close = first "?=" at or after close_from
  std::size_t ws_from = 0, ws = 0;
  bool have_close = false, have_ws = false;

  std::size_t next_close(std::string_view v, std::size_t from) {
    if (!have_close || from < close_from || (close != std::string_view::npos && close < from)) {
      close = v.find("?=", from);
      close_from = from;
      have_close = true;
    }
    return close;
  }
  std::size_t next_ws(std::string_view v, std::size_t from) {
    if (!have_ws || from < ws_from || (ws != std::string_view::npos && ws < from)) {
      ws = v.find_first_of(" \t\r\n", from);
      ws_from = from;
      have_ws = true;
    }
    return ws;
  }
};

/// Parses "=?charset?X?text?=" at `at` (which points to "=?").
bool parse_encoded_word(std::string_view v, std::size_t at, EncodedWord& ew, Lookahead& la) {
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
  const std::size_t close = la.next_close(v, text_begin);
  if (close == std::string_view::npos) return false;
  const std::size_t ws = la.next_ws(v, text_begin);
  if (ws != std::string_view::npos && ws < close) return false;
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
  Lookahead la;
  while (pos < value.size()) {
    const std::size_t s = value.find("=?", pos);
    if (s == std::string_view::npos) {
      flush();
      append_raw_header_text(out, value.substr(pos));
      break;
    }
    EncodedWord ew;
    if (!parse_encoded_word(value, s, ew, la)) {
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
