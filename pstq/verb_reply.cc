// verb_reply.cc: `pstq reply N [--attach FILE...] [--close]`: the officer's answer, queued to the
// outbox (the daemon sends it), threaded with the requester's last mail. Text: -m, --file, stdin
// when it is not a terminal, else the editor on a git-style draft (draft.h) that is kept until the
// text is queued. Also `pstq wait` and `pstq note`. Files and the editor are read/run WITHOUT pstq's
// setgid group (user_files.h). Content types of attachments come from the file name.
#include <fmt/format.h>

#include <filesystem>

#include "pstq/user_files.h"
#include "pstq/verb_helpers.h"
#include "queue/whatsapp_out.h"

namespace pst::pstq {
namespace {

std::string content_type_for(const std::string& name) {
  std::string ext = std::filesystem::path(name).extension().string();
  for (auto& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  static const std::pair<const char*, const char*> kTypes[] = {
      {".pdf", "application/pdf"},
      {".csv", "text/csv"},
      {".txt", "text/plain"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".xls", "application/vnd.ms-excel"},
      {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {".doc", "application/msword"},
      {".zip", "application/zip"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
  };
  for (const auto& [e, t] : kTypes)
    if (ext == e) return t;
  return "application/octet-stream";
}

/// `s` for a POSIX shell: as it is when it holds only safe characters, else 'quoted'.
std::string shell_quote(const std::string& s) {
  const bool safe = !s.empty() && s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                                                      "_@%+=:,./-") == std::string::npos;
  if (safe) return s;
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// "pstq reply PST-2026-00042 [--as LOGIN]": sends a kept draft (with --file).
std::string resend_command(const VerbContext& ctx, const Ticket& t, const std::optional<std::string>& as) {
  return fmt::format("pstq {} {}{}", ctx.verb, t.number, as ? " --as " + shell_quote(*as) : "");
}

}  // namespace

int run_reply(VerbContext& ctx) {
  CLI::App app{"Answer the requester (queued; pstmaild sends it)", "pstq reply"};
  std::optional<std::string> as, message, file, to;
  std::string number;
  std::vector<std::string> attach;
  bool close = false;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.add_option("--to", to, "another address of the ticket (Reply-To, a forward's sender; see pstq show)")
      ->type_name("ADDRESS");
  app.add_option("-m,--message", message, "the text itself")->type_name("TEXT");
  app.add_option("--file", file, "read the text from FILE")->type_name("FILE");
  app.add_option("--attach", attach, "attach these files (repeatable)")->type_name("FILE")->expected(1, -1);
  app.add_flag("--close", close, "close the ticket too (the closure mail follows)");
  app.footer(R"(examples:
  pstq reply 42                                 write the answer in $EDITOR
  pstq reply 42 --file jawaban.txt --attach tabel.xlsx penduduk.pdf
  echo "Terlampir data yang diminta." | pstq reply 2026-42 --attach data.csv --close

The text comes from -m, else --file, else standard input when it is not a terminal, else the editor
($VISUAL, $EDITOR, sensible-editor, vi): write above the scissors line; the ticket and the latest mail
are shown below it. A draft that could not be queued is kept, with the command that sends it.)");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  ReplyOptions o;
  for (const auto& path : attach) {
    UserFileResult r = read_user_file(path);
    if (!r.bytes) fail(ctx, kNoInput, r.error);
    const std::string name = std::filesystem::path(path).filename().string();
    o.attachments.push_back(OutgoingAttachment{name, content_type_for(name), std::move(*r.bytes)});
  }
  // The command that sends a kept draft later: the same options, the text from the draft.
  std::string resend = resend_command(ctx, t, as);
  for (const auto& path : attach) resend += " --attach " + shell_quote(path);
  if (close) resend += " --close";
  if (to) resend += " --to " + shell_quote(*to);
  TextInput in = text_input(ctx, message, file, draft_facts(s, t, "Reply to the requester of"), resend);
  o.text = in.text;
  o.close = close;
  o.to = to;
  auto c = s.actions();
  std::int64_t id = queue_with_draft(ctx, in, resend, [&] { return run_action(ctx, [&] { return reply_to_ticket(c, t.id, o); }); });
  ctx.out << fmt::format("{}: reply queued (outbox {}{}){}\n", t.number, id,
                         o.attachments.empty() ? "" : fmt::format(", {} attachment(s)", o.attachments.size()),
                         close ? "; ticket closed" : "");
  // issue 18: a WhatsApp reply outside the 24-hour window waits for the requester; say so.
  if (is_held_whatsapp(*s.db, id))
    ctx.out << fmt::format("{}: WhatsApp allows no free message 24 hours after the requester's last one: the "
                           "reopening template went now; this reply goes when they answer\n",
                           t.number);
  return kOk;
}

int run_wait(VerbContext& ctx) {
  CLI::App app{"Ask the requester a question and stop the clock until they answer", "pstq wait"};
  std::optional<std::string> as, message, file;
  std::string number;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.add_option("-m,--message", message, "the question itself")->type_name("TEXT");
  app.add_option("--file", file, "read the question from FILE")->type_name("FILE");
  app.footer(R"(examples:
  pstq wait 42 -m "Data tahun berapa yang Bapak/Ibu perlukan?"
  pstq wait 42                     write the question in $EDITOR
The clock restarts when the requester answers (pstmaild does that).)");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  const std::string resend = resend_command(ctx, t, as);
  TextInput in = text_input(ctx, message, file, draft_facts(s, t, "Question for the requester of"), resend);
  auto c = s.actions();
  std::int64_t id =
      queue_with_draft(ctx, in, resend, [&] { return run_action(ctx, [&] { return ask_requester(c, t.id, in.text); }); });
  ctx.out << fmt::format("{}: question queued (outbox {}); waiting for the requester, clock stopped\n", t.number, id);
  return kOk;
}

int run_note(VerbContext& ctx) {
  CLI::App app{"Add an internal note (never sent)", "pstq note"};
  std::optional<std::string> as, message, file;
  std::string number;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.add_option("-m,--message", message, "the note itself")->type_name("TEXT");
  app.add_option("--file", file, "read the note from FILE")->type_name("FILE");
  app.footer("examples:\n  pstq note 42 -m \"Data kecamatan menunggu rilis Desember\"");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  const std::string resend = resend_command(ctx, t, as);
  TextInput in = text_input(ctx, message, file, draft_facts(s, t, "Internal note (never sent) on"), resend);
  auto c = s.actions();
  queue_with_draft(ctx, in, resend, [&] { run_action(ctx, [&] { add_note(c, t.id, in.text); }); });
  ctx.out << fmt::format("{}: note added\n", t.number);
  return kOk;
}

}  // namespace pst::pstq
