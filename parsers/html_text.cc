// html_text.cc: see html_text.h.
#include "parsers/html_text.h"

#include <algorithm>
#include <cstring>

#include "parsers/charset.h"

namespace pst {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};
// Sorted by name for binary search. The common ones in mail; unknown names stay literal.
constexpr NamedEntity kEntities[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1}, {"Agrave", 0xC0}, {"Auml", 0xC4},   {"Ccedil", 0xC7},
    {"Eacute", 0xC9},  {"Egrave", 0xC8}, {"Iacute", 0xCD}, {"Ntilde", 0xD1}, {"Oacute", 0xD3},
    {"Ouml", 0xD6},    {"Uacute", 0xDA}, {"Uuml", 0xDC},   {"aacute", 0xE1}, {"acirc", 0xE2},
    {"acute", 0xB4},   {"aelig", 0xE6},  {"agrave", 0xE0}, {"amp", '&'},     {"apos", '\''},
    {"aring", 0xE5},   {"atilde", 0xE3}, {"auml", 0xE4},   {"bdquo", 0x201E}, {"brvbar", 0xA6},
    {"bull", 0x2022},  {"ccedil", 0xE7}, {"cedil", 0xB8},  {"cent", 0xA2},   {"copy", 0xA9},
    {"curren", 0xA4},  {"dagger", 0x2020}, {"deg", 0xB0},  {"divide", 0xF7}, {"eacute", 0xE9},
    {"ecirc", 0xEA},   {"egrave", 0xE8}, {"emsp", 0x2003}, {"ensp", 0x2002}, {"euml", 0xEB},
    {"euro", 0x20AC},  {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE}, {"gt", '>'},
    {"hellip", 0x2026}, {"iacute", 0xED}, {"icirc", 0xEE}, {"iexcl", 0xA1},  {"igrave", 0xEC},
    {"iquest", 0xBF},  {"iuml", 0xEF},   {"laquo", 0xAB},  {"ldquo", 0x201C}, {"lsaquo", 0x2039},
    {"lsquo", 0x2018}, {"lt", '<'},      {"macr", 0xAF},   {"mdash", 0x2014}, {"micro", 0xB5},
    {"middot", 0xB7},  {"minus", 0x2212}, {"nbsp", ' '},   {"ndash", 0x2013}, {"not", 0xAC},
    {"ntilde", 0xF1},  {"oacute", 0xF3}, {"ocirc", 0xF4},  {"ograve", 0xF2}, {"ordf", 0xAA},
    {"ordm", 0xBA},    {"otilde", 0xF5}, {"ouml", 0xF6},   {"para", 0xB6},   {"permil", 0x2030},
    {"plusmn", 0xB1},  {"pound", 0xA3},  {"quot", '"'},    {"raquo", 0xBB},  {"rdquo", 0x201D},
    {"reg", 0xAE},     {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"sect", 0xA7},
    {"shy", 0xAD},     {"sup1", 0xB9},   {"sup2", 0xB2},   {"sup3", 0xB3},   {"szlig", 0xDF},
    {"thinsp", 0x2009}, {"times", 0xD7}, {"trade", 0x2122}, {"uacute", 0xFA}, {"ucirc", 0xFB},
    {"ugrave", 0xF9},  {"uml", 0xA8},    {"uuml", 0xFC},   {"yacute", 0xFD}, {"yen", 0xA5},
    {"yuml", 0xFF},    {"zwj", 0x200D},  {"zwnj", 0x200C},
};

constexpr bool is_ws(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool istarts_with(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[i]) != prefix[i]) return false;
  return true;
}

/// Finds `needle` (lower case) in s from `from`, ASCII case-insensitively.
std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) {
  if (needle.empty()) return from;
  while (from + needle.size() <= s.size()) {
    const void* p = nullptr;
    // search for either case of the first character
    const char c0 = needle[0];
    const char c1 = (c0 >= 'a' && c0 <= 'z') ? static_cast<char>(c0 - 32) : c0;
    const char* base = s.data() + from;
    const std::size_t len = s.size() - from;
    const void* a = std::memchr(base, c0, len);
    const void* b = c1 != c0 ? std::memchr(base, c1, len) : nullptr;
    p = (a && b) ? std::min(a, b) : (a ? a : b);
    if (!p) return std::string_view::npos;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
    if (istarts_with(s.substr(at), needle)) return at;
    from = at + 1;
  }
  return std::string_view::npos;
}

