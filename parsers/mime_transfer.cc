// mime_transfer.cc: see mime_transfer.h.
#include "parsers/mime_transfer.h"

#include <array>
#include <cstdint>

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
  out.reserve(out.size() + in.size() / 4 * 3 + 3);
  return walk_base64(in, [&out](char c) { out.push_back(c); });
}

bool decode_quoted_printable(std::string_view in, std::string& out) {
  out.reserve(out.size() + in.size());
  return walk_quoted_printable(in, [&out](char c) { out.push_back(c); });
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

std::size_t decoded_size(std::string_view in, TransferEncoding enc) {
  std::size_t n = 0;
  switch (enc) {
    case TransferEncoding::base64:
      walk_base64(in, [&n](char) { ++n; });
      return n;
    case TransferEncoding::quoted_printable:
      walk_quoted_printable(in, [&n](char) { ++n; });
      return n;
    case TransferEncoding::identity:
      break;
  }
  return in.size();
}

}  // namespace pst
