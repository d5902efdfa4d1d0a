// holidays.h: reading holiday files (config/holidays/*.yaml) into typed, validated entries.
//
// A holiday file lists one entry per (date, kind):
//   holidays:
//     - {date: 2026-03-19, name: "Hari Suci Nyepi", kind: national, source: SKB2026}
// Kinds: national (hari libur nasional), cuti_bersama (joint leave decreed for civil servants),
// bali_regional (Hindu holy days; libur fakultatif, shipped in a separate, optional file).
// Every entry of a file that is configured closes the office: national and cuti_bersama files are
// configured by default, the Bali file only if the office adds it to office.holiday_files.
// Other keys of an entry (wd, islamic, note, central_office) are allowed; `wd`, when present, must
// name the date's weekday (Min Sen Sel Rab Kam Jum Sab), which catches typed-in dates.
//
// Not for: deciding what is a working day (working_calendar.h does that).
// Limits: files are small and trusted (shipped or written by the administrator); every problem is
// reported, not only the first, as "file:line:column: holidays[3].date: message" (1-based).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

namespace pst {

enum class HolidayKind { national, cuti_bersama, bali_regional };

/// "national", "cuti_bersama", "bali_regional".
[[nodiscard]] std::string_view holiday_kind_name(HolidayKind kind);
[[nodiscard]] std::optional<HolidayKind> parse_holiday_kind(std::string_view text);

/// Parses a strict "YYYY-MM-DD" calendar date (a real date, four-digit year); nullopt otherwise.
[[nodiscard]] std::optional<date::year_month_day> parse_iso_date(std::string_view text);

/// One non-working day as listed in a file.
struct Holiday {
  date::year_month_day date;
  std::string name;
  HolidayKind kind = HolidayKind::national;
  std::string source;
  int line = 0;                             // 1-based line of the entry in its file
};

/// A validated holiday file.
struct HolidayFile {
  std::string path;
  std::vector<Holiday> holidays;            // file order

  /// Years in which the file lists at least one national holiday: the years it "covers".
  /// A file of bali_regional days alone covers nothing (it is an addition, not a calendar).
  [[nodiscard]] std::vector<int> covered_years() const;
};

/// Every problem found in one holiday file, one "file:line:column: key.path: message" per entry.
class HolidayFileError : public std::runtime_error {
 public:
  explicit HolidayFileError(std::vector<std::string> errors);
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::vector<std::string> errors_;
};

/// Parses YAML text; `path` is used in messages only. Throws HolidayFileError.
[[nodiscard]] HolidayFile parse_holiday_file(std::string_view yaml_text, const std::string& path);

/// Reads and parses a file. Throws HolidayFileError (also for "path: cannot read: reason").
[[nodiscard]] HolidayFile load_holiday_file(const std::string& path);

}  // namespace pst
