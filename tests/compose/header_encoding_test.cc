// header_encoding_test.cc: RFC 2047 encoding (tables, character boundaries, round trips), folding,
// addresses, dates, and header-injection attempts (raw and RFC 2047-encoded CR/LF/NUL).
#include "compose/header_encoding.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pst {
namespace {

using namespace std::chrono;

// Every physical line of a folded header.
std::vector<std::string> lines_of(const std::string& h) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  for (;;) {
    const auto eol = h.find("\r\n", pos);
    out.push_back(h.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos));
    if (eol == std::string::npos) break;
    pos = eol + 2;
  }
  return out;
}

// The value a reader gets back: unfold, strip "Name: ", decode encoded words.
std::string read_back(const std::string& header) {
  const auto u = unfold(header);
  auto value = u.substr(u.find(':') + 1);
  if (!value.empty() && value[0] == ' ') value.erase(0, 1);
  return decode_words(value);
}

bool valid_utf8(const std::string& s) { return !find_invalid_utf8(s).has_value(); }

// ---- RFC 2047 encoding tables ----

struct SubjectCase {
  const char* label;
  std::string subject;
  bool expect_encoded;
};

class SubjectEncoding : public ::testing::TestWithParam<SubjectCase> {};

TEST_P(SubjectEncoding, RoundTripsFoldsAndStaysShort) {
  const auto& c = GetParam();
  const auto h = format_unstructured_header("Subject", c.subject);
  EXPECT_EQ(read_back(h), c.subject) << h;
  EXPECT_EQ(h.find("=?UTF-8?") != std::string::npos, c.expect_encoded) << h;
  for (const auto& line : lines_of(h)) {
    EXPECT_LE(line.size(), kFoldColumn) << h;
    for (unsigned char ch : line) EXPECT_LT(ch, 0x80) << h;
  }
  // Every encoded word is at most 75 characters and decodes to whole UTF-8 characters.
  const auto u = unfold(h);
  for (std::size_t p = u.find("=?"); p != std::string::npos; p = u.find("=?", p + 2)) {
    const auto end = u.find("?=", p + 10);
    ASSERT_NE(end, std::string::npos);
    const auto word = u.substr(p, end + 2 - p);
    EXPECT_LE(word.size(), kMaxEncodedWord) << word;
    EXPECT_TRUE(valid_utf8(decode_words(word))) << "word splits a character: " << word;
    p = end;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Rfc2047, SubjectEncoding,
    ::testing::Values(
        SubjectCase{"ascii", "[PST-2026-00042] Permintaan data PDRB Jembrana 2025", false},
        SubjectCase{"empty", "", false},
        SubjectCase{"indonesian_plain", "Permohonan data kemiskinan Kabupaten Jembrana tahun 2020-2025", false},
        SubjectCase{"diacritics", "Permohonan data dari Désa Pengambengan – Négara", true},
        SubjectCase{"balinese_script", "ᬲᬸᬯᬲ᭄ᬢ᭄ᬬᬲ᭄ᬢᬸ Jembrana", true},
        SubjectCase{"emoji", "Terima kasih 🙏 data sudah diterima 👍", true},
        SubjectCase{"cjk", "统计数据请求 Jembrana", true},
        SubjectCase{"long_emoji_run", std::string(40, 'x') + " " + [] {
                      std::string s;
                      for (int i = 0; i < 60; ++i) s += "🙂";
                      return s;
                    }(), true},
        SubjectCase{"long_accented", [] {
                      std::string s;
                      for (int i = 0; i < 50; ++i) s += "éà ";
                      return s + "fin";
                    }(), true},
        SubjectCase{"long_ascii_words",
                    "[PST-2026-00042] Permintaan data jumlah penduduk menurut kecamatan dan jenis kelamin "
                    "Kabupaten Jembrana tahun 2021 sampai dengan 2025 untuk keperluan penelitian skripsi",
                    false},
        SubjectCase{"very_long_token", std::string(120, 'a'), true},
        SubjectCase{"looks_encoded", "=?UTF-8?Q?not_really?= encoded", true},
        SubjectCase{"mixed_tabs", "Data\tPDRB  dua  spasi", false},
        SubjectCase{"specials", "Re: (data) \"kutipan\" <x> a=b? c_d", false}),
    [](const auto& info) { return std::string(info.param.label); });

TEST(EncodeWords, SplitsOnlyOnCharacterBoundariesTable) {
  struct Case {
    std::string text;
    WordEncoding enc;
  };
  std::string long_emoji, long_balinese, long_mixed;
  for (int i = 0; i < 40; ++i) long_emoji += "😀";
  for (int i = 0; i < 40; ++i) long_balinese += "ᬅ";
  for (int i = 0; i < 40; ++i) long_mixed += "aé😀ᬅ ";
  const std::vector<Case> cases = {
      {long_emoji, WordEncoding::b},     {long_emoji, WordEncoding::q},     {long_balinese, WordEncoding::b},
      {long_balinese, WordEncoding::q},  {long_mixed, WordEncoding::b},     {long_mixed, WordEncoding::q},
      {long_mixed, WordEncoding::shortest},
  };
  for (const auto& c : cases) {
    for (auto ctx : {WordContext::text, WordContext::phrase}) {
      const auto words = encode_words(c.text, ctx, c.enc);
      ASSERT_GT(words.size(), 1u);
      std::string joined;
      for (const auto& w : words) {
        EXPECT_LE(w.size(), kMaxEncodedWord) << w;
        const auto piece = decode_words(w);
        EXPECT_TRUE(valid_utf8(piece)) << "split inside a character: " << w;
        joined += piece;
        if (!joined.empty()) joined += "";
      }
      EXPECT_EQ(joined, c.text);
      // Joined with spaces, as in a header, the reader gets the text back (whitespace between
      // adjacent encoded words is dropped).
      std::string spaced;
      for (const auto& w : words) spaced += (spaced.empty() ? "" : " ") + w;
      EXPECT_EQ(decode_words(spaced), c.text);
    }
  }
}

TEST(EncodeWords, ExactTable) {
  EXPECT_EQ(encode_words("Désa", WordContext::text, WordEncoding::q), std::vector<std::string>{"=?UTF-8?Q?D=C3=A9sa?="});
  EXPECT_EQ(encode_words("Désa", WordContext::text, WordEncoding::b), std::vector<std::string>{"=?UTF-8?B?RMOpc2E=?="});
  EXPECT_EQ(encode_words("Ni Luh Ayú", WordContext::phrase, WordEncoding::q),
            std::vector<std::string>{"=?UTF-8?Q?Ni_Luh_Ay=C3=BA?="});
  EXPECT_EQ(encode_words("🙏", WordContext::text), std::vector<std::string>{"=?UTF-8?B?8J+Zjw==?="});
  // Phrase context encodes what a display name may not hold literally.
  EXPECT_EQ(encode_words("a.b,c", WordContext::phrase, WordEncoding::q),
            std::vector<std::string>{"=?UTF-8?Q?a=2Eb=2Cc?="});
}

TEST(EncodeWords, FirstWidthIsHonoured) {
  const auto words = encode_words("ééééééééééééééééééééééééééééé", WordContext::text, WordEncoding::q, 30);
  ASSERT_GE(words.size(), 2u);
  EXPECT_LE(words[0].size(), 30u);
}

TEST(DecodeWords, Table) {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"=?UTF-8?Q?D=C3=A9sa?=", "Désa"},
      {"=?utf-8?q?a_b?= =?utf-8?q?_c?=", "a b c"},
      {"=?UTF-8?B?RMOpc2E=?= plain", "Désa plain"},
      {"plain =?UTF-8?B?RMOpc2E=?=", "plain Désa"},
      {"=?UTF-8?Q?a?=\r\n =?UTF-8?Q?b?=", "ab"},
      {"=?ISO-8859-1?Q?caf=E9?=", "caf\xE9"},
      {"=?UTF-8*id?Q?x?=", "x"},
      {"=?UTF-8?X?bad?=", "=?UTF-8?X?bad?="},
      {"=?UTF-8?Q?unterminated", "=?UTF-8?Q?unterminated"},
      {"no words", "no words"},
  };
  for (const auto& c : cases) EXPECT_EQ(decode_words(c.in), c.out) << c.in;
}

