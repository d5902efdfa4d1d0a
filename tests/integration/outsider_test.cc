// outsider_test.cc: issue 15, mail side, through the real pstmaild, Dovecot and smtp-sink. An
// outsider who knows a ticket number (they are sequential) or writes a crafted mail cannot steer
// someone else's ticket or make the office mail a third party:
//   - a reply by subject tag from another address changes nothing (state, understanding, rating,
//     deadline), gets no automatic answer, and is kept for the officer (event + notification);
//   - an officer can accept that address (pstq accept-address), after which it counts;
//   - automatic mail goes only to the checked From: never to Reply-To or a "forwarded" sender;
//     those are offered to the officer (pstq show, pstq reply --to);
//   - CR/LF hidden in an encoded subject or display name cannot add a paragraph to the office's
//     mail, and the mail still becomes a ticket with its acknowledgement.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parsers/mime_decode.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* kCitizen = "wayan.sudana@example.org";
constexpr const char* kOutsider = "mallory@attacker.example";

std::string mail(const std::string& from, const std::string& subject, const std::string& body, int n,
                 const std::string& extra_headers = "") {
  return fmt::format(
      "From: {}\r\nTo: PST BPS Kabupaten Jembrana <bps5101@bps.go.id>\r\nSubject: {}\r\n"
      "Date: Mon, 30 Nov 2026 09:12:44 +0800\r\nMessage-ID: <outsider-{}@mail.example.test>\r\n{}"
      "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{}",
      from, subject, n, extra_headers, body);
}

class OutsiderTest : public DaemonTest {
 protected:
  std::string number() {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets ORDER BY id LIMIT 1");
    return s.step() ? s.text(0) : "";
  }
  std::string state() {
    auto d = db();
    Statement s = d->prepare("SELECT state, coalesce(requester_institution, ''), coalesce(due, 0) FROM tickets "
                             "ORDER BY id LIMIT 1");
    return s.step() ? fmt::format("{}|{}|{}", s.text(0), s.text(1), s.int64(2)) : "";
  }
  /// Mails that reached smtp-sink for `address`.
  int mails_to(const std::string& address) {
    int n = 0;
    for (const auto& m : stack_->received())
      for (const auto& r : m.rcpt_to) n += r == address;
    return n;
  }
  std::string out_;
};

TEST_F(OutsiderTest, AReplyByTagFromAnotherAddressChangesNothingAndIsKeptForTheOfficer) {
  // A citizen's incomplete request (no institution): the office asks for the rest.
  stack_->deliver(mail(fmt::format("I Wayan Sudana <{}>", kCitizen), "Permohonan data kemiskinan",
                       "Selamat siang, nama saya I Wayan Sudana. Saya memerlukan data jumlah penduduk miskin "
                       "Kabupaten Jembrana tahun 2025.\r\n",
                       1));
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(stack_->wait_for_received(1, 10s).size(), 1u);
  const std::string n = number();
  const std::string before = state();
  ASSERT_EQ(before.substr(0, 10), "incomplete") << before;

  // The outsider completes it "for" the citizen with their own institution, by the subject tag.
  stack_->deliver(mail(fmt::format("Mallory <{}>", kOutsider), fmt::format("Re: [{}] Permohonan data kemiskinan", n),
                       "Saya mahasiswa Universitas Attacker. Nilai layanan: 1\r\n", 2));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(state(), before) << "the outsider changed the ticket";
  EXPECT_EQ(mails_to(kOutsider), 0) << "the office answered the outsider";
  EXPECT_EQ(count(fmt::format("SELECT count(*) FROM events WHERE type = 'third_party_mail' AND detail LIKE '%{}%'",
                              kOutsider)),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE ticket_id IS NOT NULL"), 2) << "the mail is kept on the ticket";
  EXPECT_EQ(count("SELECT count(*) FROM ratings"), 0);
  // Unassigned (incomplete): the supervisor hears of it, with the command to accept the address.
  auto got = stack_->wait_for_received(2, 10s);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].rcpt_to, std::vector<std::string>{"ayu@example.test"});
  DecodedMail note = decode_mail(got[1].message, MimeLimits{});
  EXPECT_NE(note.text.find(fmt::format("pstq accept-address {} {}", n, kOutsider)), std::string::npos) << note.text;

  // The officer accepts it (it really is the citizen's other address): now its mail counts.
  ASSERT_EQ(run_pstq(PSTQ_BINARY, fmt::format("accept-address {} {} --as ayu", n, kOutsider), "", out_), 0) << out_;
  stack_->deliver(mail(fmt::format("Wayan <{}>", kOutsider), fmt::format("Re: [{}] Permohonan data kemiskinan", n),
                       "Saya dari Dinas Sosial Kabupaten Jembrana.\r\n", 3));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(state().substr(0, 5), "open|") << state();
}

