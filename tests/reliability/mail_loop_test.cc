// mail_loop_test.cc: loops, floods and backscatter (issue 8) with the real daemon, Dovecot and
// smtp-sink. A 14-case matrix of automatic mail (RFC 3834 headers, list mail, null sender, bounces,
// spam and DMARC verdicts of the office's MTA) gets no answer; two autoresponders on loopback (one
// well-behaved, one that marks nothing and starts a new thread each time) answer every mail we send
// them, and the exchange must end. Figures are appended to $PST_RELIABILITY_OUT.
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/integration/daemon_fixture.h"
#include "tests/reliability/record.h"

namespace pst::test {
namespace {

int mails_to(const std::vector<SinkMessage>& received, const std::string& address) {
  int n = 0;
  for (const auto& m : received)
    for (const auto& r : m.rcpt_to)
      if (r == address) ++n;
  return n;
}

// A complete request from `from` with `extra` header lines (CRLF-terminated) at the top.
std::string request_with(int n, const std::string& from, const std::string& extra) {
  return extra + complete_request(n, from);
}

std::string bounce_from_mailer_daemon(const std::string& to) {
  return fmt::format(
      "From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\r\nTo: {}\r\n"
      "Subject: Undelivered Mail Returned to Sender\r\nDate: Mon, 30 Nov 2026 09:00:00 +0800\r\n"
      "Message-ID: <bounce-1@mx.example.test>\r\nMIME-Version: 1.0\r\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
      "--b\r\nContent-Type: text/plain\r\n\r\nThis is the mail system.\r\n"
      "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.test\r\n\r\n"
      "Final-Recipient: rfc822; nobody@example.test\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n",
      to);
}

class MailLoopTest : public DaemonTest {};

TEST_F(MailLoopTest, FourteenKindsOfAutomaticMailGetNoAnswer) {
  write_config();
  struct Case {
    std::string name, extra;
  };
  const std::vector<Case> cases = {
      {"Auto-Submitted: auto-replied", "Auto-Submitted: auto-replied\r\n"},
      {"Auto-Submitted: auto-generated", "Auto-Submitted: auto-generated\r\n"},
      {"Auto-Submitted with a parameter", "Auto-Submitted: auto-replied; owner-email=\"x@example.test\"\r\n"},
      {"Precedence: bulk", "Precedence: bulk\r\n"},
      {"Precedence: junk", "Precedence: junk\r\n"},
      {"Precedence: list", "Precedence: list\r\n"},
      {"List-Id", "List-Id: Statistik Bali <statistik.lists.example.test>\r\n"},
      {"List-Unsubscribe", "List-Unsubscribe: <mailto:leave@lists.example.test>\r\n"},
      {"X-Autoreply", "X-Autoreply: yes\r\n"},
      {"X-Autorespond", "X-Autorespond: Terima kasih\r\n"},
      {"X-Auto-Response-Suppress (Exchange)", "X-Auto-Response-Suppress: All\r\n"},
      {"null sender", "Return-Path: <>\r\n"},
      {"X-Spam-Flag: YES", "X-Spam-Flag: YES\r\nX-Spam-Status: Yes, score=9.1\r\n"},
      {"DMARC fail", "Authentication-Results: mx.bps.go.id; dkim=fail; spf=softfail; dmarc=fail (p=reject) "
                     "header.from=student.example.ac.id\r\n"},
  };
  std::vector<std::string> mails;
  std::vector<std::string> senders;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    senders.push_back(fmt::format("auto{}@student.example.ac.id", i));
    mails.push_back(request_with(static_cast<int>(i), senders.back(), cases[i].extra));
  }
  mails.push_back(bounce_from_mailer_daemon("bps5101@bps.go.id"));
  ASSERT_EQ(cases.size(), 14u);
  stack_->deliver(mails);
  ASSERT_EQ(run_once(), 0) << output_;

  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE state = 'processed'"), static_cast<int>(mails.size()));
  const auto received = stack_->received();
  int answered = 0;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const int n = mails_to(received, senders[i]);
    EXPECT_EQ(n, 0) << cases[i].name << ": answered";
    answered += n;
  }
  EXPECT_EQ(mails_to(received, "MAILER-DAEMON@mx.example.test"), 0) << "the bounce was answered";
  // Spam and DMARC failures are held for an officer: a ticket with the reason on it, no mail out.
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'no_automatic_answer' AND detail LIKE 'held:%'"), 2);
  record({{"fault", "automatic mail (14 header cases + a bounce)"},
          {"runs", 1},
          {"mails", mails.size()},
          {"lost", static_cast<int>(mails.size()) - count("SELECT count(*) FROM messages WHERE state = 'processed'")},
          {"duplicated", 0},
          {"answered", answered}});
}

