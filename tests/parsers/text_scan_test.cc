// text_scan_test.cc: the byte-level helpers every detector reads through (parsers/text_scan.h),
// checked against one-byte-at-a-time definitions on every length around their block sizes, so a
// faster form can never fold or drop a byte the plain rule would not.
#include "parsers/text_scan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "parsers/byte_runs.h"

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

// squeeze_spaces()'s rule one byte at a time, for the runs it copies whole: after trim(), a run of
// spaces, tabs, CR, FF, VT and LF becomes one space.
std::string squeeze_byte_by_byte(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : trim(s)) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

TEST(TextScan, SqueezeSpacesAgreesWithTheByteRuleAtEveryLength) {
  for (std::size_t n = 0; n <= 200; ++n)
    for (unsigned seed = 0; seed < 256; seed += 51) {
      std::string s = all_bytes(n, seed);
      for (std::size_t i = 0; i < s.size(); i += 3) s[i] = " \t\n\r"[(i / 3 + seed) % 4];  // many blanks
      ASSERT_EQ(squeeze_spaces(s), squeeze_byte_by_byte(s)) << "length " << n << " seed " << seed;
      // Written over a buffer that held a longer text before: none of it is left.
      std::string reused(300, 'x');
      squeeze_spaces_into(reused, s);
      ASSERT_EQ(reused, squeeze_byte_by_byte(s)) << "length " << n << " seed " << seed;
    }
  EXPECT_EQ(squeeze_spaces("  Data \t PDRB\n\n  Jembrana  "), "Data PDRB Jembrana");
  // Stretches already single-spaced are copied whole; a blank left at the front by trim() (after an NBSP) is not.
  EXPECT_EQ(squeeze_spaces("mohon data  pdrb jembrana 2025 \n per kecamatan"),
            "mohon data pdrb jembrana 2025 per kecamatan");
  EXPECT_EQ(squeeze_spaces("\xC2\xA0 data pdrb"), "data pdrb");
}

// keeps_dot() and is_short_name_word() fold the word's case and look it up; 1-4 letters (3 for a name's),
// a name's word with or without its dot.
TEST(TextScan, KeepsDotKnowsAbbreviationsInAnyCase) {
  for (std::string_view w : {"Dr", "DR", "dR", "dr", "Kab", "KAB", "Jln", "Prof", "PT", "cv", "Ud", "Fa", "Pte",
                             "Sdn", "Br", "h", "H", "Gst", "NGR", "md", "Mhd"})
    EXPECT_TRUE(keeps_dot(w)) << w;
  for (std::string_view w : {"", "D", "Drx", "Kabu", "Profe", "Data", "Bali", "x", "Mr.x", "Gust"})
    EXPECT_FALSE(keeps_dot(w)) << w;
  // A name's word asked with its dot (read on its own path: the one look-up serves words without one).
  for (std::string_view w : {"Md.", "gst.", "NGR."}) EXPECT_TRUE(keeps_dot(w)) << w;
  for (std::string_view w : {"Drx.", "Gust.", "."}) EXPECT_FALSE(keeps_dot(w)) << w;
  for (std::string_view w : {"Gst.", "gst", "NGR.", "Md", "Mhd.", "moh"}) EXPECT_TRUE(is_short_name_word(w)) << w;
  for (std::string_view w : {"Gusti", "Made", "Dr.", "", ".", "Muhammad"}) EXPECT_FALSE(is_short_name_word(w)) << w;
}

// normalize()'s rules one byte at a time, for the plain runs it copies in blocks: printable ASCII,
// LF and tab kept; CR LF and a lone CR become LF; other C0 controls dropped; bytes >= 0x80 kept
// (the UTF-8 sequences it rewrites are checked by name below).
std::string keep_plain_byte_by_byte(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') continue;
      out += '\n';
    } else if (b >= 0x20 || b == '\n' || b == '\t') {
      out += s[i];
    }
  }
  return out;
}

// The wide (AVX2) and the narrow (SSE2) scans each read the whole text, not just its tail, in turn; the setting
// it had is put back.
class WideAndNarrowScans {
 public:
  WideAndNarrowScans() : wide_by_default_(set_wide_scans(true)) {}
  ~WideAndNarrowScans() { set_wide_scans(wide_by_default_); }
  template <class F>
  void each(F&& read) {
    for (const bool wide : {false, true}) {
      if (set_wide_scans(wide) != wide) continue;  // (no AVX2 here: the narrow path was read)
      SCOPED_TRACE(wide ? "32-byte scans" : "16-byte scans");
      read();
      if (testing::Test::HasFatalFailure()) return;
    }
  }

