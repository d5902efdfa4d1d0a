// verb_accept_address.cc: `pstq accept-address N ADDRESS`: the requester of ticket N really is
// writing from ADDRESS too, so that address's mail counts as theirs from now on (issue 15: mail
// from any other address citing a ticket is kept for the officer and changes nothing).
#include <fmt/format.h>

#include "pstq/verb_helpers.h"

namespace pst::pstq {

int run_accept_address(VerbContext& ctx) {
  CLI::App app{"Accept another address as the ticket's requester (their next mail from it counts)",
               "pstq accept-address"};
  std::optional<std::string> as;
  std::string number, address;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.add_option("ADDRESS", address, "the address the requester also writes from")->required();
  app.footer(R"(examples:
  pstq accept-address 42 putu.lestari@gmail.com

Only when you know it is the requester (the mail says so and you checked, e.g. by phone): from then
on, mail from ADDRESS can complete, reopen or rate the ticket. "pstq show" lists mail from other
addresses as third_party_mail events.)");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto c = s.actions();
  run_action(ctx, [&] { accept_address(c, t.id, address); });
  ctx.out << fmt::format("{}: {} accepted as the requester's address\n", t.number, address);
  return kOk;
}

}  // namespace pst::pstq
