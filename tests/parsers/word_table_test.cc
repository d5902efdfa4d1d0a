// word_table_test.cc: text::WordTable (parsers/word_table.h), the block-of-words form of the
// generated word lists: look-ups at the ends, between entries, of prefixes and extensions, and the
// generated hunspell-id / wamerican tables read through it.
#include <gtest/gtest.h>

#include <cstdint>
#include <string_view>

#include "parsers/indonesian_words.h"
#include "parsers/language.h"
#include "parsers/word_table.h"

namespace pst {
namespace {

constexpr char kText[] = "ab\0abc\0b\0data\0zz\0";
constexpr std::uint32_t kOffsets[] = {0, 3, 7, 9, 14, 17};
constexpr text::WordTable kTable(kText, kOffsets);

TEST(WordTable, FindsEveryEntryAndNothingElse) {
  ASSERT_EQ(kTable.size(), 5u);
  EXPECT_EQ(kTable[0], "ab");
  EXPECT_EQ(kTable[4], "zz");
  struct Row {
    std::string_view word;
    bool in;
  };
  for (const Row& r : {Row{"ab", true}, Row{"abc", true}, Row{"b", true}, Row{"data", true}, Row{"zz", true},
                       Row{"", false}, Row{"a", false}, Row{"abcd", false}, Row{"aa", false}, Row{"dat", false},
                       Row{"datas", false}, Row{"zzz", false}, Row{"zy", false}, Row{"c", false}})
    EXPECT_EQ(kTable.contains(r.word), r.in) << r.word;
}

TEST(WordTable, EmptyTableHasNothing) {
  static constexpr std::uint32_t kNone[] = {0};
  const text::WordTable empty("", kNone);
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_FALSE(empty.contains(""));
  EXPECT_FALSE(empty.contains("a"));
}

// The generated tables: words of each Debian list at both ends of the alphabet, and words that are not.
TEST(WordTable, GeneratedListsAreReadWhole) {
  for (std::string_view w : {"abang", "data", "rumah", "zaman"}) EXPECT_TRUE(is_indonesian_stem(w)) << w;
  for (std::string_view w : {"rumahx", "aaaa", "zzzz", "the"}) EXPECT_FALSE(is_indonesian_stem(w)) << w;
}

}  // namespace
}  // namespace pst
