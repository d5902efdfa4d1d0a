// trusted_config.cc: see trusted_config.h.
#include "pstq/trusted_config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace pst::pstq {
namespace {

namespace fs = std::filesystem;

/// Inputs that would change the database, a key or where private data goes.
constexpr const char* kUntrustedVariables[] = {"PSTMAIL_CONFIG", "PSTMAIL_DATABASE", "CREDENTIALS_DIRECTORY",
                                               "SQLITE_TMPDIR"};

bool same_path(const std::string& a, std::string_view b) {
  std::error_code ec;
  fs::path pa = fs::absolute(a, ec);
  if (ec) return false;
  return pa.lexically_normal() == fs::path(b).lexically_normal();
}

std::optional<std::string> owner_problem(const std::string& path, bool file) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return fmt::format("{}: {}", path, std::strerror(errno));
  if (S_ISLNK(st.st_mode)) return fmt::format("{}: is a symbolic link", path);
  if (file && !S_ISREG(st.st_mode)) return fmt::format("{}: not a regular file", path);
  if (!file && !S_ISDIR(st.st_mode)) return fmt::format("{}: not a folder", path);
  if (st.st_uid != 0) return fmt::format("{}: owned by uid {}, not by root", path, st.st_uid);
  if (st.st_mode & S_IWGRP) return fmt::format("{}: writable by its group", path);
  if (st.st_mode & S_IWOTH) return fmt::format("{}: writable by others", path);
  return std::nullopt;
}

}  // namespace

ConfigChoice choose_config(uid_t uid, const std::optional<std::string>& flag,
                           const std::optional<std::string>& env_config, std::string_view installed) {
  ConfigChoice c;
  if (uid == 0) {
    c.path = flag ? *flag : env_config ? *env_config : std::string(installed);
    c.trust_environment = true;
    return c;
  }
  if (flag && !same_path(*flag, installed)) {
    c.path = *flag;
    c.drop_group = true;
    c.trust_environment = true;  // nothing it names can be reached through the group any more
    return c;
  }
  c.path = std::string(installed);
  c.check_ownership = true;
  if (env_config && !same_path(*env_config, installed))
    c.note = fmt::format(
        "$PSTMAIL_CONFIG ignored: only root may choose the configuration that way; using {} (--config FILE "
        "works without pstq's group)",
        installed);
  return c;
}

std::optional<std::string> untrusted_config_reason(const std::string& path) {
  fs::path p(path);
  if (!p.is_absolute()) return fmt::format("{}: not an absolute path", path);
  p = p.lexically_normal();
  if (auto bad = owner_problem(p.string(), true)) return bad;
  for (fs::path dir = p.parent_path();; dir = dir.parent_path()) {
    if (auto bad = owner_problem(dir.string(), false)) return bad;
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

bool drop_group_for_good() {
  const gid_t g = ::getgid();
  if (::setresgid(g, g, g) != 0) return false;
  gid_t r = 0, e = 0, s = 0;
  return ::getresgid(&r, &e, &s) == 0 && r == g && e == g && s == g;
}

std::string apply_config_choice(const ConfigChoice& c) {
  if (!c.trust_environment)
    for (const char* name : kUntrustedVariables) ::unsetenv(name);
  if (c.drop_group && !drop_group_for_good())
    return fmt::format("cannot give up pstq's group before reading {}: {}", c.path, std::strerror(errno));
  if (c.check_ownership)
    if (auto bad = untrusted_config_reason(c.path))
      return fmt::format("refusing the configuration: {} (it must be owned by root and writable only by root, "
                         "as must every folder above it)",
                         *bad);
  return "";
}

}  // namespace pst::pstq
