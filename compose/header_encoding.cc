// header_encoding.cc: RFC 2047 encoded words, folding, addresses, dates and header checks.
// See header_encoding.h for the contract and the security decisions.
#include "compose/header_encoding.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>

#include <fmt/format.h>

namespace pst {
namespace {

constexpr std::string_view kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kHex = "0123456789ABCDEF";
constexpr std::size_t kWordOverhead = 12;  // "=?UTF-8?Q?" + "?="
constexpr std::size_t kMinWordWidth = kWordOverhead + 12;  // room for one 4-byte character in Q
constexpr std::size_t kMaxHeaderValue = 16 * 1024;
// Plain ASCII words longer than this are encoded so that the line can still be folded at 78.
constexpr std::size_t kMaxPlainWord = 60;
// Longer runs of blanks between words are shortened to one (they could not be folded).
constexpr std::size_t kMaxBlankRun = 16;

bool is_wsp(char c) { return c == ' ' || c == '\t'; }

bool is_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Q encoding: characters that may stand for themselves (RFC 2047 section 5).
bool q_literal(unsigned char c, WordContext ctx) {
  if (is_alnum(c)) return true;
  if (ctx == WordContext::phrase) {
    return c == '!' || c == '*' || c == '+' || c == '-' || c == '/';
  }
  // Unstructured text: printable ASCII except '=', '?', '_' and specials that confuse parsers.
  return c > 0x20 && c < 0x7f && c != '=' && c != '?' && c != '_' && c != '"' && c != '(' &&
         c != ')' && c != '<' && c != '>' && c != '@' && c != ',' && c != ';' && c != ':' &&
         c != '\\' && c != '[' && c != ']';
}

std::size_t q_cost(unsigned char c, WordContext ctx) {
  return (c == ' ' || q_literal(c, ctx)) ? 1 : 3;
}

void q_append(std::string& out, unsigned char c, WordContext ctx) {
  if (c == ' ') {
    out += '_';
  } else if (q_literal(c, ctx)) {
    out += static_cast<char>(c);
  } else {
    out += '=';
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
}

std::string base64(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= in.size(); i += 3) {
    const auto n = (std::uint32_t(std::uint8_t(in[i])) << 16) | (std::uint32_t(std::uint8_t(in[i + 1])) << 8) |
                   std::uint32_t(std::uint8_t(in[i + 2]));
    out += kB64[(n >> 18) & 63];
    out += kB64[(n >> 12) & 63];
    out += kB64[(n >> 6) & 63];
    out += kB64[n & 63];
  }
  if (i + 1 == in.size()) {
    const auto n = std::uint32_t(std::uint8_t(in[i])) << 16;
    out += kB64[(n >> 18) & 63];
    out += kB64[(n >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    const auto n = (std::uint32_t(std::uint8_t(in[i])) << 16) | (std::uint32_t(std::uint8_t(in[i + 1])) << 8);
    out += kB64[(n >> 18) & 63];
    out += kB64[(n >> 12) & 63];
    out += kB64[(n >> 6) & 63];
    out += '=';
  }
  return out;
}

int b64_value(char c) {
  const auto p = kB64.find(c);
  return p == std::string_view::npos ? -1 : static_cast<int>(p);
}

std::optional<std::string> base64_decode_lenient(std::string_view in) {
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    if (c == '=') break;
    const int v = b64_value(c);
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | std::uint32_t(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Length of the UTF-8 sequence starting at s[i] if well-formed, else 0.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if ((c & 0xe0) == 0xc0) { n = 2; cp = c & 0x1f; }
  else if ((c & 0xf0) == 0xe0) { n = 3; cp = c & 0x0f; }
  else if ((c & 0xf8) == 0xf0) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3f);
  }
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return 0;  // overlong
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

// Character length for splitting: a malformed byte counts as one character.
std::size_t char_len(std::string_view s, std::size_t i) {
  const auto n = utf8_sequence(s, i);
  return n == 0 ? 1 : n;
}

const char* control_name(unsigned char c) {
  switch (c) {
    case 0x00: return "NUL";
    case '\r': return "CR";
    case '\n': return "LF";
    case 0x7f: return "DEL";
    default: return "control character";
  }
}

bool is_forbidden_control(unsigned char c) { return (c < 0x20 && c != '\t') || c == 0x7f; }

std::optional<std::string> first_control(std::string_view s, bool allow_tab) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (is_forbidden_control(c) || (!allow_tab && c == '\t')) {
      return fmt::format("contains {} (0x{:02X}) at byte {}", control_name(c), c, i);
    }
  }
  return std::nullopt;
}

std::optional<std::string> first_bad_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto n = utf8_sequence(s, i);
    if (n == 0) return fmt::format("invalid UTF-8 at byte {}", i);
    i += n;
  }
  return std::nullopt;
}

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string_view trim_wsp(std::string_view s) {
  while (!s.empty() && is_wsp(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_wsp(s.back())) s.remove_suffix(1);
  return s;
}

bool needs_encoding(std::string_view word) {
  return !is_ascii(word) || word.find("=?") != std::string_view::npos || word.size() > kMaxPlainWord;
}

// One encoded word at a time, from the position `pos` of `s`, at most `width` characters.
std::string next_word(std::string_view s, std::size_t& pos, WordContext ctx, bool use_b, std::size_t width) {
  const std::size_t room = width - kWordOverhead;
  std::string word = use_b ? "=?UTF-8?B?" : "=?UTF-8?Q?";
  if (use_b) {
    std::size_t end = pos;
    while (end < s.size()) {
      const auto n = char_len(s, end);
      if ((end + n - pos + 2) / 3 * 4 > room) break;
      end += n;
    }
    if (end == pos) end = pos + char_len(s, pos);  // never loop forever
    word += base64(s.substr(pos, end - pos));
    pos = end;
  } else {
    std::size_t used = 0;
    while (pos < s.size()) {
      const auto n = char_len(s, pos);
      std::size_t cost = 0;
      for (std::size_t k = 0; k < n; ++k) cost += q_cost(static_cast<unsigned char>(s[pos + k]), ctx);
      if (used + cost > room && used > 0) break;
      for (std::size_t k = 0; k < n; ++k) q_append(word, static_cast<unsigned char>(s[pos + k]), ctx);
      used += cost;
      pos += n;
    }
  }
  word += "?=";
  return word;
}

bool choose_b(std::string_view s, WordContext ctx, WordEncoding enc) {
  if (enc != WordEncoding::shortest) return enc == WordEncoding::b;
  std::size_t q = 0;
  for (char c : s) q += q_cost(static_cast<unsigned char>(c), ctx);
  const std::size_t b = (s.size() + 2) / 3 * 4;
  return b * 5 < q * 4;  // Q stays readable: B only when it is clearly (20%) shorter
}

// Builds a header line by line, folding before whitespace so that no line passes 78 columns
// when it can be helped.
class Folder {
 public:
  explicit Folder(std::string_view name) : out_(std::string(name) + ":"), col_(out_.size()) {}

  // Puts `sep` + `piece`; folds first (CRLF before `sep`) when it would pass the fold column.
  void put(std::string_view sep, std::string_view piece) {
    if (col_ + sep.size() + piece.size() > kFoldColumn && has_piece_) {
      out_ += "\r\n";
      col_ = 0;
      if (sep.empty()) sep = " ";
    }
    out_ += sep;
    out_ += piece;
    col_ += sep.size() + piece.size();
    has_piece_ = true;
  }

  // Room left on the current line after a separator of `sep_size`.
  [[nodiscard]] std::size_t room(std::size_t sep_size) const {
    return col_ + sep_size >= kFoldColumn ? 0 : kFoldColumn - col_ - sep_size;
  }

  void put_encoded(std::string_view sep, std::string_view text, WordContext ctx) {
    const bool use_b = choose_b(text, ctx, WordEncoding::shortest);
    std::size_t pos = 0;
    bool first = true;
    while (pos < text.size()) {
      std::string_view s = first ? sep : std::string_view(" ");
      std::size_t width = std::min(kMaxEncodedWord, room(s.size()));
      if (width < kMinWordWidth) {
        if (has_piece_) {
          out_ += "\r\n";
          col_ = 0;
          if (s.empty()) s = " ";
        }
        width = std::min(kMaxEncodedWord, room(s.size()));
      }
      width = std::max(width, kMinWordWidth);
      const auto word = next_word(text, pos, ctx, use_b, width);
      out_ += s;
      out_ += word;
      col_ += s.size() + word.size();
      has_piece_ = true;
      first = false;
    }
  }

  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  std::string out_;
  std::size_t col_;
  bool has_piece_ = false;
};

// Pieces of one mailbox that may be separated by folding whitespace.
struct MailboxPieces {
  std::vector<std::string> name_words;  // encoded words, or one quoted string
  std::string addr;                     // "<addr>" or "addr"
};

MailboxPieces mailbox_pieces(const Address& a) {
  if (auto err = validate_address(a.address)) {
    throw std::invalid_argument(fmt::format("address \"{}\": {}", sanitize_header_text(a.address), *err));
  }
  if (auto err = validate_header_value(a.name)) {
    throw std::invalid_argument(fmt::format("display name: {}", *err));
  }
  MailboxPieces p;
  const auto name = trim_wsp(a.name);
  if (name.empty()) {
    p.addr = a.address;
    return p;
  }
  p.addr = "<" + a.address + ">";
  bool tab = name.find('\t') != std::string_view::npos;
  if (!is_ascii(name) || name.find("=?") != std::string_view::npos || name.size() > kMaxPlainWord || tab) {
    p.name_words = encode_words(name, WordContext::phrase);
  } else {
    std::string q = "\"";
    for (char c : name) {
      if (c == '"' || c == '\\') q += '\\';
      q += c;
    }
    q += '"';
    p.name_words.push_back(std::move(q));
  }
  return p;
}

}  // namespace

