// daemon_fixture.h: an integration-test fixture: a private mail stack (real Dovecot + smtp-sink on
// 127.0.0.1), a config file for it in the stack's folder, and helpers that run the real pstmaild
// binary (--once, or in the background) and read its database.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "queue/database.h"
#include "tests/harness/mailstack.h"

namespace pst::test {

struct ConfigOverrides {
  bool imaps = true;             // imaps:// with the test CA, else imap:// with allow_insecure
  bool with_ca = true;
  int poll_seconds = 60;
  int retry_min_seconds = 1;
  std::string processed_folder;  // empty: mark \Seen
  std::string idle = "auto";     // imap.idle
  std::string imap_auth;         // imap.auth (empty: not written, i.e. auto)
  std::string imap_extra;        // more lines inside imap: (each indented by two spaces)
  // Another IMAP server (the server matrix): plain imap:// URL, its user and password file.
  std::string imap_url, imap_user, imap_password_file;
  std::string extra;             // appended YAML (top-level keys)
};

class DaemonTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  /// (Re)writes DIR/pstmail.yaml for the running stack.
  void write_config(const ConfigOverrides& o = {});
  const std::string& config_path() const { return config_path_; }
  std::string db_path() const;

  /// Writes DIR/etc/extra.conf (Dovecot settings read after the harness's own) and restarts Dovecot.
  void dovecot_extra(const std::string& conf);

  /// Runs `pstmaild --config ... ARGS`; returns the exit code; output goes to output_.
  int run_daemon(const std::vector<std::string>& args);
  int run_once() { return run_daemon({"--once"}); }

  /// Starts pstmaild in the foreground as a child (stderr to DIR/daemon.log); stop_background() sends SIGTERM.
  void start_background();
  int stop_background(int sig = 15);
  std::string daemon_log() const;

  /// Runs the pstq binary at `pstq_binary` with PSTMAIL_CONFIG set to the fixture's config and
  /// `stdin_text` on standard input; stdout+stderr in `out`; returns the exit code.
  int run_pstq(const char* pstq_binary, const std::string& args, const std::string& stdin_text, std::string& out);

  /// A fresh read-only view of the store.
  std::unique_ptr<Database> db();
  int count(const std::string& sql);
  /// count(sql) once it is `expected`, asked every 50 ms for at most `within`: the daemon records what it did a
  /// moment after the world (a fake API, the mail sink) saw it. The last count if the time ran out.
  int count_when(const std::string& sql, int expected, std::chrono::milliseconds within = std::chrono::seconds(30));

  std::unique_ptr<MailStack> stack_;
  std::string config_path_;
  std::string output_;
  pid_t daemon_pid_ = -1;
};

/// A realistic complete request (Indonesian), unique by `n`.
std::string complete_request(int n, const std::string& from = "putu.lestari@student.example.ac.id");

}  // namespace pst::test
