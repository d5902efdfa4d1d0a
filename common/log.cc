// log.cc: see log.h.
#include "common/log.h"

#include <sys/stat.h>
#include <sys/uio.h>
#include <syslog.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

#define SD_JOURNAL_SUPPRESS_LOCATION
#include <systemd/sd-journal.h>

namespace pst {
namespace {

std::string g_program = "pstmail";
bool g_journal = false;
std::mutex g_mutex;

// JOURNAL_STREAM is "device:inode" of the journal stream systemd connected to our stderr.
bool stderr_is_journal() {
  const char* js = std::getenv("JOURNAL_STREAM");
  if (!js) return false;
  struct stat st {};
  if (fstat(STDERR_FILENO, &st) != 0) return false;
  unsigned long long dev = 0, ino = 0;
  if (std::sscanf(js, "%llu:%llu", &dev, &ino) != 2) return false;
  return st.st_dev == dev && st.st_ino == ino;
}

int priority(LogLevel l) {
  switch (l) {
    case LogLevel::debug: return LOG_DEBUG;
    case LogLevel::info: return LOG_INFO;
    case LogLevel::notice: return LOG_NOTICE;
    case LogLevel::warning: return LOG_WARNING;
    case LogLevel::error: return LOG_ERR;
  }
  return LOG_INFO;
}

const char* name(LogLevel l) {
  switch (l) {
    case LogLevel::debug: return "debug";
    case LogLevel::info: return "info";
    case LogLevel::notice: return "notice";
    case LogLevel::warning: return "warning";
    case LogLevel::error: return "error";
  }
  return "info";
}

}  // namespace

void log_init(std::string_view program) {
  g_program = std::string(program);
  g_journal = stderr_is_journal();
}

void log(LogLevel level, std::string_view text, const LogFields& fields) {
  std::lock_guard lock(g_mutex);
  if (g_journal) {
    std::string lines[] = {"MESSAGE=" + std::string(text), "PRIORITY=" + std::to_string(priority(level)),
                           "SYSLOG_IDENTIFIER=" + g_program, "PSTMAIL_TICKET=" + fields.ticket,
                           "PSTMAIL_MESSAGE_ID=" + fields.message_id};
    struct iovec iov[5];
    int n = 0;
    for (int i = 0; i < 5; ++i) {
      if (i == 3 && fields.ticket.empty()) continue;
      if (i == 4 && fields.message_id.empty()) continue;
      iov[n].iov_base = lines[i].data();
      iov[n].iov_len = lines[i].size();
      ++n;
    }
    sd_journal_sendv(iov, n);
    return;
  }
  std::fprintf(stderr, "%s: %s: %.*s\n", g_program.c_str(), name(level), static_cast<int>(text.size()), text.data());
  std::fflush(stderr);
}

}  // namespace pst
