// imap_reader_test.cc: scripted server dialogues (KIMAP style), fed whole and in every split; each
// split must give the same responses as one-shot reading (Dovecot's growing-slices habit).
#include "transport/imap_reader.h"

#include <gtest/gtest.h>

#include <random>

namespace pst {
namespace {

using namespace std::chrono;
using Kind = ImapResponse::Kind;

struct Expected {
  Kind kind;
  std::string tag;
  std::string text;
  std::vector<std::string> literals;
};

std::vector<ImapResponse> read_in_chunks(std::string_view wire, const std::vector<std::size_t>& cuts) {
  ImapReader reader;
  std::vector<ImapResponse> out;
  std::size_t pos = 0;
  for (std::size_t cut : cuts) {
    EXPECT_FALSE(reader.feed(wire.substr(pos, cut - pos)));
    pos = cut;
    while (auto r = reader.next()) out.push_back(std::move(*r));
  }
  EXPECT_FALSE(reader.feed(wire.substr(pos)));
  while (auto r = reader.next()) out.push_back(std::move(*r));
  EXPECT_FALSE(reader.in_response());
  return out;
}

void expect_responses(const std::vector<ImapResponse>& got, const std::vector<Expected>& want, const std::string& how) {
  ASSERT_EQ(got.size(), want.size()) << how;
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].kind, want[i].kind) << how << " #" << i;
    EXPECT_EQ(got[i].tag, want[i].tag) << how << " #" << i;
    EXPECT_EQ(got[i].text, want[i].text) << how << " #" << i;
    EXPECT_EQ(got[i].literals, want[i].literals) << how << " #" << i;
  }
}

// Every single cut point, every pair of cut points for short dialogues, and random chunkings.
void check_all_splits(std::string_view wire, const std::vector<Expected>& want) {
  expect_responses(read_in_chunks(wire, {}), want, "one shot");
  for (std::size_t a = 0; a <= wire.size(); ++a) expect_responses(read_in_chunks(wire, {a}), want, "cut " + std::to_string(a));
  std::vector<std::size_t> every;
  for (std::size_t a = 1; a < wire.size(); ++a) every.push_back(a);
  expect_responses(read_in_chunks(wire, every), want, "byte by byte");
  std::mt19937 rng(42);
  for (int round = 0; round < 50; ++round) {
    std::vector<std::size_t> cuts;
    std::size_t p = 0;
    while (true) {
      p += 1 + rng() % 17;
      if (p >= wire.size()) break;
      cuts.push_back(p);
    }
    expect_responses(read_in_chunks(wire, cuts), want, "random " + std::to_string(round));
  }
}

TEST(ImapReader, GreetingTaggedAndContinuation) {
  check_all_splits("* OK [CAPABILITY IMAP4rev1 IDLE] ready\r\n+ idling\r\nA1 OK done\r\n+\r\n",
                   {{Kind::untagged, "", "OK [CAPABILITY IMAP4rev1 IDLE] ready", {}},
                    {Kind::continuation, "", "idling", {}},
                    {Kind::tagged, "A1", "OK done", {}},
                    {Kind::continuation, "", "", {}}});
}

TEST(ImapReader, LiteralThatLooksLikeRepliesDoesNotEndTheCommand) {
  const std::string body = "Subject: x\r\n\r\nA004 OK done\r\n* 99 EXISTS\r\n{5}\r\n";
  const std::string wire = "* 1 FETCH (UID 7 BODY[] {" + std::to_string(body.size()) + "}\r\n" + body +
                           " FLAGS (\\Seen))\r\n* 2 EXISTS\r\n* 1 EXPUNGE\r\nA004 OK Fetch completed.\r\n";
  check_all_splits(wire, {{Kind::untagged, "", "1 FETCH (UID 7 BODY[] {" + std::to_string(body.size()) + "} FLAGS (\\Seen))", {body}},
                          {Kind::untagged, "", "2 EXISTS", {}},
                          {Kind::untagged, "", "1 EXPUNGE", {}},
                          {Kind::tagged, "A004", "OK Fetch completed.", {}}});
}

