// imap_client_test.cc: ImapClient against a real Dovecot (tests/harness/mailstack.h, one per test),
// plus scripted servers for what Dovecot won't do (no STARTTLS, a silent greeting). Label integration.
#include "transport/imap_client.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tests/harness/mailstack.h"
#include "tests/harness/scripted_server.h"

namespace pst {
namespace {

using namespace std::chrono;
using test::MailStack;
using test::ScriptedServer;

std::string mail(int i, std::string_view extra_body = "") {
  return "From: Requester " + std::to_string(i) + " <r" + std::to_string(i) +
         "@example.test>\r\nTo: pst@example.test\r\nSubject: request " + std::to_string(i) +
         "\r\nMessage-ID: <m" + std::to_string(i) + "@example.test>\r\n\r\nPlease send data " +
         std::to_string(i) + ".\r\n" + std::string(extra_body);
}

// A loopback port nobody listens on.
int closed_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

class ImapClientTest : public ::testing::Test {
 protected:
  MailServerOptions imaps() const {
    return {.url = stack.imaps_url(),
            .user = stack.user(),
            .password = stack.password(),
            .ca_file = stack.ca_file().string(),
            .connect_timeout = seconds{5},
            .timeout = seconds{10}};
  }
  MailStack stack;
};

TEST_F(ImapClientTest, ImapsWithTestCaWorks) {
  ImapClient client(imaps());
  auto st = client.status();
  ASSERT_TRUE(st) << st.error().message;
  EXPECT_NE(st->uidvalidity, 0u);
  EXPECT_EQ(st->uidnext, 1u);
  EXPECT_EQ(st->exists, 0u);
  EXPECT_EQ(client.mailbox(), "INBOX");
}

TEST_F(ImapClientTest, ImapsWithoutTheCaIsRefused) {
  auto o = imaps();
  o.ca_file.clear();
  ImapClient client(o);
  auto st = client.status();
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().kind, ErrorKind::tls) << st.error().message;
  EXPECT_NE(st.error().message.find(stack.imaps_url()), std::string::npos) << st.error().message;
  EXPECT_EQ(st.error().message.find(stack.password()), std::string::npos);
  EXPECT_EQ(stack.dovecot_log().find("Login: user=<"), std::string::npos);
}

TEST_F(ImapClientTest, PlainImapUsesStartTls) {
  auto o = imaps();
  o.url = stack.imap_url();
  ImapClient client(o);
  auto st = client.status();
  ASSERT_TRUE(st) << st.error().message;
  // Dovecot logs how the login arrived: "Login: user=<pst@example.test>, method=PLAIN, ..., TLS, ...".
  std::string log = stack.dovecot_log_with("Login: user=<pst@example.test>");
  auto login = log.find("Login: user=<pst@example.test>");
  ASSERT_NE(login, std::string::npos) << log;
  std::string line = log.substr(login, log.find('\n', login) - login);
  EXPECT_NE(line.find(", TLS"), std::string::npos) << line;
}

TEST_F(ImapClientTest, AllowInsecureLogsInWithoutTlsOnLoopback) {
  auto o = imaps();
  o.url = stack.imap_url();
  o.ca_file.clear();
  o.allow_insecure = true;
  ImapClient client(o);
  auto st = client.status();
  ASSERT_TRUE(st) << st.error().message;
}

TEST_F(ImapClientTest, WrongPasswordIsAnAuthError) {
  auto o = imaps();
  o.password = "not-the-password-xyzzy";
  ImapClient client(o);
  auto st = client.status();
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().kind, ErrorKind::auth) << st.error().message;
  EXPECT_EQ(st.error().message.find("xyzzy"), std::string::npos);
}