TEST_F(OutsiderTest, AnOutsiderCannotReplaceARatingOrReopenAClosedTicket) {
  stack_->deliver(complete_request(11, kCitizen));
  ASSERT_EQ(run_once(), 0) << output_;
  const std::string n = number();
  ASSERT_EQ(run_pstq(PSTQ_BINARY, fmt::format("reply {} --as made -m 'Terlampir datanya.' --close", n), "", out_), 0)
      << out_;
  stack_->deliver(mail(kCitizen, fmt::format("Re: [{}] Permohonan data penduduk 11", n), "Nilai: 5\r\n", 12));
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(count("SELECT overall FROM ratings"), 5);
  const std::string closed = state();

  stack_->deliver(mail(kOutsider, fmt::format("Re: [{}] Permohonan data penduduk 11", n), "Nilai: 1\r\n", 13));
  stack_->deliver(mail(kOutsider, fmt::format("Re: [{}] pertanyaan baru", n),
                       "Saya minta juga data PDRB Kabupaten Jembrana tahun 2024?\r\n", 14));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT overall FROM ratings"), 5) << "the outsider replaced the rating";
  EXPECT_EQ(state(), closed) << "the outsider reopened the ticket";
  EXPECT_EQ(mails_to(kOutsider), 0);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'third_party_mail'"), 2);
}

TEST_F(OutsiderTest, AutomaticMailGoesOnlyToTheCheckedFromAndOtherAddressesAreOfferedToTheOfficer) {
  // Reply-To a victim; a second mail "forwards" a request as if from another victim.
  stack_->deliver(mail(fmt::format("Putu <{}>", kCitizen), "Permohonan data IPM",
                       "Perkenalkan, nama saya Putu Ayu, mahasiswa Universitas Udayana. Saya membutuhkan data IPM "
                       "Kabupaten Jembrana tahun 2024.\r\n",
                       21, "Reply-To: victim1@example.net\r\n"));
  stack_->deliver(mail(fmt::format("Komang <komang@example.org>"), "Fwd: Permohonan data",
                       "---------- Forwarded message ---------\r\nFrom: Victim Two <victim2@example.net>\r\n"
                       "Date: Mon, 30 Nov 2026\r\nSubject: Permohonan data\r\nTo: bps5101@bps.go.id\r\n\r\n"
                       "Perkenalkan, nama saya Victim Two dari Universitas Udayana. Saya membutuhkan data jumlah "
                       "penduduk Kecamatan Negara tahun 2025.\r\n",
                       22));
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_GE(stack_->wait_for_received(2, 10s).size(), 2u);
  EXPECT_EQ(mails_to("victim1@example.net"), 0);
  EXPECT_EQ(mails_to("victim2@example.net"), 0);
  EXPECT_EQ(mails_to(kCitizen), 1);
  EXPECT_EQ(mails_to("komang@example.org"), 1);

  const std::string n = number();
  ASSERT_EQ(run_pstq(PSTQ_BINARY, "show " + n, "", out_), 0) << out_;
  EXPECT_NE(out_.find("victim1@example.net (Reply-To; pstq reply --to)"), std::string::npos) << out_;
  // The officer may choose it; an address the ticket never saw is refused.
  ASSERT_EQ(run_pstq(PSTQ_BINARY, fmt::format("reply {} --as made -m 'Data terlampir.' --to victim1@example.net", n),
                     "", out_),
            0)
      << out_;
  EXPECT_EQ(run_pstq(PSTQ_BINARY, fmt::format("reply {} --as made -m 'x' --to someone@else.example", n), "", out_), 65)
      << out_;
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_GE(stack_->wait_for_received(3, 10s).size(), 3u);
  EXPECT_EQ(mails_to("victim1@example.net"), 1);
  EXPECT_EQ(mails_to("someone@else.example"), 0);
}

TEST_F(OutsiderTest, LineBreaksHiddenInEncodedWordsCannotAddAParagraphAndTheMailStillBecomesATicket) {
  // "=0D=0A" in a Q-encoded subject and display name: decoded, they would start a new line of the
  // office's acknowledgement ("biaya ... transfer ke rekening ...").
  const std::string subject =
      "=?UTF-8?Q?Permohonan_data=0D=0A=0D=0APENTING:_biaya_PNBP_Rp_250.000_transfer_ke_rekening_123?=";
  stack_->deliver(mail("=?UTF-8?Q?I_Gede=0D=0ABcc:_x@example.net?= <gede@example.org>", subject,
                       "Perkenalkan, nama saya I Gede Artha dari Universitas Pendidikan Ganesha. Saya membutuhkan "
                       "data produksi padi Kabupaten Jembrana tahun 2025.\r\n",
                       31));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE state = 'failed'"), 0) << output_;
  auto got = stack_->wait_for_received(1, 10s);
  ASSERT_EQ(got.size(), 1u) << output_;
  EXPECT_EQ(got[0].rcpt_to, std::vector<std::string>{"gede@example.org"});
  DecodedMail ack = decode_mail(got[0].message, MimeLimits{});
  for (std::size_t start = 0; start < ack.text.size();) {
    std::size_t end = ack.text.find('\n', start);
    if (end == std::string::npos) end = ack.text.size();
    const std::string line = ack.text.substr(start, end - start);
    const std::size_t text = line.find_first_not_of(" \t>");
    EXPECT_FALSE(text != std::string::npos && line.compare(text, 7, "PENTING") == 0)
        << "a line of the office's mail starts with the injection:\n" << ack.text;
    start = end + 1;
  }
  EXPECT_EQ(got[0].message.find("\nBcc:"), std::string::npos) << got[0].message;
}

}  // namespace
}  // namespace pst::test
