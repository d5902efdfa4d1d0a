// mime_rfc2047_test.cc: RFC 2047 encoded words, table-driven (parsers/rfc2047.h).
#include <gtest/gtest.h>

#include "parsers/rfc2047.h"

namespace pst {
namespace {

struct Case {
  const char* name;
  const char* in;
  const char* want;
  bool bad_charset = false;
};

class Rfc2047 : public ::testing::TestWithParam<Case> {};

TEST_P(Rfc2047, Decodes) {
  const Case& c = GetParam();
  Rfc2047Issues iss;
  EXPECT_EQ(decode_rfc2047(c.in, &iss), c.want);
  EXPECT_EQ(iss.bad_charset, c.bad_charset);
}

const Case kCases[] = {
    {"plain", "Permohonan data", "Permohonan data"},
    {"b_utf8", "=?UTF-8?B?VGFueWEgZGF0YSBwZW5kdWR1aw==?=", "Tanya data penduduk"},
    {"q_utf8_underscore", "=?utf-8?q?Data_PDRB_2025?=", "Data PDRB 2025"},
    {"q_latin1_is_cp1252", "=?iso-8859-1?Q?Andr=E9_=80?=", "André €"},
    {"adjacent_words_joined", "=?UTF-8?Q?a?= =?UTF-8?Q?b?=", "ab"},
    {"adjacent_folded_ws", "=?UTF-8?Q?a?=\t  =?UTF-8?Q?b?=", "ab"},
    {"split_multibyte", "=?UTF-8?B?4oA=?= =?UTF-8?B?kw==?=", "\xE2\x80\x93"},
    {"text_between_kept", "=?UTF-8?Q?a?= x =?UTF-8?Q?b?=", "a x b"},
    {"mixed_charsets", "=?ISO-8859-1?Q?Caf=E9?= =?UTF-8?B?8J+Tig==?=", "Café📊"},
    {"lower_case_encoding", "=?utf-8?b?QnVkaQ==?=", "Budi"},
    {"language_suffix", "=?UTF-8*id?Q?Halo?=", "Halo"},
    {"inside_word", "RE:=?UTF-8?Q?_Data?=", "RE: Data"},
    {"unknown_charset", "=?x-klingon?Q?a=FFb?=", "a\xEF\xBF\xBD" "b", true},
    {"not_a_word", "price =?? 5", "price =?? 5"},
    {"unterminated", "=?UTF-8?Q?abc", "=?UTF-8?Q?abc"},
    {"space_inside_not_word", "=?UTF-8?Q?a b?=", "=?UTF-8?Q?a b?="},
    {"raw_utf8", "Rapat \xE2\x80\x93 data", "Rapat \xE2\x80\x93 data"},
    {"raw_latin1", "Caf\xE9", "Caf\xC3\xA9"},
    {"gb2312", "=?gb2312?B?1tDOxA==?=", "\xE4\xB8\xAD\xE6\x96\x87"},
    {"ks_c_5601", "=?ks_c_5601-1987?B?x9GxuQ==?=", "\xED\x95\x9C\xEA\xB5\xAD"},
    {"invalid_utf8_replaced", "=?UTF-8?Q?a=C3?=", "a\xEF\xBF\xBD", true},
};

INSTANTIATE_TEST_SUITE_P(Rfc2047, Rfc2047, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pst
