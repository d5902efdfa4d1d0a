// markup_escape.h: text into HTML, SVG or XML: & < > " ' become entities, nothing else changes.
// The one escaper of the rating pages (web/) and the report (report/); text from mail goes
// through it before it reaches markup.
#pragma once

#include <string>
#include <string_view>

namespace pst {

[[nodiscard]] std::string markup_escape(std::string_view text);

}  // namespace pst
