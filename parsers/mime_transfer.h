// mime_transfer.h: Content-Transfer-Encoding decoding (RFC 2045 section 6): base64 and
// quoted-printable, written here rather than taken from mimetic, whose base64 decoder reads past its
// table on bytes like '|' (see LIBRARY-NOTES). Lenient and bounded: invalid input is decoded best
// effort and reported, never fatal. Output is at most the input size.
// Also computes the decoded size without decoding, for attachments that are only listed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pst {

enum class TransferEncoding { identity, quoted_printable, base64 };

/// "Base64", " quoted-printable " -> enum; 7bit, 8bit, binary and unknown values -> identity.
[[nodiscard]] TransferEncoding parse_transfer_encoding(std::string_view value);

/// Appends the decoded bytes to `out`. Returns false when the input was not valid (bytes outside the
/// alphabet other than whitespace, a dangling partial quantum, "=" not followed by hex or a line end).
bool decode_base64(std::string_view in, std::string& out);
bool decode_quoted_printable(std::string_view in, std::string& out);
bool decode_transfer(std::string_view in, TransferEncoding enc, std::string& out);

/// Size the body has once decoded, computed by counting (no allocation).
[[nodiscard]] std::size_t decoded_size(std::string_view in, TransferEncoding enc);

}  // namespace pst