// ---- folding ----

TEST(Folding, LongAsciiSubjectFoldsBeforeWhitespaceAndUnfoldsExactly) {
  const std::string s =
      "Permintaan data jumlah penduduk menurut kecamatan dan jenis kelamin Kabupaten Jembrana tahun 2021";
  const auto h = format_unstructured_header("Subject", s);
  EXPECT_NE(h.find("\r\n "), std::string::npos);
  EXPECT_EQ(unfold(h), "Subject: " + s);
  for (const auto& l : lines_of(h)) EXPECT_LE(l.size(), kFoldColumn);
}

TEST(Folding, ExactShortHeaders) {
  EXPECT_EQ(format_unstructured_header("Subject", "Data PDRB"), "Subject: Data PDRB");
  EXPECT_EQ(format_unstructured_header("Subject", "  trimmed  "), "Subject: trimmed");
  EXPECT_EQ(format_unstructured_header("Subject", "Désa"), "Subject: =?UTF-8?Q?D=C3=A9sa?=");
  EXPECT_EQ(format_unstructured_header("Subject", "[PST-2026-00042] Désa Negara"),
            "Subject: [PST-2026-00042] =?UTF-8?Q?D=C3=A9sa?= Negara");
  EXPECT_EQ(format_unstructured_header("Subject", "Désa Négara"), "Subject: =?UTF-8?Q?D=C3=A9sa_N=C3=A9gara?=");
}

