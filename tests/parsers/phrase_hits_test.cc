// phrase_hits_test.cc: one scan for the phrases of several sets (phrase_hits.h) must find what each set's own scan
// finds. The hits are exactly the runs that open a phrase of some set, each with that set's slot; read from them a
// set finds the matches its own scan finds (PhraseSet::at_run), and the phrases of a sentence read with its blanks
// squeezed without squeezing it (at_run_squeezed); the language count, its words marked in the index, counts what
// its own scan counts. Then the four readers that take them (the request reader, the complaint check, the
// language, the introduction's word classes) must answer the same with the hits as without: on every corpus mail, on random texts of corpus
// stretches with their blanks varied, and on long ones whose complaint window cuts a word.
#include "parsers/phrase_hits.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "parsers/byte_runs.h"
#include "parsers/classify.h"
#include "parsers/introduction.h"
#include "parsers/language.h"
#include "parsers/mime_decode.h"
#include "parsers/own_words.h"
#include "parsers/own_words_scan.h"
#include "parsers/phrase_set.h"
#include "parsers/request_detail.h"
#include "parsers/text_scan.h"
#include "parsers/words_view.h"
#include "tests/parsers/corpus_stretches.h"
#include "tests/parsers/random_text.h"

namespace pst::text {
namespace {

// Two sets sharing first words ("tidak", "data"), multi-word phrases, one-word ones, a phrase with a digit run and
// one that opens with no letter or digit (searched apart: odd_in).
const std::vector<std::string_view> kFirst = {"tidak sesuai", "tidak puas", "data", "data penduduk", "keluhan",
                                              "belum ada balasan", "3 hari kerja", "[ooo]"};
const std::vector<std::string_view> kSecond = {"data", "data kemiskinan tahun", "tidak", "jumlah penduduk",
                                               "number of", "penduduk", "2024"};

using testing_text::random_text;

const std::vector<std::string_view> kPieces = {"tidak", "sesuai", "puas", "data", "penduduk", "keluhan", "belum",
                                               "ada", "balasan", "3", "hari", "kerja", "[ooo]", "kemiskinan", "tahun",
                                               "jumlah", "number", "of", "2024", "tidakx", "data2024", "x", "é"};
// Blanks of every kind and length, and bytes that are none.
const std::vector<std::string_view> kGaps = {" ", " ", " ", "  ", "\t", "\n", " \n ", "\r\n", "\f", "\v",
                                             "-", ".", ",", "", "'", "\xc3\xa9"};

using Found = std::vector<std::tuple<std::uint32_t, std::size_t, std::size_t>>;
Found as_tuples(const std::vector<PhraseSet::Match>& m) {
  Found out;
  for (const PhraseSet::Match& x : m) out.emplace_back(x.phrase, x.begin, x.end);
  return out;
}

// The scan as analyse() makes it, of a lower-case text `low` read with `text` (its words as written, for the
// tokenizer): the tokens are the tokenizer's.
PhraseOpeners::Hits scan(const PhraseOpeners& openers, std::string_view text, std::string_view low) {
  return openers.hits(low, tokenize(text, low));
}
PhraseOpeners::Hits scan(const PhraseOpeners& openers, std::string_view low) { return scan(openers, low, low); }

// Words glued by every joiner the tokenizer knows (".", "-", "'", "@", "_", "/"), initials and abbreviations that keep
// their dot ("S.E.", "Dr."), a dot between a letter and a digit ("v.2"), bytes of no ASCII letter ("é", "\xe2\x80\x94"),
// digits, capitals and blanks of every kind.
std::vector<std::string_view> joined_pieces() {
  std::vector<std::string_view> pieces = kPieces;
  for (std::string_view p : {"The", "DATA", "S.E.", "Dr.", "v.2", "se", "e-mail", "a@b.id", "x_y", "the", "of",
                             "2.5", "data.", "3/4", "\xe2\x80\x94", "Data2024"})
    pieces.push_back(p);
  return pieces;
}
std::vector<std::string_view> joined_gaps() {
  std::vector<std::string_view> gaps = kGaps;
  for (std::string_view g : {"@", "_", "/", ". ", "..", "'s ", "\xe2\x80\x99"}) gaps.push_back(g);
  return gaps;
}

// The hits are exactly the maximal runs of letters and digits of the lower-case text that open a phrase of a set
// (with that set's slot) or are a marked word (with its marks), in text order; a token's marks are those of its run
// when it is one run (Token::alnum_only), else 0. Read by the scan from the tokens, against the runs of the bytes.
TEST(PhraseOpeners, HitsAreTheRunsThatOpenAPhraseOrAreMarkedAndTokensCarryTheirMarks) {
  const PhraseSet first(kFirst), second(kSecond);
  const MarkedWords marks = {{"data", 1u << 3}, {"the", 1u << 4}, {"of", 1u << 4}, {"se", 1u << 5}, {"v", 1u << 6}};
  const PhraseOpeners openers({&first, &second}, marks);
  const auto marks_of = [&](std::string_view w) {
    std::uint32_t bits = 0;
    for (const auto& [word, b] : marks)
      if (word == w) bits |= b;
    return bits;
  };
  const std::vector<std::string_view> pieces = joined_pieces(), gaps = joined_gaps();
  std::mt19937 rng(11);
  std::size_t hits_seen = 0, marked_tokens = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(rng, pieces, gaps, 30);
    const std::string low = lower(text);
    using Found = std::vector<std::tuple<std::size_t, std::size_t, std::uint32_t>>;
    Found expected[3], got[3];
    for_each_class_run<RunClass::alnum>(low, [&](std::size_t i, std::size_t e) {
      const std::string_view w(low.data() + i, e - i);
      if (const std::uint32_t a = first.first_words().find(w); a != WordIndex::npos) expected[0].emplace_back(i, e, a);
      if (const std::uint32_t b = second.first_words().find(w); b != WordIndex::npos) expected[1].emplace_back(i, e, b);
      if (const std::uint32_t m = marks_of(w); m != 0) expected[2].emplace_back(i, e, m);
      return true;
    });
    const std::vector<Token> tokens = tokenize(text, low);
    const PhraseOpeners::Hits hits = openers.hits(low, tokens);
    for (std::size_t list = 0; list < 3; ++list) {
      for (const PhraseOpeners::Hit& h : list < 2 ? hits.of_set(list) : hits.marked())
        got[list].emplace_back(h.begin, h.end, h.value);
      ASSERT_EQ(got[list], expected[list]) << "list " << list << " \"" << text << "\"";
      hits_seen += got[list].size();
    }
    ASSERT_EQ(hits.token_marks().size(), tokens.size());
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const bool one_run = tokens[k].kind == TokenKind::word && tokens[k].alnum_only;
      const std::uint32_t expected_marks = one_run ? marks_of(tokens[k].low) : 0;
      ASSERT_EQ(hits.token_marks()[k], expected_marks) << "token " << k << " \"" << text << "\"";
      marked_tokens += expected_marks != 0;
    }
  }
  EXPECT_GT(hits_seen, 100000u);
  EXPECT_GT(marked_tokens, 20000u);
}

