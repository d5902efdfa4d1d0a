// setgid_test.cc: pstq installed setgid, attacked by the officers it serves
// (issue 15, items 1 and 2). As root, the test makes a throw-away group and two
// throw-away logins (an officer and a supervisor), installs a copy of pstq
// setgid to that group (pstq_setgid_copy: the same objects, its installed
// configuration at kInstalledConfig), a database only that group may open, and
// then runs pstq AS those logins trying what issue 15 reproduced:
//   item 1: an own configuration (--config, $PSTMAIL_CONFIG) making the officer
//   a supervisor,
//           $PSTMAIL_DATABASE, $CREDENTIALS_DIRECTORY with an own rating key,
//           --as, backup and purge through an own configuration, an installed
//           configuration others may write;
//   item 2: `pstq backup` while the supervisor swaps the temporary file for a
//   symbolic link to a
//           file of the service group (and plants the journal's name too), many
//           times over.
// Nothing of another officer's ticket may come out, and nothing of the group's
// may be written. Needs root (to add users, chown and setgid); skipped
// otherwise. Leaves no user, group or file.
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "queue/database.h"
#include "queue/schema.h"
#include "queue/tickets.h"

namespace pst::test {
namespace {

namespace fs = std::filesystem;

constexpr const char *kInstalledDir = "/run/pstmail-setgid-test";
constexpr const char *kSecret = "SECRET-OTHER-7f3a";

struct Result {
  int code = -1;
  std::string out; // stdout + stderr
};

bool run_quiet(const std::string &cmd) {
  return std::system((cmd + " >/dev/null 2>&1").c_str()) == 0;
}

/// Becomes `uid`/`gid` for good (in a child).
void become(uid_t uid, gid_t gid) {
  if (::setgroups(0, nullptr) != 0 || ::setresgid(gid, gid, gid) != 0 ||
      ::setresuid(uid, uid, uid) != 0)
    ::_exit(121);
}

class SetgidPstq : public ::testing::Test {
protected:
  void SetUp() override {
    if (::geteuid() != 0)
      GTEST_SKIP()
          << "needs root: it creates a group, two logins and a setgid program";
    const std::string tag = std::to_string(::getpid() % 100000);
    group_ = "pstsg" + tag;
    officer_ = "pstsgo" + tag;
    boss_ = "pstsgb" + tag;
    ASSERT_TRUE(run_quiet("groupadd " + group_));
    ASSERT_TRUE(run_quiet("useradd -M -N -s /usr/sbin/nologin " + officer_));
    ASSERT_TRUE(run_quiet("useradd -M -N -s /usr/sbin/nologin " + boss_));
    gid_ = ::getgrnam(group_.c_str())->gr_gid;
    const passwd *o = ::getpwnam(officer_.c_str());
    officer_uid_ = o->pw_uid;
    user_gid_ = o->pw_gid;
    boss_uid_ = ::getpwnam(boss_.c_str())->pw_uid;

    char tmpl[] = "/tmp/pst-setgid-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    work_ = tmpl;
    fs::permissions(work_, fs::perms(0711));
    struct statvfs sv {};
    ASSERT_EQ(::statvfs(work_.c_str(), &sv), 0);
    ASSERT_EQ(sv.f_flag & ST_NOSUID, 0u)
        << work_ << " is mounted nosuid: the setgid copy would not work there";

    // The setgid copy of pstq.
    fs::create_directories(work_ / "bin");
    fs::permissions(work_ / "bin", fs::perms(0755));
    pstq_ = work_ / "bin" / "pstq";
    fs::copy_file(PSTQ_SETGID_COPY, pstq_);
    ASSERT_EQ(::chown(pstq_.c_str(), 0, gid_), 0);
    ASSERT_EQ(::chmod(pstq_.c_str(), 02755), 0);

    // The service's state: only root and the group.
    state_ = work_ / "state";
    fs::create_directories(state_);
    ASSERT_EQ(::chown(state_.c_str(), 0, gid_), 0);
    ASSERT_EQ(::chmod(state_.c_str(), 0770), 0);
    db_path_ = state_ / "pstmail.db";
    make_database();
    victim_ = state_ / "victim";
    std::ofstream{victim_}; // empty: SQLite takes an empty file for an empty
                            // database and writes it
    ASSERT_EQ(::chown(victim_.c_str(), 0, gid_), 0);
    ASSERT_EQ(::chmod(victim_.c_str(), 0660), 0);
    std::ofstream(work_ / "rating.key")
        << "office-rating-key-0123456789abcdef\n";
    ::chmod((work_ / "rating.key").c_str(), 0600);

    // The installed configuration (root-owned, 0644, in a root-owned 0755
    // folder).
    fs::create_directories(kInstalledDir);
    ::chmod(kInstalledDir, 0755);
    installed_ = fs::path(kInstalledDir) / "pstmail.yaml";
    std::ofstream(installed_) << config_text("officer");
    ::chmod(installed_.c_str(), 0644);

    // Each login's own folder, with an "evil" configuration that makes the
    // officer a supervisor.
    for (const auto &[name, uid] : {std::pair{std::string("o"), officer_uid_},
                                    std::pair{std::string("b"), boss_uid_}}) {
      const fs::path home = work_ / ("home-" + name);
      fs::create_directories(home);
      ASSERT_EQ(::chown(home.c_str(), uid, user_gid_), 0);
      ::chmod(home.c_str(), 0700);
    }
    home_o_ = work_ / "home-o";
    home_b_ = work_ / "home-b";
    evil_ = home_o_ / "evil.yaml";
    std::ofstream(evil_) << config_text("supervisor");
    (void)::chown(evil_.c_str(), officer_uid_, user_gid_);
    fs::create_directories(home_o_ / "creds");
    std::ofstream(home_o_ / "creds" / "rating-key")
        << "the-officers-own-key-0123456789\n";
  }