/// Decodes one reference at s[i] == '&'; returns characters consumed (0 if not a reference).
std::size_t decode_entity_at(std::string_view s, std::size_t i, std::string& out) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    bool hex = false;
    if (j < s.size() && (s[j] == 'x' || s[j] == 'X')) {
      hex = true;
      ++j;
    }
    const std::size_t digits_begin = j;
    std::uint32_t cp = 0;
    while (j < s.size() && j - digits_begin < 8) {
      const char c = s[j];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) break;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      ++j;
    }
    if (j == digits_begin) return 0;
    if (j < s.size() && s[j] == ';') ++j;
    if (cp == 0xA0) cp = ' ';
    if (cp >= 0x80 && cp <= 0x9F) {  // windows-1252 numbers, as browsers read them
      std::string tmp(1, static_cast<char>(cp));
      (void)append_utf8(out, tmp, "windows-1252");
    } else if (cp == 0) {
      out.append("\xEF\xBF\xBD");
    } else {
      append_codepoint(out, cp);
    }
    return j - i;
  }
  const std::size_t name_begin = j;
  while (j < s.size() && j - name_begin < 10 &&
         ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
          (s[j] >= '0' && s[j] <= '9')))
    ++j;
  if (j == name_begin) return 0;
  const std::string_view name = s.substr(name_begin, j - name_begin);
  const auto* end = std::end(kEntities);
  const auto* it = std::lower_bound(std::begin(kEntities), end, name,
                                    [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  if (it == end || it->name != name) return 0;
  if (j < s.size() && s[j] == ';') ++j;
  append_codepoint(out, it->cp);
  return j - i;
}

enum class TagKind { other, block, paragraph, br, li, cell, hr, drop, blockquote, pre };

TagKind classify(std::string_view name) {
  // By first letter: most tags in mail HTML (span, a, b, font, img, o:p) fall out at once.
  auto is = [&](std::string_view n) { return name == n; };
  switch (name.empty() ? '\0' : name[0]) {
    case 'a':
      if (is("address") || is("article") || is("aside")) return TagKind::block;
      break;
    case 'b':
      if (is("br")) return TagKind::br;
      if (is("blockquote")) return TagKind::blockquote;
      break;
    case 'c':
      if (is("center") || is("caption")) return TagKind::block;
      break;
    case 'd':
      if (is("div") || is("dd") || is("dl") || is("dt")) return TagKind::block;
      break;
    case 'f':
      if (is("footer") || is("form") || is("figure") || is("fieldset")) return TagKind::block;
      break;
    case 'h':
      if (name.size() == 2 && name[1] >= '1' && name[1] <= '6') return TagKind::paragraph;
      if (is("hr")) return TagKind::hr;
      if (is("head")) return TagKind::drop;
      if (is("header")) return TagKind::block;
      break;
    case 'l':
      if (is("li")) return TagKind::li;
      break;
    case 'm':
      if (is("main")) return TagKind::block;
      break;
    case 'n':
      if (is("nav")) return TagKind::block;
      break;
    case 'o':
      if (is("ol")) return TagKind::block;
      break;
    case 'p':
      if (is("p")) return TagKind::paragraph;
      if (is("pre")) return TagKind::pre;
      break;
    case 's':
      if (is("script") || is("style")) return TagKind::drop;
      if (is("section")) return TagKind::block;
      break;
    case 't':
      if (is("td") || is("th")) return TagKind::cell;
      if (is("tr") || is("table")) return TagKind::block;
      if (is("title") || is("template")) return TagKind::drop;
      break;
    case 'u':
      if (is("ul")) return TagKind::block;
      break;
    case 'x':
      if (is("xml")) return TagKind::drop;
      break;
    default:
      break;
  }
  return TagKind::other;
}

/// Builds the text: tracks pending whitespace and line breaks so the output has no runs of blanks.
class TextBuilder {
  static constexpr std::size_t kBlock = 16;

 public:
  void text(std::string_view s, bool pre) {
    if (pre) {
      for (const char c : s) {
        if (c == '\r') continue;
        if (c == '\n') {
          newline(1);
          continue;
        }
        put(c);
      }
      return;
    }
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n && is_ws(s[i])) {
      space_ = true;
      ++i;
    }
    if (i >= n) return;
    flush_pending();
    if (space_ && !out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_.push_back(' ');
    // Collapse whitespace runs to one space; the output is never longer than the input.
    const std::size_t old = out_.size();
    out_.resize(old + (n - i));
    char* d = out_.data() + old;
    // Branch-free: a whitespace byte is written as ' ' but only advances after a non-space, so a
    // run becomes one space (a trailing one is removed before any line break and at the end).
    // Sixteen bytes with no whitespace but single spaces are copied as they are (a fixed-size test g++ -O2
    // unrolls): most of a text run.
    bool prev_ws = false;
    while (i < n) {
      if (i + kBlock < n && !(prev_ws && is_ws(s[i]))) {
        unsigned char odd = 0;
        for (std::size_t k = 0; k < kBlock; ++k) {
          const char c = s[i + k];
          odd |= static_cast<unsigned char>((c == '\t') | (c == '\r') | (c == '\n') | (c == '\f') |
                                            ((c == ' ') & (s[i + k + 1] == ' ')));
        }
        if (odd == 0) {
          std::memcpy(d, s.data() + i, kBlock);
          d += kBlock;
          prev_ws = s[i + kBlock - 1] == ' ';
          i += kBlock;
          continue;
        }
      }
      const char c = s[i++];
      const bool w = is_ws(c);
      *d = w ? ' ' : c;
      d += !(w && prev_ws);
      prev_ws = w;
    }
    out_.resize(static_cast<std::size_t>(d - out_.data()));
    space_ = false;
  }
  void newline(int count) {
    // count 1: end the line; 2: leave an empty line (paragraph).
    space_ = false;
    if (out_.empty()) return;
    pending_newlines_ = std::max(pending_newlines_, count);
  }
  void space() { space_ = true; }
  void reserve(std::size_t n) { out_.reserve(n); }
  void set_quote_depth(int d) { quote_depth_ = std::max(0, d); }
  void raw(std::string_view s) {
    flush_pending();
    out_.append(s);
  }
  std::string finish() {
    while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\n')) out_.pop_back();
    return std::move(out_);
  }
  void put_decoded(std::string_view s) {
    // Decoded entity text: whitespace handling as normal text, other chars verbatim.
    text(s, false);
  }

 private:
  void flush_pending() {
    if (pending_newlines_ > 0) {
      // Trailing blanks on the line we end.
      while (!out_.empty() && out_.back() == ' ') out_.pop_back();
      out_.append(static_cast<std::size_t>(pending_newlines_), '\n');
      pending_newlines_ = 0;
      at_line_start_ = true;
      space_ = false;
    }
    if (at_line_start_) {
      add_quote_prefix();
      at_line_start_ = false;
      space_ = false;
    }
  }
  void add_quote_prefix() {
    for (int i = 0; i < quote_depth_; ++i) out_.append("> ");
  }
  void put_run(std::string_view run) {
    flush_pending();
    if (space_ && !out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_.push_back(' ');
    space_ = false;
    out_.append(run);
  }
  void put(char c) {
    flush_pending();
    if (space_ && !out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_.push_back(' ');
    space_ = false;
    out_.push_back(c);
  }

  std::string out_;
  int pending_newlines_ = 0;
  bool space_ = false;
  bool at_line_start_ = true;
  int quote_depth_ = 0;
};

}  // namespace

namespace {

// decode_html_entities appending to `out`: html_to_text reuses one buffer for every text run with an entity.
void append_entities_decoded(std::string_view s, std::string& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    const void* p = std::memchr(s.data() + i, '&', s.size() - i);
    const std::size_t e = p ? static_cast<std::size_t>(static_cast<const char*>(p) - s.data()) : s.size();
    out.append(s.data() + i, e - i);
    if (!p) break;
    const std::size_t used = decode_entity_at(s, e, out);
    if (used > 0) {
      i = e + used;
    } else {
      out.push_back('&');
      i = e + 1;
    }
  }
}

}  // namespace

std::string decode_html_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_entities_decoded(s, out);
  return out;
}

