// office_lexicon.h: the office's own organisation words, added without a rebuild (issue 16). The
// parser knows how Indonesian organisations are named (introduction.h); what it cannot know are
// the local ones: a Balinese youth group ("Sekaa Teruna ..."), a village enterprise ("Bumdesma
// ..."), a regency office's own acronym. The office lists them in a folder (default: `lexicon/`
// next to the configuration, i.e. /etc/pstmail/lexicon/):
//   institution-heads.txt   words that open an organisation's name ("pasraman", "pesraman")
//   institutions.txt        names or acronyms that name an organisation on their own ("bumdesma")
// One word per line (letters, digits, '.', '-'; any case), '#' starts a comment. A bad line is
// reported as "file:line: ..." (pstmaild --check-config) and skipped.
// Loaded once at start, before any mail is parsed (the lookups take no lock): restart pstmaild to
// apply a change.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pst {

/// Replaces the office lexicon with the files in `dir` (a missing folder or file is empty). Returns
/// the problems ("/etc/pstmail/lexicon/institutions.txt:3: \"Dinas Sosial\" is not one word ...").
std::vector<std::string> load_office_lexicon(const std::string& dir);

namespace office_lexicon_detail {
// Whether the office listed any word: set by load_office_lexicon, before any mail is parsed. Most offices list
// none, so the look-ups below answer inline, without a call (they are asked of most words a rule reads).
inline bool listed_any = false;
[[nodiscard]] bool head_first(std::string_view lower_word);
[[nodiscard]] bool standalone(std::string_view lower_word);
}  // namespace office_lexicon_detail

/// Whether the office listed `lower_word` (lower case) as an organisation's first word / as an
/// organisation on its own.
[[nodiscard]] inline bool office_head_first(std::string_view lower_word) {
  return office_lexicon_detail::listed_any && office_lexicon_detail::head_first(lower_word);
}
[[nodiscard]] inline bool office_standalone(std::string_view lower_word) {
  return office_lexicon_detail::listed_any && office_lexicon_detail::standalone(lower_word);
}
/// Either of them (asked of most words a rule reads where either will do).
[[nodiscard]] inline bool office_lists(std::string_view lower_word) {
  return office_lexicon_detail::listed_any &&
         (office_lexicon_detail::head_first(lower_word) || office_lexicon_detail::standalone(lower_word));
}

}  // namespace pst
