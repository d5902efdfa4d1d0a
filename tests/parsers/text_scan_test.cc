// text_scan_test.cc: the byte-level helpers every detector reads through (parsers/text_scan.h),
// checked against one-byte-at-a-time definitions on every length around their block sizes, so a
// faster form can never fold or drop a byte the plain rule would not.
#include "parsers/text_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace pst::text {
namespace {

// Every byte value, shifted by `seed`, `n` bytes long.
std::string all_bytes(std::size_t n, unsigned seed) {
  std::string s(n, '\0');
  for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>((i * 37 + seed) & 0xFF);
  return s;
}

std::string lower_byte_by_byte(std::string_view s) {
  std::string out;
  for (char c : s) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

TEST(TextScan, LowerFoldsOnlyAsciiCapitalsAtEveryLength) {
  for (std::size_t n = 0; n <= 200; ++n)
    for (unsigned seed = 0; seed < 256; seed += 51) {
      const std::string s = all_bytes(n, seed);
      ASSERT_EQ(lower(s), lower_byte_by_byte(s)) << "length " << n << " seed " << seed;
    }
  EXPECT_EQ(lower("Ni Luh PUTU Ayu, S.E. - Ketut ÄÖ"), "ni luh putu ayu, s.e. - ketut ÄÖ");
}

}  // namespace
}  // namespace pst::text
