// smtp_checks_test.cc: what SmtpClient refuses before touching the network.
#include <gtest/gtest.h>

#include "transport/smtp_client.h"

namespace pst {
namespace {

TEST(CheckEnvelopeAddress, Table) {
  struct Case {
    std::string address;
    std::optional<std::string> want;
  } cases[] = {
      {"made@example.test", std::nullopt},
      {"", std::nullopt},
      {"a@b\r\nRCPT TO:<x@evil>", "CR or LF in address"},
      {"a@b\nx", "CR or LF in address"},
      {std::string("a@b\0c", 5), "NUL in address"},
      {"a@b\tc", "control character in address"},
      {"a@b> SIZE=1", "space or angle bracket in address"},
      {std::string(400, 'a'), "address longer than 320 bytes"},
  };
  for (const auto& c : cases) EXPECT_EQ(check_envelope_address(c.address), c.want) << c.address;
}

TEST(CheckMessageData, Table) {
  struct Case {
    std::string data;
    std::optional<std::string> want;
  } cases[] = {
      {"Subject: x\r\n\r\nbody\r\n.dot\r\n", std::nullopt},
      {"Subject: x\n\nbody\n", "bare LF at byte 10"},
      {"Subject: x\r\n\r\nbo\rdy\r\n", "bare CR at byte 16"},
      {std::string("Subject: x\r\n\r\n\0\r\n", 17), "NUL at byte 14"},
      {"Subject: x\r\n\r\nbody", "message does not end with CRLF"},
      {"", "empty message"},
  };
  for (const auto& c : cases) EXPECT_EQ(check_message_data(c.data), c.want) << c.data;
}

TEST(SmtpClient, RefusesInjectionWithoutConnecting) {
  // Port 9 on loopback: nothing listens; a connection attempt would give a temporary outcome.
  SmtpClient client({.url = "smtp://127.0.0.1:9", .allow_insecure = true});
  auto out = client.send("a@b\r\nRCPT TO:<x@evil>", {"c@d"}, "Subject: x\r\n\r\nbody\r\n");
  EXPECT_EQ(out.kind, SmtpOutcomeKind::permanent);
  EXPECT_EQ(out.error, ErrorKind::invalid_argument);
  EXPECT_EQ(out.message, "smtp://127.0.0.1:9: MAIL FROM: CR or LF in address");
  out = client.send("a@b", {"c@d", "e@f\n"}, "Subject: x\r\n\r\nbody\r\n");
  EXPECT_EQ(out.message, "smtp://127.0.0.1:9: RCPT TO: CR or LF in address");
  out = client.send("a@b", {}, "Subject: x\r\n\r\nbody\r\n");
  EXPECT_EQ(out.message, "smtp://127.0.0.1:9: no recipients");
  out = client.send("a@b", {"c@d"}, "Subject: x\n\nbody\n");
  EXPECT_EQ(out.message, "smtp://127.0.0.1:9: DATA: bare LF at byte 10");
  EXPECT_EQ(client.connections_opened(), 0);
}

}  // namespace
}  // namespace pst
