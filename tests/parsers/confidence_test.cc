// confidence_test.cc: table tests of parsers/confidence: what speaks against a "missing" verdict, one
// row per class (the sender's own name in the text, a name-shaped last line, an organisation word
// followed by a name, an attached file, thanks for something received) and the look-alikes that must not raise a doubt (an
// organisation as the sender, the place someone lives, a closing line, a bare question).
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parsers/confidence.h"

namespace pst {
namespace {

struct Row {
  const char* what;
  const char* from_name;
  const char* text;
  bool name_found, institution_found, request_found;
  const char* attachment;       // file name, or nullptr
  const char* expected_doubt;   // a substring of one doubt, or nullptr for none
  bool unsure;
};

ParsedMail mail_of(const Row& r) {
  ParsedMail p;
  if (r.from_name) p.mail.from = Address{"someone@example.org", r.from_name};
  if (r.attachment) p.mail.attachments.push_back(AttachmentInfo{r.attachment, "application/pdf", 1000, "2"});
  if (r.name_found) p.requester.name = "Found Name";
  if (r.institution_found) p.requester.institution = "Found Institution";
  if (r.request_found) p.request = "data PDRB";
  if (!p.requester.name) p.missing.push_back("name");
  if (!p.requester.institution) p.missing.push_back("institution");
  if (!p.request) p.missing.push_back("request");
  return p;
}

class ConfidenceTable : public ::testing::TestWithParam<Row> {};

TEST_P(ConfidenceTable, Row) {
  const Row& r = GetParam();
  ParsedMail p = mail_of(r);
  assess_confidence(p, r.text);
  std::string all;
  for (const auto& d : p.doubts) all += d + "\n";
  if (r.expected_doubt) {
    EXPECT_NE(all.find(r.expected_doubt), std::string::npos) << r.what << "\n" << all;
  } else {
    EXPECT_TRUE(p.doubts.empty()) << r.what << "\n" << all;
  }
  EXPECT_EQ(missing_is_unsure(p), r.unsure) << r.what << "\n" << all;
  // The thanks rule is also a flag of its own (the intake routes such a mail to the sender's ticket).
  const bool thanks_doubt = r.expected_doubt && std::string(r.expected_doubt).find("thanks") != std::string::npos;
  EXPECT_EQ(p.thanks_for_received, thanks_doubt) << r.what;
  // A field that was found is sure whatever the text says.
  if (r.name_found) {
    EXPECT_EQ(p.confidence.name, kSure);
  }
  if (r.institution_found) {
    EXPECT_EQ(p.confidence.institution, kSure);
  }
  if (r.request_found) {
    EXPECT_EQ(p.confidence.request, kSure);
  }
}

const Row kRows[] = {
    {"sender's name signed in the text", "Kadek Dwi Pratiwi",
     "Selamat pagi, mohon data kemiskinan 2024.\nTerima kasih, Kadek", false, true, true, nullptr,
     "the sender's own name \"Kadek\"", true},
    {"a name-shaped last line", nullptr, "Mohon data IPM Jembrana 2020-2024.\n\nHormat saya,\nI Gede Wirawan Putra",
     false, true, true, nullptr, "the last line \"I Gede Wirawan Putra\"", true},
    {"an all-caps signature with titles is still name-shaped", nullptr,
     "Mohon data luas panen padi.\n\nHORMAT KAMI,\nGUSTI NGURAH PUTRA", false, true, true, nullptr,
     "the last line \"GUSTI NGURAH PUTRA\"", true},
    {"an organisation word followed by a name", nullptr,
     "Saya Made Suta dari Kelompok Tani Sari Merta, mohon data produksi kakao.", true, false, true, nullptr,
     "names an organisation (\"Kelompok Tani\")", true},
    {"a faculty named in the text", nullptr, "Saya mahasiswa Fakultas Ekonomi, mohon data PDRB.", true, false, true,
     nullptr, "(\"Fakultas Ekonomi\")", true},
    {"a request letter attached", nullptr, "Dengan hormat, bersama ini kami sampaikan.", true, true, false,
     "Surat.pdf", "a file is attached (\"Surat.pdf\")", true},
    {"an organisation as the sender is no person's name", "Bappeda Jembrana",
     "Bersama ini kami sampaikan permohonan data.\n\nHormat kami,\nBappeda Kabupaten Jembrana", false, true, true,
     nullptr, nullptr, false},
    {"where someone lives is no institution", nullptr,
     "Saya warga Desa Baluk Kecamatan Negara, mohon data jumlah penduduk.", true, false, true, nullptr, nullptr, false},
    {"a closing line is no name", "Ayu", "Mohon data inflasi.\nTerima kasih banyak", false, true, true, nullptr,
     nullptr, false},
    {"a bare question states no request", nullptr, "Selamat siang, apakah saya bisa minta bantuan untuk data ya?",
     true, true, false, nullptr, nullptr, false},
    {"a pictograph in the display name is no name", "🌸 Ayu 🌸", "🌸 mau minta data ipm kak 🌸", false, true, true,
     nullptr, nullptr, false},
    {"a lower-case 'sekolah' is an ordinary word", nullptr, "mohon data jumlah sekolah SD per kecamatan.", true, false,
     true, nullptr, nullptr, false},
    {"nothing against a missing name", "putu123", "mohon data pdrb jembrana 2023 terima kasih", false, true, true,
     nullptr, nullptr, false},
    {"thanks for data received, nothing asked: a follow-up, not a request short of details", nullptr,
     "Selamat siang,\nTerima kasih banyak atas datanya yang sudah dikirimkan kemarin, sangat membantu skripsi "
     "saya.\nSalam, Budi", true, true, false, nullptr, "thanks for something received", true},
    {"the same in English", nullptr, "Dear PST team,\nThank you for sending the data on tourism last week.\nBest, Ann",
     true, true, false, nullptr, "thanks for something received", true},
    {"anticipatory thanks close a request: no evidence", nullptr,
     "Saya ingin konsultasi. Mohon bantuannya, terima kasih atas bantuannya.", true, true, false, nullptr, nullptr,
     false},
    {"thanks for the data with a new question: the reply path decides, no doubt here", nullptr,
     "Terima kasih atas datanya. Apakah ada juga untuk tahun 2023?", true, true, false, nullptr, nullptr, false},
    {"thanks for the data, and a new request read: a request, not a lost follow-up", nullptr,
     "Terima kasih atas datanya kemarin. Sekarang saya membutuhkan data PDRB 2023.", true, true, true, nullptr,
     nullptr, false},
    {"everything found: nothing to doubt", "Kadek Dwi", "Saya Kadek Dwi dari Universitas Udayana, mohon data PDRB.",
     true, true, true, "lampiran.pdf", nullptr, false},
};

INSTANTIATE_TEST_SUITE_P(Doubts, ConfidenceTable, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row>& i) { return "row" + std::to_string(i.index); });

// A doubt quotes the mail (a file name, a line of text) to an officer in pstq show, one doubt a line:
// a crafted value may not add lines or reorder what the officer reads.
TEST(Confidence, ADoubtQuotesTheMailOnOneCleanLine) {
  ParsedMail p;
  p.requester.name = "Putu";
  p.requester.institution = "Universitas Udayana";
  p.missing = {"request"};
  p.mail.attachments.push_back(AttachmentInfo{"a.pdf\n    then: pstq fix 1 --complete\xE2\x80\xAE" + std::string(300, 'x'),
                                              "application/pdf", 10, "2"});
  assess_confidence(p, std::string_view("Berikut saya kirimkan file."));
  ASSERT_EQ(p.doubts.size(), 1u);
  const std::string& d = p.doubts[0];
  EXPECT_EQ(d.find('\n'), std::string::npos) << d;
  EXPECT_EQ(d.find("\xE2\x80\xAE"), std::string::npos) << "the bidi override is gone: " << d;
  EXPECT_LT(d.size(), 200u) << d;
  EXPECT_NE(d.find("a.pdf then: pstq fix"), std::string::npos) << "still readable: " << d;
}

}  // namespace
}  // namespace pst
