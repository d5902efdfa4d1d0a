// mail_out.cc: see mail_out.h.
#include "queue/mail_out.h"

#include "queue/whatsapp_out.h"

#include <cctype>
#include <string_view>

#include <fmt/format.h>

#include "common/ticket_number.h"
#include "common/untrusted_text.h"
#include "compose/header_encoding.h"
#include "compose/templates.h"
#include "config/config.h"
#include "queue/outbox.h"

namespace pst {

std::string plain_subject(std::string s, const std::string& number) {
  if (!number.empty())
    if (auto pos = s.find("[" + number + "]"); pos != std::string::npos) s.erase(pos, number.size() + 2);
  const auto starts_with_folded = [&s](std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
  };
  for (bool again = true; again;) {
    again = false;
    const std::size_t b = s.find_first_not_of(" \t");
    s.erase(0, b == std::string::npos ? s.size() : b);
    for (std::string_view p : {"re:", "fw:", "fwd:", "aw:", "bls:", "balas:", "tr:", "wg:", "r:"})
      if (starts_with_folded(p)) {
        s.erase(0, p.size());
        again = true;
      }
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}
namespace {

// "Name <addr>" or "addr" -> Address.
Address parse_simple_address(const std::string& s) {
  auto lt = s.rfind('<');
  auto gt = s.rfind('>');
  if (lt == std::string::npos || gt == std::string::npos || gt < lt) return Address{s, ""};
  std::string name = s.substr(0, lt);
  while (!name.empty() && (name.back() == ' ' || name.back() == '"')) name.pop_back();
  std::size_t b = 0;
  while (b < name.size() && (name[b] == ' ' || name[b] == '"')) ++b;
  return Address{s.substr(lt + 1, gt - lt - 1), name.substr(b)};
}

}  // namespace

Sender sender_from_config(const Config& cfg, std::chrono::sys_seconds, int zone_offset_minutes) {
  Sender s;
  s.from = parse_simple_address(cfg.smtp.from.empty() ? cfg.office.mailbox : cfg.smtp.from);
  const std::string& mbox = cfg.office.mailbox;
  auto at = mbox.find('@');
  s.message_domain = at == std::string::npos ? "pstmail.invalid" : mbox.substr(at + 1);
  s.zone_offset_minutes = zone_offset_minutes;
  s.whatsapp = cfg.whatsapp;
  return s;
}

std::string tagged_subject(const std::string& ticket_number, const std::string& subject) {
  if (ticket_number.empty()) return subject;
  auto tag = find_subject_tag(subject);
  if (tag && tag->str() == ticket_number) return subject;
  return fmt::format("[{}] {}", ticket_number, subject);
}

void clean_template_data(nlohmann::json& data, bool block) {
  if (data.is_string()) {
    const std::string& v = data.get_ref<const std::string&>();
    data = block ? clean_block(v) : clean_inline(v);
  } else if (data.is_array()) {
    for (auto& item : data) clean_template_data(item, block);
  } else if (data.is_object()) {
    for (auto& [key, value] : data.items()) clean_template_data(value, is_multiline_template_value(key));
  }
}

bool is_multiline_template_value(std::string_view key) {
  return key == "body" || key == "excerpt" || key == "report" || key == "last_error";
}

std::int64_t queue_template_mail(Database& db, const std::string& templates_dir, const Sender& sender,
                                 const MailRequest& req, std::chrono::sys_seconds now) {
  // Every value goes into the mail cleaned (issue 15): a requester's name or subject with CR/LF or
  // bidi controls must not become a paragraph of an official mail.
  nlohmann::json data = req.data;
  clean_template_data(data, false);
  RenderedTemplate rendered = render_template(templates_dir, req.kind, req.language, data);

  // A requester on the WhatsApp channel (issue 18) gets the template's text there, whatever the
  // template (acknowledgement, question, reminder...): every requester-facing action works on both.
  if (req.to.size() == 1 && is_whatsapp_address(req.to.front().address)) {
    if (!sender.whatsapp)
      throw std::runtime_error(fmt::format("{}: a WhatsApp ticket, but the whatsapp section is not configured",
                                           req.ticket_number));
    return queue_whatsapp_text_to(db, *sender.whatsapp, req.ticket_id, req.ticket_number, req.language,
                                  whatsapp_id_of_address(req.to.front().address), "whatsapp_" + req.kind,
                                  rendered.body, now, req.automatic)
        .first_outbox_id;
  }

  OutgoingMail mail;
  mail.from = sender.from;
  // A display name that cannot stand in a header is cleaned, never fatal: the requester's mail must
  // still become a ticket and get its answer.
  for (const Address& a : req.to) mail.to.push_back(Address{a.address, sanitize_header_text(a.name)});
  mail.subject = tagged_subject(req.ticket_number, sanitize_header_text(rendered.subject));
  std::string unique = make_unique_token(8);
  if (auto t = parse_ticket_number(req.ticket_number))
    mail.message_id = make_message_id(*t, unique, sender.message_domain);
  else
    mail.message_id = fmt::format("pstmail.{}@{}", unique, sender.message_domain);
  if (!req.in_reply_to.empty() && is_valid_message_id(req.in_reply_to)) mail.in_reply_to = req.in_reply_to;
  for (const auto& r : req.references)
    if (is_valid_message_id(r)) mail.references.push_back(r);
  if (!mail.in_reply_to.empty() &&
      (mail.references.empty() || mail.references.back() != mail.in_reply_to))
    mail.references.push_back(mail.in_reply_to);
  mail.date = now;
  mail.zone_offset_minutes = sender.zone_offset_minutes;
  if (req.automatic) mail.auto_submitted = req.auto_submitted;
  mail.text_body = rendered.body;
  mail.attachments = req.attachments;

  OutboxItem item;
  item.ticket_id = req.ticket_id;
  item.kind = req.kind;
  item.automatic = req.automatic;
  item.envelope_from = sender.from.address;
  for (const auto& a : req.to) item.recipients.push_back(a.address);
  item.message_id = mail.message_id;
  item.data = build_message(mail);
  return enqueue_mail(db, item, now);
}

}  // namespace pst