// Tokens of another text are refused, not read out of bounds.
TEST(PhraseOpeners, HitsRefuseTokensOfAnotherText) {
  const PhraseSet first(kFirst);
  const PhraseOpeners openers({&first});
  const std::string text = "Data penduduk", other = "data penduduk", low = lower(text);
  const std::vector<Token> tokens = tokenize(other, other);
  EXPECT_THROW((void)openers.hits(low, tokens), std::invalid_argument);
  // Tokens of a longer text, read against its first bytes: the last word runs past them.
  const std::string longer = "data penduduk desa", longer_low = lower(longer);
  const std::vector<Token> of_longer = tokenize(longer, longer_low);
  EXPECT_THROW((void)openers.hits(std::string_view(longer_low).substr(0, 15), of_longer), std::invalid_argument);
  EXPECT_NO_THROW((void)openers.hits(longer_low, of_longer));
}

TEST(PhraseOpeners, MatchesReadFromTheHitsAreTheSetsOwn) {
  const PhraseSet first(kFirst), second(kSecond);
  const PhraseOpeners openers({&first, &second});
  std::mt19937 rng(6);
  std::size_t matched = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string low = random_text(rng, kPieces, kGaps, 30);
    const PhraseOpeners::Hits hits = scan(openers, low);
    for (std::size_t set = 0; set < 2; ++set) {
      const PhraseSet& l = set == 0 ? first : second;
      std::vector<PhraseSet::Match> got;
      const auto add = [&](const PhraseSet::Match& m) {
        got.push_back(m);
        return true;
      };
      for (const PhraseOpeners::Hit& h : hits.of_set(set)) l.at_run(low, h.begin, h.end, h.value, add);
      l.odd_in(low, add);
      PhraseSet::sort_by_place(got);
      ASSERT_EQ(as_tuples(got), as_tuples(l.matches(low))) << "set " << set << " \"" << low << "\"";
      matched += got.size();
    }
  }
  EXPECT_GT(matched, 20000u);
}

