// deadline_cli_test.cc: `pstq deadline` as a user runs it: the real binary, the example
// configuration from the repository, no database. Checks output, JSON, `--from -`, warnings,
// usage errors with their exit codes, and the verb table's help and "did you mean".
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <regex>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// Runs pstq with `args` (shell words, quoted here) and `input` on stdin.
Result pstq(const std::vector<std::string>& args, const std::string& input = "", bool with_config = true,
            const std::string& environment = "") {
  char dir[] = "/tmp/pstq_test_XXXXXX";
  if (!mkdtemp(dir)) return {};
  const std::string d = dir;
  {
    std::ofstream(d + "/in") << input;
  }
  std::string cmd = "env -u PSTMAIL_CONFIG " + environment + " " + quote(PSTQ_BINARY);
  if (with_config) cmd += " --config " + quote(std::string(PSTMAIL_SOURCE_DIR) + "/config/pstmail.example.yaml");
  for (const auto& a : args) cmd += " " + quote(a);
  cmd += " <" + d + "/in >" + d + "/out 2>" + d + "/err";
  const int raw = std::system(cmd.c_str());
  Result r{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(d + "/out"), slurp(d + "/err")};
  std::system(("rm -rf " + d).c_str());
  return r;
}

TEST(PstqDeadline, HumanOutput) {
  const Result r = pstq({"deadline", "--from", "2026-11-30T10:00:00+08:00"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "start: 2026-11-30T10:00:00+08:00  Senin, 30 November 2026 pukul 10.00 WITA\n"
            "due:   2026-12-03T15:30:00+08:00  Kamis, 3 Desember 2026 pukul 15.30 WITA\n");
  EXPECT_EQ(r.err, "");
}

TEST(PstqDeadline, Json) {
  const Result r = pstq({"deadline", "--from", "2026-11-27T16:00:00+08:00", "--json"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "{\"start\": \"2026-11-30T08:00:00+08:00\", \"due\": \"2026-12-03T15:30:00+08:00\"}\n");
}

TEST(PstqDeadline, ModeAndDaysOverrideTheConfig) {
  const Result r = pstq({"deadline", "--json", "--from=2026-03-17T02:00:00Z", "--mode", "business_hours", "--days", "3"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "{\"start\": \"2026-03-17T10:00:00+08:00\", \"due\": \"2026-03-27T10:00:00+08:00\"}\n");
  const Result one = pstq({"deadline", "--from", "2026-11-30T10:00:00+08:00", "--days", "1", "--json"});
  EXPECT_EQ(one.out, "{\"start\": \"2026-11-30T10:00:00+08:00\", \"due\": \"2026-12-01T15:30:00+08:00\"}\n");
}

TEST(PstqDeadline, ConfigAfterTheVerb) {
  const Result r = pstq({"deadline", "--config", std::string(PSTMAIL_SOURCE_DIR) + "/config/pstmail.example.yaml",
                         "--from", "2026-11-30T10:00:00+08:00", "--json"},
                        "", false);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "{\"start\": \"2026-11-30T10:00:00+08:00\", \"due\": \"2026-12-03T15:30:00+08:00\"}\n");
}

TEST(PstqDeadline, StdinGivesOneJsonObjectPerLine) {
  const std::string input =
      "2026-11-30T10:00:00+08:00\n"
      "2026-12-24T16:00:00Z\r\n"          // Christmas Day in WITA; CRLF tolerated
      "yesterday\n"
      "2027-12-30T10:00:00+08:00\n"       // due in 2028: no holiday file
      "2027-12-31T10:00:00+08:00\n"
      "2026-03-17T15:30:00+08:00";        // no final newline
  const Result r = pstq({"deadline", "--from", "-"}, input);
  EXPECT_EQ(r.status, 65);
  EXPECT_EQ(r.out,
            "{\"start\": \"2026-11-30T10:00:00+08:00\", \"due\": \"2026-12-03T15:30:00+08:00\"}\n"
            "{\"start\": \"2026-12-28T08:00:00+08:00\", \"due\": \"2026-12-31T15:30:00+08:00\"}\n"
            "{\"input\": \"yesterday\", \"error\": \"\\\"yesterday\\\" is not an instant (expected ISO 8601 with "
            "an offset, e.g. 2026-11-30T10:00:00+08:00 or 2026-11-30T02:00:00Z)\"}\n"
            "{\"start\": \"2027-12-30T10:00:00+08:00\", \"due\": \"2028-01-04T15:30:00+08:00\", \"warning\": "
            "\"no holiday file covers 2028: its holidays were counted as working days\"}\n"
            "{\"start\": \"2027-12-31T10:00:00+08:00\", \"due\": \"2028-01-05T15:30:00+08:00\", \"warning\": "
            "\"no holiday file covers 2028: its holidays were counted as working days\"}\n"
            "{\"start\": \"2026-03-25T08:00:00+08:00\", \"due\": \"2026-03-30T15:30:00+08:00\"}\n");
  // The warning is printed once on stderr, however many lines carry it.
  EXPECT_EQ(r.err, "pstq deadline: warning: no holiday file covers 2028: its holidays were counted as working days\n");
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) EXPECT_TRUE(nlohmann::json::accept(line)) << line;
}

TEST(PstqDeadline, WarningForAYearWithoutHolidayFile) {
  const Result r = pstq({"deadline", "--from", "2028-03-01T10:00:00+08:00", "--json"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "pstq deadline: warning: no holiday file covers 2028: its holidays were counted as working days\n");
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["due"], "2028-03-06T15:30:00+08:00");
  EXPECT_EQ(j["warning"], "no holiday file covers 2028: its holidays were counted as working days");
}

TEST(PstqDeadline, Errors) {
  struct Case {
    std::vector<std::string> args;
    int status;
    std::string err_start;
  } cases[] = {
      {{"deadline", "--from", "2026-11-30T10:00:00"}, 65,
       "pstq deadline: --from: \"2026-11-30T10:00:00\" is not an instant (expected ISO 8601 with an offset"},
      {{"deadline"}, 64, "pstq deadline: --from is required"},
      {{"deadline", "--from", "now", "--mode", "hours"}, 64, "pstq deadline: --mode: hours not in {"},
      {{"deadline", "--from", "now", "--days", "x"}, 64, "pstq deadline: --days: Value x not in range 0 to 1000"},
      {{"deadline", "--from", "now", "--bogus"}, 64, "pstq deadline: The following argument was not expected: --bogus"},
      {{"dedline", "--from", "now"}, 64, "pstq: unknown verb \"dedline\"; did you mean \"deadline\"?\n"},
      {{"frobnicate"}, 64, "pstq: unknown verb \"frobnicate\" (see pstq --help)\n"},
      {{"--frob", "deadline"}, 64, "pstq: unknown option \"--frob\" (see pstq --help)\n"},
      {{}, 64, "usage: pstq [--config FILE] VERB"},
  };
  for (const auto& c : cases) {
    const Result r = pstq(c.args);
    EXPECT_EQ(r.status, c.status) << c.err_start;
    EXPECT_EQ(r.err.substr(0, c.err_start.size()), c.err_start) << r.err;
  }
}

TEST(PstqDeadline, ConfigFromTheEnvironment) {
  const std::string example = std::string(PSTMAIL_SOURCE_DIR) + "/config/pstmail.example.yaml";
  const Result r = pstq({"deadline", "--from", "2026-11-30T10:00:00+08:00", "--json"}, "", false,
                        "PSTMAIL_CONFIG=" + quote(example));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "{\"start\": \"2026-11-30T10:00:00+08:00\", \"due\": \"2026-12-03T15:30:00+08:00\"}\n");
  const Result missing = pstq({"deadline", "--from", "now"}, "", false, "PSTMAIL_CONFIG=/nonexistent/p.yaml");
  EXPECT_EQ(missing.status, 78);
  EXPECT_EQ(missing.err, "pstq: /nonexistent/p.yaml: no such file\n");
}

