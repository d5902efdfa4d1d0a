// svg_chart.h: the HTML report's charts as inline SVG text: one grouped bar chart function (weekly
// volumes, on-time share per week, reply-time distribution, rating distribution are all bars).
// Pure: a BarChart value in, an <svg> element out; no scripts, no external fonts or images, all
// text escaped, so the markup is well-formed XML and prints as vectors.
// Limits: meant for a handful of categories (weeks of a month, five bins); labels are not wrapped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pst {

/// &, <, >, " and ' as character references (element text and attribute values alike).
[[nodiscard]] std::string xml_escape(std::string_view text);

struct BarSeries {
  std::string name;                          // legend text (legend shown for two series or more)
  std::string colour;                        // "#1f5f99"
  std::vector<std::optional<double>> values; // one per category; nullopt: no bar, "–" shown
};

struct BarChart {
  std::string title;                         // <title>, also the chart's accessible name
  std::vector<std::string> categories;
  std::vector<BarSeries> series;
  std::optional<double> y_max;               // fixed top (100 for a share: 4 steps), else nice_axis(data)
  int value_decimals = 0;                    // digits of the labels over the bars (decimal comma)
  std::string value_suffix;                  // "%" after those labels
  int width = 640;
  int height = 240;
};

/// The value axis for data up to `max`: gridline step 1, 2 or 5 x 10^k (k >= 0) giving at most
/// five intervals, and the top = the first multiple of the step >= max (at least one step).
struct Axis {
  double top = 1;
  double step = 1;
  friend bool operator==(const Axis&, const Axis&) = default;
};
[[nodiscard]] Axis nice_axis(double max);

/// <svg ...>...</svg> for the chart.
[[nodiscard]] std::string svg_bar_chart(const BarChart& chart);

}  // namespace pst