// A sentence as the request reader cuts it (trimmed, not empty) read squeezed: the phrases at_run_squeezed finds
// from the hits of the unsqueezed text, with odd_in on the squeezed one, are those found() finds in the squeezed.
TEST(PhraseOpeners, ASentenceReadSqueezedFromTheHitsFindsWhatItsSqueezedCopyHas) {
  const PhraseSet first(kFirst), second(kSecond);
  const PhraseOpeners openers({&first, &second});
  std::mt19937 rng(7);
  std::size_t found_some = 0;
  for (int round = 0; round < 20000; ++round) {
    // Text around the sentence, so hits and phrases may lie before or run past its range.
    const std::string before = random_text(rng, kPieces, kGaps, 4), after = random_text(rng, kPieces, kGaps, 4);
    const std::string sentence(trim(random_text(rng, kPieces, kGaps, 20)));
    if (sentence.empty()) continue;
    const std::string low = before + "\n" + sentence + "\n" + after;
    const std::size_t from = before.size() + 1, to = from + sentence.size();
    const std::string squeezed = squeeze_spaces(sentence);
    const PhraseOpeners::Hits hits = scan(openers, low);
    for (std::size_t set = 0; set < 2; ++set) {
      const PhraseSet& l = set == 0 ? first : second;
      std::vector<std::size_t> got;
      const auto add = [&](const PhraseSet::Match& m) {
        got.push_back(m.phrase);
        return true;
      };
      for (const PhraseOpeners::Hit& h : hits.of_set(set))
        if (h.begin >= from && h.begin < to) l.at_run_squeezed(low, h.begin, h.end, to, h.value, add);
      l.odd_in(squeezed, add);
      std::sort(got.begin(), got.end());
      got.erase(std::unique(got.begin(), got.end()), got.end());
      ASSERT_EQ(got, l.found(squeezed)) << "set " << set << " \"" << sentence << "\"";
      found_some += !got.empty();
    }
  }
  EXPECT_GT(found_some, 10000u);
}

