// instant_format.h: instants as people and scripts read them in the office's zone.
//  - ISO 8601 with offset: "2026-12-03T15:30:00+08:00" (format_iso8601 / parse_iso8601).
//  - Indonesian: "Kamis, 3 Desember 2026 pukul 15.30 WITA".
//  - English:    "Thursday, 3 December 2026, 15:30 WITA".
// The zone's abbreviation is WIB / WITA / WIT for Indonesia's zones (the tz database says "+08"),
// otherwise the tz database's own abbreviation ("CET", "EDT", "+03").
// Not for: RFC 5322 Date headers (compose/ writes those). Human forms drop the seconds.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/tz.h>

#include "common/language.h"

namespace pst {

// Language: common/language.h

/// "WITA" for Asia/Makassar at t, "CEST" for Europe/Berlin in summer, ...
[[nodiscard]] std::string zone_abbreviation(const date::time_zone& zone, std::chrono::sys_seconds t);

/// "2026-12-03T15:30:00+08:00"; "Z" is never used (the offset says which office clock).
[[nodiscard]] std::string format_iso8601(const date::time_zone& zone, std::chrono::sys_seconds t);

/// Indonesian or English long form in the zone (see the file comment).
[[nodiscard]] std::string format_human(const date::time_zone& zone, std::chrono::sys_seconds t,
                                       Language language);

/// Parses "YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|+HH:MM|-HH:MM|+HHMM|+HH)"; "T" may be a space or
/// "t", "Z" may be "z". Fractions are dropped (rounded down). An offset is required: a local time
/// without one is ambiguous. Returns nullopt on anything else.
[[nodiscard]] std::optional<std::chrono::sys_seconds> parse_iso8601(std::string_view text);

}  // namespace pst
