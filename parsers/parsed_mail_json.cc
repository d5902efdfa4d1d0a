// parsed_mail_json.cc: see parsed_mail_json.h.
#include "parsers/parsed_mail_json.h"

#include <array>
#include <cmath>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "parsers/charset.h"

namespace pst {
namespace {

// Bytes a JSON string must escape: '"', '\\' and the C0 controls.
constexpr std::array<bool, 256> kEscaped = [] {
  std::array<bool, 256> e{};
  for (int c = 0; c < 0x20; ++c) e[c] = true;
  e['"'] = e['\\'] = true;
  return e;
}();

// A JSON string as nlohmann's dump() writes it (ensure_ascii off): runs of plain bytes copied
// whole; \b \f \n \r \t \" \\ by name, other controls as \u00xx.
void append_string(std::string& out, std::string_view s) {
  if (!is_valid_utf8(s)) {  // never from decode_mail; nlohmann's replacement rules, not ours
    using json = nlohmann::ordered_json;
    out += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!kEscaped[c]) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_string_or_null(std::string& out, std::string_view s) {
  if (s.empty()) out += "null";
  else append_string(out, s);
}
void append_optional_or_null(std::string& out, const std::optional<std::string>& s) {
  append_string_or_null(out, s ? std::string_view(*s) : std::string_view());
}

// A number as nlohmann prints it (shortest round trip; 0.5, 1.0).
void append_number(std::string& out, double v) { out += nlohmann::ordered_json(v).dump(); }

void append_strings(std::string& out, const std::vector<std::string>& list) {
  out += '[';
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i) out += ',';
    append_string(out, list[i]);
  }
  out += ']';
}

}  // namespace

std::string parsed_mail_json(const ParsedMail& p, JsonText text) {
  // Written into per-thread scratch, then copied out at its exact size: escapes make the JSON
  // longer than the text, and a string grown past its reserve doubles - the intake holds two
  // batches of these, and half-empty buffers were most of a megabyte of its peak.
  static constexpr std::size_t kScratchKeep = 1u << 20;
  thread_local std::string out;
  out.clear();
  out += "{\"message_id\":";
  append_string_or_null(out, p.mail.message_id);
  out += ",\"from\":{\"address\":";
  append_string_or_null(out, p.mail.from ? std::string_view(p.mail.from->address) : std::string_view());
  out += ",\"name\":";
  append_string_or_null(out, p.mail.from ? std::string_view(p.mail.from->name) : std::string_view());
  out += "},\"subject\":";
  append_string_or_null(out, p.mail.subject);
  out += ",\"kind\":";
  append_string(out, to_string(p.kind));
  out += ",\"ticket_ref\":";
  append_optional_or_null(out, p.ticket_ref);
  out += ",\"requester\":{\"name\":";
  append_optional_or_null(out, p.requester.name);
  out += ",\"institution\":";
  append_optional_or_null(out, p.requester.institution);
  out += "},\"request\":";
  append_optional_or_null(out, p.request);
  out += ",\"missing\":";
  if (p.kind == MailKind::request) append_strings(out, p.missing);
  else out += "[]";
  if (p.kind == MailKind::request) {
    auto rounded = [](double v) { return std::round(v * 100) / 100; };
    out += ",\"confidence\":{\"name\":";
    append_number(out, rounded(p.confidence.name));
    out += ",\"institution\":";
    append_number(out, rounded(p.confidence.institution));
    out += ",\"request\":";
    append_number(out, rounded(p.confidence.request));
    out += "},\"doubts\":";
    append_strings(out, p.doubts);
    if (p.thanks_for_received) out += ",\"thanks_for_received\":true";
  } else {
    out += ",\"confidence\":null,\"doubts\":[]";
  }
  out += ",\"rating\":";
  if (p.rating) {
    const double r = *p.rating;
    if (std::isfinite(r) && std::floor(r) == r && std::fabs(r) < 1e9) out += std::to_string(static_cast<long long>(r));
    else append_number(out, r);
  } else {
    out += "null";
  }
  out += ",\"language\":";
  append_string(out, language_code(p.language));
  if (text == JsonText::included) {
    out += ",\"text\":";
    append_string(out, p.own_text);
  }
  out += ",\"attachments\":[";
  for (std::size_t i = 0; i < p.mail.attachments.size(); ++i) {
    const AttachmentInfo& a = p.mail.attachments[i];
    if (i) out += ',';
    out += "{\"filename\":";
    append_string_or_null(out, a.filename);
    out += ",\"content_type\":";
    append_string(out, a.content_type);
    out += ",\"size\":";
    out += std::to_string(a.size);
    out += '}';
  }
  out += "]}";
  std::string exact(out);
  if (out.capacity() > kScratchKeep) std::string().swap(out);
  return exact;
}

}  // namespace pst
