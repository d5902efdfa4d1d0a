// mime_transfer.cc: see mime_transfer.h.
#include "parsers/mime_transfer.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace pst {
namespace {

constexpr std::uint8_t kInvalid = 0xFF;
constexpr std::uint8_t kSpace = 0xFE;  // whitespace: skipped silently
constexpr std::uint8_t kPad = 0xFD;

constexpr std::array<std::uint8_t, 256> make_b64_table() {
  std::array<std::uint8_t, 256> t{};
  for (auto& v : t) v = kInvalid;
  for (int i = 0; i < 26; ++i) {
    t['A' + i] = static_cast<std::uint8_t>(i);
    t['a' + i] = static_cast<std::uint8_t>(26 + i);
  }
  for (int i = 0; i < 10; ++i) t['0' + i] = static_cast<std::uint8_t>(52 + i);
  t['+'] = 62;
  t['/'] = 63;
  t[' '] = t['\t'] = t['\r'] = t['\n'] = t['\f'] = t['\v'] = kSpace;
  t['='] = kPad;
  return t;
}
constexpr auto kB64 = make_b64_table();

// The decoding table shifted to each position of a quantum of four, so a quantum's 24 bits are four look-ups
// ORed; a character outside the alphabet sets bit 31 (kNotInQuantum), which stops the fast path.
constexpr std::uint32_t kNotInQuantum = 0x80000000u;
constexpr std::array<std::uint32_t, 256> make_shifted_table(int shift) {
  std::array<std::uint32_t, 256> t{};
  for (std::size_t c = 0; c < 256; ++c)
    t[c] = kB64[c] < 64 ? static_cast<std::uint32_t>(kB64[c]) << shift : kNotInQuantum;
  return t;
}
constexpr auto kB64At0 = make_shifted_table(18);
constexpr auto kB64At1 = make_shifted_table(12);
constexpr auto kB64At2 = make_shifted_table(6);
constexpr auto kB64At3 = make_shifted_table(0);

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/// Shared walk over base64 input: Sink(byte) per decoded byte. Padding ends a quantum; data after it
/// starts a new one (concatenated base64 blocks happen in the wild).
template <typename Sink>
bool walk_base64(std::string_view in, Sink&& sink) {
  bool ok = true;
  std::uint32_t acc = 0;
  int n = 0;
  for (const char ch : in) {
    const std::uint8_t v = kB64[static_cast<unsigned char>(ch)];
    if (v < 64) {
      acc = (acc << 6) | v;
      if (++n == 4) {
        sink(static_cast<char>(acc >> 16));
        sink(static_cast<char>(acc >> 8));
        sink(static_cast<char>(acc));
        acc = 0;
        n = 0;
      }
    } else if (v == kSpace) {
      continue;
    } else if (v == kPad) {
      if (n == 2) {
        sink(static_cast<char>(acc >> 4));
      } else if (n == 3) {
        sink(static_cast<char>(acc >> 10));
        sink(static_cast<char>(acc >> 2));
      } else if (n == 1) {
        ok = false;
      }
      acc = 0;
      n = 0;
    } else {
      ok = false;
    }
  }
  if (n == 1) {
    ok = false;
  } else if (n == 2) {  // missing padding: decode what is there
    sink(static_cast<char>(acc >> 4));
  } else if (n == 3) {
    sink(static_cast<char>(acc >> 10));
    sink(static_cast<char>(acc >> 2));
  }
  return ok;
}

template <typename Sink>
bool walk_quoted_printable(std::string_view in, Sink&& sink) {
  bool ok = true;
  const std::size_t n = in.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = in[i];
    if (c != '=') {
      sink(c);
      ++i;
      continue;
    }
    // "=XX"
    if (i + 2 < n) {
      const int hi = hex_value(in[i + 1]);
      const int lo = hex_value(in[i + 2]);
      if (hi >= 0 && lo >= 0) {
        sink(static_cast<char>(hi * 16 + lo));
        i += 3;
        continue;
      }
    }
    // Soft line break: "=" then optional transport whitespace then CRLF, LF or the end.
    std::size_t j = i + 1;
    while (j < n && (in[j] == ' ' || in[j] == '\t')) ++j;
    if (j == n) {
      i = j;
      continue;
    }
    if (in[j] == '\n') {
      i = j + 1;
      continue;
    }
    if (in[j] == '\r') {
      i = (j + 1 < n && in[j + 1] == '\n') ? j + 2 : j + 1;
      continue;
    }
    // Not valid: keep the "=" literally (what every mail client shows).
    ok = false;
    sink('=');
    ++i;
  }
  return ok;
}

}  // namespace

TransferEncoding parse_transfer_encoding(std::string_view value) {
  std::size_t b = 0, e = value.size();
  while (b < e && (value[b] == ' ' || value[b] == '\t' || value[b] == '"')) ++b;
  while (e > b && (value[e - 1] == ' ' || value[e - 1] == '\t' || value[e - 1] == '"' ||
                   value[e - 1] == ';'))
    --e;
  const std::string_view v = value.substr(b, e - b);
  auto iequals = [](std::string_view a, std::string_view lower) {
    if (a.size() != lower.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      char c = a[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != lower[i]) return false;
    }
    return true;
  };
  if (iequals(v, "base64")) return TransferEncoding::base64;
  if (iequals(v, "quoted-printable")) return TransferEncoding::quoted_printable;
  return TransferEncoding::identity;
}

