// language.h: is a mail written in Indonesian or English? Counts common function words of each
// (Indonesian casual forms included: "sy", "utk", "yg", "gak"). Ties and empty text are Indonesian,
// the service's default language.
// Not for: other languages (they come out as whichever of the two they resemble more).
#pragma once

#include <string_view>

#include "parsers/parsed_mail.h"

namespace pst {

[[nodiscard]] Language detect_language(std::string_view text);

}  // namespace pst
