// report_html.h: the report as ONE self-contained HTML file for the supervisor to open or print:
// Indonesian labels and dates ("27 November 2026"), decimal commas, four inline SVG charts
// (weekly volumes, on-time share per week, working hours to the first reply, rating distribution;
// report/svg_chart.h), the tables, the feedback and the complaints. No scripts, no external
// stylesheets, fonts or images: a <style> element and inline SVG only; A4 print styles.
// The markup is well-formed XML (void elements self-closed, no named entities other than XML's), so
// tests parse it with an XML parser.
// SECURITY: every text that comes from mail or configuration (names, institutions, subjects,
// feedback, office name) is escaped (xml_escape); nothing from mail becomes markup or a URL.
#pragma once

#include <string>

#include <date/tz.h>

#include "report/report_data.h"

namespace pst {

[[nodiscard]] std::string report_html(const Report& r, const date::time_zone& zone);

}  // namespace pst
