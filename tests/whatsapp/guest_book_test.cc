// guest_book_test.cc: the guest book asks only what is missing (name -> institution -> need),
// reads every message with the mail parser's understanding, takes a short answer as the field asked
// for, accepts "pribadi", and lets a first message that says everything skip the questions.
#include "whatsapp/guest_book.h"

#include <gtest/gtest.h>

namespace pst::whatsapp {
namespace {

TEST(GuestBook, AFirstMessageThatSaysEverythingAsksNothing) {
  GuestBook book;
  EXPECT_EQ(read_into(book, "Selamat pagi, saya Putu Ayu dari Universitas Pendidikan Ganesha. Saya ingin meminta data "
                            "IPM Kabupaten Jembrana tahun 2024."),
            Question::none);
  EXPECT_EQ(book.name, "Putu Ayu");
  EXPECT_EQ(book.institution, "Universitas Pendidikan Ganesha");
  ASSERT_TRUE(book.need);
  EXPECT_NE(book.need->find("IPM"), std::string::npos);
}

TEST(GuestBook, AsksOnlyWhatIsMissingInOrder) {
  GuestBook book;
  EXPECT_EQ(read_into(book, "halo min"), Question::name);
  EXPECT_EQ(read_into(book, "budi santoso"), Question::institution);
  EXPECT_EQ(book.name, "Budi Santoso");
  EXPECT_EQ(read_into(book, "Kelompok Tani Sari Merta"), Question::need);
  EXPECT_EQ(book.institution, "Kelompok Tani Sari Merta");
  EXPECT_EQ(read_into(book, "jumlah petani padi per desa di Melaya"), Question::none);
  EXPECT_EQ(book.need, "jumlah petani padi per desa di Melaya");
}

TEST(GuestBook, NeedStatedFirstThenTheIntroduction) {
  GuestBook book;
  EXPECT_EQ(read_into(book, "Mohon data jumlah penduduk Kecamatan Negara tahun 2025"), Question::name);
  ASSERT_TRUE(book.need);
  EXPECT_EQ(read_into(book, "Saya Kadek Wira dari SMAN 1 Negara"), Question::none);
  EXPECT_EQ(book.name, "Kadek Wira");
  EXPECT_EQ(book.institution, "SMAN 1 Negara");
}

TEST(GuestBook, PribadiIsAnAnswerNotAnInstitution) {
  for (const char* answer : {"pribadi", "Pribadi.", "umum saja", "tidak ada", "-", "personal"}) {
    GuestBook book;
    book.name = "Nyoman Arta";
    book.asked = Question::institution;
    EXPECT_EQ(read_into(book, answer), Question::need) << answer;
    EXPECT_TRUE(book.no_institution) << answer;
    EXPECT_FALSE(book.institution) << answer;
  }
  GuestBook stated;
  EXPECT_EQ(read_into(stated, "Saya Nyoman Arta, untuk keperluan pribadi, ingin tahu data inflasi Jembrana November 2026."),
            Question::none);
  EXPECT_TRUE(stated.no_institution);
}

TEST(GuestBook, AnAnswerThatIsNoNameIsAskedAgain) {
  for (const char* answer : {"kenapa?", "tidak mau", "081234567890", "budi@gmail.com", "ok"}) {
    GuestBook book;
    book.asked = Question::name;
    EXPECT_EQ(read_into(book, answer), Question::name) << answer;
    EXPECT_FALSE(book.name) << answer;
  }
}

TEST(GuestBook, AnInstitutionAnswerWithADashIsAnInstitution) {
  GuestBook book;
  book.name = "Sari";
  book.asked = Question::institution;
  read_into(book, "Universitas Udayana - Fakultas Ekonomi");
  EXPECT_FALSE(book.no_institution);
  ASSERT_TRUE(book.institution);
  EXPECT_EQ(book.institution->rfind("Universitas Udayana", 0), 0u) << *book.institution;
}

}  // namespace
}  // namespace pst::whatsapp
