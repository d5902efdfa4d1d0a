// imap_response_test.cc: server reply text -> values (tables of raw lines, Trojita style).
#include "transport/imap_response.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

using namespace std::chrono;

TEST(ParseStatusResponse, DovecotReply) {
  auto st = parse_status_response("* STATUS INBOX (UIDVALIDITY 1795822527 UIDNEXT 13 MESSAGES 12)\r\n");
  ASSERT_TRUE(st);
  EXPECT_EQ(*st, (MailboxStatus{1795822527u, 13u, 12u}));
}

TEST(ParseStatusResponse, QuotedMailboxWithParenthesesAndOtherLines) {
  auto st = parse_status_response(
      "* 3 EXISTS\r\n* OK [UIDVALIDITY 9] x\r\n* STATUS \"Odd (name)\" (MESSAGES 2 UIDNEXT 5 UIDVALIDITY 7)\r\n");
  ASSERT_TRUE(st);
  EXPECT_EQ(*st, (MailboxStatus{7u, 5u, 2u}));
}

TEST(ParseStatusResponse, MissingFieldsOrJunk) {
  EXPECT_FALSE(parse_status_response("* STATUS INBOX (MESSAGES 2)\r\n"));
  EXPECT_FALSE(parse_status_response("* STATUS INBOX (UIDNEXT x UIDVALIDITY 7)\r\n"));
  EXPECT_FALSE(parse_status_response(""));
  EXPECT_FALSE(parse_status_response("* STATUS INBOX UIDNEXT 5 UIDVALIDITY 7\r\n"));
}

TEST(ParseSearchResponse, Table) {
  struct Case {
    const char* text;
    std::vector<std::uint32_t> want;
  } cases[] = {
      {"* SEARCH\r\n", {}},
      {"* SEARCH 4\r\n", {4}},
      {"* SEARCH 4 5 19\r\n", {4, 5, 19}},
      {"* 7 EXISTS\r\n* SEARCH 4 5\r\n* SEARCH 6\r\n", {4, 5, 6}},
      {"* SEARCHX 4\r\n", {}},
      {"* search 2 3", {2, 3}},
  };
  for (const auto& c : cases) EXPECT_EQ(parse_search_response(c.text), c.want) << c.text;
}

TEST(ParseCapabilityResponse, UpperCasesAtoms) {
  auto caps = parse_capability_response("* CAPABILITY IMAP4rev1 IDLE move UIDPLUS AUTH=PLAIN\r\n");
  EXPECT_EQ(caps, (std::vector<std::string>{"IMAP4REV1", "IDLE", "MOVE", "UIDPLUS", "AUTH=PLAIN"}));
}

TEST(FindFetchInternaldate, PicksTheLineForTheUid) {
  const char* text =
      "* 2 FETCH (FLAGS (\\Seen) UID 8)\r\n"
      "* 3 FETCH (UID 9 INTERNALDATE \"02-Mar-2026 01:02:03 +0000\")\r\n"
      "* 4 FETCH (INTERNALDATE \" 5-Apr-2026 10:00:00 +0800\" UID 10)\r\n";
  EXPECT_EQ(find_fetch_internaldate(text, 9), "02-Mar-2026 01:02:03 +0000");
  EXPECT_EQ(find_fetch_internaldate(text, 10), " 5-Apr-2026 10:00:00 +0800");
  EXPECT_EQ(find_fetch_internaldate(text, 8), std::nullopt);
  EXPECT_EQ(find_fetch_internaldate(text, 11), std::nullopt);
  EXPECT_TRUE(has_fetch_for_uid(text, 8));
  EXPECT_FALSE(has_fetch_for_uid(text, 90));
}

TEST(HasExpunge, Table) {
  EXPECT_TRUE(has_expunge("* OK [COPYUID 1 4 1] Moved\r\n* 3 EXPUNGE\r\n"));
  EXPECT_FALSE(has_expunge("* OK [COPYUID 1 4 1] Moved\r\n"));
  EXPECT_FALSE(has_expunge("* EXPUNGE\r\n"));
}

TEST(ParseImapDateTime, Table) {
  const auto base = sys_days{2026y / March / 2} + 1h + 2min + 3s;
  struct Case {
    const char* text;
    std::optional<sys_seconds> want;
  } cases[] = {
      {"02-Mar-2026 01:02:03 +0000", base},
      {" 2-Mar-2026 01:02:03 +0000", base},
      {"2-Mar-2026 01:02:03 +0000", base},
      {"02-mar-2026 09:02:03 +0800", base},
      {"01-Mar-2026 20:02:03 -0500", base},
      {"02-Mar-2026 01:02:03", std::nullopt},
      {"31-Feb-2026 01:02:03 +0000", std::nullopt},
      {"02-Foo-2026 01:02:03 +0000", std::nullopt},
      {"02-Mar-2026 24:02:03 +0000", std::nullopt},
      {"02-Mar-2026 01:02:03 0000", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(parse_imap_date_time(c.text), c.want) << c.text;
}

TEST(QuoteImapString, EscapesAndRefuses) {
  EXPECT_EQ(quote_imap_string("INBOX"), "\"INBOX\"");
  EXPECT_EQ(quote_imap_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(quote_imap_string("Processed/2026"), "\"Processed/2026\"");
  EXPECT_EQ(quote_imap_string("a\r\nA1 DELETE INBOX"), std::nullopt);
  EXPECT_EQ(quote_imap_string(std::string_view("a\0b", 3)), std::nullopt);
  EXPECT_EQ(quote_imap_string("Diproses\xc3\xa9"), std::nullopt);
}

}  // namespace
}  // namespace pst

namespace pst {
namespace {

TEST(UidSet, CompressesRunsInAnyOrder) {
  EXPECT_EQ(uid_set({}), "");
  EXPECT_EQ(uid_set({7}), "7");
  EXPECT_EQ(uid_set({5, 1, 2, 3, 8, 7, 3}), "1:3,5,7:8");
  EXPECT_EQ(uid_set({4294967295u, 4294967294u}), "4294967294:4294967295");
}

}  // namespace
}  // namespace pst
