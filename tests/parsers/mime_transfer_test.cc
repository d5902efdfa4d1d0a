// mime_transfer_test.cc: quoted-printable and base64 (parsers/mime_transfer.h).
#include <gtest/gtest.h>

#include "parsers/mime_transfer.h"

namespace pst {
namespace {

struct Case {
  const char* name;
  TransferEncoding enc;
  std::string in;
  std::string want;
  bool ok;
};

class Transfer : public ::testing::TestWithParam<Case> {};

TEST_P(Transfer, DecodesAndCounts) {
  const Case& c = GetParam();
  std::string out;
  EXPECT_EQ(decode_transfer(c.in, c.enc, out), c.ok);
  EXPECT_EQ(out, c.want);
  EXPECT_EQ(decoded_size(c.in, c.enc), c.want.size());  // listing agrees with downloading
}

const Case kCases[] = {
    {"b64_plain", TransferEncoding::base64, "QUJD", "ABC", true},
    {"b64_lines_crlf", TransferEncoding::base64, "QUJD\r\nREVG\r\n", "ABCDEF", true},
    {"b64_padding_1", TransferEncoding::base64, "QUI=", "AB", true},
    {"b64_padding_2", TransferEncoding::base64, "QQ==", "A", true},
    {"b64_missing_padding", TransferEncoding::base64, "QUI", "AB", true},
    {"b64_pipe_is_invalid", TransferEncoding::base64, "QUJD|REVG", "ABCDEF", false},
    {"b64_garbage_skipped", TransferEncoding::base64, "QU*JD", "ABC", false},
    {"b64_dangling_char", TransferEncoding::base64, "QUJDR", "ABC", false},
    {"b64_concatenated_blocks", TransferEncoding::base64, "QQ==QUI=", "AAB", true},
    {"b64_nul_bytes", TransferEncoding::base64, std::string("QU\0JD", 5), "ABC", false},
    {"qp_hex", TransferEncoding::quoted_printable, "Caf=C3=A9", "Caf\xC3\xA9", true},
    {"qp_lower_hex", TransferEncoding::quoted_printable, "=e2=80=93", "\xE2\x80\x93", true},
    {"qp_soft_break_crlf", TransferEncoding::quoted_printable, "Pa=\r\ndjadjaran", "Padjadjaran", true},
    {"qp_soft_break_lf_ws", TransferEncoding::quoted_printable, "ab= \t\ncd", "abcd", true},
    {"qp_soft_break_at_end", TransferEncoding::quoted_printable, "ab=", "ab", true},
    {"qp_lone_equals", TransferEncoding::quoted_printable, "a = b", "a = b", false},
    {"qp_bad_hex", TransferEncoding::quoted_printable, "=ZZ", "=ZZ", false},
    {"qp_keeps_hard_breaks", TransferEncoding::quoted_printable, "a\r\nb", "a\r\nb", true},
    {"identity", TransferEncoding::identity, "as is =41", "as is =41", true},
};

INSTANTIATE_TEST_SUITE_P(Transfer, Transfer, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Transfer, EncodingNames) {
  EXPECT_EQ(parse_transfer_encoding(" Base64 "), TransferEncoding::base64);
  EXPECT_EQ(parse_transfer_encoding("QUOTED-PRINTABLE"), TransferEncoding::quoted_printable);
  EXPECT_EQ(parse_transfer_encoding("8bit"), TransferEncoding::identity);
  EXPECT_EQ(parse_transfer_encoding("x-uuencode"), TransferEncoding::identity);
}

}  // namespace
}  // namespace pst
