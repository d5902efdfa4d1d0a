// report_text.h: the report for a terminal or a mail body: plain English lines (like the other pstq
// verbs) with the figures, and aligned tables for the breakdowns, weeks and complaints.
// Text from mail (subjects, institutions, feedback) is printed as stored, control characters
// replaced by spaces so it cannot move the cursor or fake lines.
#pragma once

#include <string>

#include <date/tz.h>

#include "report/report_data.h"

namespace pst {

[[nodiscard]] std::string report_text(const Report& r, const date::time_zone& zone);

}  // namespace pst
