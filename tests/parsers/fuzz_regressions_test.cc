// fuzz_regressions_test.cc: every fuzzer or sanitiser finding (tests/fuzz/regressions/, each file named after
// its bug) stays fixed: decoded with no crash, every string valid UTF-8, every listed part extractable with its
// listed size, and read by the whole parse path (analyse) to a valid result. Built in mime_test and again in
// tests/sanitised/ under ASan + UBSan, where a read out of bounds or through a dangling view aborts.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parsers/analyse.h"
#include "parsers/charset.h"
#include "parsers/mime_decode.h"
#include "parsers/parsed_mail_json.h"

namespace pst {
namespace {

TEST(Regressions, FuzzFindingsStayFixed) {
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(PST_FUZZ_REGRESSIONS)) {
    std::ifstream f(e.path(), std::ios::binary);
    std::ostringstream ss;
    ss << f.rdbuf();
    const std::string raw = ss.str();
    const DecodedMail m = decode_mail(raw, MimeLimits{});
    EXPECT_TRUE(is_valid_utf8(m.text)) << e.path();
    EXPECT_TRUE(is_valid_utf8(m.subject)) << e.path();
    for (const auto& a : m.attachments) {
      EXPECT_TRUE(is_valid_utf8(a.filename)) << e.path();
      const auto bytes = extract_part(raw, a.part_id, MimeLimits{});
      ASSERT_TRUE(bytes.has_value()) << e.path() << " " << a.part_id;
      if (a.content_type != "message/rfc822") {
        EXPECT_EQ(bytes->size(), a.size) << e.path();
      }
    }
    const ParsedMail p = analyse(DecodedMail(m));
    EXPECT_TRUE(is_valid_utf8(parsed_mail_json(p))) << e.path();
    ++files;
  }
  EXPECT_GE(files, 3);
}

}  // namespace
}  // namespace pst
