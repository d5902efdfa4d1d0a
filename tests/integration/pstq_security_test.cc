// pstq_security_test.cc: issue 15's officer-side promises that need no second Unix login (the
// setgid ones are tests/pstq/setgid_test.cc), against the real pstmaild, Dovecot and smtp-sink:
//   item 6: a requester's escape sequences (subject, body, attachment name) never reach the
//           officer's terminal through `pstq show` or `pstq list`;
//   item 7: `pstq show` hides the rating link of the closure mail (and of a reply quoting it);
//   item 8: an action made with --as records the real login ("root as made");
//   item 9: `pstq close` works without the rating key (only pstmaild has it, as a credential):
//           pstmaild builds the closure mail and its link verifies.
#include <cstdlib>
#include <fstream>
#include <regex>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "compose/message_builder.h"
#include "config/config.h"
#include "parsers/mime_decode.h"
#include "queue/ratings.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

/// Any byte a terminal acts on: C0 controls other than LF, DEL, C1 (as UTF-8 U+0080-U+009F).
bool has_terminal_control(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F)
      return true;
  }
  return false;
}

class PstqSecurityTest : public DaemonTest {
 protected:
  int pstq(const std::string& args) { return run_pstq(PSTQ_BINARY, args, "", out_); }
  std::string first_number() {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets ORDER BY id LIMIT 1");
    return s.step() ? s.text(0) : "";
  }
  std::string out_;
};

TEST_F(PstqSecurityTest, EscapeSequencesFromARequesterNeverReachTheTerminal) {
  // OSC (set the window title), CSI clear screen, a C1 CSI, a bidi override: in the subject (an
  // encoded word, since a raw ESC in a header is refused by some servers), the body and the name
  // of an attachment.
  const std::string evil_subject = "Data \x1b]0;pwned\x07 penduduk \x1b[2J \xc2\x9b" "31m \xe2\x80\xae" "fdp.exe";
  std::string b64 = encode_base64_lines(evil_subject);
  while (!b64.empty() && (b64.back() == '\n' || b64.back() == '\r')) b64.pop_back();
  stack_->deliver(
      "From: Putu Ayu Lestari <putu.lestari@student.example.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
      "Subject: =?UTF-8?B?" + b64 + "?=\r\nDate: Mon, 30 Nov 2026 09:12:44 +0800\r\n"
      "Message-ID: <evil-1@mail.example.test>\r\nMIME-Version: 1.0\r\n"
      "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
      "Perkenalkan, nama saya Putu Ayu Lestari, mahasiswa Universitas Udayana.\r\n"
      "Saya membutuhkan data jumlah penduduk \x1b[1A\x1b[2K per kecamatan \x1b]52;c;ZXZpbA==\x07 tahun 2025.\r\n"
      "\r\n--b1\r\nContent-Type: text/plain\r\n"
      "Content-Disposition: attachment; filename*=UTF-8''surat%1B%5D0%3Bx%07.txt\r\n\r\nisi\r\n--b1--\r\n");
  ASSERT_EQ(run_once(), 0) << output_;
  const std::string number = first_number();
  ASSERT_FALSE(number.empty()) << output_;

  ASSERT_EQ(pstq("show " + number), 0) << out_;
  EXPECT_FALSE(has_terminal_control(out_)) << out_;
  EXPECT_EQ(out_.find("\xe2\x80\xae"), std::string::npos) << "bidi override passed";
  EXPECT_NE(out_.find("pwned"), std::string::npos) << "the visible text stays: " << out_;
  EXPECT_NE(out_.find("per kecamatan"), std::string::npos) << out_;
  EXPECT_NE(out_.find("surat"), std::string::npos) << "the attachment is listed: " << out_;

  ASSERT_EQ(pstq("list"), 0) << out_;
  EXPECT_FALSE(has_terminal_control(out_)) << out_;
  ASSERT_EQ(pstq("show " + number + " --json"), 0) << out_;
  EXPECT_FALSE(has_terminal_control(out_)) << out_;
  EXPECT_FALSE(nlohmann::json::parse(out_, nullptr, false).is_discarded()) << out_;
}

