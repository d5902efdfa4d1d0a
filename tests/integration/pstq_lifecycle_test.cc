// pstq_lifecycle_test.cc: the real pstq binary against a database filled by the real pstmaild from
// a real Dovecot, through a ticket's life: ingest -> auto-assign -> `pstq reply --attach` -> the
// requester's copy at smtp-sink is threaded and carries the attachment byte for byte -> `pstq
// close` -> closure mail. Tests run as root (a supervisor), so officers are played with --as.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parsers/mime_decode.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

std::string header_of(const std::string& message, const std::string& name) {
  std::regex re("(^|\n)" + name + ": ([^\n]*)", std::regex::icase);
  std::smatch m;
  return std::regex_search(message, m, re) ? m[2].str() : "";
}

class PstqTest : public DaemonTest {
 protected:
  /// Runs pstq with PSTMAIL_CONFIG set to the fixture's config; stdout+stderr in out_.
  int pstq(const std::string& args, const std::string& stdin_text = "") {
    return run_pstq(PSTQ_BINARY, args, stdin_text, out_);
  }

  std::string number_of_first_ticket() {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets ORDER BY id LIMIT 1");
    return s.step() ? s.text(0) : "";
  }

  std::string out_;
};

TEST_F(PstqTest, ReplyWithAttachmentIsThreadedAndIntactThenCloseSendsClosure) {
  stack_->deliver(complete_request(1));
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(stack_->wait_for_received(1, 10s).size(), 1u);  // the acknowledgement
  const std::string number = number_of_first_ticket();
  ASSERT_FALSE(number.empty());
  EXPECT_EQ(count("SELECT count(*) FROM tickets WHERE officer = 'made' AND state = 'open'"), 1);

  // list --json as the assigned officer.
  ASSERT_EQ(pstq("list --as made --json"), 0) << out_;
  auto list = nlohmann::json::parse(out_);
  ASSERT_EQ(list.size(), 1u) << out_;
  EXPECT_EQ(list[0]["number"], number);
  EXPECT_EQ(list[0]["state"], "open");
  EXPECT_EQ(list[0]["kind"], "request");
  EXPECT_EQ(list[0]["requester"], "putu.lestari@student.example.ac.id");
  EXPECT_EQ(list[0]["officer"], "made");
  EXPECT_TRUE(list[0]["due"].is_string());

  // A small PDF-like file with every byte value (binary-safe) and a CSV.
  std::string pdf = "%PDF-1.4\n";
  for (int i = 0; i < 256; ++i) pdf += static_cast<char>(i);
  pdf += "\n%%EOF\n";
  const std::string pdf_path = (stack_->dir() / "penduduk.pdf").string();
  std::ofstream(pdf_path, std::ios::binary) << pdf;
  const std::string csv = "kecamatan;penduduk\nNegara;85000\nMendoyo;61000\n";
  const std::string csv_path = (stack_->dir() / "penduduk.csv").string();
  std::ofstream(csv_path, std::ios::binary) << csv;

  // Text from stdin (not a terminal); ticket as the short form "YEAR-SEQ".
  const std::string short_form = number.substr(number.find('-') + 1);
  ASSERT_EQ(pstq(fmt::format("reply {} --as made --attach '{}' '{}'", short_form, pdf_path, csv_path),
                 "Terlampir data jumlah penduduk per kecamatan.\n"),
            0)
      << out_;
  EXPECT_NE(out_.find("reply queued"), std::string::npos) << out_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets WHERE state = 'answered' AND first_reply IS NOT NULL"), 1);

  ASSERT_EQ(run_once(), 0) << output_;
  auto got = stack_->wait_for_received(2, 10s);
  ASSERT_EQ(got.size(), 2u);
  const std::string& reply = got[1].message;
  EXPECT_EQ(got[1].rcpt_to, std::vector<std::string>{"putu.lestari@student.example.ac.id"});
  EXPECT_EQ(header_of(reply, "In-Reply-To"), "<request-1@mail.example.test>");
  EXPECT_NE(header_of(reply, "References").find("<request-1@mail.example.test>"), std::string::npos);
  EXPECT_NE(header_of(reply, "Subject").find("[" + number + "]"), std::string::npos);
  EXPECT_EQ(header_of(reply, "Auto-Submitted"), "");

  MimeLimits limits;
  DecodedMail decoded = decode_mail(reply, limits);
  EXPECT_NE(decoded.text.find("Terlampir data jumlah penduduk"), std::string::npos) << decoded.text;
  ASSERT_EQ(decoded.attachments.size(), 2u) << reply;
  EXPECT_EQ(decoded.attachments[0].filename, "penduduk.pdf");
  EXPECT_EQ(decoded.attachments[0].content_type, "application/pdf");
  EXPECT_EQ(extract_part(reply, decoded.attachments[0].part_id, limits), pdf);
  EXPECT_EQ(decoded.attachments[1].filename, "penduduk.csv");
  auto csv_back = extract_part(reply, decoded.attachments[1].part_id, limits);
  ASSERT_TRUE(csv_back);
  // text/* parts may travel with CRLF line ends: compare the content line by line.
  std::string normal = std::regex_replace(*csv_back, std::regex("\r\n"), "\n");
  EXPECT_EQ(normal, csv);

  // show lists the thread (inbound + outgoing) and the events.
  ASSERT_EQ(pstq(fmt::format("show {} --as made", number)), 0) << out_;
  EXPECT_NE(out_.find("penduduk.pdf"), std::string::npos) << out_;
  EXPECT_NE(out_.find("replied"), std::string::npos) << out_;

  // close -> closure mail.
  ASSERT_EQ(pstq(fmt::format("close {} --as made", number)), 0) << out_;
  ASSERT_EQ(run_once(), 0) << output_;
  got = stack_->wait_for_received(3, 10s);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_NE(header_of(got[2].message, "Subject").find("Permintaan selesai"), std::string::npos) << got[2].message;
  EXPECT_EQ(header_of(got[2].message, "In-Reply-To"), "<request-1@mail.example.test>");
  EXPECT_EQ(count("SELECT count(*) FROM tickets WHERE state = 'closed' AND closed IS NOT NULL"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'closed' AND actor = 'made'"), 1);

  // search finds it by the requester's words.
  ASSERT_EQ(pstq("search penduduk --json"), 0) << out_;
  auto hits = nlohmann::json::parse(out_);
  ASSERT_EQ(hits.size(), 1u) << out_;
  EXPECT_EQ(hits[0]["number"], number);
}

TEST_F(PstqTest, OfficerIsRefusedOnAnotherOfficersTicketSupervisorIsNot) {
  stack_->deliver(complete_request(2));
  ASSERT_EQ(run_once(), 0) << output_;
  const std::string number = number_of_first_ticket();
  ASSERT_EQ(pstq(fmt::format("assign {} ayu", number)), 0) << out_;  // root: a supervisor
  EXPECT_EQ(pstq(fmt::format("reply {} --as made -m 'halo'", number)), 77) << out_;
  EXPECT_NE(out_.find("belongs to ayu"), std::string::npos) << out_;
  EXPECT_EQ(pstq(fmt::format("show {} --as made", number)), 77) << out_;
  EXPECT_EQ(pstq(fmt::format("note {} --as ayu -m 'dicek'", number)), 0) << out_;
  EXPECT_EQ(pstq(fmt::format("list --as made --officer ayu")), 77) << out_;
  EXPECT_EQ(pstq("list --as nobody"), 77) << out_;
  EXPECT_EQ(pstq("lsit"), 64) << out_;
  EXPECT_NE(out_.find("did you mean \"list\""), std::string::npos) << out_;
}

TEST_F(PstqTest, RequesterWritingAgainNotifiesTheOfficer) {
  stack_->deliver(complete_request(3));
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(stack_->wait_for_received(1, 10s).size(), 1u);
  const std::string number = number_of_first_ticket();
  stack_->deliver(fmt::format(
      "From: Putu Ayu Lestari <putu.lestari@student.example.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
      "Subject: Re: [{}] Permohonan data penduduk 3\r\nDate: Mon, 30 Nov 2026 11:00:00 +0800\r\n"
      "Message-ID: <request-3b@mail.example.test>\r\nIn-Reply-To: <request-3@mail.example.test>\r\n"
      "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
      "Mohon maaf, apakah datanya bisa dalam format Excel?\r\n",
      number));
  ASSERT_EQ(run_once(), 0) << output_;
  auto got = stack_->wait_for_received(2, 10s);
  ASSERT_EQ(got.size(), 2u) << output_;
  EXPECT_EQ(got[1].rcpt_to, std::vector<std::string>{"made@example.test"});
  EXPECT_EQ(header_of(got[1].message, "Auto-Submitted"), "auto-generated");
  EXPECT_NE(got[1].message.find("format Excel"), std::string::npos) << got[1].message;
}

}  // namespace
}  // namespace pst::test
