// intake_alongside.cc: see intake_alongside.h.
#include "daemon/intake_alongside.h"

#include <fmt/format.h>

#include <memory>

#include "common/log.h"
#include "daemon/work.h"
#include "queue/database.h"

namespace pst {
IntakeAlongside::IntakeAlongside(const Runtime& rt, const std::atomic<bool>& stop) : rt_(rt), stop_(stop) {
  thread_ = std::thread([this] { run(); });
}

IntakeAlongside::~IntakeAlongside() { (void)finish(); }

void IntakeAlongside::stored() {
  {
    std::lock_guard lock(mutex_);
    pending_ = true;
  }
  wake_.notify_one();
}

IntakeStats IntakeAlongside::finish() {
  if (thread_.joinable()) {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    wake_.notify_one();
    thread_.join();
  }
  return stats_;
}

void IntakeAlongside::run() {
  // The store's connections are used by one thread each (SQLITE_OPEN_NOMUTEX): this one is its own.
  // The poll's and this intake's write transactions take turns (BEGIN IMMEDIATE, busy_timeout).
  std::unique_ptr<Database> db;
  try {
    db = std::make_unique<Database>(rt_.db->path(), /*create=*/false);
    // Half the default page cache: its pages are mostly the raw mail just read once, and a write by
    // the poll's connection empties it anyway (BENCHMARKS.md: the peak RSS of the worst-case ingest).
    db->exec("PRAGMA cache_size=-1024");
  } catch (const std::exception& e) {
    // Nothing is lost: the mail stays stored as new and is acted on after the poll.
    log_warning(fmt::format("intake during the poll: {}; acting on the mail after it instead", e.what()));
    return;
  }
  const IntakeSettings settings = rt_.intake_settings(now_seconds());
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return pending_ || done_; });
    if (!pending_ || stop_) return;  // done, and everything stored has been looked at
    pending_ = false;
    lock.unlock();
    try {
      for (;;) {
        // One batch (20) per page, not the two in flight of act_on_stored_mail: this thread already
        // runs beside the poll, and two batches on top of the poll's own would pass 30 MB.
        const IntakeStats s = process_pending(*db, settings, now_seconds(), kIntakeBatch,
                                              [](const std::string& line) { log_info(line); });
        stats_ += s;
        if (s.processed + s.failed == 0 || stop_) break;
      }
    } catch (const std::exception& e) {
      // A failure here (the store busy beyond its timeout, ...) leaves the mail stored as new: the
      // intake after the poll acts on it on the daemon's own connection.
      log_warning(fmt::format("intake during the poll stopped: {}; the rest is acted on after the poll", e.what()));
      return;
    }
    lock.lock();
  }
}

}  // namespace pst
