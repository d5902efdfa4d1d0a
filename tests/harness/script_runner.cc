// script_runner.cc: see script_runner.h.
#include "tests/harness/script_runner.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pst::test {

namespace fs = std::filesystem;

std::string shell_quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  out += '\'';
  return out;
}

std::string run_script(const fs::path& script, std::string_view command, const fs::path& dir,
                       const std::vector<std::string>& args) {
  std::string cmd = "bash " + shell_quote(script.string()) + " " + std::string(command) + " " +
                    shell_quote(dir.string());
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " </dev/null 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) throw std::runtime_error(script.filename().string() + ": popen failed");
  std::string out;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int status = pclose(p);
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw std::runtime_error(script.filename().string() + " " + std::string(command) + " failed (status " +
                             std::to_string(status) + "): " + out);
  }
  return out;
}

std::string read_whole_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_whole_file(const fs::path& p, std::string_view data) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

std::map<std::string, std::string> read_env_file(const fs::path& p) {
  std::map<std::string, std::string> env;
  std::istringstream in(read_whole_file(p));
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (eq != std::string::npos) env[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return env;
}

std::string env_value(const std::map<std::string, std::string>& env, const std::string& key) {
  auto it = env.find(key);
  if (it == env.end()) throw std::runtime_error("env file has no " + key);
  return it->second;
}

fs::path make_temp_folder(std::string_view prefix) {
  std::string tmpl = (fs::temp_directory_path() / (std::string(prefix) + "-XXXXXX")).string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed for " + tmpl);
  return tmpl;
}

void remove_folder_unless_kept(const fs::path& dir, std::string_view who) {
  const char* keep = std::getenv("PST_KEEP_MAILSTACK");
  if (keep && std::string_view(keep) == "1") {
    std::fprintf(stderr, "%.*s: kept %s\n", static_cast<int>(who.size()), who.data(), dir.c_str());
    return;
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
}

}  // namespace pst::test
