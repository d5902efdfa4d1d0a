// sink_dump_test.cc: the harness reads smtp-sink's dump format (envelope lines, then the message).
#include <gtest/gtest.h>

#include "tests/harness/mailstack.h"

namespace pst::test {
namespace {

TEST(ParseSinkDump, EnvelopeAndMessage) {
  const char* dump =
      "X-Client-Addr: 127.0.0.1\n"
      "X-Client-Proto: ESMTP\n"
      "X-Helo-Args: pst.example\n"
      "X-Mail-Args: <a@x.test> SIZE=40\n"
      "X-Rcpt-Args: <b@y.test>\n"
      "X-Rcpt-Args: <c@y.test> NOTIFY=NEVER\n"
      "Received: from m.eml ([127.0.0.1])\n"
      "\tby sink.example.test (smtp-sink) with ESMTP id 6546764a;\n"
      "\tFri, 27 Nov 2026 23:35:28 +0000 (UTC)\n"
      "Subject: t\n"
      "\n"
      "line1\n"
      ".dot\n"
      "\n";
  SinkMessage m = parse_sink_dump(dump);
  EXPECT_EQ(m.helo, "pst.example");
  EXPECT_EQ(m.mail_from, "a@x.test");
  EXPECT_EQ(m.rcpt_to, (std::vector<std::string>{"b@y.test", "c@y.test"}));
  EXPECT_EQ(m.message, "Subject: t\n\nline1\n.dot\n");
}

TEST(ParseSinkDump, NullSender) {
  SinkMessage m = parse_sink_dump("X-Mail-Args: <>\nX-Rcpt-Args: <b@y>\nReceived: x\n\ty\n\tz\nS: 1\n\n");
  EXPECT_EQ(m.mail_from, "");
  EXPECT_EQ(m.message, "S: 1\n");
}

}  // namespace
}  // namespace pst::test