// The language count read from the hits of an index that holds its common words as marks: the same counts as its
// own scan of runs of letters and the apostrophe, on texts of common words glued to digits ("2024data"), next to
// apostrophes ("the'", "don't"), the Balinese "I" and "Made" before a name, capitals, and cut anywhere (`low` the
// first bytes of the scanned text).
TEST(PhraseOpeners, TheLanguageCountReadFromHitsIsItsOwn) {
  const PhraseSet first(kFirst);
  const PhraseOpeners openers({&first}, language_marks());
  const std::vector<std::string_view> pieces = {"the", "data", "yang", "dan", "i", "I", "Made", "made", "Ketut",
                                                "Gede", "2024", "of", "don", "t", "saya", "tidak", "x", "é", "The",
                                                "DATA", "to", "a"};
  const std::vector<std::string_view> gaps = {" ", " ", "", "'", "-", ".", "\n", "  ", "2", "'s", "\xc3\xa9"};
  std::mt19937 rng(8);
  std::size_t counted = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(rng, pieces, gaps, 24);
    const std::string low = lower(text);
    const PhraseOpeners::Hits hits = scan(openers, text, low);
    const std::size_t cut = rng() % 3 == 0 ? low.size() : rng() % (low.size() + 1);
    const std::pair<int, int> own = common_word_counts(std::string_view(text).substr(0, cut), std::string_view(low).substr(0, cut));
    ASSERT_EQ(common_word_counts(std::string_view(text).substr(0, cut), std::string_view(low).substr(0, cut), low,
                                 PhraseHits{hits.marked(), true}),
              own)
        << "\"" << text << "\" cut at " << cut;
    counted += static_cast<std::size_t>(own.first + own.second);
  }
  EXPECT_GT(counted, 50000u);
}

}  // namespace
}  // namespace pst::text

namespace pst {
namespace {

// Every class word of the introduction (each bit of each word), written as it is, capitalised, in capitals, glued
// to a digit or a joiner ("i'm", "co-founder", "dari2024"), between every kind of gap: the classes read from the
// scan's marked runs are those looked up word by word. (The corpus reaches only the classes its mails use.)
TEST(PhraseHitsReaders, EveryClassWordOfTheIntroductionGetsItsClassesFromTheScan) {
  std::vector<std::string> words;
  for (const auto& [word, bits] : introduction_marks()) {
    std::string w(word);
    words.push_back(w);
    if (!w.empty()) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    words.push_back(w);
    for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    words.push_back(w);
  }
  const std::vector<std::string_view> gaps = {" ", " ", "\n", ", ", ". ", "-", "'", "2024", "(", " \xc3\xa9 "};
  std::mt19937 rng(9);
  std::size_t classed = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int n = 0; n < 40; ++n) {
      text += words[rng() % words.size()];
      text += gaps[rng() % gaps.size()];
    }
    const WordsView view(text);
    const std::vector<std::uint16_t> looked_up = introduction_word_classes(view);
    ASSERT_EQ(introduction_word_classes(view, OwnWordsScan(view).marked()), looked_up) << text;
    classed += static_cast<std::size_t>(std::count_if(looked_up.begin(), looked_up.end(), [](auto c) { return c != 0; }));
  }
  EXPECT_GT(classed, 3000u * 15);  // most of the 40 words are class words (some glued into other words)
}

// The request reader's and the complaint check's answers on the own words `text`, without and with the hits.
struct Answers {
  RequestDetail request;
  bool complaint;
  Language language;
  Introduction introduction;
};
Answers read_words(std::string_view subject, std::string_view text, bool with_hits) {
  const WordsView words(text);
  const OwnWordsScan scan(words);  // the index analyse() reads with
  const text::PhraseHits none{};
  return {find_request(words, with_hits ? scan.request() : none),
          is_complaint(subject, text, words.low(), with_hits ? scan.complaint() : none),
          with_hits ? detect_language(subject, words, scan.marked(), false)
                    : detect_language(subject, words.norm(), words.low(), false),
          find_introduction(words, with_hits ? scan.marked() : none)};
}

void expect_same(const Answers& with, const Answers& without, std::string_view text) {
  ASSERT_EQ(with.request.concrete, without.request.concrete) << text;
  ASSERT_EQ(with.request.summary, without.request.summary) << text;
  ASSERT_EQ(with.request.topics, without.request.topics) << text;
  ASSERT_EQ(with.request.region, without.request.region) << text;
  ASSERT_EQ(with.request.years, without.request.years) << text;
  ASSERT_EQ(with.request.has_question, without.request.has_question) << text;
  ASSERT_EQ(with.complaint, without.complaint) << text;
  ASSERT_EQ(with.language, without.language) << text;
  ASSERT_EQ(with.introduction.name, without.introduction.name) << text;
  ASSERT_EQ(with.introduction.institution, without.introduction.institution) << text;
}