std::string html_declared_charset(std::string_view html) {
  const std::string_view head = html.substr(0, std::min<std::size_t>(html.size(), 4096));
  std::size_t p = ifind(head, "charset", 0);
  while (p != std::string_view::npos) {
    std::size_t q = p + 7;
    while (q < head.size() && is_ws(head[q])) ++q;
    if (q < head.size() && head[q] == '=') {
      ++q;
      while (q < head.size() && (is_ws(head[q]) || head[q] == '"' || head[q] == '\'')) ++q;
      const std::size_t b = q;
      while (q < head.size() && !is_ws(head[q]) && head[q] != '"' && head[q] != '\'' &&
             head[q] != ';' && head[q] != '>' && head[q] != '/')
        ++q;
      if (q > b) return std::string(head.substr(b, q - b));
    }
    p = ifind(head, "charset", p + 7);
  }
  return {};
}

std::string html_to_text(std::string_view h) {
  TextBuilder tb;
  tb.reserve(h.size() / 2);
  const std::size_t n = h.size();
  std::size_t i = 0;
  int pre_depth = 0;
  int quote_depth = 0;
  int list_depth = 0;
  bool head_unclosed = false;  // a <head> without </head>: never search again (keeps this linear)
  std::string tmp;
  while (i < n) {
    const void* lt = std::memchr(h.data() + i, '<', n - i);
    const std::size_t text_end =
        lt ? static_cast<std::size_t>(static_cast<const char*>(lt) - h.data()) : n;
    if (text_end > i) {
      const std::string_view t = h.substr(i, text_end - i);
      if (t.find('&') == std::string_view::npos) {
        tb.text(t, pre_depth > 0);
      } else {
        tmp.clear();
        append_entities_decoded(t, tmp);
        tb.text(tmp, pre_depth > 0);
      }
    }
    if (text_end >= n) break;
    i = text_end;
    // Comment or conditional comment.
    if (i + 3 < n && h[i + 1] == '!' && h[i + 2] == '-' && h[i + 3] == '-') {
      const std::size_t e = h.find("-->", i + 4);
      i = e == std::string_view::npos ? n : e + 3;
      continue;
    }
    if (i + 1 < n && (h[i + 1] == '!' || h[i + 1] == '?')) {  // <!DOCTYPE>, <![if]>, <?xml?>
      const std::size_t e = h.find('>', i);
      i = e == std::string_view::npos ? n : e + 1;
      continue;
    }
    std::size_t j = i + 1;
    const bool closing = j < n && h[j] == '/';
    if (closing) ++j;
    const std::size_t name_begin = j;
    while (j < n && ((h[j] >= 'a' && h[j] <= 'z') || (h[j] >= 'A' && h[j] <= 'Z') ||
                     (h[j] >= '0' && h[j] <= '9') || h[j] == ':' || h[j] == '-'))
      ++j;
    if (j == name_begin) {  // "<" that starts no tag: literal text
      tb.text("<", pre_depth > 0);
      i = i + 1;
      continue;
    }
    std::string name;
    name.reserve(j - name_begin);
    for (std::size_t k = name_begin; k < j && name.size() < 16; ++k) name.push_back(lower(h[k]));
    // End of the tag, skipping quoted attribute values. Most tags have no quotes before '>'.
    std::size_t e = j;
    char quote = 0;
    if (const void* gt = std::memchr(h.data() + j, '>', n - j)) {
      const std::size_t g = static_cast<std::size_t>(static_cast<const char*>(gt) - h.data());
      if (!std::memchr(h.data() + j, '"', g - j) && !std::memchr(h.data() + j, '\'', g - j)) e = g;
    }
    while (e < n) {
      const char c = h[e];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        break;
      }
      ++e;
    }
    if (e >= n) {
      // Unterminated tag (or an unbalanced quote): retry without honouring quotes.
      const std::size_t e2 = h.find('>', j);
      e = e2 == std::string_view::npos ? n : e2;
    }
    const bool self_closing = e > 0 && e < n && h[e - 1] == '/';
    i = e < n ? e + 1 : n;
    const TagKind kind = classify(name);
    switch (kind) {
      case TagKind::drop:
        if (!closing && !self_closing && !(name == "head" && head_unclosed)) {
          // Skip to the matching end tag.
          const std::string end_tag = "</" + name;
          const std::size_t close = ifind(h, end_tag, i);
          if (close == std::string_view::npos) {
            if (name == "head") {
              head_unclosed = true;  // a <head> never closed: keep the rest
            } else {
              i = n;
            }
          } else {
            const std::size_t gt = h.find('>', close);
            i = gt == std::string_view::npos ? n : gt + 1;
          }
        }
        break;
      case TagKind::br:
        tb.newline(1);
        tb.raw("");
        break;
      case TagKind::paragraph:
        tb.newline(2);
        break;
      case TagKind::block:
        if (name == "ul" || name == "ol") list_depth += closing ? -1 : 1;
        tb.newline(1);
        break;
      case TagKind::li:
        tb.newline(1);
        if (!closing) tb.raw(list_depth > 1 ? "  - " : "- ");
        break;
      case TagKind::cell:
        if (!closing) tb.space();
        break;
      case TagKind::hr:
        tb.newline(1);
        tb.raw("---");
        tb.newline(1);
        break;
      case TagKind::blockquote:
        tb.newline(1);
        quote_depth += closing ? -1 : 1;
        tb.set_quote_depth(std::min(quote_depth, 8));
        break;
      case TagKind::pre:
        tb.newline(1);
        pre_depth = std::max(0, pre_depth + (closing ? -1 : 1));
        break;
      case TagKind::other:
        break;
    }
  }
  return tb.finish();
}

}  // namespace pst
