// mime_transfer_test.cc: quoted-printable and base64 (parsers/mime_transfer.h).
#include <gtest/gtest.h>

#include <random>

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

// Longer bodies than the table's, where the size is counted a block at a time: every length up to 300 of a
// mix of the alphabet, line breaks, padding and bytes outside it (high bytes, '*'), the size listed agrees
// with the bytes decoded.
TEST(Transfer, SizeOfLongBase64AgreesWithDecoding) {
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::mt19937 rng(12345);
  for (std::size_t length = 0; length <= 300; ++length) {
    for (int variant = 0; variant < 3; ++variant) {
      std::string in;
      for (std::size_t i = 0; i < length; ++i) {
        const std::uint32_t r = rng() % 100;
        if (variant == 0 || r < 90) in += alphabet[rng() % alphabet.size()];
        else if (r < 94) in += "\r\n";
        else if (r < 96) in += '=';
        else if (r < 98) in += static_cast<char>(0x80 + rng() % 0x80);
        else in += '*';
      }
      std::string out;
      (void)decode_transfer(in, TransferEncoding::base64, out);
      EXPECT_EQ(decoded_size(in, TransferEncoding::base64), out.size()) << "length " << length << " variant " << variant;
    }
  }
}

// Long bodies decode through the fast path (a quantum of four at a time) to the bytes encoded, whatever the line
// length; a character outside the alphabet inside a quantum is skipped, the rest still decoded.
TEST(Transfer, LongBase64DecodesToTheBytesEncoded) {
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const auto encode = [&](const std::string& bytes, std::size_t line) {
    std::string out, row;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
      const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
      std::uint32_t v = 0;
      for (std::size_t k = 0; k < 3; ++k) v = (v << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
      for (std::size_t k = 0; k < 4; ++k) row += k <= n ? alphabet[(v >> (18 - 6 * k)) & 63] : '=';
      if (row.size() >= line) {
        out += row + "\r\n";
        row.clear();
      }
    }
    return out + row;
  };
  std::string bytes;
  for (int i = 0; i < 1000; ++i) bytes += static_cast<char>((i * 7919) & 0xFF);
  for (std::size_t line : {4u, 76u, 1000u}) {
    std::string out;
    EXPECT_TRUE(decode_transfer(encode(bytes, line), TransferEncoding::base64, out));
    EXPECT_EQ(out, bytes) << "line " << line;
  }
  std::string junk = encode(bytes, 76);
  junk.insert(401, "*");
  std::string out;
  EXPECT_FALSE(decode_transfer(junk, TransferEncoding::base64, out));
  EXPECT_EQ(out, bytes);
}

TEST(Transfer, EncodingNames) {
  EXPECT_EQ(parse_transfer_encoding(" Base64 "), TransferEncoding::base64);
  EXPECT_EQ(parse_transfer_encoding("QUOTED-PRINTABLE"), TransferEncoding::quoted_printable);
  EXPECT_EQ(parse_transfer_encoding("8bit"), TransferEncoding::identity);
  EXPECT_EQ(parse_transfer_encoding("x-uuencode"), TransferEncoding::identity);
}

}  // namespace
}  // namespace pst
