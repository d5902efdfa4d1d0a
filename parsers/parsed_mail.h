// parsed_mail.h: what pstmail understands of one mail: its kind, the requester's introduction,
// the request, a rating. Produced by analyse() (parsers/analyse.h) from a DecodedMail.
// This is also the shape of `pstmaild parse` JSON output (parsers/parsed_mail_json.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/language.h"
#include "parsers/decoded_mail.h"

namespace pst {

/// Order matters: when several apply, the first wins.
enum class MailKind { bounce, auto_reply, rating, complaint, reply, request };

struct Introduction {
  std::optional<std::string> name;
  std::optional<std::string> institution;
};

/// How sure each field's verdict (found or missing) is; see parsers/confidence.h.
struct ReadingConfidence {
  double name = 0.0;
  double institution = 0.0;
  double request = 0.0;
};

struct ParsedMail {
  DecodedMail mail;
  MailKind kind = MailKind::request;
  std::optional<std::string> ticket_ref;  // "PST-2026-00042" from the subject tag, our Message-ID or the text
  Introduction requester;
  std::optional<std::string> request;     // one-line summary of a concrete need
  std::vector<std::string> missing;       // among "name", "institution", "request"; only for kind request
  std::optional<double> rating;           // as given
  std::optional<double> rating_scale;     // the scale the requester used, when stated ("3/4" -> 4)
  Language language = Language::id;
  std::string own_text;                   // the requester's own words (quotes, footers stripped)
  bool forwarded = false;                 // the request was forwarded; requester is the original sender
  std::optional<Address> original_sender; // for forwards
  std::optional<std::string> cited_ticket;// a complaint or a new request citing an existing ticket
  bool asks_something_new = false;        // for replies: a new question (reopens a closed ticket)
  std::string auto_reason;                // for auto_reply/bounce: which rule matched
  ReadingConfidence confidence;           // for kind request (parsers/confidence.h)
  std::vector<std::string> doubts;        // evidence against a "missing" verdict, one line each
  bool thanks_for_received = false;       // no request: thanks for something received, no question (confidence.h)
};

[[nodiscard]] const char* to_string(MailKind k);

}  // namespace pst
