// fuzz_parse.cc: libFuzzer target over the whole parse path of one raw mail: decode_mail(), then
// extract_part() of every listed attachment and forwarded part. The language layer's analyse() goes
// in run_parse_path() when it exists (one call). Invariants checked: every text field is valid
// UTF-8, attachment sizes match the extracted bytes. A violation aborts (a finding).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parsers/charset.h"
#include "parsers/mime_decode.h"

namespace {

void check_utf8(const std::string& s) {
  if (!pst::is_valid_utf8(s)) std::abort();
}

void check_mail_strings(const pst::DecodedMail& m) {
  check_utf8(m.subject);
  check_utf8(m.text);
  for (const auto& [n, v] : m.headers) check_utf8(v);
  if (m.from) check_utf8(m.from->name);
  for (const auto& a : m.to) check_utf8(a.name);
  for (const auto& a : m.attachments) check_utf8(a.filename);
  for (const auto& f : m.forwarded) {
    check_utf8(f.text);
    check_utf8(f.subject);
  }
}

void run_parse_path(std::string_view raw, const pst::MimeLimits& limits) {
  const pst::DecodedMail mail = pst::decode_mail(raw, limits);
  check_mail_strings(mail);
  for (const auto& a : mail.attachments) {
    const auto bytes = pst::extract_part(raw, a.part_id, limits);
    if (!bytes) std::abort();  // a listed part must be extractable
    if (a.content_type != "message/rfc822" && bytes->size() != a.size) std::abort();
  }
  // Future: const pst::ParsedMail parsed = pst::analyse(mail);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  run_parse_path(raw, pst::MimeLimits{});
  // Tight limits reach the limit paths with small inputs.
  pst::MimeLimits tight;
  tight.max_message_bytes = 4096;
  tight.max_header_line = 64;
  tight.max_depth = 3;
  tight.max_parts = 5;
  run_parse_path(raw, tight);
  return 0;
}
