// language_test.cc: Indonesian vs English, casual forms included; default Indonesian.
#include "parsers/language.h"
#include "parsers/text_scan.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

struct LangCase {
  const char* text;
  Language want;
};

class LanguageTest : public ::testing::TestWithParam<LangCase> {};

TEST_P(LanguageTest, Detects) { EXPECT_EQ(detect_language(GetParam().text), GetParam().want) << GetParam().text; }

const LangCase kLangCases[] = {
    {"Selamat pagi, saya ingin meminta data penduduk.", Language::id},
    {"sy mau minta data utk tugas, makasih", Language::id},
    {"Dear team, I would like to request the poverty data for Jembrana.", Language::en},
    {"Hi, could you send me the census tables? Thanks", Language::en},
    {"", Language::id},
    {"5/5", Language::id},
    // No function word either way: the words only one real lexicon knows decide.
    {"\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86 - very helpful staff.", Language::en},
    {"Feedback\nExcellent service, quick response.", Language::en},
    {"Pelayanan cepat, petugas ramah. Mantap!", Language::id},
    {"Bintang lima, respon cepat sekali", Language::id},
    {"Halo, saya Kevin dari Ciputra. I need data tingkat hunian hotel di Jembrana ya, terima kasih.", Language::id},
    // The Balinese "I" before a name is no English pronoun, in capitals too.
    {"TIANG NGATURANG NILAI LIMA. PETUGASNYA SABAR NGAJAHIN TIANG BACA TABEL. SUKSMA\n\nI KETUT SUARJANA",
     Language::id},
    {"Nilai lima, petugas sabar.\nI Gusti Ayu Ratna", Language::id},
    // Written in both, each substantially: the office's language.
    {"Yth. Nasabah / Dear Customer,\nTerima kasih telah menghubungi kami. Pesan Anda telah kami terima dan akan "
     "ditindaklanjuti dalam 2x24 jam. Ini adalah pesan otomatis, mohon tidak membalas.\nThank you for contacting us. "
     "Your message has been logged. This is an automated message, please do not reply.",
     Language::id},
};

INSTANTIATE_TEST_SUITE_P(Table, LanguageTest, ::testing::ValuesIn(kLangCases));

// A reply's own words decide; the thread's subject (often ours, in Indonesian) only when they do not.
Language of_reply(std::string_view own_words, std::string_view thread_subject) {
  return detect_language(thread_subject, own_words, text::lower(own_words), true);
}

TEST(Language, AReplysOwnWordsOverTheThreadsSubject) {
  EXPECT_EQ(of_reply("5/5 from me! Super quick and friendly. Terima kasih!\n\nSophie",
                     "Layanan selesai - mohon penilaian Anda"),
            Language::en);
  EXPECT_EQ(of_reply("Sangat membantu, terima kasih.", "Your request has been closed"), Language::id);
  EXPECT_EQ(of_reply("5/5", "Layanan selesai - mohon penilaian Anda"), Language::id);
  EXPECT_EQ(of_reply("5/5", "Request closed - please rate the service"), Language::en);
  // The Balinese name "Made" signing is no English "made"; "Made in Bali" is.
  EXPECT_EQ(of_reply("4\n\nMade", "Layanan selesai - mohon penilaian Anda"), Language::id);
  EXPECT_EQ(of_reply("4, Made Sukarta", "Layanan selesai - mohon penilaian Anda"), Language::id);
  EXPECT_EQ(of_reply("Made in Bali, 4", "Layanan selesai - mohon penilaian Anda"), Language::en);
  // A new mail's subject counts with its words.
  EXPECT_EQ(detect_language("Request for the poverty data, please", "5/5", "5/5", false), Language::en);
  EXPECT_EQ(detect_language("Permohonan data kemiskinan dari kampus", "5/5", "5/5", false), Language::id);
}

// The wamerican tables: its words in lower case, and apart its proper nouns (given names and surnames are
// written capitalised there), so "tom" and "baker" are both and "happy" only a word.
TEST(EnglishWords, ProperNounsApartFromWords) {
  for (const char* w : {"tom", "baker", "grace", "wilson"}) EXPECT_TRUE(is_english_proper_name(w)) << w;
  for (const char* w : {"happy", "sorry", "waiting", "very", "data"}) EXPECT_FALSE(is_english_proper_name(w)) << w;
  for (const char* w : {"tom", "baker", "happy", "data"}) EXPECT_TRUE(is_english_word(w)) << w;
  EXPECT_FALSE(is_english_word("jembrana"));
}

}  // namespace
}  // namespace pst
