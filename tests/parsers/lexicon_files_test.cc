// lexicon_files_test.cc: the built-in lexicons are data (parsers/lexicon/*.txt, compiled into tables at
// build time); a line the build would drop (not one lower-case word) fails here instead of vanishing,
// and the compiled tables hold what the files say.
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "parsers/introduction.h"

namespace pst {
namespace {

TEST(LexiconFiles, EveryLineIsOneLowerCaseWordOrAComment) {
  int files = 0, words = 0;
  const std::regex word("^[a-z0-9.&-]+$");
  for (const auto& e : std::filesystem::directory_iterator(PSTMAIL_SOURCE_DIR "/parsers/lexicon")) {
    if (e.path().extension() != ".txt") continue;
    ++files;
    std::ifstream in(e.path());
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty() || line[0] == '#') continue;
      EXPECT_TRUE(std::regex_match(line, word)) << e.path().filename().string() << ":" << n << ": \"" << line << "\"";
      ++words;
    }
  }
  EXPECT_EQ(files, 4);
  EXPECT_GT(words, 400);
}

TEST(LexiconFiles, TheCompiledTablesAreTheFiles) {
  // One word from each file, used the way the parser uses it.
  EXPECT_EQ(find_institution_in("pegawai Dinas Sosial"), "Dinas Sosial");                // organisation-heads
  EXPECT_EQ(find_institution_in("mahasiswa undiksha"), "undiksha");                      // campuses
  EXPECT_EQ(find_institution_in("pegawai bappeda"), "bappeda");                          // organisations
  EXPECT_EQ(find_institution_in("I work at Bali Hope Foundation"), "Bali Hope Foundation");  // heads-last
}

}  // namespace
}  // namespace pst
