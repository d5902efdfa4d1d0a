// mail_out.h: turns "send template T about ticket N to X" into a queued outbox row: renders the
// template in the ticket's language, builds the RFC 5322 message (our Message-ID carries the
// ticket number; threading headers point at the requester's mail; the subject carries the tag),
// and enqueues it. The one place every sender (intake, pstq, reminders) goes through.
// Caller holds the transaction; nothing touches the network here.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "compose/message_builder.h"
#include "config/config.h"
#include "queue/database.h"

namespace pst {

struct Config;

/// Who we are when we write: the From address and the Message-ID domain.
struct Sender {
  Address from;                 // from smtp.from
  std::string message_domain;   // domain part of the office mailbox
  int zone_offset_minutes = 480;
  std::optional<WhatsAppConfig> whatsapp;  // the channel, when configured: requester mail to a
                                           // WhatsApp ticket goes there (queue_template_mail)
};

[[nodiscard]] Sender sender_from_config(const Config& cfg, std::chrono::sys_seconds now, int zone_offset_minutes);

struct MailRequest {
  std::optional<std::int64_t> ticket_id;
  std::string ticket_number;            // "PST-2026-00042"; tag and Message-ID; empty for non-ticket mail
  std::string kind;                     // outbox kind and template name
  std::string language = "id";
  std::vector<Address> to;
  std::string in_reply_to;              // requester's Message-ID (no brackets), may be empty
  std::vector<std::string> references;  // oldest first
  bool automatic = true;                // Auto-Submitted: auto-replied, counts for flood limits
  std::string auto_submitted = "auto-replied";
  nlohmann::json data;                  // template variables
  std::vector<OutgoingAttachment> attachments;
};

/// The requester's subject for our mails' templates: without our ticket tag and without reply and
/// forward prefixes ("Re:", "Fwd:", "Bls:", ...), trimmed. One rule for acknowledgements, officers'
/// mails and reminders.
[[nodiscard]] std::string plain_subject(std::string subject, const std::string& ticket_number);

/// `data` with every string cleaned for a mail body (common/untrusted_text.h): one line each
/// (clean_inline: controls, CR/LF and bidi controls become spaces, long values cut), except the
/// values is_multiline_template_value() names, which keep their lines (clean_block). Recursive.
void clean_template_data(nlohmann::json& data, bool block = false);
[[nodiscard]] bool is_multiline_template_value(std::string_view key);

/// Renders (data cleaned: clean_template_data), builds and enqueues; returns the outbox id. Display
/// names are made header-safe (sanitize_header_text). Throws ComposeError / TemplateError.
std::int64_t queue_template_mail(Database& db, const std::string& templates_dir, const Sender& sender,
                                 const MailRequest& req, std::chrono::sys_seconds now);

/// "[PST-2026-00042] subject" unless the subject already carries that tag.
[[nodiscard]] std::string tagged_subject(const std::string& ticket_number, const std::string& subject);

}  // namespace pst
