// svg_chart.cc: see svg_chart.h. Coordinates in user units with one decimal.
#include "report/svg_chart.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "common/markup_escape.h"
#include "report/indonesian.h"

namespace pst {
namespace {

constexpr double kLeft = 44, kRight = 12, kBottom = 34;
constexpr const char* kFont = "font-family=\"DejaVu Sans, Arial, sans-serif\"";

std::string value_label(const BarChart& c, std::optional<double> v) {
  return v ? decimal_id(*v, c.value_decimals) + c.value_suffix : "\u2013";
}

}  // namespace

std::string xml_escape(std::string_view text) { return markup_escape(text); }

Axis nice_axis(double max) {
  for (double scale = 1;; scale *= 10)
    for (double m : {1.0, 2.0, 5.0}) {
      const double step = m * scale;
      const double intervals = std::max(1.0, std::ceil(max / step - 1e-9));
      if (intervals <= 5) return Axis{intervals * step, step};
    }
}

std::string svg_bar_chart(const BarChart& c) {
  double data_max = 0;
  for (const auto& s : c.series)
    for (const auto& v : s.values)
      if (v) data_max = std::max(data_max, *v);
  const Axis axis = c.y_max ? Axis{*c.y_max, *c.y_max / 4} : nice_axis(data_max);
  const double top_value = axis.top;
  const int intervals = static_cast<int>(std::lround(axis.top / axis.step));
  const bool legend = c.series.size() > 1;
  const double top = legend ? 30 : 14;
  const double plot_w = c.width - kLeft - kRight, plot_h = c.height - top - kBottom;
  const double base = top + plot_h;
  std::string out = fmt::format(
      "<svg class=\"chart\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" {} "
      "font-size=\"11\"><title>{}</title>\n",
      c.width, c.height, c.width, c.height, xml_escape(c.title), kFont, xml_escape(c.title));
  // Grid and axis.
  for (int i = 0; i <= intervals; ++i) {
    const double v = axis.step * i, y = base - plot_h * i / intervals;
    out += fmt::format(
        "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"1\"/>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#444\">{}</text>\n",
        kLeft, y, kLeft + plot_w, y, i == 0 ? "#333" : "#ddd", kLeft - 6, y + 4,
        xml_escape(decimal_id(v, std::fmod(v, 1.0) == 0 ? 0 : 1) + c.value_suffix));
  }
  const std::size_t n = std::max<std::size_t>(1, c.categories.size());
  const std::size_t k = std::max<std::size_t>(1, c.series.size());
  const double group_w = plot_w / static_cast<double>(n);
  const double bar_w = group_w * 0.7 / static_cast<double>(k);
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    const double gx = kLeft + group_w * static_cast<double>(i) + group_w * 0.15;
    for (std::size_t s = 0; s < c.series.size(); ++s) {
      const auto v = i < c.series[s].values.size() ? c.series[s].values[i] : std::nullopt;
      const double x = gx + bar_w * static_cast<double>(s);
      const double h = v ? plot_h * std::clamp(*v / top_value, 0.0, 1.0) : 0;
      if (v)
        out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>", x,
                           base - h, bar_w - 2, h, xml_escape(c.series[s].colour));
      out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#222\">{}</text>\n",
                         x + (bar_w - 2) / 2, base - h - 4, xml_escape(value_label(c, v)));
    }
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#222\">{}</text>\n",
                       kLeft + group_w * (static_cast<double>(i) + 0.5), base + 18, xml_escape(c.categories[i]));
  }
  if (legend) {
    double x = kLeft;
    for (const auto& s : c.series) {
      out += fmt::format(
          "<rect x=\"{:.1f}\" y=\"8\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{:.1f}\" y=\"18\" "
          "fill=\"#222\">{}</text>\n",
          x, xml_escape(s.colour), x + 16, xml_escape(s.name));
      x += 28 + 7.0 * static_cast<double>(s.name.size());
    }
  }
  out += "</svg>";
  return out;
}

}  // namespace pst
