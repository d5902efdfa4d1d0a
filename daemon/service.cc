// service.cc: see service.h.
#include "daemon/service.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <memory>
#include <thread>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <fmt/format.h>
#include <systemd/sd-daemon.h>

#include "common/log.h"
#include "config/config.h"
#include "config/secrets.h"
#include "daemon/idle_watcher.h"
#include "daemon/work.h"
#include "queue/outbox.h"
#include "queue/store.h"
#include "queue/ratings.h"
#include "web/rating_server.h"

namespace pst {
namespace {

namespace asio = boost::asio;
using std::chrono::seconds;

/// The signals the loop handles (SIGTERM, SIGINT stop; SIGHUP reloads).
sigset_t stop_and_reload_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&set, sig);
  return set;
}

/// One cycle's worth of log lines: only what changed or did something.
void log_cycle(const PollReport& p, const IntakeStats& in, const DrainReport* d) {
  // Failures are logged by note_poll/note_drain (work.h), once per change of state.
  if (p.ok && p.fetched > 0)
    log_info(fmt::format("poll: fetched {}, stored {}, duplicates {}", p.fetched, p.stored, p.duplicates));
  if (in.processed || in.failed)
    log_info(fmt::format("intake: {} processed, {} failed, {} tickets opened, {} mails queued", in.processed,
                         in.failed, in.tickets_opened, in.mails_queued));
  if (d && (d->sent || d->retried || d->failed))
    log_info(fmt::format("outbox: {} sent, {} to retry, {} failed", d->sent, d->retried, d->failed));
}

class Service {
 public:
  Service(const ServiceOptions& opts, std::unique_ptr<Runtime> rt)
      : opts_(opts), rt_(std::move(rt)), signals_(io_, SIGINT, SIGTERM, SIGHUP), poll_timer_(io_),
        outbox_timer_(io_), watchdog_timer_(io_) {}