  void TearDown() override {
    if (::geteuid() != 0)
      return;
    std::error_code ec;
    if (!work_.empty())
      fs::remove_all(work_, ec);
    fs::remove_all(kInstalledDir, ec);
    if (!officer_.empty())
      run_quiet("userdel " + officer_);
    if (!boss_.empty())
      run_quiet("userdel " + boss_);
    if (!group_.empty())
      run_quiet("groupdel " + group_);
  }

  std::string config_text(const std::string &officer_role) const {
    const std::string src = PSTMAIL_SOURCE_DIR;
    return fmt::format(
        "office:\n  name: \"BPS Kabupaten Jembrana\"\n  mailbox: "
        "bps5101@bps.go.id\n  timezone: Asia/Makassar\n"
        "  holidays: [{0}/config/holidays/id-2026.yaml, "
        "{0}/config/holidays/id-2027.yaml]\n"
        "sla: {{mode: working_days, days: 3}}\n"
        "imap: {{url: \"imaps://127.0.0.1/INBOX\", user: pst, password_file: "
        "/nonexistent}}\n"
        "smtp: {{url: \"smtp://127.0.0.1:2525\", from: \"PST "
        "<bps5101@bps.go.id>\"}}\n"
        "database: {1}\ntemplates: {0}/templates\n"
        "rating: {{listen: \"127.0.0.1:8025\", base_url: "
        "\"https://pst.example/r\", key_file: {2}}}\n"
        "officers:\n"
        "  - {{login: {3}, name: \"Officer\", email: o@bps.go.id, role: {4}}}\n"
        "  - {{login: {5}, name: \"Boss\", email: b@bps.go.id, role: "
        "supervisor}}\n"
        "  - {{login: made, name: \"I Made\", email: made@bps.go.id, role: "
        "officer}}\n",
        src, db_path_.string(), (work_ / "rating.key").string(), officer_,
        officer_role, boss_);
  }

  void make_database() {
    {
      Database db(db_path_.string(), true);
      migrate(db);
      const auto now = std::chrono::floor<std::chrono::seconds>(
          std::chrono::system_clock::now());
      Ticket own;
      own.state = TicketState::open;
      own.requester_address = "putu@example.ac.id";
      own.subject = "Own-ticket data penduduk";
      own.officer = officer_;
      own.received = now;
      insert_ticket(db, own, "PST", 2026, now);
      own_number_ = own.number;
      Ticket other = own;
      other.subject = std::string(kSecret) + " data kemiskinan";
      other.requester_address = "secret@example.org";
      other.officer = "made";
      insert_ticket(db, other, "PST", 2026, now);
      other_number_ = other.number;
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
      const std::string p = db_path_.string() + suffix;
      if (fs::exists(p)) {
        ASSERT_EQ(::chown(p.c_str(), 0, gid_), 0);
        ASSERT_EQ(::chmod(p.c_str(), 0660), 0);
      }
    }
  }