TEST_F(ImapClientTest, StatusUidsFetchInternaldateRoundTrip) {
  const sys_seconds arrival = sys_days{2026y / March / 2} + 1h + 2min + 3s;
  std::vector<std::string> mails = {mail(1), mail(2), mail(3)};
  stack.deliver(mails, arrival);

  ImapClient client(imaps());
  auto st = client.status();
  ASSERT_TRUE(st) << st.error().message;
  EXPECT_EQ(st->exists, 3u);
  EXPECT_EQ(st->uidnext, 4u);

  auto all = client.uids_from(1);
  ASSERT_TRUE(all) << all.error().message;
  EXPECT_EQ(*all, (std::vector<std::uint32_t>{1, 2, 3}));
  EXPECT_EQ(*client.uids_from(3), (std::vector<std::uint32_t>{3}));
  // "4:*" makes the server answer UID 3 (the highest): it must not come back as new.
  EXPECT_EQ(*client.uids_from(4), (std::vector<std::uint32_t>{}));

  for (std::uint32_t uid = 1; uid <= 3; ++uid) {
    auto raw = client.fetch(uid);
    ASSERT_TRUE(raw) << raw.error().message;
    EXPECT_EQ(*raw, mails[uid - 1]) << "UID " << uid;
    auto when = client.internaldate(uid);
    ASSERT_TRUE(when) << when.error().message;
    EXPECT_EQ(*when, arrival);
  }
  // Fresh STATUS on the same connection sees mail delivered meanwhile.
  stack.deliver(mail(4));
  st = client.status();
  ASSERT_TRUE(st);
  EXPECT_EQ(st->uidnext, 5u);
  EXPECT_EQ(*client.uids_from(4), (std::vector<std::uint32_t>{4}));
  EXPECT_EQ(client.connections_opened(), 1);
}

TEST_F(ImapClientTest, MissingUidIsNotFound) {
  stack.deliver(mail(1));
  ImapClient client(imaps());
  auto raw = client.fetch(99);
  ASSERT_FALSE(raw);
  EXPECT_EQ(raw.error().kind, ErrorKind::not_found) << raw.error().message;
  auto when = client.internaldate(99);
  ASSERT_FALSE(when);
  EXPECT_EQ(when.error().kind, ErrorKind::not_found);
  EXPECT_EQ(when.error().message, stack.imaps_url() + ": UID FETCH 99 (UID INTERNALDATE): no such message");
  auto seen = client.mark_seen(99);
  ASSERT_FALSE(seen);
  EXPECT_EQ(seen.error().kind, ErrorKind::not_found);
  auto moved = client.move(99, "Processed");
  ASSERT_FALSE(moved);
  EXPECT_EQ(moved.error().kind, ErrorKind::not_found);
  // The session is still usable after the errors.
  EXPECT_TRUE(client.fetch(1));
}

TEST_F(ImapClientTest, MailContentCannotCorruptTheSession) {
  // Lines that look like IMAP replies inside a mail: only a literal-aware reader survives them.
  std::string tricky = mail(1, "A004 OK done\r\n* 99 EXISTS\r\n) \r\n{5}\r\n");
  stack.deliver({tricky, mail(2)});
  ImapClient client(imaps());
  auto raw = client.fetch(1);
  ASSERT_TRUE(raw) << raw.error().message;
  EXPECT_EQ(*raw, tricky);
  auto st = client.status();
  ASSERT_TRUE(st);
  EXPECT_EQ(st->exists, 2u);
  EXPECT_EQ(*client.fetch(2), mail(2));
}

TEST_F(ImapClientTest, MailSeenByAnotherClientIsStillListed) {
  stack.deliver({mail(1), mail(2)});
  stack.mark_seen_by_other_client(1);
  ASSERT_NE(stack.flags_of(1).find("\\Seen"), std::string::npos);
  ImapClient client(imaps());
  auto uids = client.uids_from(1);
  ASSERT_TRUE(uids) << uids.error().message;
  EXPECT_EQ(*uids, (std::vector<std::uint32_t>{1, 2}));
}

TEST_F(ImapClientTest, MarkSeenAndMove) {
  stack.deliver({mail(1), mail(2), mail(3)});
  ImapClient client(imaps());
  auto caps = client.capabilities();
  ASSERT_TRUE(caps) << caps.error().message;
  EXPECT_NE(std::find(caps->begin(), caps->end(), "MOVE"), caps->end());

  auto seen = client.mark_seen(1);
  ASSERT_TRUE(seen) << seen.error().message;
  EXPECT_NE(stack.flags_of(1).find("\\Seen"), std::string::npos);
  EXPECT_EQ(stack.flags_of(3).find("\\Seen"), std::string::npos);

  auto moved = client.move(2, "Processed");
  ASSERT_TRUE(moved) << moved.error().message;
  EXPECT_EQ(stack.uids_in("INBOX"), (std::vector<std::uint32_t>{1, 3}));
  EXPECT_EQ(stack.uids_in("Processed").size(), 1u);
  EXPECT_EQ(*client.uids_from(1), (std::vector<std::uint32_t>{1, 3}));

  auto bad = client.move(3, "Processed\r\nA1 DELETE INBOX");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::invalid_argument);
  auto missing = client.move(3, "NoSuchFolder");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::protocol) << missing.error().message;
  EXPECT_EQ(stack.uids_in("INBOX"), (std::vector<std::uint32_t>{1, 3}));
}

