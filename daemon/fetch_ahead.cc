// fetch_ahead.cc: see fetch_ahead.h.
#include "daemon/fetch_ahead.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace pst {
namespace {

// Thrown by the helper's callback once nobody takes its mail: fetch_range drops the connection mid-reply
// instead of downloading the rest of the range for nothing.
struct NobodyTakes {};

}  // namespace

Result<std::size_t> fetch_range_ahead(ImapClient& imap, std::uint32_t first_uid, const std::atomic<bool>& stop,
                                      const std::function<void(FetchedMail&&)>& each) {
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<FetchedMail> queue;
  bool fetched_all = false;      // the helper's fetch_range returned
  bool nobody_takes = false;     // `each` threw or `stop` was asked: the helper gives the range up
  std::optional<Result<std::size_t>> result;
  std::exception_ptr helper_failure;

  // The IMAP connection is the helper's alone until it is joined.
  std::thread helper([&] {
    std::optional<Result<std::size_t>> r;
    std::exception_ptr failure;
    try {
      r.emplace(imap.fetch_range(first_uid, [&](FetchedMail&& f) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return queue.size() < kFetchAhead || nobody_takes; });
        if (nobody_takes) throw NobodyTakes{};
        queue.push_back(std::move(f));
        changed.notify_all();
      }));
    } catch (const NobodyTakes&) {
      // Given up by the taker.
    } catch (...) {
      failure = std::current_exception();
    }
    std::lock_guard lock(mutex);
    result = std::move(r);
    helper_failure = failure;
    fetched_all = true;
    changed.notify_all();
  });
  // The taker stops taking: what is queued is dropped, the helper gives the range up, and is joined.
  auto give_up = [&] {
    {
      std::lock_guard lock(mutex);
      nobody_takes = true;
      queue.clear();
    }
    changed.notify_all();
    helper.join();
  };

  std::size_t taken = 0;
  try {
    for (;;) {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return !queue.empty() || fetched_all; });
      if (queue.empty()) break;  // and fetched_all
      if (stop) {
        lock.unlock();
        give_up();
        return taken;
      }
      FetchedMail next = std::move(queue.front());
      queue.pop_front();
      changed.notify_all();
      lock.unlock();
      each(std::move(next));
      ++taken;
    }
  } catch (...) {
    give_up();
    throw;
  }
  helper.join();
  if (helper_failure) std::rethrow_exception(helper_failure);
  return std::move(*result);
}

}  // namespace pst
