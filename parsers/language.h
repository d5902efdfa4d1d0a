// language.h: is a mail written in Indonesian or English? Counts common function words of each
// (Indonesian casual forms included: "sy", "utk", "yg", "gak"). When those tie (a short mail often
// has none: "very helpful staff"), counts the words only one of two real lexicons knows: Debian's
// English word list (wamerican) and hunspell-id's stems, both turned into tables at build time.
// Still even, or empty text: Indonesian, the service's default language.
// Not for: other languages (they come out as whichever of the two they resemble more).
#pragma once

#include <string_view>

#include "parsers/parsed_mail.h"

namespace pst {

[[nodiscard]] Language detect_language(std::string_view text);

/// Is `low` (ASCII lower case, letters only) a word of Debian's English word list (wamerican)?
[[nodiscard]] bool is_english_word(std::string_view low);
/// Is `low` (ASCII lower case) a proper noun of the same list - written capitalised there, as given names and
/// surnames are ("tom", "baker", "grace")?
[[nodiscard]] bool is_english_proper_name(std::string_view low);

}  // namespace pst