TEST_F(ImapClientTest, MessageOverTheLimitIsTooLargeAndTheSessionRecovers) {
  stack.deliver({mail(1, std::string(5000, 'x') + "\r\n"), mail(2)});
  ImapClient client(imaps(), ImapLimits{.max_message_bytes = 1000});
  auto raw = client.fetch(1);
  ASSERT_FALSE(raw);
  EXPECT_EQ(raw.error().kind, ErrorKind::too_large);
  EXPECT_EQ(raw.error().message, stack.imaps_url() + ": fetch UID 1: larger than 1000 bytes");
  auto small = client.fetch(2);
  ASSERT_TRUE(small) << small.error().message;
  EXPECT_EQ(*small, mail(2));
}

TEST_F(ImapClientTest, ServerRestartBetweenPolls) {
  stack.deliver(mail(1));
  stack.stop_imap();
  {
    ImapClient client(imaps());
    auto st = client.status();
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().kind, ErrorKind::connection) << st.error().message;
  }
  stack.start_imap();
  ImapClient client(imaps());
  auto uids = client.uids_from(1);
  ASSERT_TRUE(uids) << uids.error().message;
  EXPECT_EQ(*uids, (std::vector<std::uint32_t>{1}));
}

TEST_F(ImapClientTest, FetchRangePipelinesWithDatesAndLeavesSeenAlone) {
  const sys_seconds arrival = sys_days{2026y / November / 2} + 8h;
  std::vector<std::string> mails = {mail(1), mail(2, "A004 OK done\r\n* 99 EXISTS\r\n{5}\r\n"),
                                    mail(3, std::string(300'000, 'y') + "\r\n"), mail(4)};
  stack.deliver(mails, arrival);
  ImapClient client(imaps());
  std::vector<FetchedMail> got;
  auto n = client.fetch_range(2, [&](FetchedMail&& m) { got.push_back(std::move(m)); });
  ASSERT_TRUE(n) << n.error().message;
  EXPECT_EQ(*n, 3u);
  ASSERT_EQ(got.size(), 3u);
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].uid, i + 2);
    EXPECT_EQ(got[i].body, mails[i + 1]) << "UID " << got[i].uid;
    EXPECT_EQ(got[i].internaldate, arrival);
  }
  EXPECT_EQ(stack.flags_of(2).find("\\Seen"), std::string::npos) << stack.flags_of(2);

  // "5:*" answers UID 4 (the highest): nothing new.
  got.clear();
  n = client.fetch_range(5, [&](FetchedMail&& m) { got.push_back(std::move(m)); });
  ASSERT_TRUE(n) << n.error().message;
  EXPECT_EQ(*n, 0u);

  // Mail delivered meanwhile shows up on the same connection.
  stack.deliver({mail(5), mail(6)});
  n = client.fetch_range(5, [&](FetchedMail&& m) { got.push_back(std::move(m)); });
  ASSERT_TRUE(n) << n.error().message;
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].uid, 5u);
  EXPECT_EQ(got[1].body, mail(6));
}

// A callback that gives up (the store failed) ends the range where it is: the connection, in the middle of the
// FETCH reply, is dropped, not read to its end by the next command (or by LOGOUT). The next call opens a new
// one and gets every mail again, whole.
TEST_F(ImapClientTest, FetchRangeGivenUpByItsCallbackDownloadsNoMoreOfIt) {
  constexpr int kMails = 6;
  constexpr std::size_t kBody = 1'000'000;
  std::vector<std::string> mails;
  for (int i = 1; i <= kMails; ++i) mails.push_back(mail(i, std::string(kBody, static_cast<char>('a' + i)) + "\r\n"));
  stack.deliver(mails);
  ImapClient client(imaps());
  struct GivenUp {};
  EXPECT_THROW((void)client.fetch_range(1, [](FetchedMail&&) { throw GivenUp{}; }), GivenUp);
  const std::uint64_t when_given_up = client.fetch_received_bytes();
  EXPECT_GT(when_given_up, kBody);
  EXPECT_LT(when_given_up, 2 * kBody) << "more than the first mail and a read chunk was downloaded";

  std::vector<FetchedMail> got;
  auto n = client.fetch_range(1, [&](FetchedMail&& m) { got.push_back(std::move(m)); });
  ASSERT_TRUE(n) << n.error().message;
  ASSERT_EQ(got.size(), static_cast<std::size_t>(kMails));
  for (int i = 0; i < kMails; ++i) EXPECT_EQ(got[i].body, mails[i]) << "UID " << got[i].uid;
  // The given-up range's remaining five mails were not downloaded before the new range (old: 2 x the mailbox).
  EXPECT_LT(client.fetch_received_bytes(), when_given_up + (kMails + 1) * kBody);
}

