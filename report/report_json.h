// report_json.h: the report as one JSON object (nlohmann::json) for scripts: exact numbers
// (shares as fractions 0..1, durations in working hours as doubles, null where there is no value),
// instants as ISO 8601 in the office zone, dates as YYYY-MM-DD. Keys are English snake_case.
#pragma once

#include <date/tz.h>
#include <nlohmann/json.hpp>

#include "report/report_data.h"

namespace pst {

[[nodiscard]] nlohmann::json report_json(const Report& r, const date::time_zone& zone);

}  // namespace pst
