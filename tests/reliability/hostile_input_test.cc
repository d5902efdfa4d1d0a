// hostile_input_test.cc: hostile mail end to end (issue 8), with the real daemon, Dovecot and
// smtp-sink. Encoded CR/LF/NUL in a requester's name and subject must never become a header or an
// SMTP recipient of the acknowledgement; a mail over the size limit becomes a ticket for an officer,
// read by its headers with a note on the ticket, fetched once, crashing nothing. (The pathological
// MIME set - deep nesting, 100k parts, 10 MB headers, 10k RFC 2231 parameters - is
// tests/parsers/mime_robustness_test.cc.)
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/integration/daemon_fixture.h"
#include "tests/reliability/record.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

// The header block of a received message (up to the first empty line).
std::string header_block(const std::string& message) { return message.substr(0, message.find("\n\n")); }

class HostileInputTest : public DaemonTest {};

TEST_F(HostileInputTest, EncodedLineBreaksInNameAndSubjectNeverMakeAHeaderOrARecipient) {
  write_config();
  const std::string mail =
      "From: =?UTF-8?Q?Budi=0D=0ABcc:_korban@evil.example.test=0D=0A?= <budi@student.example.ac.id>\r\n"
      "To: bps5101@bps.go.id\r\n"
      "Subject: =?UTF-8?Q?Permohonan_data=0D=0ABcc:_lain@evil.example.test=00=0A=0AHalo?=\r\n"
      "Date: Mon, 30 Nov 2026 09:00:00 +0800\r\nMessage-ID: <hostile-1@student.example.ac.id>\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n\r\n"
      "Selamat pagi, nama saya Budi dari Universitas Udayana. Saya ingin meminta data jumlah penduduk\r\n"
      "Kabupaten Jembrana tahun 2024.\r\n";
  stack_->deliver(mail);
  ASSERT_EQ(run_once(), 0) << output_;
  const auto received = stack_->wait_for_received(1, 10s);
  ASSERT_EQ(received.size(), 1u);
  const SinkMessage& ack = received.front();
  EXPECT_EQ(ack.rcpt_to, (std::vector<std::string>{"budi@student.example.ac.id"}));
  const std::string head = header_block(ack.message);
  EXPECT_EQ(head.find("\nBcc:"), std::string::npos) << head;
  EXPECT_EQ(head.find("evil.example.test\n"), std::string::npos) << head;
  EXPECT_EQ(ack.message.find('\0'), std::string::npos);
  // Every header line is a field or a folded continuation: nothing was split off.
  std::size_t start = 0;
  while (start < head.size()) {
    const std::size_t end = std::min(head.find('\n', start), head.size());
    const std::string line = head.substr(start, end - start);
    if (!line.empty() && line[0] != ' ' && line[0] != '\t') {
      EXPECT_NE(line.find(':'), std::string::npos) << "not a header field: " << line;
    }
    start = end + 1;
  }
  record({{"fault", "encoded CR/LF/NUL in name and subject"},
          {"runs", 1},
          {"mails", 1},
          {"lost", 0},
          {"duplicated", static_cast<int>(received.size()) - 1},
          {"injected_headers", head.find("\nBcc:") == std::string::npos ? 0 : 1}});
}

TEST_F(HostileInputTest, MailOverTheSizeLimitIsAStubTicketFetchedOnce) {
  ConfigOverrides o;
  o.extra = "limits: {max_message_bytes: 262144}\n";
  write_config(o);
  std::string big = complete_request(1, "besar@student.example.ac.id");
  big.insert(big.find("\r\n\r\n") + 4, std::string(1 << 20, 'x') + "\r\n");  // 1 MB of body
  stack_->deliver({big, complete_request(2, "kecil@student.example.ac.id")});
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(run_once(), 0) << output_;  // nothing fetched twice
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE state = 'processed'"), 2);
  // Stored whole (below the fetch limit, max(64 MB, 2 x max_message_bytes); above it the mail would be
  // a stub, see daemon/work.cc), read by its headers only, and the ticket says so.
  EXPECT_EQ(count("SELECT count(*) FROM raw_mail WHERE length(raw) > 1048576"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'mail_too_large' AND detail LIKE '%only its headers%'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE ticket_id IS NOT NULL"), 2) << "the stub has no ticket";
  const auto received = stack_->wait_for_received(1, 10s);
  int to_small = 0;
  for (const auto& m : received)
    for (const auto& r : m.rcpt_to) to_small += r == "kecil@student.example.ac.id";
  EXPECT_EQ(to_small, 1);
  record({{"fault", "mail over limits.max_message_bytes (1 MB over 256 KB)"},
          {"runs", 2},
          {"mails", 2},
          {"lost", 2 - count("SELECT count(*) FROM messages WHERE state = 'processed'")},
          {"duplicated", count("SELECT count(*) FROM messages") - 2},
          {"note", "ticket from the headers with a mail_too_large note; over the fetch limit: a stub"}});
}

}  // namespace
}  // namespace pst::test
