// mail_out_test.cc: the subject our templates quote (plain_subject), one rule for every mail.
#include "queue/mail_out.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

TEST(PlainSubject, DropsOurTagAndReplyPrefixesInAnyCaseAndOrder) {
  const std::string n = "PST-2026-00042";
  EXPECT_EQ(plain_subject("Re: [PST-2026-00042] Permohonan data", n), "Permohonan data");
  EXPECT_EQ(plain_subject("RE: Fwd:  BLS: Data inflasi 2024 ", n), "Data inflasi 2024");
  EXPECT_EQ(plain_subject("Balas: AW: WG: TR: R: Data PDRB", n), "Data PDRB");
  EXPECT_EQ(plain_subject("Permohonan data [PST-2026-00042]", n), "Permohonan data");
  EXPECT_EQ(plain_subject("[PST-2026-00041] other ticket's tag stays", n), "[PST-2026-00041] other ticket's tag stays");
  EXPECT_EQ(plain_subject("Reformasi data: Realisasi", n), "Reformasi data: Realisasi") << "a word, not a prefix";
  EXPECT_EQ(plain_subject("Re:", n), "");
  EXPECT_EQ(plain_subject("Re: data", ""), "data");
}

}  // namespace
TEST(CleanTemplateData, OneLineValuesLoseLineBreaksAndControlsMultiLineOnesKeepTheirLines) {
  nlohmann::json d = {{"subject", "Permohonan data\r\n\r\nPENTING: transfer ke rekening 123"},
                      {"requester_name", "I Gede\x1b[2J \xe2\x80\xae" "Artha"},
                      {"body", "Baris satu\r\nBaris dua\x07"},
                      {"missing", nlohmann::json::array({{{"item", "nama\nlengkap"}}})},
                      {"sla_days", 3},
                      {"rating_url", nullptr}};
  clean_template_data(d);
  EXPECT_EQ(d["subject"], "Permohonan data PENTING: transfer ke rekening 123");
  EXPECT_EQ(d["requester_name"], "I Gede [2J Artha");
  EXPECT_EQ(d["body"], "Baris satu\nBaris dua ");
  EXPECT_EQ(d["missing"][0]["item"], "nama lengkap");
  EXPECT_EQ(d["sla_days"], 3);
  EXPECT_TRUE(d["rating_url"].is_null());
  nlohmann::json long_subject = {{"subject", std::string(500, 'a')}};
  clean_template_data(long_subject);
  EXPECT_LE(long_subject["subject"].get<std::string>().size(), 203u) << "cut with an ellipsis";
}

}  // namespace pst
