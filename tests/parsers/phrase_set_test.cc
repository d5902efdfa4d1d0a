// phrase_set_test.cc: PhraseSet finds exactly what one text::contains_word per phrase finds (the rule
// it replaces on the hot path), on table cases and on random texts made of the phrases' own words,
// glued, split and punctuated every way.
#include "parsers/phrase_set.h"

#include <gtest/gtest.h>

#include <random>

#include "parsers/text_scan.h"
#include "tests/parsers/random_text.h"

namespace pst::text {
namespace {

std::vector<std::size_t> by_contains_word(const std::vector<std::string_view>& phrases, std::string_view low) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < phrases.size(); ++i)
    if (contains_word(low, phrases[i])) out.push_back(i);
  return out;
}

const std::vector<std::string_view> kPhrases = {
    "harga", "harga konsumen", "indeks harga", "tidak puas", "puas", "rata-rata lama sekolah", "rata-rata",
    "number of", "ooo:", "[ooo]", "di mana", "sp2020", "2024", "don't mind", "if you don't mind", "a"};

struct Case {
  const char* text;
  std::vector<std::size_t> expected;  // indices in kPhrases
};

TEST(PhraseSet, TableCases) {
  const PhraseSet set(kPhrases);
  for (const Case& c : std::vector<Case>{
           {"indeks harga konsumen naik", {0, 1, 2}},
           {"hargai usaha kami", {}},
           {"saya tidak puas.", {3, 4}},
           {"kurang-puas", {4}},
           {"data rata-rata lama sekolah 2024", {5, 6, 12}},
           {"the number of visitors", {7}},
           {"ooo: away", {8}},
           {"ooo:x", {}},
           {"subject [ooo] cuti", {9}},
           {"dimana di mana", {10}},
           {"hasil sp2020 dan sp20201", {11}},
           {"2024a", {}},
           {"éharga", {0}},  // UTF-8 bytes are no letters for contains_word either
           {"if you don't mind", {13, 14}},
           {"a", {15}},
           {"", {}},
       }) {
    EXPECT_EQ(set.found(c.text), c.expected) << c.text;
    EXPECT_EQ(set.found(c.text), by_contains_word(kPhrases, c.text)) << c.text;
    EXPECT_EQ(set.any(c.text), !c.expected.empty()) << c.text;
  }
}

TEST(PhraseSet, APhraseListedTwiceIsFoundOnce) {
  const PhraseSet set({"ipm", "pdrb", "ipm", "indeks pembangunan", "indeks pembangunan"});
  EXPECT_EQ(set.found("ipm dan indeks pembangunan manusia"), (std::vector<std::size_t>{0, 3}));
  // Into a buffer kept from one text to the next: what the last text has, nothing of the one before.
  std::vector<std::size_t> kept{7, 7, 7};
  set.found("ipm dan indeks pembangunan manusia", kept);
  EXPECT_EQ(kept, (std::vector<std::size_t>{0, 3}));
  set.found("tidak ada", kept);
  EXPECT_TRUE(kept.empty());
  EXPECT_EQ(set.matches("ipm").size(), 1u);
}

TEST(PhraseSet, GroupsAreFoundInOneScanEachAsItsOwnSet) {
  const std::vector<std::string_view> topics = {"desa", "harga", "desa"}, regions = {"bali", "desa"};
  const PhraseSet both({topics, regions});
  EXPECT_EQ(both.group_start(1), 3u);
  EXPECT_EQ(both.group_start(2), 5u);
  // "desa" once in the first group (listed twice there) and once in the second.
  EXPECT_EQ(both.found("harga desa di bali"), (std::vector<std::size_t>{0, 1, 3, 4}));
}

TEST(PhraseSet, MatchesGiveEveryOccurrenceWithItsPlace) {
  const PhraseSet set({"puas", "tidak puas"});
  const std::string low = "puas? tidak puas";
  auto m = set.matches(low);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(low.substr(m[0].begin, m[0].end - m[0].begin), "puas");
  EXPECT_EQ(m[1].phrase, 1u);
  EXPECT_EQ(low.substr(m[1].begin, m[1].end - m[1].begin), "tidak puas");
  EXPECT_EQ(low.substr(m[2].begin, m[2].end - m[2].begin), "puas");
}

using testing_text::random_text;

TEST(PhraseSet, AgreesWithContainsWordOnRandomTexts) {
  const PhraseSet set(kPhrases);
  const std::vector<std::string_view> pieces = {"harga", "konsumen", "indeks", "tidak", "puas", "rata", "lama",
                                                "sekolah", "number", "of", "ooo", "di", "mana", "sp2020", "2024",
                                                "don't", "mind", "if", "you", "a", "x", "é",
                                                // long runs, capitals, and the bytes just outside each range
                                                "harga2024konsumen", "HARGA", "Zaman09", "@", "`", "{", "/"};
  const std::vector<std::string_view> gaps = {" ", "", "-", ":", ".", "[", "]", "\n", "'", "  ", "@", "`", "{",
                                              "/", "~", "\x7f", "\xc3\xa9"};
  std::mt19937 rng(17);
  for (int round = 0; round < 20000; ++round) {
    const std::string low = random_text(rng, pieces, gaps, 12);
    ASSERT_EQ(set.found(low), by_contains_word(kPhrases, low)) << "\"" << low << "\"";
  }
}

// The scan classes the text's bytes 64 at a time: words and phrases across those blocks, words longer than a block,
// a text ending inside a word, and texts just shorter and longer than a block are found as contains_word finds them.
TEST(PhraseSet, AgreesWithContainsWordAcrossBlocksOfTheScan) {
  const PhraseSet set(kPhrases);
  const std::string long_word(70, 'a');
  const std::vector<std::string_view> pieces = {"harga", "konsumen", "tidak", "puas", "indeks", "of", "number", "x",
                                                "2024", "harga2024konsumen", long_word, "HARGA", "é", "@", "`", "{"};
  const std::vector<std::string_view> gaps = {" ", "", "-", ".", "\n", "  ", "[", "/", ":", "\x7f", "\xc3\xa9"};
  std::mt19937 rng(64);
  for (int round = 0; round < 20000; ++round) {
    std::string low = random_text(rng, pieces, gaps, 40);
    if (rng() % 2) low.resize(low.size() - std::min<std::size_t>(low.size(), rng() % 4));  // end inside a word
    ASSERT_EQ(set.found(low), by_contains_word(kPhrases, low)) << "\"" << low << "\"";
    ASSERT_EQ(set.matches(low).size(), set.matches(low + " ").size()) << "\"" << low << "\"";
  }
}

}  // namespace
}  // namespace pst::text
