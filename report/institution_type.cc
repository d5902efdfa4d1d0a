// institution_type.cc: see institution_type.h. The word lists are the whole rule set.
#include "report/institution_type.h"

#include <array>
#include <cctype>
#include <vector>

namespace pst {
namespace {

/// Lower-case ASCII words of `text` (letters and digits; everything else separates).
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      w += static_cast<char>(std::tolower(u));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

/// True when `phrase` (one or two lower-case words) occurs as whole words in `words`.
bool has_phrase(const std::vector<std::string>& words, std::string_view phrase) {
  const std::size_t space = phrase.find(' ');
  if (space == std::string_view::npos) {
    for (const auto& w : words)
      if (w == phrase) return true;
    return false;
  }
  const std::string_view first = phrase.substr(0, space), second = phrase.substr(space + 1);
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (words[i] == first && words[i + 1] == second) return true;
  return false;
}

constexpr std::array kUniversity = {"universitas", "univ",   "university", "institut", "institute",
                                    "politeknik",  "poltek", "polytechnic", "sekolah tinggi", "stie",
                                    "stikes",      "stmik",  "uin",        "iain",     "akademi",
                                    "fakultas",    "college"};
constexpr std::array kGovernment = {"dinas",    "badan",   "kementerian", "kemenkes", "pemkab",    "pemprov",
                                    "pemkot",   "pemda",   "pemerintah",  "kantor",   "bps",       "dprd",
                                    "bappeda",  "bapeda",  "kecamatan",   "desa",     "kelurahan", "sekretariat",
                                    "setda",    "rsud",    "puskesmas",   "ministry", "government", "polres",
                                    "kodim",    "pengadilan"};
constexpr std::array kCompany = {"pt", "cv", "bank", "koperasi", "perusahaan", "tbk", "persero", "ltd", "inc",
                                 "company", "corp", "ud", "firma"};

template <typename List>
bool any_of(const std::vector<std::string>& words, const List& list) {
  for (const char* p : list)
    if (has_phrase(words, p)) return true;
  return false;
}

}  // namespace

const char* to_string(InstitutionType t) {
  switch (t) {
    case InstitutionType::university: return "university";
    case InstitutionType::government: return "government";
    case InstitutionType::company: return "company";
    case InstitutionType::public_: break;
  }
  return "public";
}

const char* label_id(InstitutionType t) {
  switch (t) {
    case InstitutionType::university: return "Perguruan tinggi";
    case InstitutionType::government: return "Pemerintah";
    case InstitutionType::company: return "Perusahaan";
    case InstitutionType::public_: break;
  }
  return "Umum";
}

InstitutionType classify_institution(std::string_view institution) {
  const std::vector<std::string> words = words_of(institution);
  if (any_of(words, kUniversity)) return InstitutionType::university;
  if (any_of(words, kGovernment)) return InstitutionType::government;
  if (any_of(words, kCompany)) return InstitutionType::company;
  return InstitutionType::public_;
}

InstitutionType classify_institution(const std::optional<std::string>& institution) {
  return institution ? classify_institution(std::string_view(*institution)) : InstitutionType::public_;
}

}  // namespace pst
