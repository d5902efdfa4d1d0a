// introduction_shortcuts_test.cc: the sentence reader's shortcuts (introduction.cc): a word that opens none of
// its rules stops at one look-up (kOpensASentenceRule), an affiliation word with no self reference before it
// stops before whose body it is is read. They must change no answer: every mail of the labelled corpus, and
// thousands of texts made of stretches of the corpus, are read with the shortcuts and without them, and must
// give the same requester. A rule added to the reader without its opening word in the set, or a way to the
// writer's body that needs no self reference, fails here as soon as a text takes it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "parsers/analyse.h"
#include "parsers/introduction.h"
#include "parsers/mime_decode.h"
#include "parsers/parsed_mail_json.h"

namespace pst {
namespace {

const std::string kCorpus = std::string(PSTMAIL_SOURCE_DIR) + "/tests/parsers/corpus/";

std::vector<std::string> corpus_mails() {
  std::vector<std::string> mails;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) {
    if (entry.path().extension() != ".eml") continue;
    std::ifstream f(entry.path(), std::ios::binary);
    mails.emplace_back((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  }
  std::sort(mails.begin(), mails.end());
  return mails;
}

// Restores the shortcuts however the test ends.
struct ShortcutsRestored {
  ~ShortcutsRestored() { set_sentence_shortcuts(true); }
};

TEST(IntroductionShortcuts, EveryCorpusMailIsReadTheSameWithAndWithoutThem) {
  ShortcutsRestored restore;
  const MimeLimits limits;
  std::size_t read = 0;
  for (const std::string& raw : corpus_mails()) {
    const DecodedMail mail = decode_mail(raw, limits);
    set_sentence_shortcuts(true);
    const std::string with_shortcuts = parsed_mail_json(analyse(DecodedMail(mail)));
    set_sentence_shortcuts(false);
    const std::string without = parsed_mail_json(analyse(DecodedMail(mail)));
    ASSERT_EQ(with_shortcuts, without) << raw.substr(0, 600);
    ++read;
  }
  EXPECT_GT(read, 3000u);
}

// The words of each corpus mail's body as written (split at blanks, punctuation kept on them), a list a mail.
std::vector<std::vector<std::string>> corpus_bodies(const std::vector<std::string>& mails) {
  std::vector<std::vector<std::string>> bodies;
  for (const std::string& raw : mails) {
    std::size_t body = raw.find("\r\n\r\n");
    if (body == std::string::npos) body = raw.find("\n\n");
    if (body == std::string::npos) continue;
    std::vector<std::string> words;
    std::string w;
    for (std::size_t i = body; i <= raw.size(); ++i) {
      const char c = i < raw.size() ? raw[i] : ' ';
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        if (!w.empty() && w.size() <= 40 && w.find('=') == std::string::npos && w.find('<') == std::string::npos)
          words.push_back(w);
        if (c == '\n' && !words.empty() && words.back() != "\n") words.emplace_back("\n");
        w.clear();
      } else {
        w += c;
      }
    }
    if (words.size() >= 8) bodies.push_back(std::move(words));
  }
  return bodies;
}

// Texts made of stretches of the corpus's own sentences - where introductions are written - lower-cased
// whole or in part (the first shortcut stops lower-case words only: capitalised ones are read by every
// rule), some words dropped or swapped, stretches of different mails joined.
TEST(IntroductionShortcuts, RandomTextsOfTheCorpusWordsAreReadTheSame) {
  ShortcutsRestored restore;
  const std::vector<std::vector<std::string>> bodies = corpus_bodies(corpus_mails());
  ASSERT_GT(bodies.size(), 3000u);
  std::mt19937 rng(20261207);
  const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  std::size_t found_some = 0;
  const int texts = 8000;
  for (int n = 0; n < texts; ++n) {
    std::string text;
    for (std::size_t s = 1 + pick(3); s > 0; --s) {
      const std::vector<std::string>& body = bodies[pick(bodies.size())];
      const std::size_t length = std::min(body.size(), 4 + pick(30));
      const std::size_t from = pick(body.size() - length + 1);
      std::vector<std::string> stretch(body.begin() + static_cast<std::ptrdiff_t>(from),
                                       body.begin() + static_cast<std::ptrdiff_t>(from + length));
      const std::size_t casing = pick(4);  // 0, 1: all lower case; 2: some words; 3: as written
      for (std::string& word : stretch) {
        if (casing < 2 || (casing == 2 && pick(2) == 0))
          for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      if (pick(3) == 0 && stretch.size() > 4)
        stretch.erase(stretch.begin() + static_cast<std::ptrdiff_t>(pick(stretch.size())));
      if (pick(3) == 0 && stretch.size() > 4) std::swap(stretch[pick(stretch.size())], stretch[pick(stretch.size())]);
      for (const std::string& word : stretch) text += word == "\n" ? "\n" : word + " ";
      text += pick(3) == 0 ? "\n\n" : " ";
    }
    set_sentence_shortcuts(true);
    const Introduction with_shortcuts = find_introduction(text);
    set_sentence_shortcuts(false);
    const Introduction without = find_introduction(text);
    ASSERT_EQ(with_shortcuts.name, without.name) << text;
    ASSERT_EQ(with_shortcuts.institution, without.institution) << text;
    found_some += with_shortcuts.name || with_shortcuts.institution;
  }
  // The texts reach the rules: many of them name someone or a body.
  EXPECT_GT(found_some, static_cast<std::size_t>(texts / 6)) << found_some;
}

}  // namespace
}  // namespace pst