  int run() {
    if (!start_rating_endpoint()) return 78;  // EX_CONFIG
    wait_for_signal();
    const sigset_t stop_signals = stop_and_reload_signals();
    pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);  // one that came during start-up is handled now
    start_idle();
    schedule_poll(seconds(0));
    start_watchdog();
    sd_notify(0, "READY=1\nSTATUS=started");
    log_info(fmt::format("started: {} every {} s, database {}", rt_->config.imap.url, rt_->config.imap.poll_seconds,
                         rt_->config.database));
    io_.run();
    worker_.join();
    log_info("stopped");
    return exit_code_;
  }

 private:
  void wait_for_signal() {
    signals_.async_wait([this](const boost::system::error_code& ec, int sig) {
      if (ec) return;
      if (sig == SIGHUP) {
        reload_requested_ = true;
        log_info("SIGHUP: configuration will be reloaded after the current work");
        if (!busy_) schedule_poll(seconds(0));
        wait_for_signal();
        return;
      }
      log_info(fmt::format("{}: stopping", sig == SIGTERM ? "SIGTERM" : "SIGINT"));
      sd_notify(0, "STOPPING=1");
      stop_ = true;
      idle_.reset();
      poll_timer_.cancel();
      outbox_timer_.cancel();
      watchdog_timer_.cancel();
      signals_.cancel();
      if (rating_) rating_->stop();
    });
  }

  // The rating endpoint (issue 7) on this loop when the config has a rating section. Its settings are
  // read once: a SIGHUP reload does not move it (restart to change rating.*).
  bool start_rating_endpoint() {
    if (!rt_->config.rating) return true;
    const RatingConfig& rc = *rt_->config.rating;
    try {
      RatingServerOptions o;
      o.host = rc.listen_host;
      o.port = static_cast<unsigned short>(rc.listen_port);
      o.path = rc.path;
      o.key = read_rating_key(rt_->config).value_or("");
      o.database = rt_->config.database;
      o.office_name = rt_->config.office.name;
      if (const auto& wa = rt_->config.whatsapp) {
        // The webhook (issue 18): both secrets or no start (an unsigned endpoint would store anything).
        WhatsAppWebhookOptions w;
        w.path = wa->webhook_path;
        w.phone_number_id = wa->phone_number_id;
        auto verify = read_secret(wa->verify_token_file, "whatsapp-verify-token");
        auto secret = read_secret(wa->app_secret_file, "whatsapp-app-secret");
        if (!verify || !secret)
          throw std::runtime_error(fmt::format("whatsapp: no {} (whatsapp.{} or credential {})",
                                               !verify ? "verify token" : "app secret",
                                               !verify ? "verify_token_file" : "app_secret_file",
                                               !verify ? "whatsapp-verify-token" : "whatsapp-app-secret"));
        w.verify_token = std::move(*verify);
        w.app_secret = std::move(*secret);
        w.on_stored = [this] { start_work(false); };  // act on it and answer now, not at the next poll
        o.whatsapp = std::move(w);
      }
      rating_ = std::make_unique<RatingServer>(io_, o);
      rating_->start();
      log_info(fmt::format("rating endpoint: http://{} serving {}/<token>", rc.listen, rc.path));
      if (rt_->config.whatsapp)
        log_info(fmt::format("whatsapp webhook: http://{}{} (number {})", rc.listen, rt_->config.whatsapp->webhook_path,
                             rt_->config.whatsapp->number));
      return true;
    } catch (const std::exception& e) {
      log_error(e.what());
      return false;
    }
  }

  // Push intake: the watcher's thread only posts "poll now" to the loop.
  void start_idle() {
    idle_.reset();
    if (!rt_->config.imap.idle) return;
    auto opts = imap_server_options(*rt_);
    opts.timeout = std::max(opts.timeout, std::chrono::milliseconds(60'000));
    std::function<std::string(bool)> bearer;
    if (auto source = rt_->imap_oauth2)
      bearer = [source](bool refused) {
        if (refused) source->invalidate();
        auto t = source->token();
        return t ? *t : std::string();
      };
    idle_ = std::make_unique<IdleWatcher>(
        opts, imap_mailbox_name(rt_->config.imap.url),
        [this] {
          asio::post(io_, [this] {
            if (!stop_) start_work(/*poll=*/true);
          });
        },
        std::move(bearer));
  }

  void start_watchdog() {
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0) return;
    auto every = std::chrono::microseconds(usec / 2);
    watchdog_timer_.expires_after(every);
    watchdog_timer_.async_wait([this](const boost::system::error_code& ec) {
      if (ec || stop_) return;
      // The loop is alive; the worker's own progress shows in STATUS.
      sd_notify(0, "WATCHDOG=1");
      start_watchdog();
    });
  }

  void schedule_poll(seconds after) {
    poll_timer_.expires_after(after);
    poll_timer_.async_wait([this](const boost::system::error_code& ec) {
      if (ec || stop_) return;
      start_work(/*poll=*/true);
    });
  }

  void schedule_outbox() {
    if (!opts_.send) return;
    std::optional<std::chrono::sys_seconds> due;
    try {
      due = next_due(*rt_->db);
    } catch (const std::exception& e) {
      log_error(e.what());
    }
    if (!due) return;
    auto wait = std::max(seconds(0), *due - now_seconds());
    outbox_timer_.expires_after(wait);
    outbox_timer_.async_wait([this](const boost::system::error_code& ec) {
      if (ec || stop_) return;
      start_work(/*poll=*/false);
    });
  }

  // Runs one unit of work on the worker thread, then re-arms the timers on the loop.
  void start_work(bool poll) {
    if (busy_) {  // the running cycle re-arms the timers when it ends
      if (poll) poll_again_ = true;
      else work_again_ = true;  // a webhook stored while the worker was busy: one more cycle after it
      return;
    }
    busy_ = true;
    asio::post(worker_, [this, poll] {
      if (reload_requested_.exchange(false)) reload();
      PollReport p;
      p.ok = true;
      IntakeStats in;
      DrainReport d;
      try {
        if (poll) {
          PollAndIntake done = poll_and_act(*rt_, stop_, false);  // WhatsApp too
          p = std::move(done.poll);
          in = done.intake;
        } else {
          (void)act_on_whatsapp(*rt_);  // a webhook stored meanwhile is answered with the outbox
        }
        if (opts_.send && !stop_) {
          d = drain_outbox(*rt_, stop_);
          note_drain(*rt_, d, false);
        }
      } catch (const std::exception& e) {
        log_error(fmt::format("work failed: {}", e.what()));
      }
      log_cycle(p, in, opts_.send ? &d : nullptr);
      sd_notify(0, fmt::format("STATUS=last poll {} ({} fetched); outbox {}", p.ok ? "ok" : "failed", p.fetched,
                               d.ok ? "ok" : "failing")
                       .c_str());
      asio::post(io_, [this, poll] {
        busy_ = false;
        if (stop_) return;
        if (reloaded_) {
          reloaded_ = false;
          start_idle();
        }
        if (poll_again_) {
          poll_again_ = false;
          schedule_poll(seconds(0));
        } else if (poll) {
          schedule_poll(seconds(rt_->config.imap.poll_seconds));
        }
        schedule_outbox();  // reads the store on this thread: before the worker may start again
        // A webhook stored while the worker was busy: one more cycle. Only now: from start_work on,
        // the worker thread owns the store's connection (SQLITE_OPEN_NOMUTEX: one thread at a time).
        if (work_again_) {
          work_again_ = false;
          start_work(false);
        }
      });
    });
  }

  void reload() {
    try {
      auto fresh = load_runtime(opts_.config_path);
      rt_ = std::move(fresh);
      reloaded_ = true;
      log_info(fmt::format("configuration reloaded from {}", opts_.config_path));
    } catch (const ConfigError& e) {
      for (const auto& m : e.errors()) log_error(m);
      log_error("configuration NOT reloaded: keeping the running one");
    } catch (const std::exception& e) {
      log_error(fmt::format("configuration NOT reloaded: {}", e.what()));
    }
  }

  ServiceOptions opts_;
  std::unique_ptr<Runtime> rt_;
  asio::io_context io_;
  asio::thread_pool worker_{1};
  asio::signal_set signals_;
  asio::steady_timer poll_timer_;
  asio::steady_timer outbox_timer_;
  asio::steady_timer watchdog_timer_;
  std::unique_ptr<RatingServer> rating_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> reload_requested_{false};
  bool busy_ = false;
  bool work_again_ = false;  // loop thread only
  bool poll_again_ = false;             // new mail announced while a cycle was running
  std::atomic<bool> reloaded_{false};   // set by the worker; the loop restarts the IDLE watcher
  std::unique_ptr<IdleWatcher> idle_;
  int exit_code_ = 0;
};

}  // namespace

