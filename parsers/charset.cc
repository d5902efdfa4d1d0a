// charset.cc: see charset.h. iconv descriptors are cached per thread (iconv_t is not thread-safe and
// iconv_open costs more than converting a typical mail body).
#include "parsers/charset.h"

#include <iconv.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>

namespace pst {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// windows-1252 0x80..0x9F; undefined bytes map to the C1 control, as WHATWG does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

struct Alias {
  std::string_view from;
  std::string_view to;
};
constexpr Alias kAliases[] = {
    {"utf8", "utf-8"},
    {"unicode-1-1-utf-8", "utf-8"},
    {"x-unicode20utf8", "utf-8"},
    {"ascii", "us-ascii"},
    {"ansi_x3.4-1968", "us-ascii"},
    {"iso646-us", "us-ascii"},
    {"us", "us-ascii"},
    {"646", "us-ascii"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"iso_8859-1:1987", "windows-1252"},
    {"iso-ir-100", "windows-1252"},
    {"latin1", "windows-1252"},
    {"latin-1", "windows-1252"},
    {"l1", "windows-1252"},
    {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"cp-1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"win-1252", "windows-1252"},
    {"ansi", "windows-1252"},
    {"x-user-defined", "windows-1252"},
    {"ks_c_5601-1987", "cp949"},
    {"ks_c_5601", "cp949"},
    {"ksc5601", "cp949"},
    {"euc-kr", "cp949"},
    {"gb2312", "gb18030"},
    {"gbk", "gb18030"},
    {"x-gbk", "gb18030"},
    {"cp936", "gb18030"},
    {"euc-cn", "gb18030"},
    {"shift_jis", "cp932"},
    {"shift-jis", "cp932"},
    {"x-sjis", "cp932"},
    {"sjis", "cp932"},
    {"windows-31j", "cp932"},
    {"tis-620", "cp874"},
    {"iso-8859-11", "cp874"},
    {"windows-874", "cp874"},
    {"x-windows-874", "cp874"},
    {"iso-8859-9", "windows-1254"},
    {"latin5", "windows-1254"},
    {"unicode-1-1-utf-7", "utf-7"},
    {"x-utf-7", "utf-7"},
    {"iso-8859-8-i", "iso-8859-8"},
    {"cp-850", "cp850"},
    {"x-mac-roman", "macintosh"},
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::size_t utf8_sequence_length(const unsigned char* p, std::size_t left) {
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (left < len) return 0;
  if (p[1] < lo || p[1] > hi) return 0;
  for (std::size_t i = 2; i < len; ++i)
    if (p[i] < 0x80 || p[i] > 0xBF) return 0;
  return len;
}

void append_cp1252(std::string& out, std::string_view bytes) {
  out.reserve(out.size() + bytes.size() + bytes.size() / 8);
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  while (i < n) {
    std::size_t j = i;
    while (j < n && static_cast<unsigned char>(bytes[j]) < 0x80) ++j;
    out.append(bytes.data() + i, j - i);
    if (j >= n) break;
    const auto c = static_cast<unsigned char>(bytes[j]);
    if (c < 0xA0) {
      append_codepoint(out, kCp1252High[c - 0x80]);
    } else {
      append_codepoint(out, c);
    }
    i = j + 1;
  }
}

bool has_high_byte(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

/// Per-thread cache of iconv descriptors to UTF-8; (iconv_t)-1 remembers an unknown charset.
class IconvCache {
 public:
  ~IconvCache() { clear(); }
  void clear() {
    for (auto& [name, cd] : map_)
      if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
    map_.clear();
  }
  iconv_t get(const std::string& charset) {
    auto it = map_.find(charset);
    if (it != map_.end()) return it->second;
    iconv_t cd = reinterpret_cast<iconv_t>(-1);
    // Only names of sane characters reach iconv (it also accepts "//TRANSLIT"-style suffixes).
    bool sane = !charset.empty() && charset.size() < 40;
    for (const char c : charset)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
            c == ':'))
        sane = false;
    if (sane) cd = iconv_open("UTF-8", charset.c_str());
    if (map_.size() >= 256) clear();  // bound the cache against junk names
    map_.emplace(charset, cd);
    return cd;
  }

 private:
  std::unordered_map<std::string, iconv_t> map_;
};

thread_local IconvCache t_iconv;

CharsetOutcome append_iconv(std::string& out, std::string_view bytes, iconv_t cd) {
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset shift state
  CharsetOutcome outcome = CharsetOutcome::clean;
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  const std::size_t start = out.size();
  std::size_t cap = bytes.size() * 2 + 16;
  out.resize(start + cap);
  std::size_t used = 0;
  while (true) {
    char* dst = out.data() + start + used;
    std::size_t dst_left = cap - used;
    const std::size_t rc = iconv(cd, in_left ? &in : nullptr, in_left ? &in_left : nullptr, &dst,
                                 &dst_left);
    used = cap - dst_left;
    if (rc != static_cast<std::size_t>(-1)) {
      if (in_left == 0) break;
      continue;
    }
    if (errno == E2BIG) {
      cap = cap * 2 + 16;
      out.resize(start + cap);
      continue;
    }
    // EILSEQ (invalid byte) or EINVAL (incomplete sequence at the end): replace one byte, go on.
    outcome = CharsetOutcome::replaced;
    if (cap - used < kReplacement.size()) {
      cap = cap * 2 + 16;
      out.resize(start + cap);
    }
    std::memcpy(out.data() + start + used, kReplacement.data(), kReplacement.size());
    used += kReplacement.size();
    if (in_left == 0) break;
    ++in;
    --in_left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    if (in_left == 0) break;
  }
  out.resize(start + used);
  return outcome;
}

}  // namespace

void append_codepoint(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    out.append(kReplacement);
  } else if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string canonical_charset(std::string_view name) {
  std::size_t b = 0, e = name.size();
  while (b < e && (name[b] == ' ' || name[b] == '\t' || name[b] == '"' || name[b] == '\''))
    ++b;
  while (e > b && (name[e - 1] == ' ' || name[e - 1] == '\t' || name[e - 1] == '"' ||
                   name[e - 1] == '\''))
    --e;
  std::string s;
  s.reserve(e - b);
  for (std::size_t i = b; i < e; ++i) {
    if (name[i] == '*') break;  // RFC 2231 language suffix
    s.push_back(lower(name[i]));
  }
  if (s == "utf-8" || s == "us-ascii" || s == "windows-1252") return s;
  for (const auto& a : kAliases)
    if (a.from == s) return std::string(a.to);
  return s;
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

bool is_valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  while (i < n) {
    // Skip ASCII 64 bytes at a time (four SSE2 blocks ORed: one mask of their high bits), then eight.
#if defined(__SSE2__)
    while (i + 64 <= n) {
      const auto* q = reinterpret_cast<const __m128i*>(p + i);
      const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(q), _mm_loadu_si128(q + 1)),
                                       _mm_or_si128(_mm_loadu_si128(q + 2), _mm_loadu_si128(q + 3)));
      if (_mm_movemask_epi8(any) != 0) break;
      i += 64;
    }
#endif
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = utf8_sequence_length(p + i, n - i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

bool append_valid_utf8(std::string& out, std::string_view bytes) {
  if (is_valid_utf8(bytes)) {
    out.append(bytes);
    return true;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t i = 0, n = bytes.size();
  out.reserve(out.size() + n + 16);
  while (i < n) {
    const std::size_t len = utf8_sequence_length(p + i, n - i);
    if (len == 0) {
      out.append(kReplacement);
      ++i;
    } else {
      out.append(bytes.substr(i, len));
      i += len;
    }
  }
  return false;
}

void append_raw_header_text(std::string& out, std::string_view bytes) {
  if (!has_high_byte(bytes) || is_valid_utf8(bytes)) {
    out.append(bytes);
  } else {
    append_cp1252(out, bytes);
  }
}

std::string raw_text_to_utf8(std::string_view bytes) {
  std::string out;
  append_raw_header_text(out, bytes);
  return out;
}

CharsetOutcome append_utf8(std::string& out, std::string_view bytes, std::string_view charset) {
  const std::string cs = canonical_charset(charset);
  if (cs == "utf-8") {
    return append_valid_utf8(out, bytes) ? CharsetOutcome::clean : CharsetOutcome::replaced;
  }
  if (cs.empty() || cs == "us-ascii") {
    append_raw_header_text(out, bytes);
    return CharsetOutcome::clean;
  }
  if (cs == "windows-1252") {
    append_cp1252(out, bytes);
    return CharsetOutcome::clean;
  }
  if (!has_high_byte(bytes) && cs.rfind("iso-8859-", 0) == 0) {
    out.append(bytes);  // every iso-8859 part is ASCII below 0x80
    return CharsetOutcome::clean;
  }
  iconv_t cd = t_iconv.get(cs);
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    bool replaced = false;
    for (const char c : bytes) {
      if (static_cast<unsigned char>(c) < 0x80) {
        out.push_back(c);
      } else {
        out.append(kReplacement);
        replaced = true;
      }
    }
    return replaced ? CharsetOutcome::unknown_charset : CharsetOutcome::clean;
  }
  return append_iconv(out, bytes, cd);
}

}  // namespace pst