TEST(PstqDeadline, MissingConfig) {
  const Result r = pstq({"--config", "/nonexistent/pstmail.yaml", "deadline", "--from", "now"}, "", false);
  EXPECT_EQ(r.status, 78);
  EXPECT_EQ(r.err, "pstq: /nonexistent/pstmail.yaml: no such file\n");
}

TEST(PstqDeadline, BadHolidayFileIsAConfigError) {
  char dir[] = "/tmp/pstq_cfg_XXXXXX";
  ASSERT_TRUE(mkdtemp(dir));
  const std::string d = dir;
  // The example configuration with its holiday list replaced by one bad file and the templates
  // folder made absolute (the copy lives elsewhere).
  std::istringstream example(slurp(std::string(PSTMAIL_SOURCE_DIR) + "/config/pstmail.example.yaml"));
  std::string config, line;
  bool replaced = false;
  while (std::getline(example, line)) {
    if (line.rfind("  holidays:", 0) == 0) {
      line = "  holidays: [" + d + "/bad.yaml]";
      replaced = true;
    } else if (line.rfind("templates:", 0) == 0) {
      line = "templates: " + std::string(PSTMAIL_SOURCE_DIR) + "/templates";
    }
    config += line + "\n";
  }
  ASSERT_TRUE(replaced) << "config/pstmail.example.yaml has no office.holidays line";
  std::ofstream(d + "/pstmail.yaml") << config;
  std::ofstream(d + "/bad.yaml") << "holidays:\n  - {date: 2026-02-30, name: X, kind: national, source: S}\n";
  const Result r = pstq({"--config", d + "/pstmail.yaml", "deadline", "--from", "now"}, "", false);
  EXPECT_EQ(r.status, 78);
  EXPECT_EQ(r.err, "pstq: " + d + "/bad.yaml:2:12: holidays[0].date: \"2026-02-30\" is not a date (expected YYYY-MM-DD)\n");
  std::system(("rm -rf " + d).c_str());
}

TEST(Pstq, HelpAndVersion) {
  const Result help = pstq({"--help"}, "", false);
  EXPECT_EQ(help.status, 0);
  // Columns are aligned to the longest verb name, so the gap varies as verbs are added.
  EXPECT_TRUE(std::regex_search(help.out, std::regex("\n  deadline +when a request received at an instant is due")))
      << help.out;
  EXPECT_NE(help.out.find("78 configuration error"), std::string::npos);
  const Result verb_help = pstq({"deadline", "--help"}, "", false);
  EXPECT_EQ(verb_help.status, 0);
  EXPECT_NE(verb_help.out.find("--from"), std::string::npos);
  EXPECT_NE(verb_help.out.find("examples:"), std::string::npos);
  EXPECT_EQ(pstq({"help", "deadline"}, "", false).out, verb_help.out);
  const Result version = pstq({"--version"}, "", false);
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out.rfind("pstq (pstmail) ", 0), 0u);
}

}  // namespace
