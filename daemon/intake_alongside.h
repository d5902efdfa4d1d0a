// intake_alongside.h: acting on stored mail while a poll is still fetching more (issue 17). A poll
// stores what it fetches in batches; without this the intake starts only when the whole backlog is
// fetched, so the first acknowledgement of 5,000 waiting mails waits for the 5,000th download. Each
// stored batch wakes a thread that runs the ordinary intake (queue/intake.h: process_pending) on a
// connection of its own, so fetching (network, TLS, storing) and acting (parsing, tickets, outbox)
// run side by side. Nothing changes in what is decided: the intake reads only committed mail, in its
// usual order, and whatever is left when the poll ends is acted on after it as before.
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "daemon/runtime.h"
#include "queue/intake.h"

namespace pst {

class IntakeAlongside {
 public:
  /// Starts the thread; it opens its own connection to the runtime's store. `stop` ends it early
  /// (between two pages of mail).
  IntakeAlongside(const Runtime& rt, const std::atomic<bool>& stop);
  ~IntakeAlongside();  // finish()
  IntakeAlongside(const IntakeAlongside&) = delete;
  IntakeAlongside& operator=(const IntakeAlongside&) = delete;

  /// A batch of fetched mail was committed: wake the intake. Called on the polling thread.
  void stored();
  /// The poll is over: acts on what is stored and not yet acted on once more, then joins. What it did in all.
  IntakeStats finish();

 private:
  void run();

  const Runtime& rt_;
  const std::atomic<bool>& stop_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool pending_ = false;  // a batch was stored since the intake last looked
  bool done_ = false;
  IntakeStats stats_;  // written by the thread; read after join
  std::thread thread_;
};

}  // namespace pst
