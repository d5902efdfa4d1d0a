// indonesian.h: dates and numbers as the HTML report prints them for an Indonesian reader:
// "27 November 2026", "1–6 Des", "7,5" (decimal comma), "70,0%". Pure.
// Not for: mail (calendar/instant_format.h writes the long forms with weekday and time).
#pragma once

#include <optional>
#include <string>

#include <date/date.h>

namespace pst {

/// "27 November 2026".
[[nodiscard]] std::string date_id(date::local_days day);
/// "Des" for December (three letters; "Mei", "Agu").
[[nodiscard]] std::string month_short_id(date::local_days day);
/// "1–6 Des", "28 Des–3 Jan" (en dash), "31 Des" for one day.
[[nodiscard]] std::string day_range_id(date::local_days first, date::local_days last);
/// 7.5 -> "7,5" with `decimals` digits after the comma; thousands are not grouped.
[[nodiscard]] std::string decimal_id(double value, int decimals);
/// 0.7 -> "70,0%"; nullopt -> "–".
[[nodiscard]] std::string percent_id(std::optional<double> fraction);

}  // namespace pst
