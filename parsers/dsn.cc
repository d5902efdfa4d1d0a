// dsn.cc: see dsn.h.
#include "parsers/dsn.h"

#include "parsers/charset.h"
#include "parsers/mime_address.h"
#include "parsers/mime_header.h"

namespace pst {
namespace {

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

/// "rfc822; Budi@Example.org" -> "Budi@example.org"; "smtp; 550 5.1.1 ..." -> "550 5.1.1 ...".
std::string after_type(std::string_view v) {
  const auto semi = v.find(';');
  if (semi != std::string_view::npos) v = v.substr(semi + 1);
  return trim(v);
}

std::string address_of(std::string_view v) {
  std::string a = after_type(v);
  if (!a.empty() && a.front() == '<') {
    const auto gt = a.find('>');
    a = a.substr(1, gt == std::string::npos ? std::string::npos : gt - 1);
  }
  const auto at = a.rfind('@');
  if (at != std::string::npos)
    for (std::size_t i = at + 1; i < a.size(); ++i)
      if (a[i] >= 'A' && a[i] <= 'Z') a[i] = static_cast<char>(a[i] + 32);
  return a;
}

/// The status code in "5.1.1", "5.1.1 (user unknown)" or "550 5.1.1".
std::string status_code(std::string_view v) {
  std::string s = trim(v);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '2' || s[i] == '4' || s[i] == '5') && i + 1 < s.size() && s[i + 1] == '.') {
      std::size_t j = i;
      while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.')) ++j;
      return s.substr(i, j - i);
    }
  }
  return s;
}

}  // namespace

std::vector<DsnRecipient> parse_delivery_status(std::string_view body, std::size_t max_line) {
  std::vector<DsnRecipient> out;
  std::string_view rest = body;
  int guard = 0;
  while (!rest.empty() && out.size() < kMaxDsnRecipients && ++guard < 100000) {
    // Skip blank lines between blocks.
    while (!rest.empty() && (rest.front() == '\n' || rest.front() == '\r')) rest.remove_prefix(1);
    if (rest.empty()) break;
    const HeaderBlock hb = parse_header_block(rest, max_line);
    const std::string* fr = hb.get("Final-Recipient");
    const std::string* orig = hb.get("Original-Recipient");
    if (fr || orig) {
      DsnRecipient r;
      r.final_recipient = address_of(fr ? *fr : *orig);
      if (const auto* a = hb.get("Action")) r.action = lower(trim(*a));
      if (const auto* s = hb.get("Status")) r.status = status_code(*s);
      if (const auto* d = hb.get("Diagnostic-Code")) {
        for (const char c : after_type(*d)) {  // folded lines: collapse the indentation
          if ((c == ' ' || c == '\t') && !r.diagnostic.empty() && r.diagnostic.back() == ' ') continue;
          r.diagnostic.push_back(c == '\t' ? ' ' : c);
        }
      }
      for (std::string* f : {&r.final_recipient, &r.action, &r.status, &r.diagnostic})
        if (!is_valid_utf8(*f)) *f = raw_text_to_utf8(*f);
      out.push_back(std::move(r));
    }
    if (hb.body.size() >= rest.size()) {  // no progress: a junk line; skip it
      const auto nl = rest.find('\n');
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
      continue;
    }
    rest = hb.body;
  }
  return out;
}

std::string returned_message_id(std::string_view returned, std::size_t max_line) {
  const HeaderBlock hb = parse_header_block(returned, max_line);
  if (const std::string* id = hb.get("Message-ID")) {
    auto ids = parse_msg_id_list(*id);
    if (!ids.empty()) return ids.front();
    return raw_text_to_utf8(trim(*id));
  }
  return {};
}

}  // namespace pst
