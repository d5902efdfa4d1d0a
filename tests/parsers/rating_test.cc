// rating_test.cc: scores in the requester's words, with the scale when stated; non-scores ignored.
#include "parsers/rating.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

struct RatingCase {
  const char* text;
  std::optional<double> value;
  std::optional<double> scale;
};

class RatingTest : public ::testing::TestWithParam<RatingCase> {};

TEST_P(RatingTest, Finds) {
  const RatingCase& c = GetParam();
  std::optional<Rating> r = find_rating(c.text);
  if (!c.value) {
    EXPECT_FALSE(r.has_value()) << c.text << " -> " << (r ? r->value : -1);
    return;
  }
  ASSERT_TRUE(r.has_value()) << c.text;
  EXPECT_EQ(r->value, *c.value) << c.text;
  EXPECT_EQ(r->scale, c.scale) << c.text;
}

const RatingCase kRatingCases[] = {
    {"Nilai: 4", 4, std::nullopt},
    {"On a scale of 1 to 10 I would give it an 8. Very helpful staff.", 8, std::nullopt},
    // Number words before stars or "out of"; a reply that is a number alone.
    {"Four stars from me. Very helpful.", 4, std::nullopt},
    {"Excellent service - five out of five!", 5, 5},
    {"lima bintang untuk PST", 5, std::nullopt},
    {"5\n\nSuksma", 5, std::nullopt},
    {"two of five files could not be opened", std::nullopt, std::nullopt},
    {"dua dari lima tabel belum ada", std::nullopt, std::nullopt},
    {"Puas, empat dari lima. Mungkin lain kali tabelnya bisa disertakan.", 4, 5},
    {"2024\n\nterima kasih", std::nullopt, std::nullopt},
    // A ticked box in a row of boxes; Javanese and Balinese number words, a digit in brackets after one;
    // the ends of our closure mail's scale in words ("1 = sangat tidak puas, 5 = sangat puas").
    {"Penilaian layanan:\n( ) 1   ( ) 2   ( ) 3   (X) 4   ( ) 5\n\nCatatan: perlu 5 hari kerja.", 4, 5},
    {"[ ] 1 [ ] 2 [v] 3 [ ] 4 [ ] 5", 3, 5},
    {"Lampiran (x) 2 berkas", std::nullopt, std::nullopt},
    {"Kulo paringi nilai sekawan (4), datanipun sampun lengkap.", 4, std::nullopt},
    {"Tiang nyuang nilai papat.", 4, std::nullopt},
    {"Sangat puas! Terima kasih banyak kepada Mbak petugas.", 5, 5},
    {"Very satisfied with the help, thank you.", 5, 5},
    {"Terus terang saya sangat tidak puas, datanya terlambat.", 1, 5},
    {"Saya tidak sangat puas, tapi cukup.", std::nullopt, std::nullopt},
    {"Cukup puas dengan datanya.", std::nullopt, std::nullopt},
    // A ticket number on the line before (a form-style rating): only the number is masked.
    {"Nomor tiket : PST-2026-00416\nNilai       : 5\nKomentar    : petugas sangat membantu", 5, std::nullopt},
    {"PST-2026-00416\nrating 4/5", 4, 5},
    {"Tiket PST-2026-00416 sudah selesai", std::nullopt, std::nullopt},
    {"nilai 5, mantap", 5, std::nullopt},
    {"rating 5", 5, std::nullopt},
    {"Rating: 4/5", 4, 5},
    {"saya beri 4 dari 5", 4, 5},
    {"Saya kasih nilai 5", 5, std::nullopt},
    {"5/5", 5, 5},
    {"3/4", 3, 4},
    {"pelayanan 9/10", 9, 10},
    {"bintang 4", 4, std::nullopt},
    {"4 bintang deh", 4, std::nullopt},
    {"Skor saya 9 dari 10", 9, 10},
    {"I'd rate the service 5 out of 5", 5, 5},
    {"Nilai 4,5 dari 5", 4.5, 5},
    {"nilai empat", 4, std::nullopt},
    {"\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86", 4, 5},
    {"\xE2\xAD\x90\xE2\xAD\x90\xE2\xAD\x90", 3, std::nullopt},
    // One star after a digit: the digit is the score, the star its unit.
    {"5 \xE2\xAD\x90 makasih kak, tugas kelompok kami jadi lengkap", 5, std::nullopt},
    {"4\xE2\x98\x85 mantap kak", 4, std::nullopt},
    // Stars without a digit before them are counted.
    {"\xE2\x98\x85\xE2\x98\x85", 2, std::nullopt},
    // not ratings
    {"Terima kasih, data sudah diterima", std::nullopt, std::nullopt},
    {"rapat tanggal 3/4/2026", std::nullopt, std::nullopt},
    {"data nilai tukar petani 2024", std::nullopt, std::nullopt},
    {"nilai IPM 72,5", std::nullopt, std::nullopt},
    {"tiket PST-2026-00005", std::nullopt, std::nullopt},
    {"terima kasih 3 file sudah masuk", std::nullopt, std::nullopt},
    {"data tahun 2020/2021", std::nullopt, std::nullopt},
    {"nilai 15", std::nullopt, std::nullopt},
    {"sudah saya terima 2 dari 3 file", std::nullopt, std::nullopt},
    {"4 dari 5 untuk pelayanannya", 4, 5},
    // A key with -nya; a keycap is its digit; a number opening the reply with a short word of praise.
    {"Bintangnya 4 deh kak, makasih yaa", 4, std::nullopt},
    {"5\xEF\xB8\x8F\xE2\x83\xA3 mantap", 5, std::nullopt},
    {"5 mantap, terima kasih", 5, std::nullopt},
    {"2 file sudah saya terima", std::nullopt, std::nullopt},
    {"1 pertanyaan lagi: apakah ada data 2019?", std::nullopt, std::nullopt},
    // A form's or a table's overall row gives the score right after it; "the overall rate 5.2" is none.
    {"Berikut penilaian kami:\n\n| Aspek | Nilai |\n|---|---|\n| Kecepatan respons | 4 |\n| Keseluruhan | 5 |", 5,
     std::nullopt},
    {"Aspek:\nKecepatan | baik\nKeseluruhan | 5 |", 5, std::nullopt},
    {"The overall unemployment rate 5.2 percent looks right.", std::nullopt, std::nullopt},
    {"Nilai IPM 4,5 persen lebih tinggi.", std::nullopt, std::nullopt},
    {"Nilai sempurna untuk PST BPS Jembrana. Data dikirim sehari setelah diminta.", 5, 5},
    // The scale written before the score.
    {"Skala 1-5: 2.\n\nKurang memuaskan.", 2, 5},
    {"Penilaian (1 sampai 10) = 8, terima kasih", 8, 10},
    {"data tahun 1-5: lengkap", std::nullopt, std::nullopt},
};

