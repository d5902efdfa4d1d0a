// webhook_signature.h: is a WhatsApp webhook really from Meta? Meta signs every POST body with the
// app secret: `X-Hub-Signature-256: sha256=<hex of HMAC-SHA256(app secret, raw body)>`. The check
// is on the raw bytes as received (before any JSON parsing) and compares in constant time.
// Pure; OpenSSL for the HMAC. Not for: the GET verification handshake (a plain token compare).
#pragma once

#include <string>
#include <string_view>

namespace pst::whatsapp {

/// True only when `header` is "sha256=" followed by the 64 hex digits (either case) of
/// HMAC-SHA256(`app_secret`, `raw_body`). An empty secret never verifies anything.
[[nodiscard]] bool webhook_signature_valid(std::string_view app_secret, std::string_view raw_body,
                                           std::string_view header);

/// The header value Meta sends for `raw_body`: "sha256=" and 64 lower-case hex digits (tests, and
/// the fake Graph API in tests/harness, sign with it).
[[nodiscard]] std::string webhook_signature(std::string_view app_secret, std::string_view raw_body);

}  // namespace pst::whatsapp