  /// Runs the setgid pstq as `uid` with `env` (NAME=value) and `args`.
  Result pstq_as(uid_t uid, const std::vector<std::string> &args,
                 const std::vector<std::string> &env = {}) {
    int fds[2];
    EXPECT_EQ(::pipe(fds), 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::dup2(fds[1], 1);
      ::dup2(fds[1], 2);
      ::close(fds[0]);
      become(uid, user_gid_);
      std::vector<std::string> envs = {"PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8"};
      envs.insert(envs.end(), env.begin(), env.end());
      std::vector<char *> argv{const_cast<char *>(pstq_.c_str())};
      for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
      argv.push_back(nullptr);
      std::vector<char *> envp;
      for (auto &e : envs)
        envp.push_back(e.data());
      envp.push_back(nullptr);
      ::execve(pstq_.c_str(), argv.data(), envp.data());
      ::_exit(127);
    }
    ::close(fds[1]);
    Result r;
    std::array<char, 4096> buf{};
    ssize_t n;
    while ((n = ::read(fds[0], buf.data(), buf.size())) > 0)
      r.out.append(buf.data(), static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
  }

  int count(const std::string &sql) {
    Database db(db_path_.string(), false);
    Statement s = db.prepare(sql);
    return s.step() ? s.integer(0) : -1;
  }

  std::string group_, officer_, boss_, own_number_, other_number_;
  gid_t gid_ = 0, user_gid_ = 0;
  uid_t officer_uid_ = 0, boss_uid_ = 0;
  fs::path work_, pstq_, state_, db_path_, victim_, installed_, home_o_,
      home_b_, evil_;
};

TEST_F(SetgidPstq, AnOfficerCannotWidenTheirRights) {
  // Control: with the installed configuration the officer works, through the
  // group.
  Result r = pstq_as(officer_uid_, {"show", own_number_});
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Own-ticket"), std::string::npos) << r.out;
  r = pstq_as(officer_uid_, {"show", other_number_});
  EXPECT_EQ(r.code, 77) << r.out;
  EXPECT_EQ(r.out.find(kSecret), std::string::npos) << r.out;

  // An own configuration making the officer a supervisor: pstq gives up its
  // group first, so the database cannot be opened at all.
  for (const std::vector<std::string> &args :
       {std::vector<std::string>{"--config", evil_.string(), "show",
                                 other_number_},
        {"--config", evil_.string(), "list", "--all", "--json"},
        {"--config=" + evil_.string(), "search", "kemiskinan"},
        {"--config", evil_.string(), "show", other_number_, "--as", boss_}}) {
    r = pstq_as(officer_uid_, args);
    EXPECT_NE(r.code, 0) << fmt::format("{}", fmt::join(args, " ")) << "\n"
                         << r.out;
    EXPECT_EQ(r.out.find(kSecret), std::string::npos) << r.out;
  }

  // The same through the environment: ignored; the installed configuration
  // rules.
  r = pstq_as(officer_uid_, {"show", other_number_},
              {"PSTMAIL_CONFIG=" + evil_.string()});
  EXPECT_EQ(r.code, 77) << r.out;
  EXPECT_EQ(r.out.find(kSecret), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("$PSTMAIL_CONFIG ignored"), std::string::npos) << r.out;
  r = pstq_as(officer_uid_, {"list", "--json"},
              {"PSTMAIL_DATABASE=" + (home_o_ / "mine.db").string()});
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find(own_number_), std::string::npos)
      << "the installed database is used: " << r.out;
  EXPECT_FALSE(fs::exists(home_o_ / "mine.db"));

  // --as is for supervisors only.
  r = pstq_as(officer_uid_, {"show", other_number_, "--as", boss_});
  EXPECT_EQ(r.code, 77) << r.out;
  EXPECT_EQ(r.out.find(kSecret), std::string::npos) << r.out;

  // backup and purge through the own configuration: nothing copied, nothing
  // removed.
  const int tickets = count("SELECT count(*) FROM tickets");
  r = pstq_as(officer_uid_, {"--config", evil_.string(), "backup",
                             (home_o_ / "all.db").string()});
  EXPECT_NE(r.code, 0) << r.out;
  EXPECT_FALSE(fs::exists(home_o_ / "all.db")) << r.out;
  r = pstq_as(officer_uid_, {"--config", evil_.string(), "purge",
                             "--closed-before", "2099-01-01"});
  EXPECT_NE(r.code, 0) << r.out;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), tickets);

  // An own rating key by $CREDENTIALS_DIRECTORY: ignored. The officer cannot
  // read the office's key either, so the closure goes to pstmaild
  // (pending_closures) and no link is signed here.
  r = pstq_as(officer_uid_, {"close", own_number_},
              {"CREDENTIALS_DIRECTORY=" + (home_o_ / "creds").string()});
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'closure'"), 0)
      << r.out;
  EXPECT_EQ(count("SELECT count(*) FROM pending_closures"), 1) << r.out;

