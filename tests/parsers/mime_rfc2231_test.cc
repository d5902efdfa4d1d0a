// mime_rfc2231_test.cc: MIME parameters with RFC 2231 extensions (parsers/rfc2231.h).
#include <gtest/gtest.h>

#include "parsers/rfc2231.h"

namespace pst {
namespace {

struct Case {
  const char* name;
  const char* in;
  const char* value;
  const char* param;
  const char* want;
};

class Rfc2231 : public ::testing::TestWithParam<Case> {};

TEST_P(Rfc2231, Parses) {
  const Case& c = GetParam();
  const HeaderParams p = parse_header_params(c.in);
  EXPECT_EQ(p.value, c.value);
  const std::string* v = p.get(c.param);
  ASSERT_NE(v, nullptr) << c.param;
  EXPECT_EQ(*v, c.want);
}

const Case kCases[] = {
    {"quoted", "text/plain; charset=\"UTF-8\"", "text/plain", "charset", "UTF-8"},
    {"token", "Text/Plain; Charset=us-ascii", "text/plain", "charset", "us-ascii"},
    {"boundary_kept_raw", "multipart/mixed; boundary=\"=?x?q?y?=\"", "multipart/mixed", "boundary",
     "=?x?q?y?="},
    {"escaped_quote", "attachment; filename=\"a \\\"b\\\".pdf\"", "attachment", "filename",
     "a \"b\".pdf"},
    {"unquoted_with_space", "attachment; filename=Laporan Q1.pdf", "attachment", "filename",
     "Laporan Q1.pdf"},
    {"ext_utf8", "attachment; filename*=UTF-8''Surat%20Permohonan%20%E2%80%93.pdf", "attachment",
     "filename", "Surat Permohonan \xE2\x80\x93.pdf"},
    {"ext_latin1_lang", "attachment; filename*=iso-8859-1'id'Caf%E9.txt", "attachment", "filename",
     "Caf\xC3\xA9.txt"},
    {"continuations_mixed", "attachment; filename*0*=UTF-8''Data%20; filename*1=\"BPS \"; filename*2*=%E2%80%93.xlsx",
     "attachment", "filename", "Data BPS \xE2\x80\x93.xlsx"},
    {"continuations_out_of_order", "attachment; name*1=\"def\"; name*0=\"abc\"", "attachment",
     "name", "abcdef"},
    {"ext_replaces_plain", "attachment; filename=\"old.pdf\"; filename*=UTF-8''new.pdf",
     "attachment", "filename", "new.pdf"},
    {"no_charset_quote", "attachment; filename*=plain%20name.txt", "attachment", "filename",
     "plain name.txt"},
    {"comment_after_type", "text/plain (generated); charset=utf-8", "text/plain", "charset",
     "utf-8"},
};

INSTANTIATE_TEST_SUITE_P(Rfc2231, Rfc2231, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Rfc2231, TenThousandParametersFinish) {
  std::string v = "attachment";
  for (int i = 9999; i >= 0; --i) v += "; filename*" + std::to_string(i) + "=x";
  const HeaderParams p = parse_header_params(v);
  ASSERT_NE(p.get("filename"), nullptr);
  EXPECT_EQ(p.get("filename")->size(), 10000u);
}

TEST(Rfc2231, HugeSectionNumberIsPlainName) {
  const HeaderParams p = parse_header_params("a; x*99999999999999=1");
  EXPECT_NE(p.get("x*99999999999999"), nullptr);
}

}  // namespace
}  // namespace pst
