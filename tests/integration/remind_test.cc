// remind_test.cc: `pstq remind` end to end: the real pstq binary with --now against a store filled
// by the real pstmaild (from a real Dovecot) and by queue/tickets.h (for exact times), the mail
// drained by `pstmaild --once` into a real smtp-sink on 127.0.0.1. Covers due-soon, overdue,
// escalation of unassigned tickets, waiting tickets skipped, weekends and holidays quiet, the same
// run twice and concurrent runs sending once, the dry run, and the requester side when enabled.
// All --now instants lie in the past (November 2026), so the drain's real clock finds them due.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <regex>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "calendar/instant_format.h"
#include "queue/schema.h"
#include "queue/tickets.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

class RemindTest : public DaemonTest {
 protected:
  void SetUp() override {
    DaemonTest::SetUp();
    Database d(db_path(), true);
    migrate(d);
  }

  static Instant parse_time(const std::string& iso);

  /// Inserts a ticket with exact times; returns its number.
  std::string add(TicketState state, std::optional<std::string> officer, const std::string& received,
                  std::optional<std::string> due, const std::string& subject,
                  std::optional<std::string> institution = "Universitas Udayana") {
    Database d(db_path(), false);
    Transaction tx(d);
    Ticket t;
    t.state = state;
    t.requester_address = fmt::format("requester{}@example.org", ++requesters_);
    t.requester_name = "Putu Ayu Lestari";
    t.requester_institution = institution;
    t.subject = subject;
    t.request_summary = "jumlah penduduk per kecamatan";
    t.officer = officer;
    t.received = parse_time(received);
    if (due) {
      t.start = t.received;
      t.due = parse_time(*due);
    }
    insert_ticket(d, t, "PST", 2026, t.received);
    add_event(d, t.id, t.received, "pstmaild", "opened", "test");
    tx.commit();
    return t.number;
  }

  /// Runs `pstq --config ... ARGS`; stdout+stderr in pstq_output_.
  int pstq(const std::vector<std::string>& args) {
    std::string cmd = fmt::format("'{}' --config '{}'", PSTQ_BINARY, config_path());
    for (const auto& a : args) cmd += " '" + a + "'";
    cmd += " 2>&1";
    pstq_output_.clear();
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return -1;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) pstq_output_.append(buf.data(), n);
    const int status = ::pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  int remind(const std::string& now) { return pstq({"remind", "--now", now}); }

  /// Drains the outbox into smtp-sink and returns every mail received so far (bodies decoded).
  std::vector<SinkMessage> drain(std::size_t expected_total) {
    EXPECT_EQ(run_once(), 0) << output_;
    auto got = stack_->wait_for_received(expected_total, 10s);
    std::this_thread::sleep_for(300ms);  // a mail too many would arrive now
    got = stack_->received();
    for (auto& m : got) m.message = decode_qp(m.message);
    return got;
  }

  static std::string decode_qp(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '=' && i + 1 < s.size() && s[i + 1] == '\n') {
        ++i;
      } else if (s[i] == '=' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
                 std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
        out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        out += s[i];
      }
    }
    return out;
  }

  static const SinkMessage* to(const std::vector<SinkMessage>& mails, const std::string& rcpt) {
    for (const auto& m : mails)
      if (m.rcpt_to == std::vector<std::string>{rcpt}) return &m;
    return nullptr;
  }

  static std::string header(const std::string& message, const std::string& name) {
    const std::string head = std::regex_replace(message.substr(0, message.find("\n\n")), std::regex("\n[ \t]"), " ");
    std::regex re("(^|\n)" + name + ": ([^\n]*)", std::regex::icase);
    std::smatch m;
    return std::regex_search(head, m, re) ? m[2].str() : "";
  }

  std::string pstq_output_;
  int requesters_ = 0;
};

Instant RemindTest::parse_time(const std::string& iso) {
  auto t = parse_iso8601(iso);
  if (!t) throw std::invalid_argument("bad instant in test: " + iso);
  return *t;
}