std::vector<std::string> encode_words(std::string_view utf8, WordContext ctx, WordEncoding enc,
                                      std::size_t first_width) {
  std::vector<std::string> words;
  const bool use_b = choose_b(utf8, ctx, enc);
  std::size_t width = std::clamp(first_width, kMinWordWidth, kMaxEncodedWord);
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    words.push_back(next_word(utf8, pos, ctx, use_b, width));
    width = kMaxEncodedWord;
  }
  return words;
}

std::string decode_words(std::string_view v) {
  std::string out;
  std::string pending_ws;       // whitespace after the last encoded word, not yet emitted
  bool last_was_word = false;
  std::size_t i = 0;
  while (i < v.size()) {
    if (v.compare(i, 2, "=?") == 0) {
      // =?charset?X?text?=
      const auto q1 = v.find('?', i + 2);
      if (q1 != std::string_view::npos && q1 + 3 < v.size() && v[q1 + 2] == '?') {
        const char enc = v[q1 + 1];
        const auto end = v.find("?=", q1 + 3);
        if (end != std::string_view::npos && (enc == 'B' || enc == 'b' || enc == 'Q' || enc == 'q')) {
          const auto charset = v.substr(i + 2, q1 - i - 2);
          const auto text = v.substr(q1 + 3, end - q1 - 3);
          bool ok = !charset.empty() && charset.find_first_of(" \t\r\n") == std::string_view::npos &&
                    text.find_first_of(" \t\r\n") == std::string_view::npos;
          std::string decoded;
          if (ok && (enc == 'B' || enc == 'b')) {
            auto d = base64_decode_lenient(text);
            ok = d.has_value();
            if (ok) decoded = std::move(*d);
          } else if (ok) {
            for (std::size_t k = 0; k < text.size(); ++k) {
              if (text[k] == '_') {
                decoded += ' ';
              } else if (text[k] == '=' && k + 2 < text.size() && hex_value(text[k + 1]) >= 0 &&
                         hex_value(text[k + 2]) >= 0) {
                decoded += static_cast<char>(hex_value(text[k + 1]) * 16 + hex_value(text[k + 2]));
                k += 2;
              } else {
                decoded += text[k];
              }
            }
          }
          if (ok) {
            if (!last_was_word) out += pending_ws;
            pending_ws.clear();
            out += decoded;
            last_was_word = true;
            i = end + 2;
            continue;
          }
        }
      }
    }
    const char c = v[i];
    if (is_wsp(c) || c == '\r' || c == '\n') {
      if (last_was_word) {
        pending_ws += c;
      } else {
        out += c;
      }
    } else {
      out += pending_ws;
      pending_ws.clear();
      out += c;
      last_was_word = false;
    }
    ++i;
  }
  out += pending_ws;
  return out;
}

