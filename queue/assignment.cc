// assignment.cc: see assignment.h. Load = open tickets (not closed/spam, not incomplete-without-
// officer); round robin = the officer whose latest 'assigned' event is oldest (never assigned first).
#include "queue/assignment.h"

#include <limits>

#include <fmt/format.h>

#include "config/config.h"

namespace pst {
namespace {
constexpr std::int64_t kLoadCountCap = 200;
}  // namespace

bool on_leave(Database& db, const std::string& login, const std::string& local_date) {
  Statement s = db.prepare("SELECT 1 FROM officer_leave WHERE login = ? AND from_date <= ?2 AND to_date >= ?2 LIMIT 1");
  s.bind(1, login).bind(2, local_date);
  return s.step();
}

std::optional<std::string> choose_officer(Database& db, const std::vector<OfficerConfig>& officers, TicketKind kind,
                                          Instant now, const date::time_zone* zone) {
  if (!zone) zone = date::locate_zone("Asia/Makassar");
  const std::string today = date::format("%F", date::floor<date::days>(zone->to_local(now)));
  const std::string role = kind == TicketKind::complaint ? "supervisor" : "officer";
  std::optional<std::string> best;
  std::int64_t best_open = std::numeric_limits<std::int64_t>::max();
  std::int64_t best_last = std::numeric_limits<std::int64_t>::max();
  std::vector<const OfficerConfig*> candidates;
  for (const auto& o : officers)
    if (o.role == role && !on_leave(db, o.login, today)) candidates.push_back(&o);
  if (candidates.size() == 1) return candidates.front()->login;  // nothing to balance
  // Load counts stop at kLoadCountCap: beyond that every officer is equally swamped and the round
  // robin decides; without the cap a backlog of n tickets would cost n^2 index steps.
  Statement load = db.prepare(
      "SELECT (SELECT count(*) FROM (SELECT 1 FROM tickets WHERE officer = ?1 AND "
      "state IN ('open','waiting','answered','incomplete') LIMIT ?2)), "
      "coalesce((SELECT max(id) FROM events WHERE type = 'assigned' AND detail = ?1), 0)");
  for (const OfficerConfig* o : candidates) {
    load.reset();
    load.bind(1, o->login).bind(2, kLoadCountCap);
    load.step();
    std::int64_t open = load.int64(0), last = load.int64(1);
    if (open < best_open || (open == best_open && last < best_last)) {
      best = o->login;
      best_open = open;
      best_last = last;
    }
  }
  return best;
}

}  // namespace pst
