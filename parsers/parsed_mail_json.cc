// parsed_mail_json.cc: see parsed_mail_json.h.
#include "parsers/parsed_mail_json.h"

#include <cmath>

namespace pst {
namespace {

nlohmann::ordered_json str_or_null(const std::optional<std::string>& s) {
  if (!s || s->empty()) return nullptr;
  return *s;
}
nlohmann::ordered_json str_or_null(const std::string& s) {
  if (s.empty()) return nullptr;
  return s;
}

}  // namespace

nlohmann::ordered_json to_json(const ParsedMail& p) {
  using json = nlohmann::ordered_json;
  json j = json::object();
  j["message_id"] = str_or_null(p.mail.message_id);
  if (p.mail.from) {
    j["from"] = json{{"address", str_or_null(p.mail.from->address)}, {"name", str_or_null(p.mail.from->name)}};
  } else {
    j["from"] = json{{"address", nullptr}, {"name", nullptr}};
  }
  j["subject"] = str_or_null(p.mail.subject);
  j["kind"] = to_string(p.kind);
  j["ticket_ref"] = str_or_null(p.ticket_ref);
  j["requester"] = json{{"name", str_or_null(p.requester.name)}, {"institution", str_or_null(p.requester.institution)}};
  j["request"] = str_or_null(p.request);
  j["missing"] = p.kind == MailKind::request ? json(p.missing) : json::array();
  if (p.kind == MailKind::request) {
    auto rounded = [](double v) { return std::round(v * 100) / 100; };
    j["confidence"] = json{{"name", rounded(p.confidence.name)},
                           {"institution", rounded(p.confidence.institution)},
                           {"request", rounded(p.confidence.request)}};
    j["doubts"] = p.doubts;
    if (p.thanks_for_received) j["thanks_for_received"] = true;
  } else {
    j["confidence"] = nullptr;
    j["doubts"] = json::array();
  }
  if (p.rating) {
    double r = *p.rating;
    if (std::isfinite(r) && std::floor(r) == r && std::fabs(r) < 1e9) j["rating"] = static_cast<long long>(r);
    else j["rating"] = r;
  } else {
    j["rating"] = nullptr;
  }
  j["language"] = std::string(language_code(p.language));
  j["text"] = p.own_text;
  json atts = json::array();
  for (const auto& a : p.mail.attachments)
    atts.push_back(json{{"filename", str_or_null(a.filename)}, {"content_type", a.content_type}, {"size", a.size}});
  j["attachments"] = std::move(atts);
  return j;
}

}  // namespace pst