TEST(ImapReader, SeveralLiteralsEmptyLiteralAndBye) {
  check_all_splits("* 3 FETCH (BODY[HEADER] {3}\r\nabc BODY[TEXT] {0}\r\n UID 9)\r\n* BYE shutting down\r\n",
                   {{Kind::untagged, "", "3 FETCH (BODY[HEADER] {3} BODY[TEXT] {0} UID 9)", {"abc", ""}},
                    {Kind::untagged, "", "BYE shutting down", {}}});
}

TEST(ImapReader, LimitsAreErrors) {
  ImapReader small({.max_line_bytes = 16, .max_literal_bytes = 100});
  EXPECT_EQ(small.feed("* OK this line is far too long\r\n"), "response line longer than 16 bytes");
  EXPECT_TRUE(small.feed("more"));  // stays broken
  ImapReader lit({.max_line_bytes = 100, .max_literal_bytes = 10});
  EXPECT_EQ(lit.feed("* 1 FETCH (BODY[] {11}\r\n"), "literal of 11 bytes is over the limit of 10");
  EXPECT_TRUE(lit.literal_over_limit());
  EXPECT_FALSE(small.literal_over_limit());
  ImapReader bad;
  EXPECT_EQ(bad.feed("garbage\r\n"), "malformed response line \"garbage\"");
}

TEST(ImapReader, PartialResponseIsVisible) {
  ImapReader r;
  EXPECT_FALSE(r.feed("* 1 FETCH (BODY[] {10}\r\nabc"));
  EXPECT_TRUE(r.in_response());
  EXPECT_FALSE(r.next());
}

ImapResponse untagged(std::string text, std::vector<std::string> literals = {}) {
  return {Kind::untagged, "", std::move(text), std::move(literals)};
}

TEST(ParseFetchResponse, DovecotOrder) {
  auto m = parse_fetch_response(untagged("1 FETCH (UID 7 INTERNALDATE \"02-Mar-2026 01:02:03 +0000\" BODY[] {5})",
                                         {"hello"}));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->seq, 1u);
  EXPECT_EQ(m->uid, 7u);
  EXPECT_EQ(m->internaldate, sys_days{2026y / March / 2} + 1h + 2min + 3s);
  EXPECT_EQ(m->body, "hello");
  EXPECT_FALSE(m->flags);
}

TEST(ParseFetchResponse, OtherOrdersAndForms) {
  auto m = parse_fetch_response(untagged("12 FETCH (BODY[] {2} FLAGS (\\Seen $Forwarded) uid 40)", {"hi"}));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->uid, 40u);
  EXPECT_EQ(m->body, "hi");
  EXPECT_EQ(m->flags, "(\\Seen $Forwarded)");
  m = parse_fetch_response(untagged("2 FETCH (UID 3 BODY[] \"a \\\"q\\\"\")"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->body, "a \"q\"");
  m = parse_fetch_response(untagged("2 FETCH (UID 3 BODY[] NIL MODSEQ (12) BODY[HEADER.FIELDS (FROM TO)] {1})", {"x"}));
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->body);
  m = parse_fetch_response(untagged("2 FETCH (FLAGS (\\Seen) UID 3)"));
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->body);
}

TEST(ParseFetchResponse, RejectsMalformed) {
  const char* bad[] = {
      "2 EXISTS",
      "x FETCH (UID 3)",
      "2 FETCH UID 3",
      "2 FETCH (FLAGS (\\Seen))",                        // no UID
      "2 FETCH (UID 3 INTERNALDATE \"yesterday\")",
      "2 FETCH (UID 3 BODY[] {4})",                      // marker without literal
      "2 FETCH (UID 3 BODY[] \"unterminated)",
      "2 FETCH (UID 3 FLAGS (\\Seen)",
  };
  for (const char* b : bad) EXPECT_FALSE(parse_fetch_response(untagged(b))) << b;
  EXPECT_FALSE(parse_fetch_response({Kind::tagged, "A1", "1 FETCH (UID 3)", {}}));
}

}  // namespace
}  // namespace pst
