// mime_charset_test.cc: charsets to UTF-8 (parsers/charset.h).
#include <gtest/gtest.h>

#include "parsers/charset.h"

namespace pst {
namespace {

struct Case {
  const char* name;
  std::string bytes;
  const char* charset;
  const char* want;
  CharsetOutcome outcome;
};

class Charset : public ::testing::TestWithParam<Case> {};

// The ASCII fast path skips 64 and then 8 bytes at a time: a non-ASCII byte anywhere in a long text is still looked
// at (a stray 0xFF makes it invalid, a whole "é" keeps it valid, a sequence cut at the end does not).
TEST(Utf8, EveryPositionOfALongTextIsChecked) {
  const std::string ascii(200, 'a');
  for (std::size_t at = 0; at < ascii.size(); ++at) {
    std::string bad = ascii;
    bad[at] = '\xFF';
    EXPECT_FALSE(is_valid_utf8(bad)) << at;
    std::string good = ascii;
    good.replace(at, 1, "\xC3\xA9");
    EXPECT_TRUE(is_valid_utf8(good)) << at;
  }
  EXPECT_FALSE(is_valid_utf8(ascii + "\xC3"));
  EXPECT_TRUE(is_valid_utf8(ascii));
}

TEST_P(Charset, Converts) {
  const Case& c = GetParam();
  std::string out;
  EXPECT_EQ(append_utf8(out, c.bytes, c.charset), c.outcome);
  EXPECT_EQ(out, c.want);
  EXPECT_TRUE(is_valid_utf8(out));
}

const Case kCases[] = {
    {"utf8", "Caf\xC3\xA9", "UTF-8", "Caf\xC3\xA9", CharsetOutcome::clean},
    {"utf8_invalid", "a\xC3(b\xFF", "utf-8", "a\xEF\xBF\xBD(b\xEF\xBF\xBD", CharsetOutcome::replaced},
    {"utf8_overlong", "\xC0\xAF", "utf-8", "\xEF\xBF\xBD\xEF\xBF\xBD", CharsetOutcome::replaced},
    {"utf8_surrogate", "\xED\xA0\x80", "utf-8", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
     CharsetOutcome::replaced},
    {"latin1_euro", "\x80 5", "ISO-8859-1", "\xE2\x82\xAC 5", CharsetOutcome::clean},
    {"latin1_alias", "\xE9", "latin1", "\xC3\xA9", CharsetOutcome::clean},
    {"cp1252_quotes", "\x93x\x94 \x96", "windows-1252", "\xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x93",
     CharsetOutcome::clean},
    {"ascii_8bit_as_cp1252", "\xE9t\xE9", "us-ascii", "\xC3\xA9t\xC3\xA9", CharsetOutcome::clean},
    {"ascii_8bit_valid_utf8_kept", "\xC3\xA9", "us-ascii", "\xC3\xA9", CharsetOutcome::clean},
    {"no_charset", "plain", "", "plain", CharsetOutcome::clean},
    {"iso8859_2", "\xB1", "iso-8859-2", "\xC4\x85", CharsetOutcome::clean},
    {"iso8859_15_euro", "\xA4", "iso-8859-15", "\xE2\x82\xAC", CharsetOutcome::clean},
    {"koi8r", "\xF0\xD2\xC9", "KOI8-R", "\xD0\x9F\xD1\x80\xD0\xB8", CharsetOutcome::clean},
    {"utf7", "Hi +AOk-", "unicode-1-1-utf-7", "Hi \xC3\xA9", CharsetOutcome::clean},
    {"tis620", "\xA1", "tis-620", "\xE0\xB8\x81", CharsetOutcome::clean},
    {"shift_jis", "\x82\xA0", "shift_jis", "\xE3\x81\x82", CharsetOutcome::clean},
    {"unknown", "a\xFF", "x-unknown-42", "a\xEF\xBF\xBD", CharsetOutcome::unknown_charset},
    {"unknown_ascii_only", "abc", "x-unknown-42", "abc", CharsetOutcome::clean},
    {"iconv_invalid_byte", "a\xFFz", "shift_jis", "a\xEF\xBF\xBDz", CharsetOutcome::replaced},
    {"iconv_truncated_sequence", "a\x82", "shift_jis", "a\xEF\xBF\xBD", CharsetOutcome::replaced},
    {"quoted_name", "x", "\"utf-8\"", "x", CharsetOutcome::clean},
};

INSTANTIATE_TEST_SUITE_P(Charset, Charset, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Charset, CanonicalNames) {
  EXPECT_EQ(canonical_charset(" ISO-8859-1 "), "windows-1252");
  EXPECT_EQ(canonical_charset("ks_c_5601-1987"), "cp949");
  EXPECT_EQ(canonical_charset("GB2312"), "gb18030");
  EXPECT_EQ(canonical_charset("utf-8*en"), "utf-8");
}

TEST(Charset, Utf8Prefix) {
  EXPECT_EQ(utf8_prefix("a\xE2\x80\x93" "b", 2), "a");
  EXPECT_EQ(utf8_prefix("abc", 5), "abc");
}

}  // namespace
}  // namespace pst