// ---- addresses ----

TEST(FormatAddress, Table) {
  struct Case {
    Address a;
    const char* expected;
  };
  const Case cases[] = {
      {{"bps5101@bps.go.id", ""}, "bps5101@bps.go.id"},
      {{"made@example", "I Made Sudarma"}, "\"I Made Sudarma\" <made@example>"},
      {{"x@example.org", "Putu \"Yoga\" A\\B"}, "\"Putu \\\"Yoga\\\" A\\\\B\" <x@example.org>"},
      {{"x@example.org", "Sudarma, I Made"}, "\"Sudarma, I Made\" <x@example.org>"},
      {{"ayu@example", "Ni Luh Ayú"}, "=?UTF-8?Q?Ni_Luh_Ay=C3=BA?= <ayu@example>"},
      {{"x@example.org", "=?UTF-8?Q?fake?="}, "=?UTF-8?Q?=3D=3FUTF-8=3FQ=3Ffake=3F=3D?= <x@example.org>"},
      {{"bps5101@bps.go.id", "PST BPS Kabupaten Jembrana"}, "\"PST BPS Kabupaten Jembrana\" <bps5101@bps.go.id>"},
  };
  for (const auto& c : cases) EXPECT_EQ(format_address(c.a), c.expected) << c.a.name;
}

TEST(FormatAddress, EmojiAndBalineseNamesRoundTrip) {
  for (const std::string name : {"Kadek Ayu 🌺", "ᬓᬤᬾᬓ᭄ ᬅᬬᬸ", "Gusti Ngurah Rai Wiréndra Putra Dharmawangsa Kesuma Jaya Negara"}) {
    const auto f = format_address({"k@example.org", name});
    const auto lt = f.rfind(" <");
    EXPECT_EQ(decode_words(f.substr(0, lt)), name) << f;
  }
}

TEST(FormatAddressHeader, FoldsAfterCommas) {
  std::vector<Address> list;
  for (int i = 0; i < 6; ++i) list.push_back({"petugas" + std::to_string(i) + "@bps.go.id", "Petugas Nomor " + std::to_string(i)});
  const auto h = format_address_header("To", list);
  for (const auto& l : lines_of(h)) EXPECT_LE(l.size(), kFoldColumn) << h;
  EXPECT_EQ(unfold(h).substr(0, 47), "To: \"Petugas Nomor 0\" <petugas0@bps.go.id>, \"Pe");
}

TEST(ValidateAddress, Table) {
  struct Case {
    const char* addr;
    const char* error;  // nullptr = valid
  };
  const Case cases[] = {
      {"bps5101@bps.go.id", nullptr},
      {"made@example", nullptr},
      {"first.last+tag@sub.example.co.id", nullptr},
      {"x@[127.0.0.1]", nullptr},
      {"", "empty address"},
      {"no-at.example", "no '@'"},
      {"@example.org", "empty local part"},
      {"a@", "empty domain"},
      {"a..b@example.org", "empty atom in local part ('..' or leading '.')"},
      {".a@example.org", "empty atom in local part ('..' or leading '.')"},
      {"a.@example.org", "local part ends with '.'"},
      {"a b@example.org", "character ' ' not allowed in local part"},
      {"a@exa mple.org", "character ' ' not allowed in domain"},
      {"a@-example.org", "domain label starts with '-'"},
      {"a@example-.org", "domain label ends with '-'"},
      {"a@example..org", "empty label in domain"},
      {"<a@example.org>", "character '<' not allowed in local part"},
      {"a@example.org>", "character '>' not allowed in domain"},
      {"ayú@example.org", "character '\\xC3' not allowed in local part"},
      {"a@example.org\r\nRCPT TO:<evil@x>", "contains CR (0x0D) at byte 13"},
      {"a@example.org\nBcc: evil@x", "contains LF (0x0A) at byte 13"},
      {"a@exam\0ple.org", "contains NUL (0x00) at byte 6"},
      {"a\t@example.org", "contains control character (0x09) at byte 1"},
  };
  for (const auto& c : cases) {
    std::string addr = c.addr;
    if (addr == "a@exam") addr = std::string("a@exam\0ple.org", 14);
    const auto err = validate_address(addr);
    if (c.error) {
      ASSERT_TRUE(err.has_value()) << c.addr;
      EXPECT_EQ(*err, c.error) << c.addr;
    } else {
      EXPECT_FALSE(err.has_value()) << c.addr << ": " << err.value_or("");
    }
  }
  EXPECT_EQ(validate_address(std::string(60, 'a') + "@" + std::string(200, 'b')).value_or(""), "longer than 254 octets");
}

