// verb_attachment.cc: `pstq attachment N ID -o FILE`: saves an inbound attachment. ID is
// "<message>.<part>" as `pstq show` lists it; the bytes come from the stored raw mail
// (parsers/mime_decode.h extract_part). FILE is written as the real user (user_files.h);
// `-o -` writes to standard output.
#include <unistd.h>

#include <iostream>

#include <fmt/format.h>

#include "pstq/user_files.h"
#include "pstq/verb_helpers.h"
#include "queue/ticket_queries.h"

namespace pst::pstq {


int run_attachment(VerbContext& ctx) {
  CLI::App app{"Save an attachment of a requester's mail", "pstq attachment"};
  std::optional<std::string> as;
  std::string number, id, output;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.add_option("ID", id, "the attachment id from `pstq show` (e.g. 17.2)")->required();
  app.add_option("-o,--output", output, "where to write it (`-`: standard output)")->required()->type_name("FILE");
  app.footer(R"(examples:
  pstq show 42                        lists "attachment 17.2  daftar.xlsx ..."
  pstq attachment 42 17.2 -o daftar.xlsx
  pstq attachment 42 17.2 -o - | file -)");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto a = run_action(ctx, [&] { return inbound_attachment(*s.db, t.id, id, pstq_mime_limits(s.config)); });
  if (!a) fail(ctx, kNoInput, fmt::format("{} has no attachment {} (see pstq show {})", t.number, id, t.number));
  if (output == "-") {
    // Raw bytes of a requester's file must not reach a terminal (escape sequences); a pipe is fine.
    if (&ctx.raw_out == &std::cout && ::isatty(STDOUT_FILENO))
      fail(ctx, kUsage, "standard output is a terminal: use -o FILE, or a pipe (-o - | file -)");
    ctx.out.flush();
    ctx.raw_out.write(a->bytes.data(), static_cast<std::streamsize>(a->bytes.size()));
    return kOk;
  }
  if (std::string err = write_user_file(output, a->bytes); !err.empty()) fail(ctx, kCantCreate, err);
  ctx.err << fmt::format("{}: wrote {} ({} bytes) to {}\n", t.number, a->filename.empty() ? id : a->filename,
                         a->bytes.size(), output);
  return kOk;
}

}  // namespace pst::pstq