 private:
  bool wide_by_default_;
};

TEST(TextScan, NormalizeKeepsPlainBytesAndDropsControlsAtEveryLength) {
  WideAndNarrowScans().each([] {
    // ASCII only (0x00-0x7F), so no multi-byte sequence is rewritten.
    for (std::size_t n = 0; n <= 200; ++n)
      for (unsigned seed = 0; seed < 256; seed += 17) {
        std::string s = all_bytes(n, seed);
        for (char& c : s) c = static_cast<char>(c & 0x7F);
        ASSERT_EQ(normalize(s), keep_plain_byte_by_byte(s)) << "length " << n << " seed " << seed;
        // A long plain run with one odd byte at every position.
        std::string run(n, 'a');
        if (n > 0) run[seed % n] = static_cast<char>(seed % 3 == 0 ? '\x01' : seed % 3 == 1 ? '\r' : '\x7f');
        ASSERT_EQ(normalize(run), keep_plain_byte_by_byte(run)) << "run length " << n << " seed " << seed;
        // A byte of 0x80 or more ends the plain run where it stands (the run's scan reads bytes as signed): a
        // no-break space there is rewritten, at every position of a long run.
        if (n > 1) {
          std::string nbsp(n, 'a'), expected(n - 1, 'a');
          const std::size_t at = seed % (n - 1);
          nbsp[at] = '\xC2';
          nbsp[at + 1] = '\xA0';
          expected[at] = ' ';
          ASSERT_EQ(normalize(nbsp), expected) << "no-break space, run length " << n << " seed " << seed;
        }
      }
  });
  EXPECT_EQ(normalize("Nama\xC2\xA0saya\r\nKetut \xE2\x80\x9CPutu\xE2\x80\x9D \xE2\x80\x93 Bali\xE2\x80\xA6"),
            "Nama saya\nKetut \"Putu\" - Bali...");
  EXPECT_EQ(normalize("\xE2\x80\x9CPutu\xE2\x80\x9D", Typography::keep), "\xE2\x80\x9CPutu\xE2\x80\x9D");
  // An em dash written without spaces sets a phrase off: the words either side stay two words; an en
  // dash in a range stays a hyphen.
  EXPECT_EQ(normalize("Gue\xE2\x80\x94" "eh, saya\xE2\x80\x94Kevin"), "Gue - eh, saya - Kevin");
  EXPECT_EQ(normalize("tahun \xE2\x80\x94 2025"), "tahun - 2025");
  EXPECT_EQ(normalize("2020\xE2\x80\x93" "2025"), "2020-2025");
  EXPECT_EQ(normalize(std::string_view("caf\xC3\xA9\ttab\x00nul", 13)), "caf\xC3\xA9\ttabnul");
}

// find_bytes and rfind_bytes answer as std::string_view's find and rfind on every needle of a small
// alphabet in every position (overlaps, at both ends, absent, longer than the text, empty).
TEST(TextScan, FindAndRfindBytesAgreeWithStringView) {
  const std::string hay = "ababcabcab terima kasih, terima kasihku. aab";
  for (std::size_t b = 0; b <= hay.size(); ++b)
    for (std::size_t len = 0; b + len <= hay.size() && len <= 13; ++len) {
      const std::string_view needle = std::string_view(hay).substr(b, len);
      for (std::size_t end = 0; end <= hay.size(); end += 7) {
        const std::string_view h = std::string_view(hay).substr(0, end);
        ASSERT_EQ(rfind_bytes(h, needle), h.rfind(needle)) << "'" << needle << "' in '" << h << "'";
        for (std::size_t from = 0; from <= h.size() + 1; ++from)
          ASSERT_EQ(find_bytes(h, needle, from), h.find(needle, from)) << "'" << needle << "' from " << from;
      }
    }
  EXPECT_EQ(rfind_bytes("salam, salam", "salam"), 7u);
  EXPECT_EQ(rfind_bytes("sala", "salam"), std::string_view::npos);
  EXPECT_EQ(find_bytes("forward forward", "forward", 1), 8u);
}

