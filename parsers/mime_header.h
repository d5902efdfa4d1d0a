// mime_header.h: splitting an entity (a message or a MIME part) into its header fields and body
// (RFC 5322 section 2.2). One linear pass; values are unfolded (line breaks before whitespace
// removed) and trimmed, nothing else is decoded.
// SECURITY: a field longer than max_header_line is cut (the rest is skipped in linear time), and at
// most kMaxHeaderFields fields are kept per block, so neither a 10 MB header line nor a million
// tiny headers costs more than a scan.
// Lenient: a leading mbox "From " line is skipped; a line that is neither a field nor a continuation
// ends the header block (it becomes the body, flagged as malformed).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pst {

inline constexpr std::size_t kMaxHeaderFields = 10000;

struct HeaderField {
  std::string_view name;  // as sent
  std::string value;      // unfolded, trimmed, raw bytes (no RFC 2047 decoding)
};

struct HeaderBlock {
  std::vector<HeaderField> fields;
  std::string_view body;         // everything after the blank line
  bool line_too_long = false;    // some field was cut at max_header_line
  bool malformed = false;        // junk line, too many fields, or no blank line before a body
  bool had_blank_line = false;   // the header block was ended by an empty line

  /// First field of that name (ASCII case-insensitive), or nullptr.
  [[nodiscard]] const std::string* get(std::string_view name) const;
};

[[nodiscard]] HeaderBlock parse_header_block(std::string_view entity, std::size_t max_header_line);

[[nodiscard]] bool iequals(std::string_view a, std::string_view b);

}  // namespace pst
