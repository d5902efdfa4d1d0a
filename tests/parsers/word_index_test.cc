// word_index_test.cc: WordIndex / WordSet answer exactly as std::unordered_set / map do (the
// containers they replace on the hot path): every word put in is found with its first value, no
// other word is, across the growth of the table and for words of every length (the hash reads 8
// bytes at a time and reads the 1-7 byte tail by overlapping fixed-size loads).
#include "parsers/word_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace pst::text {
namespace {

std::vector<std::string> random_words(std::mt19937& rng, std::size_t n) {
  std::uniform_int_distribution<int> len(0, 24), ch('a', 'e');  // a small alphabet: many near misses
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) {
    std::string w(static_cast<std::size_t>(len(rng)), ' ');
    for (char& c : w) c = static_cast<char>(ch(rng));
    out.push_back(std::move(w));
  }
  return out;
}

TEST(WordIndex, AgreesWithUnorderedMapOnRandomWords) {
  std::mt19937 rng(17);
  const std::vector<std::string> in = random_words(rng, 3000);
  const std::vector<std::string> probe = random_words(rng, 3000);
  WordIndex index;
  std::unordered_map<std::string, std::uint32_t> expected;
  for (std::uint32_t i = 0; i < in.size(); ++i) {
    const std::uint32_t kept = index.insert(in[i], i);
    auto [it, fresh] = expected.emplace(in[i], i);
    EXPECT_EQ(kept, it->second) << in[i];  // a word already present keeps its first value
  }
  EXPECT_EQ(index.size(), expected.size());
  for (const auto& w : in) EXPECT_EQ(index.find(w), expected.at(w)) << w;
  for (const auto& w : probe) {
    auto it = expected.find(w);
    EXPECT_EQ(index.find(w), it == expected.end() ? WordIndex::npos : it->second) << w;
  }
}

TEST(WordSet, MembershipAndUnion) {
  const WordSet a = {"universitas", "dinas", "badan", "pt"};
  const WordSet b = {"university", "institute", "dinas"};
  EXPECT_TRUE(a.contains("dinas"));
  EXPECT_FALSE(a.contains("dina"));
  EXPECT_FALSE(a.contains("dinass"));
  EXPECT_FALSE(a.contains(""));
  EXPECT_FALSE(a.contains("universitaS"));  // look-ups are exact: callers lower-case first
  WordSet all = a;
  all.insert_all(b);
  EXPECT_EQ(all.size(), 6u);
  for (std::string_view w : {"universitas", "dinas", "badan", "pt", "university", "institute"})
    EXPECT_TRUE(all.contains(w)) << w;
  EXPECT_FALSE(a.contains("university"));  // the copy grew, not the original
}

// Words that differ only after the first 8 bytes, or only in length, are different words.
TEST(WordSet, WordsSharingLongPrefixesAreKeptApart) {
  WordSet s = {"kementerian", "kementerianx", "kementeria", "pemerintah", "pemerintahan"};
  EXPECT_TRUE(s.contains("kementerian"));
  EXPECT_TRUE(s.contains("pemerintahan"));
  EXPECT_FALSE(s.contains("kementerians"));
  EXPECT_FALSE(s.contains("pemerinta"));
  EXPECT_FALSE(s.contains(std::string_view("kementerian\0", 12)));
}

// index_of_bits: a word listed with several bits carries all of them, whatever order the lists come in.
TEST(WordIndex, IndexOfBitsJoinsTheBitsOfAWordListedTwice) {
  const WordIndex index = index_of_bits({{"data", 1}, {"survey", 2}, {"data", 2}, {"dari", 4}, {"data", 8}});
  EXPECT_EQ(index.find("data"), 1u | 2u | 8u);
  EXPECT_EQ(index.find("survey"), 2u);
  EXPECT_EQ(index.find("dari"), 4u);
  EXPECT_EQ(index.find("dar"), WordIndex::npos);
  EXPECT_EQ(index.size(), 3u);
}

}  // namespace
}  // namespace pst::text
