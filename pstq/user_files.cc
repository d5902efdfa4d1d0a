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
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "pstq/draft.h"

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

namespace {

/// The folder for drafts (created 0700 as needed); runs as the user.
std::string draft_folder() {
  auto usable = [](const std::string& dir) {
    std::string path;
    for (std::size_t i = 1; i <= dir.size(); ++i)
      if (i == dir.size() || dir[i] == '/') {
        path = dir.substr(0, i);
        if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) return false;
      }
    struct stat st {};
    return ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && ::access(dir.c_str(), W_OK) == 0;
  };
  const char* state = std::getenv("XDG_STATE_HOME");
  const char* home = std::getenv("HOME");
  if (state && *state == '/' && usable(std::string(state) + "/pstq/drafts")) return std::string(state) + "/pstq/drafts";
  if (home && *home == '/' && usable(std::string(home) + "/.local/state/pstq/drafts"))
    return std::string(home) + "/.local/state/pstq/drafts";
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir && *tmpdir == '/' ? tmpdir : "/tmp";
}

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (std::size_t start = 0; start <= dirs.size();) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    const std::string candidate = dirs.substr(start, end - start) + "/" + program;
    if (end > start && ::access(candidate.c_str(), X_OK) == 0) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

DraftEdit edit_draft_as_user(const std::string& initial, const std::string& name) {
  // The child answers "<path>\0<status>\0<bytes>": the path is needed even when the editor fails.
  UserFileResult r = as_user([&]() -> UserFileResult {
    std::string tmpl = fmt::format("{}/{}-XXXXXX.txt", draft_folder(), name);
    std::vector<char> path(tmpl.begin(), tmpl.end());
    path.push_back('\0');
    int fd = ::mkstemps(path.data(), 4);
    if (fd < 0) return {std::nullopt, std::string("cannot create a draft file: ") + std::strerror(errno)};
    bool ok = write_all(fd, initial.data(), initial.size());
    ::close(fd);
    if (!ok) return {std::nullopt, fmt::format("cannot write the draft file {}", path.data())};
    auto env = [](const char* n) -> std::optional<std::string> {
      const char* v = std::getenv(n);
      return v ? std::optional<std::string>(v) : std::nullopt;
    };
    const std::string editor = choose_editor(env("VISUAL"), env("EDITOR"), on_path("sensible-editor"));
    const std::string cmd = editor + " \"$1\"";
    pid_t pid = ::fork();
    if (pid == 0) {
      ::execl("/bin/sh", "sh", "-c", cmd.c_str(), "sh", path.data(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    int status = 0;
    while (pid > 0 && ::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::string verdict;
    if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
      verdict = fmt::format("the editor ({}) failed{}", editor,
                            pid > 0 && WIFEXITED(status) ? fmt::format(" (exit {})", WEXITSTATUS(status)) : "");
    UserFileResult text = verdict.empty() ? read_path(path.data()) : UserFileResult{std::string(), ""};
    if (!text.bytes) verdict = text.error;
    return {std::string(path.data()) + '\0' + verdict + '\0' + text.bytes.value_or(""), ""};
  });
  DraftEdit d;
  if (!r.bytes) {
    d.error = r.error;
    return d;
  }
  const std::size_t a = r.bytes->find('\0');
  const std::size_t b = r.bytes->find('\0', a + 1);
  d.path = r.bytes->substr(0, a);
  d.error = r.bytes->substr(a + 1, b - a - 1);
  if (d.error.empty()) d.text = r.bytes->substr(b + 1);
  return d;
}

std::string remove_user_file(const std::string& path) {
  UserFileResult r = as_user([&]() -> UserFileResult {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT)
      return {std::nullopt, fmt::format("cannot remove {}: {}", path, std::strerror(errno))};
    return {std::string(), ""};
  });
  return r.bytes ? "" : r.error;
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