  // An installed configuration that others may change is refused.
  ASSERT_EQ(::chmod(installed_.c_str(), 0664), 0);
  r = pstq_as(officer_uid_, {"list"});
  EXPECT_EQ(r.code, 78) << r.out;
  EXPECT_NE(r.out.find("writable by its group"), std::string::npos) << r.out;
  ASSERT_EQ(::chmod(installed_.c_str(), 0644), 0);
  ASSERT_EQ(::chmod(kInstalledDir, 0757), 0);
  r = pstq_as(officer_uid_, {"list"});
  EXPECT_EQ(r.code, 78) << r.out;
  EXPECT_NE(r.out.find("writable by others"), std::string::npos) << r.out;
  ASSERT_EQ(::chmod(kInstalledDir, 0755), 0);
}

/// As `uid`, watches `dir` and replaces every backup temporary file (and its
/// journal's name) with a symbolic link to `victim`, until killed. Writes "R"
/// to `report` when its watch is in place, then one "S" per swap.
pid_t start_swapper(uid_t uid, gid_t gid, const fs::path &dir,
                    const fs::path &victim, int report) {
  const pid_t pid = ::fork();
  if (pid != 0)
    return pid;
  become(uid, gid);
  const int in = ::inotify_init1(0);
  if (in < 0 || ::inotify_add_watch(in, dir.c_str(), IN_CREATE) < 0)
    ::_exit(122);
  (void)!::write(report, "R", 1);
  alignas(inotify_event) char buf[4096];
  for (;;) {
    const ssize_t n = ::read(in, buf, sizeof buf);
    if (n <= 0)
      ::_exit(123);
    for (char *p = buf; p < buf + n;) {
      auto *ev = reinterpret_cast<inotify_event *>(p);
      p += sizeof(inotify_event) + ev->len;
      const std::string name = ev->len ? ev->name : "";
      if (name.find(".tmp-") == std::string::npos || name.ends_with("-journal"))
        continue;
      const fs::path tmp = dir / name;
      const std::string journal = tmp.string() + "-journal";
      (void)::symlink(victim.c_str(), journal.c_str());
      if (::unlink(tmp.c_str()) == 0 &&
          ::symlink(victim.c_str(), tmp.c_str()) == 0)
        (void)!::write(report, "S", 1);
    }
  }
}

TEST_F(SetgidPstq, BackupCannotBeTurnedOntoTheGroupsFiles) {
  int report[2];
  ASSERT_EQ(::pipe(report), 0);
  const pid_t swapper =
      start_swapper(boss_uid_, user_gid_, home_b_, victim_, report[1]);
  ::close(report[1]);
  char ready = 0;
  ASSERT_EQ(::read(report[0], &ready, 1), 1) << "the swapper did not start";
  int ok = 0;
  std::string last;
  for (int i = 0; i < 40; ++i) {
    Result r = pstq_as(boss_uid_, {"backup", (home_b_ / "b.db").string()});
    ok += r.code == 0;
    last = r.out;
    // Let the swapper's links go, so the next round starts clean.
    for (const auto &e : fs::directory_iterator(work_ / "home-b"))
      if (e.path().filename().string().find(".tmp-") != std::string::npos)
        fs::remove(e.path());
  }
  ::kill(swapper, SIGKILL);
  ::waitpid(swapper, nullptr, 0);
  std::string swaps;
  std::array<char, 256> b{};
  for (ssize_t n; (n = ::read(report[0], b.data(), b.size())) > 0;)
    swaps.append(b.data(), static_cast<std::size_t>(n));
  ::close(report[0]);
  ASSERT_FALSE(swaps.empty()) << "the swapper never swapped a temporary file: "
                                 "the attack did not run; pstq said: "
                              << last;
  EXPECT_EQ(fs::file_size(victim_), 0u)
      << "a file of the service group was written (" << ok << " backups ok, "
      << swaps.size() << " swaps)";
  // The live database is intact.
  Database db(db_path_.string(), false);
  Statement s = db.prepare("PRAGMA quick_check");
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.text(0), "ok");
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 2);

  // Without the attacker, the supervisor's backup works and belongs to them,
  // not to the group.
  Result r = pstq_as(boss_uid_, {"backup", (home_b_ / "clean.db").string()});
  ASSERT_EQ(r.code, 0) << r.out;
  struct stat st {};
  ASSERT_EQ(::stat((home_b_ / "clean.db").c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, boss_uid_);
  EXPECT_EQ(st.st_gid, user_gid_);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

} // namespace
} // namespace pst::test