constexpr const char* kMonday = "2026-11-23T10:00:00+08:00";  // Monday 23 November 2026, 10:00 WITA

TEST_F(RemindTest, OfficerDigestAndSupervisorEscalation) {
  // One ticket the real way: a request that arrived Monday 16 November (its acknowledgement is
  // withheld: older than imap.ack_max_age_days), due Thursday 19 November 15:30, assigned to made.
  stack_->deliver(complete_request(1), parse_time("2026-11-16T09:00:00+08:00"));
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(count("SELECT count(*) FROM tickets WHERE state = 'open' AND officer = 'made'"), 1);
  ASSERT_EQ(count("SELECT count(*) FROM outbox"), 0) << "no acknowledgement for old mail";
  const std::string from_dovecot = "PST-2026-00001";
  const std::string soon = add(TicketState::open, "made", "2026-11-19T09:00:00+08:00", "2026-11-24T15:30:00+08:00",
                               "Data PDRB 2025");
  const std::string later = add(TicketState::open, "made", "2026-11-20T09:00:00+08:00", "2026-11-25T15:30:00+08:00",
                                "Data inflasi");
  const std::string waiting = add(TicketState::waiting, "made", "2026-11-16T09:00:00+08:00",
                                  "2026-11-19T15:30:00+08:00", "Data kemiskinan");
  const std::string unassigned = add(TicketState::open, std::nullopt, "2026-11-20T09:00:00+08:00",
                                     "2026-11-25T15:30:00+08:00", "Data pariwisata", std::nullopt);
  const std::string fresh = add(TicketState::open, std::nullopt, "2026-11-23T08:30:00+08:00",
                                "2026-11-26T15:30:00+08:00", "Data pertanian");

  ASSERT_EQ(remind(kMonday), 0) << pstq_output_;
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 2) << pstq_output_;
  const auto mails = drain(2);
  ASSERT_EQ(mails.size(), 2u);

  const SinkMessage* digest = to(mails, "made@example.test");
  ASSERT_TRUE(digest);
  const std::string& d = digest->message;
  EXPECT_EQ(header(d, "Subject"), "Pengingat tenggat PST: 1 lewat tenggat, 1 segera jatuh tempo") << d;
  EXPECT_EQ(header(d, "Auto-Submitted"), "auto-generated");
  EXPECT_NE(d.find("LEWAT TENGGAT (1)"), std::string::npos) << d;
  EXPECT_NE(d.find(from_dovecot + " - Permohonan data penduduk 1"), std::string::npos) << d;
  EXPECT_NE(d.find("Putu Ayu Lestari <putu.lestari@student.example.ac.id>"), std::string::npos) << d;
  EXPECT_NE(d.find("Kamis, 19 November 2026 pukul 15.30 WITA"), std::string::npos) << d;
  EXPECT_NE(d.find("lewat 9 jam 30 menit (waktu kerja)"), std::string::npos) << d;  // Fri 7.5 h + Mon 2 h
  EXPECT_NE(d.find("pstq show " + from_dovecot), std::string::npos) << d;
  EXPECT_NE(d.find(soon + " - Data PDRB 2025"), std::string::npos) << d;
  EXPECT_NE(d.find("<requester1@example.org>, Universitas Udayana"), std::string::npos) << d;
  EXPECT_NE(d.find("Selasa, 24 November 2026 pukul 15.30 WITA"), std::string::npos) << d;
  EXPECT_NE(d.find("sisa 13 jam (waktu kerja)"), std::string::npos) << d;
  EXPECT_NE(d.find("pstq show " + soon), std::string::npos) << d;
  EXPECT_EQ(d.find(later), std::string::npos) << "due after the horizon";
  EXPECT_EQ(d.find(waiting), std::string::npos) << "waiting for the requester";

  const SinkMessage* escalation = to(mails, "ayu@example.test");
  ASSERT_TRUE(escalation);
  const std::string& e = escalation->message;
  EXPECT_EQ(header(e, "Subject"), "Eskalasi PST: 1 tiket lewat tenggat, 1 belum ditugaskan") << e;
  EXPECT_NE(e.find("pstq show " + from_dovecot), std::string::npos) << e;
  EXPECT_NE(e.find("Petugas : I Made Sudarma"), std::string::npos) << e;
  EXPECT_NE(e.find(unassigned + " - Data pariwisata"), std::string::npos) << e;
  EXPECT_NE(e.find("tanpa petugas selama 8 jam 30 menit (waktu kerja)"), std::string::npos) << e;
  EXPECT_EQ(e.find(fresh), std::string::npos) << "unassigned for 1.5 h only";
  EXPECT_EQ(e.find(waiting), std::string::npos);
  EXPECT_EQ(e.find(soon), std::string::npos) << "not overdue";

  EXPECT_EQ(count("SELECT count(*) FROM reminders_sent WHERE day = '2026-11-23' AND outbox_id IS NOT NULL"), 4);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'reminded'"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'escalated'"), 2);
}

