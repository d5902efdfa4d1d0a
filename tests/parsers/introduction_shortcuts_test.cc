// introduction_shortcuts_test.cc: the sentence reader's shortcuts (introduction.cc): a word that opens none of
// its rules stops at one look-up (kOpensASentenceRule), an affiliation word with no self reference before it
// stops before whose body it is is read. They must change no answer: every mail of the labelled corpus, and
// thousands of texts made of stretches of the corpus, are read with the shortcuts and without them, and must
// give the same requester. A rule added to the reader without its opening word in the set, or a way to the
// writer's body that needs no self reference, fails here as soon as a text takes it.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "parsers/analyse.h"
#include "parsers/introduction.h"
#include "parsers/mime_decode.h"
#include "parsers/parsed_mail_json.h"
#include "tests/parsers/corpus_stretches.h"

namespace pst {
namespace {

using testing_corpus::corpus_bodies;
using testing_corpus::corpus_mails;

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

// Texts made of stretches of the corpus's own sentences (corpus_stretches.h), lower-cased whole or in part: the
// first shortcut stops lower-case words only, capitalised ones are read by every rule.
TEST(IntroductionShortcuts, RandomTextsOfTheCorpusWordsAreReadTheSame) {
  ShortcutsRestored restore;
  const std::vector<std::vector<std::string>> bodies = corpus_bodies(corpus_mails());
  ASSERT_GT(bodies.size(), 3000u);
  std::mt19937 rng(20261207);
  std::size_t found_some = 0;
  const int texts = 8000;
  for (int n = 0; n < texts; ++n) {
    const std::string text = testing_corpus::random_stretches(bodies, rng);
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