int run_service(const ServiceOptions& opts) {
  // A stop request during start-up (systemd, an officer's Ctrl-C while the store is checked) waits,
  // blocked, until the loop's handlers are in place and is then a clean stop, not death by signal.
  // Threads started meanwhile inherit the block, so the signal is only ever the loop's.
  const sigset_t stop_signals = stop_and_reload_signals();
  if (!opts.once) pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::unique_ptr<Runtime> rt;
  try {
    rt = load_runtime(opts.config_path);
  } catch (const ConfigError& e) {
    for (const auto& m : e.errors()) log_error(m);
    return 78;  // EX_CONFIG
  } catch (const DatabaseError& e) {
    log_error(e.what());
    if (is_corruption(e)) {
      log_error("refusing to start on a damaged database: stop here, restore the last backup (pstq(1): backup) "
                "and start again");
      return 65;  // EX_DATAERR; the unit does not restart on it (RestartPreventExitStatus)
    }
    return 78;
  } catch (const std::exception& e) {
    log_error(e.what());
    return 78;
  }
  if (opts.once) {
    std::atomic<bool> stop{false};
    auto [p, in] = poll_and_act(*rt, stop, true);
    DrainReport d;
    if (opts.send) {
      d = drain_outbox(*rt, stop);
      note_drain(*rt, d, true);
    }
    log_cycle(p, in, opts.send ? &d : nullptr);
    return p.ok && d.ok ? 0 : 1;
  }
  return Service(opts, std::move(rt)).run();
}

}  // namespace pst
