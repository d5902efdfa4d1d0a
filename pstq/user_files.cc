// user_files.cc: see user_files.h (the SECURITY note explains the child process).
#include "pstq/user_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <functional>

#include <fmt/format.h>

namespace pst::pstq {
namespace {

bool write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

bool read_fd(int fd, std::string& out, std::size_t limit) {
  char buf[65536];
  for (;;) {
    ssize_t r = ::read(fd, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return false;
    if (r == 0) return true;
    out.append(buf, static_cast<std::size_t>(r));
    if (out.size() > limit) return false;
  }
}

/// Runs `work` in a child without the setgid group; its result ('O' + bytes or 'E' + message)
/// comes back through a pipe.
UserFileResult as_user(const std::function<UserFileResult()>& work) {
  int fds[2];
  if (::pipe(fds) != 0) return {std::nullopt, std::string("pipe: ") + std::strerror(errno)};
  pid_t pid = ::fork();
  if (pid < 0) return {std::nullopt, std::string("fork: ") + std::strerror(errno)};
  if (pid == 0) {
    ::close(fds[0]);
    const gid_t g = ::getgid();
    if (::setresgid(g, g, g) != 0 || ::getegid() != g) ::_exit(70);
    UserFileResult r = work();
    std::string msg = r.bytes ? "O" + *r.bytes : "E" + r.error;
    ::_exit(write_all(fds[1], msg.data(), msg.size()) ? 0 : 74);
  }
  ::close(fds[1]);
  std::string got;
  bool ok = read_fd(fds[0], got, kMaxUserFile + 4096);
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!ok) return {std::nullopt, fmt::format("more than {} MiB", kMaxUserFile >> 20)};
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || got.empty())
    return {std::nullopt, "could not read as the user (child failed)"};
  if (got[0] == 'O') return {got.substr(1), ""};
  return {std::nullopt, got.substr(1)};
}

UserFileResult read_path(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return {std::nullopt, fmt::format("cannot open {}: {}", path, std::strerror(errno))};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return {std::nullopt, fmt::format("{}: not a regular file", path)};
  }
  std::string bytes;
  bool ok = read_fd(fd, bytes, kMaxUserFile);
  ::close(fd);
  if (!ok) return {std::nullopt, fmt::format("cannot read {}: too large or I/O error", path)};
  return {bytes, ""};
}

}  // namespace

UserFileResult read_user_file(const std::string& path) {
  return as_user([&] { return read_path(path); });
}

UserFileResult edit_as_user(const std::string& initial) {
  return as_user([&]() -> UserFileResult {
    const char* tmpdir = std::getenv("TMPDIR");
    std::string tmpl = fmt::format("{}/pstq-reply-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) return {std::nullopt, std::string("cannot create a temporary file: ") + std::strerror(errno)};
    bool ok = write_all(fd, initial.data(), initial.size());
    ::close(fd);
    if (!ok) return {std::nullopt, "cannot write the temporary file"};
    const char* ed = std::getenv("VISUAL");
    if (!ed || !*ed) ed = std::getenv("EDITOR");
    std::string cmd = fmt::format("{} \"$1\"", ed && *ed ? ed : "vi");
    pid_t pid = ::fork();
    if (pid == 0) {
      ::execl("/bin/sh", "sh", "-c", cmd.c_str(), "sh", name.data(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    UserFileResult r = read_path(name.data());
    ::unlink(name.data());
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
      return {std::nullopt, fmt::format("the editor ({}) failed; nothing sent", ed && *ed ? ed : "vi")};
    return r;
  });
}

std::string write_user_file(const std::string& path, const std::string& bytes) {
  UserFileResult r = as_user([&]() -> UserFileResult {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0644);
    if (fd < 0) return {std::nullopt, fmt::format("cannot create {}: {}", path, std::strerror(errno))};
    bool ok = write_all(fd, bytes.data(), bytes.size());
    if (::close(fd) != 0) ok = false;
    if (!ok) return {std::nullopt, fmt::format("cannot write {}: {}", path, std::strerror(errno))};
    return {std::string(), ""};
  });
  return r.bytes ? "" : r.error;
}

}  // namespace pst::pstq