// ---- header values: injection ----

TEST(ValidateHeaderValue, Table) {
  struct Case {
    std::string value;
    const char* error;
  };
  const std::vector<Case> cases = {
      {"Permintaan data", nullptr},
      {"Désa 🙏 ᬅ", nullptr},
      {"tab\tis fine", nullptr},
      {"=?UTF-8?Q?harmless?=", nullptr},
      {"Data\r\nBcc: victim@example.org", "contains CR (0x0D) at byte 4"},
      {"Data\nBcc: victim@example.org", "contains LF (0x0A) at byte 4"},
      {"Data\rX", "contains CR (0x0D) at byte 4"},
      {std::string("Data\0X", 6), "contains NUL (0x00) at byte 4"},
      {"Data\x1b[31m", "contains control character (0x1B) at byte 4"},
      {"Data\x7f", "contains DEL (0x7F) at byte 4"},
      {"bad \xC3\x28 utf8", "invalid UTF-8 at byte 4"},
      {"overlong \xC0\xAF", "invalid UTF-8 at byte 9"},
      {"surrogate \xED\xA0\x80", "invalid UTF-8 at byte 10"},
      {"=?UTF-8?Q?a=0D=0ABcc:x?=", "decodes to CR (0x0D) in an encoded word"},
      {"=?UTF-8?Q?a=0ABcc:x?=", "decodes to LF (0x0A) in an encoded word"},
      {"=?UTF-8?B?YQ0KQmNjOiB4?=", "decodes to CR (0x0D) in an encoded word"},
      {"=?UTF-8?Q?a=00b?=", "decodes to NUL (0x00) in an encoded word"},
      {"ok =?iso-8859-1?q?x=0Ay?=", "decodes to LF (0x0A) in an encoded word"},
  };
  for (const auto& c : cases) {
    const auto err = validate_header_value(c.value);
    if (c.error) {
      ASSERT_TRUE(err.has_value()) << c.value;
      EXPECT_EQ(*err, c.error) << c.value;
    } else {
      EXPECT_FALSE(err.has_value()) << c.value << ": " << err.value_or("");
    }
  }
}

TEST(Injection, FormattersRefuseWhatValidationRefuses) {
  EXPECT_THROW((void)format_unstructured_header("Subject", "a\r\nBcc: x@y"), std::invalid_argument);
  EXPECT_THROW((void)format_unstructured_header("Subject", "=?UTF-8?Q?a=0D=0ABcc:x?="), std::invalid_argument);
  EXPECT_THROW((void)format_unstructured_header("Bad Name", "x"), std::invalid_argument);
  EXPECT_THROW((void)format_unstructured_header("X-A:B", "x"), std::invalid_argument);
  EXPECT_THROW((void)format_address({"a@b.example", "Evil\r\nBcc: x@y"}), std::invalid_argument);
  EXPECT_THROW((void)format_address({"a@b.example", "=?UTF-8?Q?a=0D=0ABcc:x?="}), std::invalid_argument);
  EXPECT_THROW((void)format_address({"a@b.example>\r\nBcc: x@y", "n"}), std::invalid_argument);
  EXPECT_THROW((void)format_address_header("To", {{"ok@example.org", ""}, {"a@b\n.example", ""}}), std::invalid_argument);
}

