// assignment.cc: see assignment.h.
#include "queue/assignment.h"

#include <limits>

#include "config/config.h"

namespace pst {

std::optional<std::string> choose_officer(Database& db, const std::vector<OfficerConfig>& officers, TicketKind kind,
                                          Instant) {
  const std::string role = kind == TicketKind::complaint ? "supervisor" : "officer";
  std::optional<std::string> best;
  std::int64_t best_open = std::numeric_limits<std::int64_t>::max();
  std::int64_t best_last = std::numeric_limits<std::int64_t>::max();
  Statement load = db.prepare(
      "SELECT count(*) FILTER (WHERE state NOT IN ('closed','spam')), "
      "coalesce((SELECT max(id) FROM events WHERE type = 'assigned' AND detail = ?1), 0) "
      "FROM tickets WHERE officer = ?1");
  for (const auto& o : officers) {
    if (o.role != role) continue;
    load.reset();
    load.bind(1, o.login);
    load.step();
    std::int64_t open = load.int64(0), last = load.int64(1);
    if (open < best_open || (open == best_open && last < best_last)) {
      best = o.login;
      best_open = open;
      best_last = last;
    }
  }
  return best;
}

}  // namespace pst