TEST_F(RemindTest, TheSameRunTwiceAndLaterTheSameDaySendOnceTheNextDayAgain) {
  const std::string overdue = add(TicketState::open, "made", "2026-11-16T09:00:00+08:00", "2026-11-19T15:30:00+08:00",
                                   "Data PDRB");
  ASSERT_EQ(remind(kMonday), 0) << pstq_output_;
  ASSERT_EQ(remind(kMonday), 0) << pstq_output_;
  EXPECT_EQ(pstq_output_, "") << "nothing new: quiet";
  ASSERT_EQ(remind("2026-11-23T14:30:00+08:00"), 0) << pstq_output_;
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 2);  // made + ayu
  // A ticket that falls due later that day is the only one in the afternoon's mails.
  const std::string newly = add(TicketState::open, "made", "2026-11-18T09:00:00+08:00", "2026-11-23T12:00:00+08:00",
                                "Data inflasi");
  ASSERT_EQ(remind("2026-11-23T14:30:00+08:00"), 0) << pstq_output_;
  EXPECT_NE(pstq_output_.find("reminder_digest to made@example.test: " + newly + "\n"), std::string::npos)
      << pstq_output_;
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 4);
  auto mails = drain(4);
  ASSERT_EQ(mails.size(), 4u);
  int with_overdue = 0;
  for (const auto& m : mails) with_overdue += m.message.find("pstq show " + overdue) != std::string::npos;
  EXPECT_EQ(with_overdue, 2) << "once to the officer, once to the supervisor";
  // Tuesday: a new working day, a new reminder.
  ASSERT_EQ(remind("2026-11-24T08:00:00+08:00"), 0) << pstq_output_;
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 6);
}

TEST_F(RemindTest, ConcurrentRunsSendOnce) {
  std::vector<std::string> numbers;
  for (int i = 0; i < 40; ++i)
    numbers.push_back(add(TicketState::open, i % 2 ? "made" : std::optional<std::string>(), "2026-11-16T09:00:00+08:00",
                          "2026-11-19T15:30:00+08:00", fmt::format("Data {}", i)));
  constexpr int kRuns = 4;
  std::array<int, kRuns> codes{};
  std::vector<std::thread> runs;
  const std::string cmd = fmt::format("'{}' --config '{}' remind --now {} >/dev/null 2>&1", PSTQ_BINARY,
                                      config_path(), kMonday);
  for (int i = 0; i < kRuns; ++i)
    runs.emplace_back([&, i] {
      const int status = std::system(cmd.c_str());
      codes[i] = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    });
  for (auto& t : runs) t.join();
  for (int c : codes) EXPECT_EQ(c, 0);
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 2) << "one digest to made, one escalation to ayu";
  EXPECT_EQ(count("SELECT count(*) FROM reminders_sent"), 20 + 40);
  EXPECT_EQ(count("SELECT count(*) FROM reminders_sent WHERE outbox_id IS NULL"), 0);
  const auto mails = drain(2);
  ASSERT_EQ(mails.size(), 2u);
  const SinkMessage* escalation = to(mails, "ayu@example.test");
  ASSERT_TRUE(escalation);
  for (const auto& n : numbers) EXPECT_NE(escalation->message.find("pstq show " + n + "\n"), std::string::npos) << n;
}