TEST_F(PstqSecurityTest, CloseWithoutTheKeyLetsTheDaemonSignAndShowHidesTheLinkAndRecordsTheRealLogin) {
  // The packaged layout: the rating key is only pstmaild's credential; pstq has no key_file.
  const auto creds = stack_->dir() / "credentials";
  std::filesystem::create_directories(creds);
  const std::string key = "0123456789abcdef0123456789abcdef";
  std::ofstream(creds / "rating-key") << key << "\n";
  ConfigOverrides o;
  o.extra = "rating: {listen: \"127.0.0.1:1\", base_url: \"https://pst.example.test/r\", expire_days: 30}\n";
  write_config(o);

  ::setenv("CREDENTIALS_DIRECTORY", creds.c_str(), 1);
  stack_->deliver(complete_request(51));
  const int ingest = run_once();
  ::unsetenv("CREDENTIALS_DIRECTORY");
  ASSERT_EQ(ingest, 0) << output_;
  ASSERT_EQ(stack_->wait_for_received(1, 10s).size(), 1u);
  const std::string number = first_number();

  // Closing as the assigned officer (root acting --as made): works, no mail built here.
  ASSERT_EQ(pstq("close " + number + " --as made"), 0) << out_;
  EXPECT_NE(out_.find("pstmaild sends the closure mail"), std::string::npos) << out_;
  EXPECT_EQ(count("SELECT count(*) FROM pending_closures"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'closure'"), 0);

  // The daemon, which has the key, builds and sends it.
  ::setenv("CREDENTIALS_DIRECTORY", creds.c_str(), 1);
  const int drain = run_once();
  ::unsetenv("CREDENTIALS_DIRECTORY");
  ASSERT_EQ(drain, 0) << output_;
  auto got = stack_->wait_for_received(2, 10s);
  ASSERT_EQ(got.size(), 2u) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM pending_closures"), 0);
  DecodedMail closure = decode_mail(got[1].message, MimeLimits{});
  std::smatch m;
  const std::regex link(R"(https://pst\.example\.test/r/([A-Za-z0-9._-]+))");
  ASSERT_TRUE(std::regex_search(closure.text, m, link)) << closure.text;
  const std::string token = m[1].str();
  {
    auto d = db();
    VerifiedToken v = verify_rating_token(*d, key, token, std::chrono::floor<std::chrono::seconds>(
                                                               std::chrono::system_clock::now()));
    EXPECT_EQ(v.check, TokenCheck::ok) << token;
  }

  // The officer does not see the link, neither in the closure mail nor quoted in a reply.
  stack_->deliver(fmt::format(
      "From: Putu Ayu Lestari <putu.lestari@student.example.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
      "Subject: Re: [{}] Permohonan data\r\nMessage-ID: <quote-1@mail.example.test>\r\n"
      "Content-Type: text/plain; charset=UTF-8\r\n\r\nTerima kasih!\r\n\r\n> Nilai layanan kami: {}\r\n",
      number, m[0].str()));
  ASSERT_EQ(run_daemon({"--once", "--no-send"}), 0) << output_;
  ASSERT_EQ(pstq("show " + number), 0) << out_;
  EXPECT_EQ(out_.find(token), std::string::npos) << out_;
  EXPECT_EQ(out_.find(token.substr(token.rfind('.') + 1)), std::string::npos) << "the mac leaked: " << out_;
  EXPECT_NE(out_.find("https://pst.example.test/r/" + number + ".…"), std::string::npos) << out_;
  ASSERT_EQ(pstq("show " + number + " --json"), 0) << out_;
  EXPECT_EQ(out_.find(token.substr(token.rfind('.') + 1)), std::string::npos) << out_;

  // The audit trail says who really closed it.
  auto j = nlohmann::json::parse(out_);
  bool found = false;
  for (const auto& e : j["events"])
    if (e["type"] == "closed") {
      found = true;
      EXPECT_EQ(e["actor"], "made");
      EXPECT_EQ(e["made_by"], "root");
    }
  EXPECT_TRUE(found) << out_;
  ASSERT_EQ(pstq("show " + number), 0) << out_;
  EXPECT_NE(out_.find("root as made"), std::string::npos) << out_;
}

}  // namespace
}  // namespace pst::test
