// secrets.cc: see secrets.h.
#include "config/secrets.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

namespace pst {
namespace {

std::optional<std::string> credential_path(const std::string& name) {
  const char* dir = std::getenv("CREDENTIALS_DIRECTORY");
  if (!dir || !*dir || name.empty()) return std::nullopt;
  std::filesystem::path p = std::filesystem::path(dir) / name;
  // An empty credential (nothing, or a lone newline) counts as absent: pstmaild.service gives optional
  // credentials that default (SetCredential=ID:\n) so that a missing LoadCredential= source does not
  // fail the unit.
  std::error_code ec;
  if (!std::filesystem::exists(p, ec)) return std::nullopt;
  auto size = std::filesystem::file_size(p, ec);
  if (ec) return std::nullopt;
  if (size <= 2) {
    std::ifstream in(p, std::ios::binary);
    std::string v((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (v.empty() || v == "\n" || v == "\r\n") return std::nullopt;
  }
  return p.string();
}

std::string read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SecretError(fmt::format("{}: cannot read secret: {}", path, std::strerror(errno)));
  std::ostringstream s;
  s << in.rdbuf();
  std::string v = s.str();
  if (!v.empty() && v.back() == '\n') v.pop_back();
  if (!v.empty() && v.back() == '\r') v.pop_back();
  if (v.empty()) throw SecretError(fmt::format("{}: secret file is empty", path));
  return v;
}

}  // namespace

std::optional<std::string> read_secret(const std::optional<std::string>& file, const std::string& credential_name) {
  if (auto cred = credential_path(credential_name)) return read_whole(*cred);
  if (!file || file->empty()) return std::nullopt;
  return read_whole(*file);
}

std::string secret_source(const std::optional<std::string>& file, const std::string& credential_name) {
  if (auto cred = credential_path(credential_name)) return fmt::format("credential {}", credential_name);
  if (file && !file->empty()) return *file;
  return "(none)";
}

}  // namespace pst
