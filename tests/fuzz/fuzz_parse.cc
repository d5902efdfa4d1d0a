// fuzz_parse.cc: libFuzzer target over the parse path of one raw mail: decode_mail(), then
// extract_part() of every listed attachment and forwarded part, then (whole-path target
// fuzz_parse, PST_FUZZ_ANALYSE defined) the language layer's analyse(). Built twice: fuzz_decode is
// the MIME layer alone, fuzz_parse the whole path. Invariants checked: every text field is valid
// UTF-8, a listed part can be extracted and has the listed size. A violation aborts (a finding).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#ifdef PST_FUZZ_ANALYSE
#include "parsers/analyse.h"
#endif
#include "parsers/charset.h"
#include "parsers/mime_decode.h"

namespace {

void check_utf8(const std::string& s) {
  if (!pst::is_valid_utf8(s)) std::abort();
}

void check_mail_strings(const pst::DecodedMail& m) {
  check_utf8(m.subject);
  check_utf8(m.message_id);
  check_utf8(m.date_header);
  check_utf8(m.return_path);
  check_utf8(m.dsn_original_message_id);
  for (const auto& id : m.references) check_utf8(id);
  for (const auto& id : m.in_reply_to) check_utf8(id);
  for (const auto& d : m.dsn) {
    check_utf8(d.final_recipient);
    check_utf8(d.action);
    check_utf8(d.status);
    check_utf8(d.diagnostic);
  }
  for (const auto* list : {&m.to, &m.cc})
    for (const auto& a : *list) check_utf8(a.address);
  if (m.from) check_utf8(m.from->address);
  check_utf8(m.text);
  for (const auto& [n, v] : m.headers) check_utf8(v);
  if (m.from) check_utf8(m.from->name);
  for (const auto& a : m.to) check_utf8(a.name);
  for (const auto& a : m.attachments) check_utf8(a.filename);
  for (const auto& f : m.forwarded) {
    check_utf8(f.text);
    check_utf8(f.subject);
    for (const auto& a : f.attachments) check_utf8(a.filename);
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
#ifdef PST_FUZZ_ANALYSE
  const pst::ParsedMail parsed = pst::analyse(mail);
  check_utf8(parsed.own_text);
#endif
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