// find_bytes reads sixteen places at a time, thirty-two where the processor has AVX2 (by the needle's first and
// last bytes): on random texts of a small alphabet - candidates everywhere, matches at block edges, where the wide
// blocks hand over to the narrow ones and at the very end - it answers as find does, by either path.
TEST(TextScan, FindBytesAgreesWithStringViewOnRandomTexts) {
  WideAndNarrowScans().each([] {
    std::mt19937 rng(17);
    for (int round = 0; round < 3000; ++round) {
      std::string hay;
      for (std::size_t n = rng() % 200; n > 0; --n) hay += "ab a\n"[rng() % 5];
      std::string needle;
      if (rng() % 2 == 0 && !hay.empty()) {
        const std::size_t b = rng() % hay.size();
        needle = hay.substr(b, 1 + rng() % 20);
      } else {
        for (std::size_t n = 1 + rng() % 6; n > 0; --n) needle += "ab a"[rng() % 4];
      }
      for (std::size_t from = 0; from <= hay.size() + 1; ++from)
        ASSERT_EQ(find_bytes(hay, needle, from), std::string_view(hay).find(needle, from))
            << testing::PrintToString(needle) << " in " << testing::PrintToString(hay) << " from " << from;
    }
  });
}

// The tokens every detector reads: words with their lower case (trailing '.' dropped), kept
// abbreviation dots, capitalisation, digits, punctuation one by one, and soft (wrapping) breaks.
TEST(TextScan, TokenizeWordsPunctuationAndBreaks) {
  const std::string long_line(61, 'x');
  const std::string s = "Dr. I Made S.E. dari Kab. Jembrana, data-2024 ok.\n" + long_line + "\nÄbc";
  const std::string low = lower(s);
  const std::vector<Token> t = tokenize(s, low);
  std::vector<std::string> texts, lows;
  for (const Token& k : t) {
    texts.emplace_back(k.text);
    lows.emplace_back(k.low);
  }
  // Views into the text and its lower-case copy: nothing copied.
  EXPECT_EQ(t[3].text.data(), s.data() + 11);
  EXPECT_EQ(t[3].low.data(), low.data() + 11);
  EXPECT_EQ(texts, (std::vector<std::string>{"Dr.", "I", "Made", "S.E.", "dari", "Kab.", "Jembrana", ",", "data-2024",
                                             "ok", ".", "\n", long_line, "\n", "Äbc"}));
  EXPECT_EQ(lows, (std::vector<std::string>{"dr", "i", "made", "s.e", "dari", "kab", "jembrana", ",", "data-2024", "ok",
                                            ".", "", long_line, "", "Äbc"}));
  EXPECT_TRUE(t[0].capitalised);
  EXPECT_FALSE(t[4].capitalised);
  EXPECT_TRUE(t[14].capitalised);  // a non-ASCII capital letter
  EXPECT_TRUE(t[8].has_digit);
  EXPECT_FALSE(t[6].has_digit);
  EXPECT_EQ(t[7].kind, TokenKind::punct);
  EXPECT_EQ(t[11].kind, TokenKind::line_break);
  EXPECT_FALSE(t[11].soft);  // after a short line
  EXPECT_TRUE(t[13].soft);   // after a line of 60 or more: wrapping
}

// A dotted abbreviation keeps its last dot ("M.Si.", "A.Md.Kep."); a site's name ends its sentence there
// ("Jalan-Jalan.id. Boleh ...": else "Boleh" was read on as part of the name).
TEST(TextScan, ASitesNameEndsItsSentenceAnAbbreviationKeepsItsDot) {
  const std::string s = "Saya dari Jalan-Jalan.id. Boleh, kata Budi, M.Si. dan A.Md.Kep. di detik.com.";
  const std::string low = lower(s);
  std::vector<std::string> texts;
  for (const Token& k : tokenize(s, low)) texts.emplace_back(k.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Saya", "dari", "Jalan-Jalan.id", ".", "Boleh", ",", "kata", "Budi", ",",
                                             "M.Si.", "dan", "A.Md.Kep.", "di", "detik.com", "."}));
}

