// verb_helpers.cc: see verb_helpers.h.
#include "pstq/verb_helpers.h"

#include <unistd.h>

#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

#include "calendar/instant_format.h"
#include "pstq/user_files.h"
#include "queue/ratings.h"
#include "queue/ticket_queries.h"

namespace pst::pstq {

nlohmann::json ticket_json(const Session& s, const Ticket& t) {
  auto when = [&](const std::optional<Instant>& i) -> nlohmann::json {
    if (!i) return nullptr;
    return format_iso8601(*s.calendar.zone, *i);
  };
  auto opt = [](const std::optional<std::string>& v) -> nlohmann::json {
    if (!v) return nullptr;
    return *v;
  };
  nlohmann::json j;
  j["number"] = t.number;
  j["state"] = to_string(t.state);
  j["kind"] = to_string(t.kind);
  j["channel"] = t.channel;
  j["requester"] = t.requester_address;
  j["requester_name"] = opt(t.requester_name ? t.requester_name : t.from_name);
  j["institution"] = opt(t.requester_institution);
  j["subject"] = t.subject;
  j["officer"] = opt(t.officer);
  j["received"] = when(t.received);
  j["due"] = when(t.due);
  j["first_reply"] = when(t.first_reply);
  j["closed"] = when(t.closed);
  j["undeliverable"] = t.undeliverable;
  j["check_introduction"] = opt(t.check_introduction);
  return j;
}

MimeLimits pstq_mime_limits(const Config& cfg) {
  MimeLimits l;
  l.max_message_bytes = cfg.limits.max_message_bytes;
  l.max_header_line = cfg.limits.max_header_line;
  l.max_depth = cfg.limits.max_mime_depth;
  l.max_parts = cfg.limits.max_mime_parts;
  return l;
}

DraftFacts draft_facts(Session& s, const Ticket& t, const std::string& what) {
  DraftFacts f;
  f.what = what;
  f.ticket = t.number;
  f.subject = t.subject;
  const std::string name = t.requester_name.value_or(t.from_name.value_or(""));
  f.requester = name.empty() ? t.requester_address : fmt::format("{} <{}>", name, t.requester_address);
  f.institution = t.requester_institution.value_or("");
  f.request = t.request_summary.value_or("");
  if (t.due) f.due = short_time(s.calendar, *t.due) + " WITA";
  try {
    for (const ThreadEntry& e : ticket_thread(*s.db, t.id, pstq_mime_limits(s.config)))
      if (e.direction == ThreadEntry::Direction::in) {
        f.latest_from = fmt::format("{}, {}", e.from, short_time(s.calendar, e.at));
        f.latest_text = redact_rating_tokens(e.text);
      }
  } catch (const std::exception&) {
    // The facts are a convenience: a mail that cannot be read now must not stop the officer.
  }
  return f;
}

void say_draft_kept(VerbContext& ctx, const std::string& draft, const std::string& resend) {
  ctx.err << fmt::format("pstq {}: nothing was lost: your text is kept in {}\n  send it with: {} --file {}\n",
                         ctx.verb, draft, resend, draft);
}

void discard_draft(const TextInput& in) {
  if (!in.draft.empty()) (void)remove_user_file(in.draft);
}

TextInput text_input(VerbContext& ctx, const std::optional<std::string>& message, const std::optional<std::string>& file,
                     const DraftFacts& facts, const std::string& resend) {
  TextInput in;
  if (message) {
    in.text = *message;
  } else if (file) {
    UserFileResult r = read_user_file(*file);
    if (!r.bytes) fail(ctx, kNoInput, r.error);
    in.text = text_above_scissors(*r.bytes);  // a kept draft still holds its template
  } else if (&ctx.in != &std::cin || !::isatty(STDIN_FILENO)) {
    in.text.assign(std::istreambuf_iterator<char>(ctx.in), std::istreambuf_iterator<char>());
  } else {
    std::string name = ctx.verb + "-" + facts.ticket;
    DraftEdit d = edit_draft_as_user(draft_template(facts), name);
    in.draft = d.path;
    if (!d.text) {
      ctx.error(d.error);
      if (!d.path.empty()) say_draft_kept(ctx, d.path, resend);
      throw ExitError(kNoInput);
    }
    in.text = text_above_scissors(*d.text);
  }
  if (is_blank(in.text)) {
    discard_draft(in);
    fail(ctx, kDataError, "empty text; nothing sent");
  }
  return in;
}

}  // namespace pst::pstq
