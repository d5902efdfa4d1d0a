// reminders_test.cc: the pure selection of `pstq remind` (plan_reminders, requester_action,
// format_working_time), table-driven over the shipped office calendar (Asia/Makassar, Mon-Fri
// 08:00-15:30, id-2026 holidays). The store side and the real mail are in
// tests/integration/remind_test.cc.
#include "queue/reminders.h"

#include <gtest/gtest.h>

#include "tests/calendar/test_calendars.h"

namespace pst {
namespace {

using test::at;
using namespace std::chrono_literals;

const WorkCalendar& cal() {
  static const WorkCalendar c = test::office_calendar();
  return c;
}

std::vector<OfficerConfig> officers() {
  return {{"made", "I Made Sudarma", "made@example.test", "officer"},
          {"putu", "Putu Eka", "putu@example.test", "officer"},
          {"ayu", "Ni Luh Ayu", "ayu@example.test", "supervisor"}};
}

struct T {  // a ticket in a table
  int id;
  TicketState state;
  const char* officer;  // nullptr: unassigned
  const char* due;      // nullptr: none
  const char* start = nullptr;
  const char* waiting_since = nullptr;
  const char* last_reminder = nullptr;
};

ReminderTicket ticket(const T& t) {
  ReminderTicket rt;
  rt.ticket.id = t.id;
  rt.ticket.number = "PST-2026-" + std::to_string(t.id);
  rt.ticket.state = t.state;
  rt.ticket.requester_address = "r" + std::to_string(t.id) + "@example.org";
  if (t.officer) rt.ticket.officer = t.officer;
  rt.ticket.received = at("2026-11-23T09:00:00+08:00");
  if (t.due) rt.ticket.due = at(t.due);
  rt.ticket.start = t.start ? at(t.start) : rt.ticket.received;
  if (t.waiting_since) rt.waiting_since = at(t.waiting_since);
  if (t.last_reminder) rt.last_requester_reminder = at(t.last_reminder);
  return rt;
}

const char* section(DigestSection s) {
  return s == DigestSection::overdue ? "overdue" : s == DigestSection::due_soon ? "due_soon" : "unassigned";
}

/// "reminder_digest made: overdue PST-2026-1 (2 jam), due_soon PST-2026-2 (13 jam)", "auto_closure PST-2026-5", ...
std::vector<std::string> summary(const ReminderPlan& p) {
  std::vector<std::string> out;
  for (const auto& d : p.digests) {
    std::string line = std::string(to_string(d.kind)) + " " + d.recipient.login + ":";
    for (const auto& i : d.items)
      line += std::string(" ") + section(i.section) + " " + i.ticket.number + " (" +
              format_working_time(i.working, Language::id) + ")";
    out.push_back(line);
  }
  for (const auto& a : p.requester) out.push_back(std::string(to_string(a.kind)) + " " + a.ticket.number);
  for (const auto& w : p.warnings) out.push_back("warning: " + w);
  return out;
}

struct Case {
  const char* name;
  const char* now;
  std::vector<T> tickets;
  RemindersConfig rules;
  std::vector<std::string> expected;  // empty and quiet: nothing at all
  bool quiet = false;                 // outside service hours
};

RemindersConfig rules(std::optional<int> horizon = std::nullopt, int unassigned = 4, int remind = 0, int close = 0) {
  RemindersConfig r;
  r.horizon_working_hours = horizon;
  r.unassigned_after_working_hours = unassigned;
  r.requester_reminder_after_days = remind;
  r.auto_close_after_days = close;
  return r;
}

constexpr auto open = TicketState::open;
constexpr auto waiting = TicketState::waiting;
constexpr auto incomplete = TicketState::incomplete;
constexpr auto answered = TicketState::answered;

// Monday 30 November 2026, 10:00 WITA, unless a case says otherwise.
constexpr const char* kMonday = "2026-11-30T10:00:00+08:00";
const std::vector<T> kOverdueAndSoon = {
    {1, open, "made", "2026-11-27T15:30:00+08:00"},  // overdue since Friday's closing: 2 h of Monday
    {2, open, "made", "2026-12-01T15:30:00+08:00"},  // due Tuesday closing: due soon (13 h left)
    {3, open, "made", "2026-12-02T15:30:00+08:00"},  // due Wednesday: beyond the horizon
};

class Plan : public ::testing::TestWithParam<Case> {};

TEST_P(Plan, Selects) {
  const Case& c = GetParam();
  std::vector<ReminderTicket> tickets;
  for (const auto& t : c.tickets) tickets.push_back(ticket(t));
  const ReminderPlan p = plan_reminders(tickets, officers(), cal(), c.rules, at(c.now));
  EXPECT_EQ(p.in_service_hours, !c.quiet);
  EXPECT_EQ(summary(p), c.expected);
  if (!c.quiet) {
    EXPECT_EQ(p.day, std::string(c.now).substr(0, 10));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Reminders, Plan,
    ::testing::Values(
        Case{"OverdueAndDueSoonToTheOfficerOverdueToTheSupervisor", kMonday, kOverdueAndSoon, rules(),
             {"reminder_digest made: overdue PST-2026-1 (2 jam) due_soon PST-2026-2 (13 jam)",
              "escalation_digest ayu: overdue PST-2026-1 (2 jam)"}},
        Case{"ShortHorizonInWorkingHours", kMonday,
             {{1, open, "made", "2026-11-30T11:30:00+08:00"}, {2, open, "made", "2026-11-30T12:30:00+08:00"}},
             rules(2), {"reminder_digest made: due_soon PST-2026-1 (1 jam 30 menit)"}},
        Case{"HorizonSkipsTheNightAndTheWeekend", "2026-11-27T15:00:00+08:00",  // Friday 15:00
             {{1, open, "made", "2026-11-30T09:00:00+08:00"}, {2, open, "made", "2026-12-01T09:00:00+08:00"}},
             rules(2), {"reminder_digest made: due_soon PST-2026-1 (1 jam 30 menit)"}},
        Case{"DefaultHorizonIsTheEndOfTheNextWorkingDay", "2026-11-27T09:00:00+08:00",  // Friday
             {{1, open, "made", "2026-11-30T15:30:00+08:00"}, {2, open, "made", "2026-12-01T08:30:00+08:00"}},
             rules(), {"reminder_digest made: due_soon PST-2026-1 (14 jam)"}},
        Case{"EachOfficerTheirOwn", kMonday,
             {{1, open, "putu", "2026-11-30T15:30:00+08:00"}, {2, open, "made", "2026-11-30T15:00:00+08:00"}},
             rules(), {"reminder_digest made: due_soon PST-2026-2 (5 jam)", "reminder_digest putu: due_soon PST-2026-1 (5 jam 30 menit)"}},
        Case{"MostOverdueFirst", kMonday,
             {{1, open, "made", "2026-11-30T09:00:00+08:00"}, {2, open, "made", "2026-11-26T15:30:00+08:00"}},
             rules(),
             {"reminder_digest made: overdue PST-2026-2 (9 jam 30 menit) overdue PST-2026-1 (1 jam)",
              "escalation_digest ayu: overdue PST-2026-2 (9 jam 30 menit) overdue PST-2026-1 (1 jam)"}},
        Case{"WaitingIncompleteAnsweredAreSkipped", kMonday,
             {{1, waiting, "made", "2026-11-27T15:30:00+08:00"}, {2, incomplete, nullptr, nullptr},
              {3, answered, "made", "2026-11-27T15:30:00+08:00"}},
             rules(), {}},
        Case{"UnassignedLongerThanTheLimitIsEscalated", kMonday,
             {{1, open, nullptr, "2026-12-03T15:30:00+08:00", "2026-11-27T11:00:00+08:00"},   // 4 h 30 + 2 h
              {2, open, nullptr, "2026-12-03T15:30:00+08:00", "2026-11-30T08:30:00+08:00"}},  // 1 h 30
             rules(), {"escalation_digest ayu: unassigned PST-2026-1 (6 jam 30 menit)"}},
        Case{"UnassignedAndOverdueIsEscalatedOnceAsOverdue", kMonday,
             {{1, open, nullptr, "2026-11-27T15:30:00+08:00"}}, rules(),
             {"escalation_digest ayu: overdue PST-2026-1 (2 jam)"}},
        Case{"UnassignedLimitZeroEscalatesAtOnce", kMonday,
             {{1, open, nullptr, "2026-12-03T15:30:00+08:00", kMonday}}, rules(std::nullopt, 0),
             {"escalation_digest ayu: unassigned PST-2026-1 (0 menit)"}},
        Case{"OfficerNotInTheConfigurationCountsAsUnassigned", kMonday,
             {{1, open, "budi", "2026-12-03T15:30:00+08:00", "2026-11-26T08:00:00+08:00"}}, rules(),
             {"escalation_digest ayu: unassigned PST-2026-1 (17 jam)",
              "warning: PST-2026-1: officer \"budi\" is not in the configuration's officers: treated as unassigned"}},
        Case{"SaturdayIsQuiet", "2026-11-28T10:00:00+08:00", kOverdueAndSoon, rules(), {}, true},
        Case{"HolidayIsQuiet", "2026-12-25T10:00:00+08:00", kOverdueAndSoon, rules(), {}, true},
        Case{"BeforeOpeningIsQuiet", "2026-11-30T07:59:59+08:00", kOverdueAndSoon, rules(), {}, true},
        Case{"AtClosingIsQuiet", "2026-11-30T15:30:00+08:00", kOverdueAndSoon, rules(), {}, true},
        Case{"LastMinuteIsOpen", "2026-11-30T15:29:00+08:00", {{1, open, "made", "2026-11-30T15:30:00+08:00"}},
             rules(), {"reminder_digest made: due_soon PST-2026-1 (1 menit)"}},
        Case{"RequesterSideIsOffByDefault", kMonday,
             {{1, incomplete, nullptr, nullptr, nullptr, "2026-11-02T09:00:00+08:00"}}, rules(), {}},
        Case{"RequesterReminderAfterNWorkingDays", kMonday,
             {{1, incomplete, nullptr, nullptr, nullptr, "2026-11-26T10:00:00+08:00"},   // Thu 10:00: 2 days
              {2, waiting, "made", nullptr, nullptr, "2026-11-26T10:00:01+08:00"},      // a second short
              {3, waiting, "made", nullptr, nullptr, "2026-11-25T10:00:00+08:00",
               "2026-11-27T10:00:00+08:00"}},                                            // reminded already
             rules(std::nullopt, 4, 2, 0), {"requester_reminder PST-2026-1"}},
        Case{"ReminderAgainAfterTheRequesterWroteAndWeWaitAgain", kMonday,
             {{1, waiting, "made", nullptr, nullptr, "2026-11-26T09:00:00+08:00", "2026-11-20T10:00:00+08:00"}},
             rules(std::nullopt, 4, 2, 0), {"requester_reminder PST-2026-1"}},
        Case{"AutoClosureAfterMWorkingDaysWinsOverTheReminder", kMonday,
             {{1, incomplete, nullptr, nullptr, nullptr, "2026-11-23T10:00:00+08:00"},   // Mon 10:00: 5 days
              {2, incomplete, nullptr, nullptr, nullptr, "2026-11-23T10:00:01+08:00"}},  // 1 s short: reminder
             rules(std::nullopt, 4, 2, 5), {"auto_closure PST-2026-1", "requester_reminder PST-2026-2"}},
        Case{"AutoClosureAloneWithoutReminders", kMonday,
             {{1, waiting, "made", nullptr, nullptr, "2026-11-23T10:00:00+08:00"}}, rules(std::nullopt, 4, 0, 5),
             {"auto_closure PST-2026-1"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Reminders, NoSupervisorNoEscalationButAWarning) {
  std::vector<OfficerConfig> only_officers = {{"made", "I Made Sudarma", "made@example.test", "officer"}};
  const auto p = plan_reminders({ticket({1, open, "made", "2026-11-27T15:30:00+08:00"})}, only_officers, cal(), rules(),
                                at(kMonday));
  EXPECT_EQ(summary(p), (std::vector<std::string>{
                            "reminder_digest made: overdue PST-2026-1 (2 jam)",
                            "warning: 1 ticket(s) to escalate but no supervisor among the configuration's officers: "
                            "no escalation digest"}));
}

TEST(Reminders, EverySupervisorGetsTheEscalation) {
  auto staff = officers();
  staff.push_back({"kadek", "Kadek", "kadek@example.test", "supervisor"});
  const auto p = plan_reminders({ticket({1, open, nullptr, "2026-11-27T15:30:00+08:00"})}, staff, cal(), rules(),
                                at(kMonday));
  EXPECT_EQ(summary(p), (std::vector<std::string>{"escalation_digest ayu: overdue PST-2026-1 (2 jam)",
                                                  "escalation_digest kadek: overdue PST-2026-1 (2 jam)"}));
}

TEST(Reminders, UndeliverableRequesterIsNotRemindedButStillClosed) {
  auto t = ticket({1, incomplete, nullptr, nullptr, nullptr, "2026-11-23T10:00:00+08:00"});
  t.ticket.undeliverable = true;
  EXPECT_FALSE(requester_action(t, cal(), rules(std::nullopt, 4, 2, 0), at(kMonday)));
  auto a = requester_action(t, cal(), rules(std::nullopt, 4, 2, 5), at(kMonday));
  ASSERT_TRUE(a);
  EXPECT_EQ(a->kind, ReminderKind::auto_closure);
  EXPECT_EQ(a->waited, 5 * (7h + 30min));
}

TEST(Reminders, WorkingTimeInWords) {
  struct {
    std::chrono::minutes m;
    const char* id;
    const char* en;
  } cases[] = {{0min, "0 menit", "0 min"},   {45min, "45 menit", "45 min"}, {60min, "1 jam", "1 h"},
               {135min, "2 jam 15 menit", "2 h 15 min"}, {-5min, "0 menit", "0 min"}};
  for (const auto& c : cases) {
    EXPECT_EQ(format_working_time(c.m, Language::id), c.id);
    EXPECT_EQ(format_working_time(c.m, Language::en), c.en);
  }
}

}  // namespace
}  // namespace pst