TEST_F(ImapClientTest, FetchRangeRefusesAMailOverTheLimit) {
  stack.deliver({mail(1), mail(2, std::string(5000, 'x') + "\r\n")});
  ImapClient client(imaps(), ImapLimits{.max_message_bytes = 1000});
  std::size_t seen = 0;
  auto n = client.fetch_range(1, [&](FetchedMail&&) { ++seen; });
  ASSERT_FALSE(n);
  EXPECT_EQ(n.error().kind, ErrorKind::too_large);
  EXPECT_NE(n.error().message.find("over the limit of 1000"), std::string::npos) << n.error().message;
  EXPECT_EQ(seen, 1u);
}

TEST_F(ImapClientTest, FetchRangeWithoutTheCaIsRefused) {
  stack.deliver(mail(1));
  auto o = imaps();
  o.ca_file.clear();
  ImapClient client(o);
  auto n = client.fetch_range(1, [](FetchedMail&&) {});
  ASSERT_FALSE(n);
  EXPECT_EQ(n.error().kind, ErrorKind::tls) << n.error().message;
}

TEST(ImapClientScripted, PlainImapWithoutStartTlsIsRefusedBeforeLogin) {
  ScriptedServer server("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake without STARTTLS\r\n",
                        [](std::string_view line) -> std::optional<std::string> {
                          std::string tag(line.substr(0, line.find(' ')));
                          if (line.find("CAPABILITY") != std::string_view::npos)
                            return "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + " OK done\r\n";
                          if (line.find("LOGOUT") != std::string_view::npos) return "* BYE\r\n" + tag + " OK\r\n";
                          return tag + " BAD unexpected\r\n";
                        });
  ImapClient client({.url = "imap://127.0.0.1:" + std::to_string(server.port()) + "/INBOX",
                     .user = "pst@example.test",
                     .password = "secret-xyzzy",
                     .connect_timeout = seconds{5},
                     .timeout = seconds{5}});
  auto st = client.status();
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().kind, ErrorKind::tls) << st.error().message;
  std::string got = server.received();
  EXPECT_EQ(got.find("secret-xyzzy"), std::string::npos) << got;
  EXPECT_EQ(got.find("LOGIN"), std::string::npos) << got;
  EXPECT_EQ(got.find("AUTHENTICATE"), std::string::npos) << got;
  EXPECT_EQ(got.find("cHN0QGV4YW1wbGUudGVzdA"), std::string::npos) << got;  // base64 of the user
}

// A scripted IMAP server whose mailbox holds UIDs 1..last (no STARTTLS: the client runs with
// allow_insecure on loopback). Answers SEARCH windows with every UID in them.
std::optional<std::string> scripted_mailbox(std::string_view line, std::uint32_t last) {
  std::string tag(line.substr(0, line.find(' ')));
  std::string_view cmd = line.substr(tag.size() + 1);
  auto starts = [&](std::string_view p) { return cmd.substr(0, p.size()) == p; };
  if (starts("CAPABILITY")) return "* CAPABILITY IMAP4rev1\r\n" + tag + " OK\r\n";
  if (starts("LOGIN")) return tag + " OK logged in\r\n";
  if (starts("SELECT")) return "* " + std::to_string(last) + " EXISTS\r\n* OK [UIDVALIDITY 7] x\r\n" + tag + " OK\r\n";
  if (starts("NOOP")) return tag + " OK\r\n";
  if (starts("STATUS")) {
    return "* STATUS INBOX (UIDVALIDITY 7 UIDNEXT " + std::to_string(last + 1) + " MESSAGES " +
           std::to_string(last) + ")\r\n" + tag + " OK\r\n";
  }
  if (starts("UID SEARCH UID ")) {
    std::string range(cmd.substr(15));
    auto colon = range.find(':');
    std::uint32_t lo = std::stoul(range.substr(0, colon)), hi = std::stoul(range.substr(colon + 1));
    std::string out = "* SEARCH";
    for (std::uint32_t u = lo; u <= std::min(hi, last); ++u) out += " " + std::to_string(u);
    return out + "\r\n" + tag + " OK\r\n";
  }
  if (starts("LOGOUT")) return "* BYE\r\n" + tag + " OK\r\n";
  return tag + " BAD\r\n";
}

