// scenario.h: the scripted month behind the report tests: December 2026 in Asia/Makassar (WITA),
// over the Christmas holidays (24 and 25 December are non-working), built through the real queue
// functions (insert_ticket, reply_to_ticket, ask_requester, close_ticket, mark_spam,
// record_rating) plus the clock events intake writes. Every expected figure is in
// report_data_test.cc with the arithmetic beside it; the table in scenario.cc lists the tickets.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "calendar/working_calendar.h"
#include "config/config.h"
#include "queue/database.h"

namespace pst::test {

struct Scenario {
  std::filesystem::path dir;         // temporary folder holding pst.db
  std::unique_ptr<Database> db;
  Config config;
  WorkCalendar calendar;
  Instant now{};                     // 2027-01-04 10:00 WITA (Monday)
  ~Scenario();
};

/// Office-local instant in the scenario's zone (WITA, UTC+8).
[[nodiscard]] Instant wita(int y, unsigned m, unsigned d, int hh, int mm);

/// Builds the scenario database in a fresh folder named after `tag`.
[[nodiscard]] std::unique_ptr<Scenario> build_scenario(const std::string& tag);

}  // namespace pst::test
