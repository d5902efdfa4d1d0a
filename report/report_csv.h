// report_csv.h: the report as CSV tables for spreadsheets (RFC 4180: comma, CRLF-free "\n" lines,
// fields quoted when they hold a comma, quote or line break; numbers with a decimal point, shares
// as fractions 0..1, empty for no value). One table per concept, each with a name:
//   summary (metric,value), weeks, by_officer, by_institution_type, by_language,
//   reply_time_distribution, rating_distribution, rating_elements, feedback, complaints, overdue_now.
// Layout choice: `pstq report --format csv -o DIR` writes DIR/<name>.csv per table (what a
// spreadsheet opens); to standard output all tables follow each other, each introduced by a line
// "# <name>" and followed by an empty line (split on those lines to get the files back).
// SECURITY: a cell that starts with = + - @ (or tab/CR) gets a leading apostrophe so a spreadsheet
// shows text from mail (subjects, feedback) instead of running it as a formula.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <date/tz.h>

#include "report/report_data.h"

namespace pst {

struct CsvTable {
  std::string name;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

/// Every table of the report, in the order above.
[[nodiscard]] std::vector<CsvTable> report_tables(const Report& r, const date::time_zone& zone);

/// One field: formula guard, then quoted when needed.
[[nodiscard]] std::string csv_field(std::string_view text);
/// The table as CSV text: header line, then rows; every line ends with "\n".
[[nodiscard]] std::string to_csv(const CsvTable& t);
/// All tables in one text ("# name" line, the table, an empty line).
[[nodiscard]] std::string report_csv(const Report& r, const date::time_zone& zone);

/// A number as the CSV and text tables write it: shortest exact form ("0.7", "13.75", "2").
[[nodiscard]] std::string number_text(double v);

}  // namespace pst