TEST(Sanitize, Table) {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"I Made Sudarma", "I Made Sudarma"},
      {"a\r\nBcc: x", "a Bcc: x"},
      {"=?UTF-8?Q?a=0D=0ABcc:x?=", "a Bcc:x"},
      {std::string("nul\0byte", 8), "nul byte"},
      {"  many \t\t spaces  ", "many spaces"},
      {"bad \xC3\x28", "bad \xEF\xBF\xBD("},
      {"line\xE2\x80\xA8sep", "line sep"},
      {"nel\xC2\x85here", "nel here"},
      {"Désa 🙏", "Désa 🙏"},
      // Double-encoded: an encoded word whose text is an encoded word of a CR LF.
      {"=?UTF-8?Q?=3D=3FUTF-8=3FQ=3Fa=3D0D=3D0Ab=3F=3D?=", "a b"},
  };
  for (const auto& c : cases) {
    const auto s = sanitize_header_text(c.in);
    EXPECT_EQ(s, c.out) << c.in;
    EXPECT_FALSE(validate_header_value(s).has_value()) << c.in;
  }
}

TEST(Sanitize, ResultAlwaysValidatesForAwkwardInputs) {
  std::string all_bytes;
  for (int i = 0; i < 256; ++i) all_bytes += static_cast<char>(i);
  for (const std::string& in : {all_bytes, std::string("=?UTF-8?B?DQoNCg==?= =?UTF-8?Q?=0D?="), std::string(20000, '\n'),
                                std::string("=?") + std::string(5, '\r')}) {
    EXPECT_FALSE(validate_header_value(sanitize_header_text(in)).has_value());
  }
}

// ---- dates ----

TEST(Rfc5322Date, Table) {
  struct Case {
    sys_seconds t;
    int offset;
    const char* expected;
  };
  const Case cases[] = {
      {sys_days{2026y / November / 27} + 1h + 15min, 480, "Fri, 27 Nov 2026 09:15:00 +0800"},
      {sys_days{2026y / November / 27} + 1h + 15min, 0, "Fri, 27 Nov 2026 01:15:00 +0000"},
      {sys_days{2026y / December / 31} + 20h + 5s, 480, "Fri, 01 Jan 2027 04:00:05 +0800"},
      {sys_days{2027y / January / 1} + 2h, -300, "Thu, 31 Dec 2026 21:00:00 -0500"},
      {sys_days{2028y / February / 29} + 12h, 330, "Tue, 29 Feb 2028 17:30:00 +0530"},
      {sys_days{1970y / January / 1}, 0, "Thu, 01 Jan 1970 00:00:00 +0000"},
  };
  for (const auto& c : cases) EXPECT_EQ(format_rfc5322_date(c.t, c.offset), c.expected);
  EXPECT_THROW((void)format_rfc5322_date(sys_seconds{}, 1440), std::invalid_argument);
}

TEST(HeaderName, Table) {
  EXPECT_TRUE(is_valid_header_name("X-PST-Ticket"));
  EXPECT_TRUE(is_valid_header_name("Auto-Submitted"));
  EXPECT_FALSE(is_valid_header_name(""));
  EXPECT_FALSE(is_valid_header_name("X PST"));
  EXPECT_FALSE(is_valid_header_name("X:PST"));
  EXPECT_FALSE(is_valid_header_name("X-\r\nBcc"));
  EXPECT_FALSE(is_valid_header_name(std::string(77, 'X')));
}

}  // namespace
}  // namespace pst

namespace pst {
namespace {

// Property: for random mixes of ASCII words, accented letters, Balinese, emoji and blanks, the
// folded Subject is 7-bit, has no line over 78 columns (998 when blanks run long), and reads back
// exactly (after the documented trimming).
TEST(SubjectProperty, RandomTextsRoundTrip) {
  const std::vector<std::string> atoms = {"data", "PDRB", "[PST-2026-00042]", "é", "Négara", "ᬅᬓ", "🙏", "😀x",
                                          "=?", "a_b", "?=", "x=y", "(", "\"", std::string(58, 'k'), "Ⅻ", "ß"};
  const std::vector<std::string> blanks = {" ", " ", " ", "\t", "  "};
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int n = 1 + static_cast<int>(next() % 30);
    for (int i = 0; i < n; ++i) {
      if (i > 0) s += blanks[next() % blanks.size()];
      s += atoms[next() % atoms.size()];
      if (next() % 3 == 0) s += atoms[next() % atoms.size()];
    }
    const auto h = format_unstructured_header("Subject", s);
    EXPECT_EQ(read_back(h), s) << h;
    for (const auto& line : lines_of(h)) {
      EXPECT_LE(line.size(), kFoldColumn) << h;
      for (unsigned char ch : line) ASSERT_LT(ch, 0x80) << h;
    }
  }
}

TEST(Folding, LongBlankRunsAreShortenedNotOverlong) {
  const auto h = format_unstructured_header("Subject", "a" + std::string(2000, ' ') + "b");
  EXPECT_EQ(h, "Subject: a b");
}

}  // namespace
}  // namespace pst
