// office_lexicon.cc: see office_lexicon.h.
#include "parsers/office_lexicon.h"

#include <fstream>
#include <unordered_set>

#include <fmt/format.h>

#include "parsers/text_scan.h"

namespace pst {
namespace {

struct Lexicon {
  std::unordered_set<std::string> heads, standalone;
};

Lexicon& lexicon() {
  static Lexicon l;
  return l;
}

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;  // letters of other scripts, as UTF-8
}

void read_words(const std::string& path, std::unordered_set<std::string>& into, std::vector<std::string>& problems) {
  std::ifstream f(path);
  if (!f) return;  // the office has none of this kind
  std::string line;
  for (int n = 1; std::getline(f, line); ++n) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    line.erase(0, line.find_first_not_of(" \t\r"));
    line.erase(line.find_last_not_of(" \t\r") + 1);
    if (line.empty()) continue;
    std::string low;
    for (char c : line) low += text::fold(c);
    bool ok = low.size() <= 64;
    for (char c : low) ok = ok && word_char(c);
    if (!ok) {
      problems.push_back(fmt::format("{}:{}: \"{}\" is not one word of letters, digits, '.' or '-' (one per line)",
                                     path, n, line));
      continue;
    }
    into.insert(low);
  }
}

}  // namespace

std::vector<std::string> load_office_lexicon(const std::string& dir) {
  std::vector<std::string> problems;
  Lexicon fresh;
  read_words(dir + "/institution-heads.txt", fresh.heads, problems);
  read_words(dir + "/institutions.txt", fresh.standalone, problems);
  lexicon() = std::move(fresh);
  return problems;
}

bool office_head_first(std::string_view w) {
  const auto& s = lexicon().heads;
  return !s.empty() && s.contains(std::string(w));
}

bool office_standalone(std::string_view w) {
  const auto& s = lexicon().standalone;
  return !s.empty() && s.contains(std::string(w));
}

}  // namespace pst