// Digits and dots: a decimal or a thousands' dot joins digits ("3.1", "Rp1.500.000"), a dot before a digit after a
// letter does not ("a.5": an initial, then "5"); tab and CR are blanks; a word's digits say has_digit, its kept dot not.
// The tokens are views into the text and its lower case at the same offsets: a lower case of another length
// is refused, not read past its end.
TEST(TextScan, TokenizeRefusesALowerCaseOfAnotherLength) {
  EXPECT_THROW((void)tokenize("Data PDRB", "data pdr"), std::invalid_argument);
  EXPECT_EQ(tokenize("Data PDRB", "data pdrb").size(), 2u);
}

TEST(TextScan, TokenizeDigitsDotsAndBlanks) {
  const std::string s = "Tabel 3.1\ta.5 Rp1.500.000 S1.\r\nok";
  const std::string low = lower(s);
  const std::vector<Token> t = tokenize(s, low);
  std::vector<std::string> texts;
  std::vector<bool> digits;
  for (const Token& k : t) {
    texts.emplace_back(k.text);
    digits.push_back(k.has_digit);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"Tabel", "3.1", "a.", "5", "Rp1.500.000", "S1", ".", "\n", "ok"}));
  EXPECT_EQ(digits, (std::vector<bool>{false, true, false, true, true, true, false, false, false}));
  EXPECT_EQ(t[2].low, "a");
  EXPECT_TRUE(t[4].capitalised);
}

// trim, whose first look at the end bytes is inline, agrees with the rule spelt out (blanks and line breaks off both
// ends, then U+00A0 off both ends) on random strings of the bytes that matter: blanks, controls, the two bytes of
// U+00A0 apart or together, and letters.
TEST(TextScan, TrimAgreesWithTheRuleOnRandomStrings) {
  const auto by_rule = [](std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    return s;
  };
  const std::vector<std::string_view> pieces = {" ", "\t", "\n", "\r", "\f", "\v", "\x01", "\x20", "\x21", "a",
                                                "\xC2", "\xA0", "\xC2\xA0", "\xC3\xA9", "\x7F"};
  std::mt19937 rng(5);
  for (int round = 0; round < 50000; ++round) {
    std::string s;
    for (int n = static_cast<int>(rng() % 7); n > 0; --n) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(trim(s), by_rule(s)) << testing::PrintToString(s);
    ASSERT_EQ(trim(s).data(), by_rule(s).data()) << "a view into the same string";
  }
}

// Squeezing reads sixteen bytes at a time where it can: on random texts long enough for blocks, with blanks
// of every kind alone, doubled and at block edges, it agrees with the rule (trimmed, each run of blanks one
// space).
TEST(TextScan, SqueezeSpacesAgreesWithTheRuleOnRandomTexts) {
  const auto by_rule = [](std::string_view s) {
    s = trim(s);
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n'; };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (!blank(s[i])) {
        out += s[i];
      } else if (!blank(s[i - 1])) {
        out += ' ';
      }
    }
    return out;
  };
  const std::vector<std::string_view> pieces = {" ", " ", "  ", "\t", "\n", "\r\n", "\f", "\v", "a", "word",
                                                "sixteen letters.", "x"};
  std::mt19937 rng(16);
  std::string into;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int n = static_cast<int>(rng() % 40); n > 0; --n) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(squeeze_spaces(s), by_rule(s)) << testing::PrintToString(s);
    squeeze_spaces_into(into, s);
    ASSERT_EQ(into, by_rule(s)) << testing::PrintToString(s);
  }
}