std::string unfold(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '\r' && i + 2 < v.size() && v[i + 1] == '\n' && is_wsp(v[i + 2])) {
      i += 1;
      continue;
    }
    if (v[i] == '\n' && i + 1 < v.size() && is_wsp(v[i + 1])) continue;
    out += v[i];
  }
  return out;
}

std::string format_unstructured_header(std::string_view name, std::string_view utf8_value) {
  if (!is_valid_header_name(name)) {
    throw std::invalid_argument(fmt::format("invalid header name \"{}\"", sanitize_header_text(name)));
  }
  if (auto err = validate_header_value(utf8_value)) {
    throw std::invalid_argument(fmt::format("{}: {}", name, *err));
  }
  const auto value = trim_wsp(utf8_value);
  // Tokens: (whitespace before, word).
  struct Token {
    std::string_view ws, word;
  };
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < value.size();) {
    const auto ws_start = i;
    while (i < value.size() && is_wsp(value[i])) ++i;
    const auto w_start = i;
    while (i < value.size() && !is_wsp(value[i])) ++i;
    auto ws = value.substr(ws_start, w_start - ws_start);
    if (ws.size() > kMaxBlankRun) ws = ws.substr(0, 1);  // keeps every line under 998 octets
    tokens.push_back({ws, value.substr(w_start, i - w_start)});
  }
  Folder f(name);
  for (std::size_t t = 0; t < tokens.size();) {
    std::string_view sep = t == 0 ? std::string_view(" ") : tokens[t].ws;
    if (!needs_encoding(tokens[t].word)) {
      f.put(sep, tokens[t].word);
      ++t;
      continue;
    }
    // A run of words that need encoding, encoded together with the whitespace between them.
    const auto run_start = tokens[t].word.data();
    auto run_end = tokens[t].word.data() + tokens[t].word.size();
    ++t;
    while (t < tokens.size() && needs_encoding(tokens[t].word)) {
      run_end = tokens[t].word.data() + tokens[t].word.size();
      ++t;
    }
    f.put_encoded(sep, std::string_view(run_start, static_cast<std::size_t>(run_end - run_start)),
                  WordContext::text);
  }
  return f.take();
}