struct Responder {
  std::string name;
  bool marks_itself;  // sends Auto-Submitted / threads its reply
};

class AutoresponderTest : public DaemonTest, public ::testing::WithParamInterface<Responder> {};

// The autoresponder answers every mail pstmail sends it. A well-behaved one (Auto-Submitted,
// In-Reply-To) is recognised at once; a naive one (no marks, a fresh subject, no threading) looks
// like a new incomplete request each time, and only the per-sender limit ends the exchange.
TEST_P(AutoresponderTest, ExchangeWithASecondAutoresponderEnds) {
  const Responder r = GetParam();
  write_config();
  const std::string responder = "cuti.pegawai@kantor.example.go.id";
  stack_->deliver(complete_request(1, responder));
  int answered_by_responder = 0;
  std::vector<int> ours_per_round;
  std::set<std::string> seen_files;
  for (int round = 0; round < 12; ++round) {
    ASSERT_EQ(run_once(), 0) << output_;
    std::vector<std::string> replies;
    int ours = 0;
    for (const auto& m : stack_->received()) {
      if (!seen_files.insert(m.file.string()).second) continue;
      bool to_responder = false;
      for (const auto& rc : m.rcpt_to) to_responder = to_responder || rc == responder;
      if (!to_responder) continue;
      ++ours;
      const auto p = m.message.find("\nMessage-ID: <");
      const std::string our_id =
          p == std::string::npos ? "" : m.message.substr(p + 14, m.message.find('>', p + 14) - p - 14);
      ++answered_by_responder;
      const std::string marks = r.marks_itself ? fmt::format("Auto-Submitted: auto-replied\r\nIn-Reply-To: <{}>\r\n"
                                                             "Subject: Automatic reply: cuti\r\n",
                                                             our_id)
                                               : fmt::format("Subject: Pemberitahuan {}\r\n", answered_by_responder);
      replies.push_back(fmt::format(
          "From: Pegawai <{}>\r\nTo: bps5101@bps.go.id\r\n{}Date: Mon, 30 Nov 2026 09:00:00 +0800\r\n"
          "Message-ID: <vacation-{}@kantor.example.go.id>\r\n\r\n"
          "Terima kasih atas email Anda. Saya sedang cuti sampai tanggal 7 Desember.\r\n",
          responder, marks, answered_by_responder));
    }
    ours_per_round.push_back(ours);
    if (!replies.empty()) stack_->deliver(replies);
  }
  int total = 0;
  for (int n : ours_per_round) total += n;
  // It ended: the last rounds sent nothing, and never more than the hourly limit (5) in all.
  EXPECT_EQ(ours_per_round[9] + ours_per_round[10] + ours_per_round[11], 0) << "still answering the responder";
  EXPECT_LE(total, 5);
  if (r.marks_itself) {
    EXPECT_EQ(total, 1) << "a marked auto-reply was answered";
  }
  record({{"fault", "mail loop with an autoresponder (" + r.name + ")"},
          {"runs", 12},
          {"mails", answered_by_responder + 1},
          {"lost", 0},
          {"duplicated", 0},
          {"our_mails_to_responder", total}});
}

INSTANTIATE_TEST_SUITE_P(Responders, AutoresponderTest,
                         ::testing::Values(Responder{"marked", true}, Responder{"naive", false}),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace pst::test