TEST(PhraseHitsReaders, EveryCorpusMailIsReadTheSameWithAndWithoutHits) {
  const MimeLimits limits;
  std::size_t requests = 0, complaints = 0, named = 0, read = 0;
  for (const std::string& raw : testing_corpus::corpus_mails()) {
    const DecodedMail mail = decode_mail(raw, limits);
    const std::string understood = text::understood_part(own_words_of(mail).text);
    const Answers with = read_words(mail.subject, understood, true);
    expect_same(with, read_words(mail.subject, understood, false), raw.substr(0, 600));
    requests += with.request.concrete;
    complaints += with.complaint;
    named += with.introduction.name.has_value();
    ++read;
  }
  EXPECT_GT(read, 3000u);
  // The readers are reached: many requests and introductions, some complaints.
  EXPECT_GT(requests, 1000u);
  EXPECT_GT(complaints, 100u);
  EXPECT_GT(named, 1500u);
}

// The complaint check reads the first 6 KB of the own words: a word that its end cuts ("kecewaxyz" read as
// "kecewa") is no hit of the whole text, and is looked up as it is cut, as the word-by-word scan reads it.
TEST(PhraseHitsReaders, AWordTheComplaintWindowCutsIsReadAsItIsCut) {
  constexpr std::size_t kWindow = 6 * 1024;
  for (std::size_t cut = 1; cut < 9; ++cut) {  // where the window's end falls in the word
    std::string text = "Selamat siang, saya ingin bertanya tentang data";
    while (text.size() + 5 < kWindow - cut) text += " data";
    text += std::string(kWindow - cut - text.size() - 1, 'a');  // one long word up to one space before it
    text += " kecewaxyz dan lain-lain";
    const WordsView words(text);
    ASSERT_EQ(words.low().find("kecewaxyz"), kWindow - cut) << cut;
    const Answers with = read_words("Permohonan data", text, true);
    expect_same(with, read_words("Permohonan data", text, false), text.substr(kWindow - 40));
    EXPECT_EQ(with.complaint, cut == 6) << cut;  // read as "kecewa" only when cut there
  }
}

// Random texts of corpus stretches with their blanks varied (a space made two, a tab, a line break), short ones
// and long ones: past the complaint check's 6 KB, whose end may cut a word.
TEST(PhraseHitsReaders, RandomTextsOfCorpusStretchesAreReadTheSame) {
  const std::vector<std::vector<std::string>> bodies = testing_corpus::corpus_bodies(testing_corpus::corpus_mails());
  ASSERT_GT(bodies.size(), 3000u);
  std::mt19937 rng(20261208);
  const std::vector<std::string_view> blanks = {" ", " ", " ", " ", "  ", "\t", "\n", " \n", "\n\n"};
  std::size_t requests = 0, complaints = 0;
  const int texts = 6000;
  for (int n = 0; n < texts; ++n) {
    std::string text;
    const int stretches = n % 20 == 0 ? 120 : 1;  // one text in twenty runs past 6 KB
    for (int s = 0; s < stretches; ++s) text += testing_corpus::random_stretches(bodies, rng);
    std::string varied;
    for (char c : text) {
      if (c == ' ') varied += blanks[rng() % blanks.size()];
      else varied += c;
    }
    const Answers with = read_words("Permohonan data", varied, true);
    expect_same(with, read_words("Permohonan data", varied, false), varied);
    requests += with.request.concrete;
    complaints += with.complaint;
  }
  EXPECT_GT(requests, static_cast<std::size_t>(texts / 10)) << requests;
  EXPECT_GT(complaints, static_cast<std::size_t>(texts / 50)) << complaints;
}

}  // namespace
}  // namespace pst