INSTANTIATE_TEST_SUITE_P(Table, RatingTest, ::testing::ValuesIn(kRatingCases));

// In the answer to our request for a score, a score given bare; a count, a time, a date or two numbers
// are not one.
struct BareScoreCase {
  const char* lowered;
  std::optional<double> value;
};

class BareScoreTest : public ::testing::TestWithParam<BareScoreCase> {};

TEST_P(BareScoreTest, Finds) {
  const BareScoreCase& c = GetParam();
  std::optional<Rating> r = find_bare_score(c.lowered);
  if (!c.value) {
    EXPECT_FALSE(r.has_value()) << c.lowered << " -> " << (r ? r->value : -1);
    return;
  }
  ASSERT_TRUE(r.has_value()) << c.lowered;
  EXPECT_EQ(r->value, *c.value) << c.lowered;
  EXPECT_EQ(r->scale, std::nullopt) << c.lowered;
}

const BareScoreCase kBareScoreCases[] = {
    {"bagus sekali, 5. obrigadu barak bps jembrana", 5},
    {"easily a five from us. the kids loved the table.", 5},
    {"empat ya kak, datanya lengkap", 4},
    {"oke, tiga dari saya. balasannya agak lama.", 3},
    {"terima kasih!\n4\nsemoga sukses", 4},
    {"mantap (5)", 5},
    {"terima kasih, 2 tabel sudah saya terima", std::nullopt},
    {"sudah saya terima tadi jam 5.", std::nullopt},
    {"negara, 5 desember 2026", std::nullopt},
    {"bagus, 4 atau 5 lah", std::nullopt},
    {"nilai rata-rata 4.5, terima kasih", std::nullopt},
    {"salah satu tabel belum ada", std::nullopt},
    {"dua dari lima tabel belum ada", std::nullopt},
    {"terima kasih atas datanya", std::nullopt},
};

INSTANTIATE_TEST_SUITE_P(Table, BareScoreTest, ::testing::ValuesIn(kBareScoreCases));

TEST(SubjectAsksForAScore, OurClosureMailsAnswered) {
  EXPECT_TRUE(subject_asks_for_a_score("Re: [PST-2026-00012] Permintaan selesai: data penduduk"));
  EXPECT_TRUE(subject_asks_for_a_score("RE: [PST-2026-00012] Request completed"));
  EXPECT_TRUE(subject_asks_for_a_score("Re: [PST-2026-01122] Layanan selesai - mohon penilaian Anda"));
  EXPECT_FALSE(subject_asks_for_a_score("Re: [PST-2026-00012] Permintaan data Anda telah kami terima"));
  EXPECT_FALSE(subject_asks_for_a_score("Re: [PST-2026-00012] Mohon lengkapi identitas pemohon"));
}

}  // namespace
}  // namespace pst