std::string format_address(const Address& a) {
  const auto p = mailbox_pieces(a);
  std::string out;
  for (const auto& w : p.name_words) {
    out += w;
    out += ' ';
  }
  out += p.addr;
  return out;
}

std::string format_address_header(std::string_view name, const std::vector<Address>& list) {
  if (!is_valid_header_name(name)) {
    throw std::invalid_argument(fmt::format("invalid header name \"{}\"", sanitize_header_text(name)));
  }
  Folder f(name);
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto p = mailbox_pieces(list[i]);
    if (i + 1 < list.size()) p.addr += ',';
    for (const auto& w : p.name_words) f.put(" ", w);
    f.put(" ", p.addr);
  }
  return f.take();
}

std::string format_rfc5322_date(std::chrono::sys_seconds t, int offset_minutes) {
  using namespace std::chrono;
  if (offset_minutes < -1439 || offset_minutes > 1439) {
    throw std::invalid_argument(fmt::format("zone offset {} minutes is out of range", offset_minutes));
  }
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto local = t + minutes(offset_minutes);
  const auto day = floor<days>(local);
  const year_month_day ymd{day};
  const weekday wd{day};
  const hh_mm_ss hms{local - day};
  const int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} {}{:02}{:02}", kDays[wd.c_encoding()],
                     unsigned(ymd.day()), kMonths[unsigned(ymd.month()) - 1], int(ymd.year()),
                     hms.hours().count(), hms.minutes().count(), hms.seconds().count(),
                     offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
}