bool decode_base64(std::string_view in, std::string& out) {
  const std::size_t start = out.size();
  out.resize(start + in.size() / 4 * 3 + 3);
  char* d = out.data() + start;
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t n = in.size();
  bool ok = true;
  std::uint32_t acc = 0;
  int q = 0;
  std::size_t i = 0;
  while (i < n) {
    if (q == 0) {  // fast path: four alphabet characters
      while (i + 4 <= n) {
        const std::uint32_t v = kB64At0[s[i]] | kB64At1[s[i + 1]] | kB64At2[s[i + 2]] | kB64At3[s[i + 3]];
        if (v & kNotInQuantum) break;
        d[0] = static_cast<char>(v >> 16);
        d[1] = static_cast<char>(v >> 8);
        d[2] = static_cast<char>(v);
        d += 3;
        i += 4;
      }
      if (i >= n) break;
    }
    const std::uint8_t v = kB64[s[i++]];
    if (v < 64) {
      acc = (acc << 6) | v;
      if (++q == 4) {
        d[0] = static_cast<char>(acc >> 16);
        d[1] = static_cast<char>(acc >> 8);
        d[2] = static_cast<char>(acc);
        d += 3;
        acc = 0;
        q = 0;
      }
    } else if (v == kSpace) {
      continue;
    } else if (v == kPad) {
      if (q == 2) {
        *d++ = static_cast<char>(acc >> 4);
      } else if (q == 3) {
        *d++ = static_cast<char>(acc >> 10);
        *d++ = static_cast<char>(acc >> 2);
      } else if (q == 1) {
        ok = false;
      }
      acc = 0;
      q = 0;
    } else {
      ok = false;
    }
  }
  if (q == 1) {
    ok = false;
  } else if (q == 2) {
    *d++ = static_cast<char>(acc >> 4);
  } else if (q == 3) {
    *d++ = static_cast<char>(acc >> 10);
    *d++ = static_cast<char>(acc >> 2);
  }
  out.resize(static_cast<std::size_t>(d - out.data()));
  return ok;
}

bool decode_quoted_printable(std::string_view in, std::string& out) {
  out.reserve(out.size() + in.size());
  bool ok = true;
  const std::size_t n = in.size();
  std::size_t i = 0;
  while (i < n) {
    const void* p = std::memchr(in.data() + i, '=', n - i);
    const std::size_t e = p ? static_cast<std::size_t>(static_cast<const char*>(p) - in.data()) : n;
    out.append(in.data() + i, e - i);
    if (!p) break;
    i = e;
    if (i + 2 < n) {
      const int hi = hex_value(in[i + 1]);
      const int lo = hex_value(in[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 3;
        continue;
      }
    }
    std::size_t j = i + 1;
    while (j < n && (in[j] == ' ' || in[j] == '\t')) ++j;
    if (j == n) {
      i = j;
    } else if (in[j] == '\n') {
      i = j + 1;
    } else if (in[j] == '\r') {
      i = (j + 1 < n && in[j + 1] == '\n') ? j + 2 : j + 1;
    } else {
      ok = false;
      out.push_back('=');
      ++i;
    }
  }
  return ok;
}

bool decode_transfer(std::string_view in, TransferEncoding enc, std::string& out) {
  switch (enc) {
    case TransferEncoding::base64:
      return decode_base64(in, out);
    case TransferEncoding::quoted_printable:
      return decode_quoted_printable(in, out);
    case TransferEncoding::identity:
      break;
  }
  out.append(in);
  return true;
}

namespace {

// How many characters of `s` are of the base64 alphabet: counted 32 at a time in a fixed-size loop that g++ -O2
// vectorises (its cheap cost model leaves a loop of unknown length scalar), then one by one. Arithmetic, not the
// decoding table: a table look-up does not vectorise.
std::size_t base64_alphabet_count(std::string_view s) {
  const auto in_alphabet = [](unsigned char c) {
    return static_cast<unsigned char>((c >= 'A' && c <= 'Z') | (c >= 'a' && c <= 'z') | (c >= '0' && c <= '9') |
                                      (c == '+') | (c == '/'));
  };
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  constexpr std::size_t kBlock = 32;
  std::size_t count = 0, i = 0;
  for (; i + kBlock <= n; i += kBlock) {
    unsigned char block = 0;  // at most 32
    for (std::size_t k = 0; k < kBlock; ++k) block = static_cast<unsigned char>(block + in_alphabet(p[i + k]));
    count += block;
  }
  for (; i < n; ++i) count += in_alphabet(p[i]);
  return count;
}

}  // namespace

std::size_t decoded_size(std::string_view in, TransferEncoding enc) {
  std::size_t n = 0;
  switch (enc) {
    case TransferEncoding::base64: {
      // Same result as walk_base64: per '='-separated segment, 3 bytes per 4 characters plus 1 or
      // 2 for a partial quantum of 2 or 3 characters.
      std::size_t i = 0;
      while (i <= in.size()) {
        const void* p = i < in.size() ? std::memchr(in.data() + i, '=', in.size() - i) : nullptr;
        const std::size_t e =
            p ? static_cast<std::size_t>(static_cast<const char*>(p) - in.data()) : in.size();
        const std::size_t k = base64_alphabet_count(in.substr(i, e - i));
        n += k / 4 * 3 + (k % 4 == 2 ? 1 : k % 4 == 3 ? 2 : 0);
        if (!p) break;
        i = e + 1;
      }
      return n;
    }
    case TransferEncoding::quoted_printable:
      walk_quoted_printable(in, [&n](char) { ++n; });
      return n;
    case TransferEncoding::identity:
      break;
  }
  return in.size();
}

}  // namespace pst
