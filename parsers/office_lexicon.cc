// office_lexicon.cc: see office_lexicon.h.
#include "parsers/office_lexicon.h"

#include <fstream>

#include <fmt/format.h>

#include "parsers/text_scan.h"
#include "parsers/word_index.h"

namespace pst {
namespace {

// The office's words, each list looked up by a WordSet (its filter turns most words away inline, with no
// string made or hashed: every organisation test asks these of most words it reads). The sets are views into
// the word lists, indexed once the lists are read in place (load_office_lexicon), so no move of a string
// leaves a view dangling.
struct Lexicon {
  std::vector<std::string> heads_words, standalone_words;
  text::WordSet heads, standalone;
  void index() {
    for (const std::string& w : heads_words) heads.insert(w);
    for (const std::string& w : standalone_words) standalone.insert(w);
  }
};

Lexicon& lexicon() {
  static Lexicon l;
  return l;
}

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;  // letters of other scripts, as UTF-8
}

void read_words(const std::string& path, std::vector<std::string>& into, std::vector<std::string>& problems) {
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
    into.push_back(std::move(low));
  }
}

}  // namespace

std::vector<std::string> load_office_lexicon(const std::string& dir) {
  std::vector<std::string> problems;
  Lexicon& l = lexicon();
  l = Lexicon{};
  read_words(dir + "/institution-heads.txt", l.heads_words, problems);
  read_words(dir + "/institutions.txt", l.standalone_words, problems);
  l.index();
  office_lexicon_detail::listed_any = !l.heads_words.empty() || !l.standalone_words.empty();
  return problems;
}

namespace office_lexicon_detail {

bool head_first(std::string_view w) { return lexicon().heads.contains(w); }
bool standalone(std::string_view w) { return lexicon().standalone.contains(w); }

}  // namespace office_lexicon_detail

}  // namespace pst