TEST_F(RemindTest, WeekendsHolidaysAndNightsAreQuiet) {
  add(TicketState::open, "made", "2026-08-10T09:00:00+08:00", "2026-08-13T15:30:00+08:00", "Data PDRB");
  add(TicketState::open, std::nullopt, "2026-08-10T09:00:00+08:00", "2026-08-13T15:30:00+08:00", "Data inflasi");
  for (const char* now : {"2026-08-15T10:00:00+08:00",    // Saturday
                          "2026-08-16T10:00:00+08:00",    // Sunday
                          "2026-08-17T10:00:00+08:00",    // Monday, Proklamasi Kemerdekaan
                          "2026-08-18T07:59:00+08:00",    // Tuesday before opening
                          "2026-08-18T15:30:00+08:00",    // Tuesday at closing
                          "2026-08-18T02:00:00+08:00"}) {  // Tuesday night
    EXPECT_EQ(remind(now), 0) << now << ": " << pstq_output_;
    EXPECT_EQ(pstq_output_, "") << now;
  }
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM reminders_sent"), 0);
  EXPECT_EQ(pstq({"remind", "--dry-run", "--now", "2026-08-17T10:00:00+08:00"}), 0);
  EXPECT_NE(pstq_output_.find("the office is closed at 2026-08-17T10:00:00+08:00; a run now sends nothing (next "
                              "opening: 2026-08-18T08:00:00+08:00)"),
            std::string::npos)
      << pstq_output_;
  ASSERT_EQ(remind("2026-08-18T08:00:00+08:00"), 0) << pstq_output_;  // Tuesday's opening
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 2);
}

TEST_F(RemindTest, DryRunPrintsAndChangesNothing) {
  const std::string n = add(TicketState::open, "made", "2026-11-16T09:00:00+08:00", "2026-11-19T15:30:00+08:00",
                            "Data PDRB");
  ASSERT_EQ(pstq({"remind", "--dry-run", "--now", kMonday}), 0) << pstq_output_;
  EXPECT_NE(pstq_output_.find("--- reminder_digest to made@example.test\nTo: I Made Sudarma <made@example.test>\n"
                              "Subject: Pengingat tenggat PST: 1 lewat tenggat, 0 segera jatuh tempo\n"),
            std::string::npos)
      << pstq_output_;
  EXPECT_NE(pstq_output_.find("--- escalation_digest to ayu@example.test\n"), std::string::npos) << pstq_output_;
  EXPECT_NE(pstq_output_.find("pstq show " + n), std::string::npos);
  EXPECT_NE(pstq_output_.find("dry run at 2026-11-23T10:00:00+08:00: 2 mail(s) would be queued"), std::string::npos)
      << pstq_output_;
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM reminders_sent"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type != 'opened'"), 0);
  // After a real run, a dry run shows nothing left to send today.
  ASSERT_EQ(remind(kMonday), 0);
  ASSERT_EQ(pstq({"remind", "--dry-run", "--now", kMonday}), 0) << pstq_output_;
  EXPECT_NE(pstq_output_.find(": 0 mail(s) would be queued"), std::string::npos) << pstq_output_;
}

TEST_F(RemindTest, RequesterSideIsOffByDefault) {
  add(TicketState::incomplete, std::nullopt, "2026-11-02T10:00:00+08:00", std::nullopt, "Data", std::nullopt);
  ASSERT_EQ(remind(kMonday), 0) << pstq_output_;
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM tickets WHERE state = 'incomplete'"), 1);
}

