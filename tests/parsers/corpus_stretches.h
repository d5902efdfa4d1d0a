// corpus_stretches.h (tests): random texts made of stretches of the labelled corpus's own mails - where
// introductions, requests, complaints and scores are written - lower-cased whole or in part, a word dropped or
// two swapped, stretches of different mails joined. Realistic enough to open the rules (random bytes rarely
// do), varied enough to reach the edges: a text that opens or ends on a rule's word. Used by the differential
// and hostile-input tests (introduction_shortcuts_test.cc, analyse_random_test.cc; under ASan + UBSan in
// tests/sanitised/).
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace pst::testing_corpus {

/// Every .eml of tests/parsers/corpus/, raw, in file-name order.
inline std::vector<std::string> corpus_mails() {
  std::vector<std::string> mails;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(PSTMAIL_SOURCE_DIR) + "/tests/parsers/corpus/")) {
    if (entry.path().extension() != ".eml") continue;
    std::ifstream f(entry.path(), std::ios::binary);
    mails.emplace_back((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  }
  std::sort(mails.begin(), mails.end());
  return mails;
}

/// The words of each mail's body as written (split at blanks, punctuation kept on them; "\n" for a line break),
/// a list a mail.
inline std::vector<std::vector<std::string>> corpus_bodies(const std::vector<std::string>& mails) {
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

/// One random text of one to three stretches of 4-33 words.
inline std::string random_stretches(const std::vector<std::vector<std::string>>& bodies, std::mt19937& rng) {
  const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
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
  return text;
}

}  // namespace pst::testing_corpus
