// log.h: one line per event. Under systemd (JOURNAL_STREAM names our stderr) lines go to the
// journal with a priority and structured fields (PSTMAIL_TICKET, PSTMAIL_MESSAGE_ID); otherwise
// to stderr as "program: level: text". Never pass a secret to these functions.
#pragma once

#include <string>
#include <string_view>

namespace pst {

enum class LogLevel { debug, info, notice, warning, error };

struct LogFields {
  std::string ticket;
  std::string message_id;
};

void log_init(std::string_view program);
void log(LogLevel level, std::string_view text, const LogFields& fields = {});

inline void log_info(std::string_view text) { log(LogLevel::info, text); }
inline void log_warning(std::string_view text) { log(LogLevel::warning, text); }
inline void log_error(std::string_view text) { log(LogLevel::error, text); }

}  // namespace pst
