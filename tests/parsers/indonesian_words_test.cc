// indonesian_words_test.cc: verb forms from the hunspell-id stems, told from names that are words or
// begin like verbs; and the introduction no longer taking a verb phrase for a signature name.
#include <gtest/gtest.h>

#include "parsers/indonesian_words.h"
#include "parsers/introduction.h"

namespace pst {
namespace {

struct Row {
  const char* word;
  bool verb;
};

class VerbForm : public ::testing::TestWithParam<Row> {};

TEST_P(VerbForm, Row) { EXPECT_EQ(is_indonesian_verb_form(GetParam().word), GetParam().verb) << GetParam().word; }

INSTANTIATE_TEST_SUITE_P(
    Words, VerbForm,
    ::testing::Values(
        // me- with its nasal change, on a dictionary stem (with or without a suffix)
        Row{"menunggu", true}, Row{"mengajukan", true}, Row{"menyebutkan", true}, Row{"membaca", true},
        Row{"memakai", true}, Row{"mencari", true}, Row{"mengirim", true}, Row{"meminta", true},
        Row{"memohon", true}, Row{"menyusun", true}, Row{"mendengar", true}, Row{"menulis", true},
        // plain me-/di- only with a verbal suffix
        Row{"merasakan", true}, Row{"dikirimkan", true}, Row{"dilampirkan", true}, Row{"lampirkan", true},
        Row{"sampaikan", true},
        // memper-/diper- (the causative per- inside the prefix): "Perkenankan saya memperkenalkan diri"
        Row{"memperkenalkan", true}, Row{"memperoleh", true}, Row{"mempersiapkan", true}, Row{"diperkenalkan", true},
        Row{"dipersiapkan", true},
        // names: words, or shaped like a prefix + stem without the sound change or suffix
        Row{"mentari", false}, Row{"meliana", false}, Row{"melati", false}, Row{"dinata", false},
        Row{"dimas", false}, Row{"diana", false}, Row{"dewi", false}, Row{"bagus", false}, Row{"sari", false},
        Row{"putri", false}, Row{"berlian", false}, Row{"permata", false}, Row{"mega", false}, Row{"made", false},
        Row{"wayan", false}, Row{"menik", false}, Row{"meta", false}),
    [](const ::testing::TestParamInfo<Row>& i) { return std::string(i.param.word); });

// One list of the names a Balinese "I" stands before, for the introduction and the language detector alike.
TEST(IndonesianWords, NamesABalineseIStandsBefore) {
  for (const char* name : {"wayan", "made", "nyoman", "ketut", "gusti", "kt", "gst", "gde", "wy"})
    EXPECT_TRUE(follows_balinese_i(name)) << name;
  for (const char* word : {"am", "ketupat", "mad", "would", ""}) EXPECT_FALSE(follows_balinese_i(word)) << word;
}

TEST(IndonesianWords, StemsComeFromTheDictionary) {
  EXPECT_TRUE(is_indonesian_stem("tunggu"));
  EXPECT_TRUE(is_indonesian_stem("kirim"));
  EXPECT_FALSE(is_indonesian_stem("qwerty"));
  EXPECT_FALSE(is_indonesian_stem("menunggu")) << "an affixed form is not a stem";
}

// A transitive verb stem (one hunspell-id lets take both di- and me-), bare or with di-/ter-/ber-; names
// that are words take neither pair.
TEST(IndonesianWords, TransitiveVerbWords) {
  for (const char* verb : {"balas", "beri", "tulis", "kirim", "tertulis", "dibalas", "berbalas"})
    EXPECT_TRUE(is_indonesian_verb_word(verb)) << verb;
  for (const char* name : {"dewi", "sari", "bagus", "putri", "made", "wayan", "ayu", "indah", "tulus", "asih", "dian"})
    EXPECT_FALSE(is_indonesian_verb_word(name)) << name;
}

TEST(IndonesianWords, AVerbInLowerCaseAfterSayaIsNoName) {
  EXPECT_EQ(find_introduction("Perkenankan saya memperkenalkan diri. Nama saya Ni Wayan Sekar Arumsari, mahasiswi "
                              "Universitas Warmadewa.")
                .name,
            "Ni Wayan Sekar Arumsari");
  EXPECT_EQ(find_introduction("Saya balas dari email pribadi. Data sudah saya terima. Saya Ketut Sukanada dari "
                              "UPTD Pasar Umum Negara.\n\nSalam,\nSukanada")
                .name,
            "Ketut Sukanada");
  EXPECT_EQ(find_introduction("Saya beri empat dari lima. Datanya lengkap.\n\nSalam,\nPutu Adi Kurniawan").name,
            "Putu Adi Kurniawan");
  EXPECT_EQ(find_introduction("Mohon maaf, ada koreksi: nama saya tertulis \"Ni Kadek Sumartini\", yang benar Ni Kadek "
                              "Sumertini.\n\nTerima kasih.\nNi Kadek Sumertini")
                .name,
            "Ni Kadek Sumertini");
  EXPECT_EQ(find_introduction("halo kak, saya dewi dari unud, mau minta data penduduk 2025").name, "Dewi");
}

TEST(IndonesianWords, AVerbPhraseUnderAClosingIsNoName) {
  const Introduction i = find_introduction("Mohon data IPM Jembrana 2024.\n\nHormat saya,\nMenunggu Kabar Baik\n");
  EXPECT_FALSE(i.name.has_value()) << *i.name;
  const Introduction j = find_introduction("Mohon data IPM Jembrana 2024.\n\nHormat saya,\nMentari Dewi Lestari\n");
  ASSERT_TRUE(j.name.has_value()) << "a name that begins like a verb is still a name";
  EXPECT_EQ(*j.name, "Mentari Dewi Lestari");
}

}  // namespace
}  // namespace pst