// for_each_class_run (byte_runs.h) reads a text 64 bytes at a time from bit masks: its runs are the byte rule's
// (for_each_run with the class's test) for every class, at every length around and across the blocks, with every
// byte value; stopping early stops at the run asked.
TEST(TextScan, ClassRunsAgreeWithTheByteRuleOnRandomTexts) {
  const auto alnum = [](char c) { return is_alpha_ascii(c) || is_digit(c); };
  const auto alpha_apostrophe = [](char c) { return is_alpha_ascii(c) || c == '\''; };
  const auto by_rule = [](std::string_view s, auto in_class) {
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for_each_run(s, in_class, [&](std::string_view run, std::size_t at) { runs.emplace_back(at, at + run.size()); });
    return runs;
  };
  const auto by_masks = [](std::string_view s, auto cls) {
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for_each_class_run<decltype(cls)::value>(s, [&](std::size_t b, std::size_t e) {
      runs.emplace_back(b, e);
      return true;
    });
    return runs;
  };
  std::mt19937 rng(64);
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 200, ' ');
    // Mostly the bytes around each class's edges ('/' '0' '9' ':' '@' 'A' 'Z' '[' '`' 'a' 'z' '{' '\'' ...), some of any value.
    static constexpr std::string_view kEdges = "/09:@AZ[`az{'&-. \x7f\x80\xc3\xa9\xff";
    for (char& c : s) c = rng() % 4 ? kEdges[rng() % kEdges.size()] : static_cast<char>(rng() % 256);
    if (rng() % 3 == 0) s.insert(rng() % (s.size() + 1), std::string(rng() % 140, 'k'));  // a run over a block
    ASSERT_EQ(by_masks(s, std::integral_constant<RunClass, RunClass::alnum>{}), by_rule(s, alnum))
        << testing::PrintToString(s);
    ASSERT_EQ(by_masks(s, std::integral_constant<RunClass, RunClass::alpha_apostrophe>{}), by_rule(s, alpha_apostrophe))
        << testing::PrintToString(s);
  }
  // Stopping: the second run is the last one read.
  std::vector<std::size_t> starts;
  EXPECT_FALSE(for_each_class_run<RunClass::alnum>("ab cd ef", [&](std::size_t b, std::size_t) {
    starts.push_back(b);
    return starts.size() < 2;
  }));
  EXPECT_EQ(starts, (std::vector<std::size_t>{0, 3}));
}

// A word token is a maximal run of word bytes and joiners: it opens and ends on a word byte, no word byte stands
// right before it, and none right after it nor a joiner before one (but a '.' between a letter and a digit ends
// it); has_digit says whether it holds a digit. On random texts of word bytes of every kind, joiners and blanks, at
// every length around the tokenizer's sixteen-byte blocks.
TEST(TextScan, TokenizeWordsAreMaximalRunsOnRandomTexts) {
  const auto is_digit_byte = [](char c) { return c >= '0' && c <= '9'; };
  const std::vector<std::string_view> pieces = {"a", "Z", "kata", "2024", "x9", "@", "_", "\xc3\xa9", ".", "-", "'",
                                                "&", " ", "  ", "\n", ",", "(", "sixteenletters16", "S.E.", "3.5",
                                                "a.1", "1.a", "Dr.", "kompas.com", "i'm"};
  std::mt19937 rng(15);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int n = static_cast<int>(rng() % 30); n > 0; --n) s += pieces[rng() % pieces.size()];
    const std::string low = lower(s);
    for (const Token& t : tokenize(s, low)) {
      if (t.kind != TokenKind::word) continue;
      const std::size_t b = static_cast<std::size_t>(t.low.data() - low.data()), e = b + t.low.size();
      const std::string context = testing::PrintToString(s) + " at " + std::to_string(b);
      ASSERT_TRUE(is_word_byte(low[b]) && is_word_byte(low[e - 1])) << context;
      ASSERT_TRUE(b == 0 || !is_word_byte(low[b - 1])) << context;
      // A joiner joins where a word byte follows it (not a '.' between a letter and a digit).
      const auto joins_at = [&](std::size_t k) {
        return k + 1 < low.size() && is_joiner(low[k]) && is_word_byte(low[k + 1]) &&
               !(low[k] == '.' && is_digit_byte(low[k + 1]) && !is_digit_byte(low[k - 1]));
      };
      for (std::size_t k = b; k < e; ++k) ASSERT_TRUE(is_word_byte(low[k]) || joins_at(k)) << context;
      ASSERT_TRUE(e == low.size() || (!is_word_byte(low[e]) && !joins_at(e))) << context;
      ASSERT_EQ(t.has_digit, std::any_of(t.low.begin(), t.low.end(), is_digit_byte)) << context;
      // alnum_only: every byte an ASCII letter or digit (the word is one run of them: phrase_hits.h reads it so).
      ASSERT_EQ(t.alnum_only, std::all_of(t.low.begin(), t.low.end(), [](char c) {
                  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                })) << context;
    }
  }
}