TEST(ImapClientScripted, LongSearchRepliesComeBackWhole) {
  // 20000 UIDs: a single "* SEARCH" line of ~110 KB would lose its middle in libcurl 7.88.
  const std::uint32_t last = 20000;
  ScriptedServer server("* OK [CAPABILITY IMAP4rev1] fake\r\n",
                        [&](std::string_view line) { return scripted_mailbox(line, last); });
  ImapClient client({.url = "imap://127.0.0.1:" + std::to_string(server.port()) + "/INBOX",
                     .user = "u",
                     .password = "p",
                     .allow_insecure = true,
                     .connect_timeout = seconds{5},
                     .timeout = seconds{10}});
  auto uids = client.uids_from(1);
  ASSERT_TRUE(uids) << uids.error().message;
  ASSERT_EQ(uids->size(), last);
  for (std::uint32_t i = 0; i < last; ++i) ASSERT_EQ((*uids)[i], i + 1);
  EXPECT_NE(server.received().find("UID SEARCH UID 16385:20000"), std::string::npos);
  auto tail = client.uids_from(19990);
  ASSERT_TRUE(tail);
  EXPECT_EQ(tail->size(), 11u);
}

TEST(ImapClientScripted, ConnectionRefusedIsAConnectionError) {
  ImapClient client({.url = "imaps://127.0.0.1:" + std::to_string(closed_port()) + "/INBOX",
                     .user = "u",
                     .password = "p",
                     .connect_timeout = seconds{5},
                     .timeout = seconds{5}});
  auto st = client.status();
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().kind, ErrorKind::connection) << st.error().message;
}

TEST(ImapClientScripted, SilentServerHitsTheTimeout) {
  ScriptedServer server("");  // accepts, never greets
  ImapClient client({.url = "imaps://127.0.0.1:" + std::to_string(server.port()) + "/INBOX",
                     .user = "u",
                     .password = "p",
                     .connect_timeout = milliseconds{700},
                     .timeout = milliseconds{1000}});
  auto start = steady_clock::now();
  auto st = client.status();
  auto took = steady_clock::now() - start;
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().kind, ErrorKind::timeout) << st.error().message;
  EXPECT_LT(took, seconds{3});
  EXPECT_GE(server.connections(), 1);
}

TEST(ImapClientOptions, UrlMustNameAMailbox) {
  ImapClient client({.url = "imaps://127.0.0.1:1"});
  auto st = client.status();
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().kind, ErrorKind::invalid_argument);
  EXPECT_EQ(st.error().message, "imaps://127.0.0.1:1: the URL must name a mailbox (\"…/INBOX\")");
}

// The pipelined fetch holds about one read chunk of the reply, however fast the server sends and
// however slowly the mails are taken: reading on until the socket was empty once piled a whole
// mailbox up in memory (152 MB in the benchmark). The first mail is taken slowly, so the server
// fills every buffer on the way; the reader must still hand mails out as they complete.
TEST_F(ImapClientTest, FetchRangeHoldsOneChunkNotTheMailbox) {
  std::vector<std::string> mails;
  for (int i = 1; i <= 150; ++i) mails.push_back(mail(i, std::string(40'000, static_cast<char>('a' + i % 26)) + "\r\n"));
  stack.deliver(mails);
  ImapClient client(imaps());
  std::size_t seen = 0, largest = 0;
  auto n = client.fetch_range(1, [&](FetchedMail&& m) {
    if (seen++ % 50 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(300));
    largest = std::max(largest, m.body->size());
  });
  ASSERT_TRUE(n) << n.error().message;
  EXPECT_EQ(*n, mails.size());
  // A 64 KB read chunk can complete at most two 40 KB mails and a piece of a third.
  EXPECT_LE(client.fetch_peak_held_bytes(), 64 * 1024 + 2 * largest + 1024) << "held at once";
  EXPECT_GE(client.fetch_peak_held_bytes(), largest);  // the measure itself works
}

}  // namespace
}  // namespace pst
