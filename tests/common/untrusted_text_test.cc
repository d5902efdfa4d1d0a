// untrusted_text_test.cc: the one cleaner for untrusted text in mail bodies, templates and terminals.
#include "common/untrusted_text.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

struct Case {
  const char* name;
  std::string in;
  std::string inline_out;
  std::string block_out;
};

const Case kCases[] = {
    {"plain", "Ayu Lestari", "Ayu Lestari", "Ayu Lestari"},
    {"crlf injection", "PST\r\n\r\nbiaya PNBP Rp 250.000", "PST biaya PNBP Rp 250.000",
     "PST\n\nbiaya PNBP Rp 250.000"},
    {"lone cr", "a\rb", "a b", "a\nb"},
    {"osc title", "x\x1b]0;pwned\x07y", "x ]0;pwned y", "x ]0;pwned y"},
    {"clear screen", "\x1b[2Jhalo", "[2Jhalo", " [2Jhalo"},
    {"nul and del", std::string("a\0b\x7f" "c", 5), "a b c", "a b c"},
    {"c1 csi", "a\xc2\x9b" "31mb", "a 31mb", "a 31mb"},
    {"bidi override", "file\xe2\x80\xaegpj.exe", "file gpj.exe", "file gpj.exe"},
    {"bidi isolate", "\xe2\x81\xa6x\xe2\x81\xa9", "x", " x "},
    {"invalid utf8", "a\xff" "b", "a\xef\xbf\xbd" "b", "a\xef\xbf\xbd" "b"},
    {"overlong slash", "\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd", "\xef\xbf\xbd\xef\xbf\xbd"},
    {"surrogate", "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
    {"truncated", "ab\xe2\x80", "ab\xef\xbf\xbd\xef\xbf\xbd", "ab\xef\xbf\xbd\xef\xbf\xbd"},
    {"tab", "a\tb", "a b", "a    b"},
    {"spaces collapse and trim", "  a   \n  b  ", "a b", "  a   \n  b  "},
    {"non-latin kept", "Ni Luh Putu 😀 日本", "Ni Luh Putu 😀 日本", "Ni Luh Putu 😀 日本"},
};

class UntrustedText : public testing::TestWithParam<Case> {};

TEST_P(UntrustedText, Inline) { EXPECT_EQ(clean_inline(GetParam().in), GetParam().inline_out); }
TEST_P(UntrustedText, Block) { EXPECT_EQ(clean_block(GetParam().in), GetParam().block_out); }

INSTANTIATE_TEST_SUITE_P(Table, UntrustedText, testing::ValuesIn(kCases),
                         [](const auto& info) {
                           std::string n = info.param.name;
                           for (char& c : n)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

TEST(UntrustedTextCut, LongValueIsCutWithEllipsis) {
  EXPECT_EQ(clean_inline("abcdefghij", 5), "abcd…");
  EXPECT_EQ(clean_inline("abcde", 5), "abcde");
  EXPECT_EQ(clean_inline("ab de", 4), "ab…");  // no space before the ellipsis
  EXPECT_EQ(clean_inline("ééééé", 3), "éé…");  // code points, not bytes
  EXPECT_EQ(clean_inline(std::string(5000, 'x')).size(), kMaxInlineChars - 1 + std::string("…").size());
  EXPECT_EQ(clean_inline(std::string(5000, 'x'), 0).size(), 5000u);
}

}  // namespace
}  // namespace pst