TEST_F(RemindTest, RequesterReminderThenAutomaticClosureWhenEnabled) {
  ConfigOverrides o;
  o.extra = "reminders: {requester_reminder_after_days: 2, auto_close_after_days: 5}\n";
  write_config(o);
  // Incomplete since Wednesday 18 November 10:00 (no institution given).
  const std::string n = add(TicketState::incomplete, std::nullopt, "2026-11-18T10:00:00+08:00", std::nullopt,
                            "Permintaan data", std::nullopt);
  ASSERT_EQ(remind("2026-11-20T09:59:00+08:00"), 0) << pstq_output_;  // a minute short of 2 working days
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
  ASSERT_EQ(remind("2026-11-20T10:00:00+08:00"), 0) << pstq_output_;
  EXPECT_EQ(pstq_output_, "pstq remind: requester_reminder to requester1@example.org: " + n + "\n");
  ASSERT_EQ(remind("2026-11-23T10:00:00+08:00"), 0) << pstq_output_;  // once per wait, not daily
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'requester_reminder'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'requester_reminded'"), 1);

  ASSERT_EQ(remind("2026-11-25T10:00:00+08:00"), 0) << pstq_output_;  // 5 working days
  EXPECT_EQ(pstq_output_, "pstq remind: closed " + n + ", auto_closure to requester1@example.org: " + n + "\n");
  EXPECT_EQ(count("SELECT count(*) FROM tickets WHERE state = 'closed' AND closed IS NOT NULL"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'closed' AND actor = 'pstq-remind'"), 1);
  ASSERT_EQ(remind("2026-11-25T11:00:00+08:00"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 2);

  const auto mails = drain(2);
  ASSERT_EQ(mails.size(), 2u);
  for (const auto& m : mails) EXPECT_EQ(m.rcpt_to, std::vector<std::string>{"requester1@example.org"});
  const std::string reminder = mails[0].message.find("Pengingat") != std::string::npos ? mails[0].message : mails[1].message;
  const std::string closure = mails[0].message.find("Pengingat") != std::string::npos ? mails[1].message : mails[0].message;
  EXPECT_EQ(header(reminder, "Subject"), "[" + n + "] Pengingat: kami menunggu balasan Bapak/Ibu: Permintaan data")
      << reminder;
  EXPECT_NE(reminder.find("sejak Rabu, 18 November 2026 pukul 10.00 WITA"), std::string::npos) << reminder;
  EXPECT_NE(reminder.find("nama instansi/lembaga asal"), std::string::npos) << reminder;
  EXPECT_NE(reminder.find("Bila sampai Rabu, 25 November 2026 pukul 10.00 WITA"), std::string::npos) << reminder;
  EXPECT_EQ(header(closure, "Subject"), "[" + n + "] Tiket ditutup karena belum ada balasan: Permintaan data")
      << closure;
  EXPECT_NE(closure.find("selama 5 hari kerja"), std::string::npos) << closure;
}

TEST_F(RemindTest, ARequesterWhoAnsweredIsNeitherRemindedNorClosed) {
  ConfigOverrides o;
  o.extra = "reminders: {requester_reminder_after_days: 2, auto_close_after_days: 5}\n";
  write_config(o);
  const std::string n = add(TicketState::waiting, "made", "2026-11-16T10:00:00+08:00", std::nullopt, "Data");
  {
    Database d(db_path(), false);
    auto t = find_ticket_by_number(d, n);
    add_event(d, t->id, parse_time("2026-11-20T09:00:00+08:00"), "requester", "requester_mail", "message 1");
  }
  ASSERT_EQ(remind("2026-11-23T10:00:00+08:00"), 0) << pstq_output_;  // 1 day after their mail
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
  ASSERT_EQ(remind("2026-11-24T09:00:00+08:00"), 0) << pstq_output_;  // 2 days after: reminded
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'requester_reminder'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM tickets WHERE state = 'waiting'"), 1);
}

}  // namespace
}  // namespace pst::test
