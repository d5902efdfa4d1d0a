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
}  // namespace pst
