// verb_helpers.cc: see verb_helpers.h.
#include "pstq/verb_helpers.h"

#include <unistd.h>

#include <iostream>
#include <iterator>
#include <sstream>

#include "calendar/instant_format.h"
#include "pstq/user_files.h"

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
  return j;
}

std::string text_input(VerbContext& ctx, const std::optional<std::string>& message,
                       const std::optional<std::string>& file, const std::string& editor_intro) {
  std::string text;
  if (message) {
    text = *message;
  } else if (file) {
    UserFileResult r = read_user_file(*file);
    if (!r.bytes) fail(ctx, kNoInput, r.error);
    text = *r.bytes;
  } else if (&ctx.in != &std::cin || !::isatty(STDIN_FILENO)) {
    text.assign(std::istreambuf_iterator<char>(ctx.in), std::istreambuf_iterator<char>());
  } else {
    UserFileResult r = edit_as_user(editor_intro);
    if (!r.bytes) fail(ctx, kNoInput, r.error);
    // Drop the "# ..." guidance lines of the template.
    std::istringstream lines(*r.bytes);
    for (std::string line; std::getline(lines, line);)
      if (!line.starts_with("#")) text += line + "\n";
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) fail(ctx, kDataError, "empty text; nothing done");
  return text;
}

}  // namespace pst::pstq
