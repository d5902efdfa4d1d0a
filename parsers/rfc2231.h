// rfc2231.h: MIME header values with parameters (Content-Type, Content-Disposition), RFC 2045
// syntax plus RFC 2231 extensions: "filename*=utf-8''Laporan%20Q1.pdf", continuations
// "name*0*=...; name*1=...", charset and language. Continuations are sorted by number (n log n: 10k
// parameters cost nothing) and joined as bytes before the charset conversion.
// Lenient: unquoted values with spaces run to the next ';', an unterminated quote runs to the end.
// Values of plain parameters are returned unquoted but NOT RFC 2047 decoded (a boundary may contain
// "=?"); callers decode name/filename themselves.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pst {

struct HeaderParams {
  std::string value;  // the part before the first ';', trimmed and lower-cased ("text/plain")
  std::vector<std::pair<std::string, std::string>> params;  // name lower-cased; value decoded
  bool bad_charset = false;  // an RFC 2231 value had an unknown charset or invalid bytes
  bool rfc2231 = false;      // some parameter used RFC 2231 syntax

  /// First parameter of that (lower-case) name, or nullptr.
  [[nodiscard]] const std::string* get(std::string_view name) const;
};

[[nodiscard]] HeaderParams parse_header_params(std::string_view header_value);

}  // namespace pst
