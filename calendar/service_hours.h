// service_hours.h: the office's weekly service hours and its SLA rule, as plain values.
// Filled from the config (config/config.h), consumed by the working-time calendar (calendar/).
#pragma once

#include <array>
#include <optional>

namespace pst {

/// One day's service window in minutes after local midnight: [open, close).
struct ServiceWindow {
  int open_minute = 8 * 60;
  int close_minute = 15 * 60 + 30;
  friend bool operator==(const ServiceWindow&, const ServiceWindow&) = default;
};

/// Index 0 = Sunday ... 6 = Saturday (date::weekday::c_encoding()). nullopt = closed all day.
using WeeklyHours = std::array<std::optional<ServiceWindow>, 7>;

enum class SlaMode { working_days, business_hours };

struct SlaRule {
  SlaMode mode = SlaMode::working_days;
  int days = 3;
};

}  // namespace pst