// Phrases blanked with spaces (offsets kept), every occurrence; the anchors spare texts without them.
TEST(TextScan, BlankPhrasesKeepsOffsets) {
  const std::array<std::string_view, 2> phrases = {"surat pengantar", "as requested"};
  EXPECT_EQ(blank_phrases("surat pengantar dan surat pengantar lagi", phrases),
            std::string(15, ' ') + " dan " + std::string(15, ' ') + " lagi");
  EXPECT_EQ(blank_phrases("attached as requested", phrases), "attached" + std::string(13, ' '));
  const std::array<std::string_view, 1> anchors = {"zzz"};
  EXPECT_EQ(blank_phrases("surat pengantar", phrases, anchors), "surat pengantar") << "no anchor, no search";
}

// Anchors only spare searches: with them a text is blanked as without them, on texts holding several anchors, phrases
// that hold two, phrases sharing an anchor, phrases cut short and overlapping ones (blanking one spoils another).
TEST(TextScan, BlankPhrasesWithAnchorsBlanksWhatItBlanksWithout) {
  constexpr std::array<std::string_view, 9> phrases = {"tidak keberatan", "keberatan jika", "mohon saran",
                                                       "saran dosen", "sarannya", "keluhan saran", "data keluhan",
                                                       "no complaint", "if you don't mind"};
  constexpr std::array<std::string_view, 5> anchors = {"keberatan", "saran", "keluhan", "complaint", "mind"};
  static_assert(anchors_cover(phrases, anchors));
  static_assert(!anchors_cover(phrases, std::array<std::string_view, 2>{"saran", "keluhan"}));
  // No anchor may hold a blank: blanking writes blanks, so it could make such an anchor occur where it did not.
  static_assert(!anchors_cover(std::array<std::string_view, 1>{"mohon saran"},
                               std::array<std::string_view, 1>{"n saran"}));
  const std::vector<std::string_view> pieces = {"tidak", "keberatan", "jika", "mohon", "saran", "sarannya", "dosen",
                                                "keluhan", "data", "no", "complaint", "if", "you", "don't", "mind",
                                                "remind", "tidak keberatan jika", "mohon saran dosen", "x"};
  const std::vector<std::string_view> gaps = {" ", " ", "", "\n", ", ", "  "};
  std::mt19937 rng(12);
  int blanked_some = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t n = 1 + rng() % 12;
    for (std::size_t k = 0; k < n; ++k) {
      text += pieces[rng() % pieces.size()];
      text += gaps[rng() % gaps.size()];
    }
    bool with = false, without = false;
    const std::string by_anchors = blank_phrases(text, phrases, anchors, &with);
    ASSERT_EQ(by_anchors, blank_phrases(text, phrases, {}, &without)) << text;
    ASSERT_EQ(with, without) << text;
    blanked_some += with;
  }
  EXPECT_GT(blanked_some, 5000);
}

// The head and tail of long own words: cut at line breaks, else at spaces or whole characters; short
// text is whole.
TEST(TextScan, UnderstoodPartIsTheHeadAndTheTail) {
  EXPECT_EQ(understood_part("pendek saja"), "pendek saja");
  std::string lines;
  for (int i = 0; lines.size() < 20 * 1024; ++i) lines += "baris nomor " + std::to_string(i) + " dari tempelan panjang\n";
  const std::string u = understood_part(lines);
  EXPECT_LE(u.size(), kUnderstandHeadBytes + kUnderstandTailBytes + 2);
  EXPECT_GT(u.size(), (kUnderstandHeadBytes + kUnderstandTailBytes) / 2);
  EXPECT_TRUE(u.starts_with("baris nomor 0 dari"));
  const std::size_t gap = u.find("\n\n");
  ASSERT_NE(gap, std::string::npos);
  EXPECT_TRUE(u.substr(gap + 2).starts_with("baris nomor ")) << "the tail starts at a line";
  EXPECT_TRUE(lines.ends_with(u.substr(gap + 2)));
  EXPECT_EQ(u.find("nomor 200 "), std::string::npos) << "the middle is left out";
  // One long line: the tail starts after a space; without spaces, at a whole UTF-8 character.
  std::string words;
  while (words.size() < 20 * 1024) words += "kata ";
  EXPECT_TRUE(tail_within(words, 100).starts_with("kata"));
  std::string accents;
  while (accents.size() < 301) accents += "\xC3\xA9";  // e acute, no spaces
  const std::string_view a = tail_within(accents, 101);
  EXPECT_EQ(a.size() % 2, 0u) << "no character cut in half";
  EXPECT_EQ(static_cast<unsigned char>(a[0]), 0xC3);
}


}  // namespace
}  // namespace pst::text
