// verb_backup.cc: `pstq backup FILE`: a consistent copy of the database while pstmaild runs
// (queue/backup.h: SQLite online backup into a temporary file next to FILE, checked, then renamed).
// Restore: stop pstmaild; copy the backup over the database; remove the database's -wal and -shm
// files; start pstmaild (pstq(1), README). Exit: 0, 64 usage, 69 no database, 73 cannot write
// FILE, 74 backup failed, 75 busy, 77 not allowed, 78 configuration.
// SECURITY: the backup holds every requester's mail: supervisors, root and the service user only;
// FILE is created 0600 in a folder the real user may write (never one only pstq's group may).
#include <fmt/format.h>

#include "pstq/session.h"
#include "queue/backup.h"

namespace pst::pstq {

int run_backup(VerbContext& ctx) {
  CLI::App app{"Copy the database consistently while pstmaild runs (SQLite online backup)", "pstq backup"};
  std::string file;
  app.add_option("FILE", file, "the backup file to write (replaced atomically when it exists)")->required();
  app.footer(R"(examples:
  pstq backup /var/backups/pstmail/pstmail-$(date +%F).db

Restore: systemctl stop pstmaild; cp BACKUP /var/lib/pstmail/pstmail.db;
rm -f /var/lib/pstmail/pstmail.db-wal /var/lib/pstmail/pstmail.db-shm;
chown pstmail:pst /var/lib/pstmail/pstmail.db; chmod 0660 /var/lib/pstmail/pstmail.db;
systemctl start pstmaild)");
  if (auto code = parse_args(ctx, app, nullptr)) return *code;
  Session s = open_session(ctx, std::nullopt);
  if (s.me.role == Role::officer)
    fail(ctx, kNoPermission,
         fmt::format("only supervisors, root and the service user \"{}\" may take a backup (it holds every "
                     "requester's mail); you are \"{}\", an officer",
                     kServiceUser, s.me.login));
  BackupReport r;
  try {
    r = backup_database(*s.db, file);
  } catch (const DatabaseError& e) {
    if (is_busy(e)) fail(ctx, kTempFail, "the database stayed busy; try again in a minute");
    const int primary = e.code() & 0xff;
    fail(ctx, primary == 3 /* SQLITE_PERM */ || primary == 14 /* SQLITE_CANTOPEN */ ? kCantCreate : kIoError,
         e.what());
  }
  ctx.out << fmt::format("backup: {} ({} bytes, {} pages) in {:.1f} s\n", r.path, r.bytes, r.pages,
                         static_cast<double>(r.took.count()) / 1000.0);
  return kOk;
}

}  // namespace pst::pstq
