// mime_golden_test.cc: the bytes of outgoing mail, as mimetic and our header writer put them
// together, compared with reviewed files in golden_mime/: the acknowledgement, the request for
// completion, an officer's reply with attachments (binary, UTF-8 names: RFC 2231 + RFC 2047
// fallback), the closure mail and the two digests. Subject and text are the template golden files
// (golden/); the boundary, date and Message-ID are fixed so the bytes are reproducible.
// Regenerate after an intended change: PSTMAIL_UPDATE_GOLDEN=1 ctest -R MimeGolden (review the diff).
// golden_mime/ is also what tests/compose/check_mime.py (Python's email) and the Dovecot test read.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "compose/message_builder.h"

namespace pst {
namespace {

using namespace std::chrono;

std::string read(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

struct Case {
  std::string name;       // golden_mime/NAME.eml
  std::string template_;  // golden/TEMPLATE.txt: "Subject: ...\n\nbody"
  bool attachments = false;
};

OutgoingMail mail_for(const Case& c) {
  const std::string rendered = read(PSTMAIL_SOURCE_DIR "/tests/compose/golden/" + c.template_ + ".txt");
  EXPECT_EQ(rendered.rfind("Subject: ", 0), 0u) << c.template_;
  const auto eol = rendered.find('\n');
  OutgoingMail m;
  m.from = {"bps5101@bps.go.id", "PST BPS Kabupaten Jembrana"};
  m.to = {{"ayu.sriwahyuni@student.example.ac.id", "Ni Luh Ayú Sriwahyuni"}};
  m.subject = rendered.substr(9, eol - 9);
  m.text_body = rendered.substr(rendered.find_first_not_of('\n', eol));
  m.message_id = "pstmail.PST-2026-00042.0123456789abcdef@bps.go.id";
  m.in_reply_to = "CAF=abc123@mail.example.org";
  m.references = {"CAF=abc123@mail.example.org"};
  m.date = sys_days{2026y / December / 4} + 2h + 30min;
  m.auto_submitted = c.template_.find("officer_reply") == 0 ? "no" : "auto-replied";
  m.boundary = "=_pst_golden_0001";
  if (c.attachments) {
    std::string binary;
    for (int i = 0; i < 4000; ++i) binary += static_cast<char>((i * 131 + 7) & 0xff);
    m.attachments = {
        {"Tabel PDRB Désa Négara – Jembrana 2021-2025 (harga berlaku dan harga konstan).xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", binary},
        {"catatan metodologi.pdf", "application/pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"},
        {"🙏 terima kasih.txt", "text/plain", "Terima kasih.\n"},
    };
  }
  return m;
}

class MimeGolden : public ::testing::TestWithParam<Case> {};

TEST_P(MimeGolden, BytesAreTheReviewedOnes) {
  const Case& c = GetParam();
  const std::string built = build_message(mail_for(c));
  const std::string path = PSTMAIL_SOURCE_DIR "/tests/compose/golden_mime/" + c.name + ".eml";
  const char* update = std::getenv("PSTMAIL_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << built;
    GTEST_SKIP() << "wrote " << path;
  }
  EXPECT_EQ(built, read(path)) << "differs from " << path << " (PSTMAIL_UPDATE_GOLDEN=1 to regenerate)";
}

INSTANTIATE_TEST_SUITE_P(Outgoing, MimeGolden,
                         ::testing::Values(Case{"acknowledgement", "acknowledgement.id"},
                                           Case{"request_completion", "request_completion.id"},
                                           Case{"officer_reply_attachments", "officer_reply.id", true},
                                           Case{"closure", "closure.id"},
                                           Case{"reminder_digest", "reminder_digest.id"},
                                           Case{"escalation_digest", "escalation_digest.en"}),
                         [](const ::testing::TestParamInfo<Case>& i) { return i.param.name; });

}  // namespace
}  // namespace pst