std::optional<std::string> validate_header_value(std::string_view value) {
  if (auto err = first_control(value, /*allow_tab=*/true)) return err;
  if (auto err = first_bad_utf8(value)) return err;
  if (value.size() > kMaxHeaderValue) {
    return fmt::format("longer than {} bytes", kMaxHeaderValue);
  }
  if (value.find("=?") != std::string_view::npos) {
    const auto decoded = decode_words(value);
    for (unsigned char c : decoded) {
      if (c == 0 || c == '\r' || c == '\n') {
        return fmt::format("decodes to {} (0x{:02X}) in an encoded word", control_name(c), c);
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> validate_address(std::string_view addr) {
  if (addr.empty()) return "empty address";
  if (auto err = first_control(addr, /*allow_tab=*/false)) return err;
  if (addr.size() > 254) return "longer than 254 octets";
  const auto at = addr.rfind('@');
  if (at == std::string_view::npos) return "no '@'";
  const auto local = addr.substr(0, at);
  const auto domain = addr.substr(at + 1);
  if (local.empty()) return "empty local part";
  if (local.size() > 64) return "local part longer than 64 octets";
  constexpr std::string_view kAtextSpecials = "!#$%&'*+-/=?^_`{|}~";
  char prev = '.';
  for (char c : local) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '.') {
      if (prev == '.') return "empty atom in local part ('..' or leading '.')";
    } else if (!is_alnum(u) && kAtextSpecials.find(c) == std::string_view::npos) {
      return fmt::format("character '{}' not allowed in local part", u < 0x80 ? std::string(1, c) : "\\x" + fmt::format("{:02X}", u));
    }
    prev = c;
  }
  if (prev == '.') return "local part ends with '.'";
  if (domain.empty()) return "empty domain";
  if (domain.front() == '[') {
    if (domain.back() != ']') return "unterminated address literal";
    for (char c : domain.substr(1, domain.size() - 2)) {
      if (!(c == '.' || (c >= '0' && c <= '9'))) return "address literal must be [IPv4]";
    }
    return std::nullopt;
  }
  std::size_t label_len = 0;
  char lprev = '.';
  for (char c : domain) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '.') {
      if (label_len == 0) return "empty label in domain";
      if (lprev == '-') return "domain label ends with '-'";
      label_len = 0;
    } else if (is_alnum(u) || c == '-') {
      if (label_len == 0 && c == '-') return "domain label starts with '-'";
      if (++label_len > 63) return "domain label longer than 63 octets";
    } else {
      return fmt::format("character '{}' not allowed in domain", u < 0x80 ? std::string(1, c) : "\\x" + fmt::format("{:02X}", u));
    }
    lprev = c;
  }
  if (label_len == 0) return "domain ends with '.'";
  if (lprev == '-') return "domain label ends with '-'";
  return std::nullopt;
}

std::string sanitize_header_text(std::string_view value) {
  // Decode until nothing changes: every decoding step shortens the text, so this ends.
  std::string s(value);
  for (int round = 0; round < 64 && s.find("=?") != std::string::npos; ++round) {
    auto d = decode_words(s);
    if (d == s) break;
    s = std::move(d);
  }
  std::string out;
  out.reserve(s.size());
  auto put_space = [&out] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  for (std::size_t i = 0; i < s.size();) {
    const auto n = utf8_sequence(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (n == 1 && (c < 0x20 || c == 0x7f || c == ' ')) {
      put_space();
    } else if (n == 2 && c == 0xc2 && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
      put_space();  // C1 controls, NEL among them
    } else if (n == 3 && s.compare(i, 3, "\xE2\x80\xA8") == 0) {
      put_space();  // LINE SEPARATOR
    } else if (n == 3 && s.compare(i, 3, "\xE2\x80\xA9") == 0) {
      put_space();  // PARAGRAPH SEPARATOR
    } else {
      out.append(s, i, n);
    }
    i += n;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  if (out.size() > kMaxHeaderValue) {
    std::size_t cut = kMaxHeaderValue;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xc0) == 0x80) --cut;
    out.resize(cut);
  }
  // An encoded word left over that still decodes to a line break (only possible past the round
  // limit above): neutralise every "=?" so nothing decodes.
  if (validate_header_value(out)) {
    std::string safe;
    for (std::size_t i = 0; i < out.size(); ++i) {
      safe += out[i];
      if (out[i] == '=' && i + 1 < out.size() && out[i + 1] == '?') safe += ' ';
    }
    out = std::move(safe);
  }
  return out;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto n = utf8_sequence(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

bool is_valid_header_name(std::string_view name) {
  if (name.empty() || name.size() > 76) return false;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 33 || u > 126 || c == ':') return false;
  }
  return true;
}

}  // namespace pst
