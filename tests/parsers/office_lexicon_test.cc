// office_lexicon_test.cc: the office's own organisation words (issue 16): a local organisation the
// built-in rules cannot know is recognised once the office lists its first word or its name, and
// a bad line is reported with file and line and skipped.
#include "parsers/office_lexicon.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "parsers/introduction.h"

namespace pst {
namespace {

namespace fs = std::filesystem;

class OfficeLexicon : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst-lexicon-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    (void)load_office_lexicon((dir_ / "none").string());  // back to the built-in rules only
    fs::remove_all(dir_);
  }
  fs::path dir_;
};

TEST_F(OfficeLexicon, LocalOrganisationsAreRecognisedOnceListed) {
  const std::string sekaa = "Nama saya Wayan Sudarta dari Pasantian Widya Dharma Kertha.";
  const std::string bumdes = "saya pengurus Bumdesma Jembrana Sejahtera";
  ASSERT_EQ(find_institution_in(sekaa), std::nullopt) << "the built-in rules already know it: pick another example";
  ASSERT_EQ(find_institution_in(bumdes), std::nullopt);
  // The request reader's cheap test reads a lower-case word by the lexicons and the office's lists alone.
  ASSERT_FALSE(may_name_an_organisation("mohon data anggota bumdesma"));
  ASSERT_FALSE(may_name_an_organisation("kegiatan pasantian kami"));

  std::ofstream(dir_ / "institution-heads.txt") << "# Balinese organisations\npasantian\nPesantian   # any case\n";
  std::ofstream(dir_ / "institutions.txt") << "bumdesma\n";
  EXPECT_TRUE(load_office_lexicon(dir_.string()).empty());
  EXPECT_EQ(find_institution_in(sekaa), std::optional<std::string>("Pasantian Widya Dharma Kertha"));
  EXPECT_TRUE(find_institution_in(bumdes).has_value());
  EXPECT_TRUE(office_head_first("pesantian"));
  EXPECT_TRUE(may_name_an_organisation("mohon data anggota bumdesma"));
  EXPECT_TRUE(may_name_an_organisation("kegiatan pasantian kami"));
  // A lower-case use is an ordinary word, as for the built-in heads.
  EXPECT_EQ(find_institution_in("saya belajar di pasantian dekat rumah"), std::nullopt);
}

// Loading again replaces the lists whole: the words of the last load are gone (the look-ups are views into the
// loaded words, so a reload must leave none pointing at the old ones: run under ASan in sanitised_test).
TEST_F(OfficeLexicon, ALoadReplacesTheWordsOfTheLastOne) {
  std::ofstream(dir_ / "institutions.txt") << "bumdesma\nkoperasisekaa\n";
  EXPECT_TRUE(load_office_lexicon(dir_.string()).empty());
  EXPECT_TRUE(office_standalone("koperasisekaa"));
  std::ofstream(dir_ / "institutions.txt", std::ios::trunc) << "lpdjembrana\n";
  EXPECT_TRUE(load_office_lexicon(dir_.string()).empty());
  EXPECT_TRUE(office_standalone("lpdjembrana"));
  EXPECT_FALSE(office_standalone("koperasisekaa"));
  EXPECT_FALSE(office_standalone("bumdesma"));
  EXPECT_FALSE(may_name_an_organisation("anggota koperasisekaa"));
  EXPECT_TRUE(may_name_an_organisation("anggota lpdjembrana"));
}

TEST_F(OfficeLexicon, BadLinesAreReportedWithFileAndLineAndSkipped) {
  std::ofstream(dir_ / "institutions.txt") << "bumdesma\nDinas Sosial Jembrana\nok-1\n";
  const auto problems = load_office_lexicon(dir_.string());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], (dir_ / "institutions.txt").string() +
                             ":2: \"Dinas Sosial Jembrana\" is not one word of letters, digits, '.' or '-' (one per line)");
  EXPECT_TRUE(office_standalone("bumdesma"));
  EXPECT_TRUE(office_standalone("ok-1"));
  EXPECT_FALSE(office_standalone("dinas"));
}

}  // namespace
}  // namespace pst
