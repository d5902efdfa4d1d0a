// parse_command_test.cc: `pstmaild parse` exit codes and error wording.
#include "daemon/parse_command.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace pst {
namespace {

std::string temp_file(const std::string& content) {
  char name[] = "/tmp/pstmail_parse_XXXXXX";
  int fd = mkstemp(name);
  EXPECT_GE(fd, 0);
  std::ofstream(name, std::ios::binary) << content;
  return name;
}

TEST(ParseCommand, MissingFile) {
  std::ostringstream out, err;
  EXPECT_EQ(run_parse_command("/nonexistent/x.eml", out, err), 1);
  EXPECT_EQ(err.str(), "pstmaild parse: /nonexistent/x.eml: No such file or directory\n");
  EXPECT_EQ(out.str(), "");
}

TEST(ParseCommand, EmptyFile) {
  std::string f = temp_file("");
  std::ostringstream out, err;
  EXPECT_EQ(run_parse_command(f, out, err), 1);
  EXPECT_EQ(err.str(), "pstmaild parse: " + f + ": empty input, no message to parse\n");
  std::remove(f.c_str());
}

TEST(ParseCommand, OddMessageStillParses) {
  for (std::string raw : {std::string("garbage without headers"), std::string("Subject: x\r\n"),
                          std::string("From: a\0b\r\n\r\n\0\0", 14), std::string("To: undisclosed-recipients:;\r\n\r\nhi")}) {
    std::string f = temp_file(raw);
    std::ostringstream out, err;
    EXPECT_EQ(run_parse_command(f, out, err), 0) << raw;
    EXPECT_NO_THROW({
      auto j = nlohmann::json::parse(out.str());
      EXPECT_TRUE(j.is_object());
    });
    std::remove(f.c_str());
  }
}

TEST(ParseCommand, PrintsTheObject) {
  std::string f = temp_file(
      "From: Budi <budi@gmail.com>\r\nSubject: Permohonan data\r\nMessage-ID: <m1@gmail.com>\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n\r\nSaya Budi Santoso dari Universitas Udayana. Mohon data "
      "kemiskinan Jembrana 2024.\r\n");
  std::ostringstream out, err;
  ASSERT_EQ(run_parse_command(f, out, err), 0) << err.str();
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["message_id"], "m1@gmail.com");
  EXPECT_EQ(j["from"]["name"], "Budi");
  EXPECT_EQ(j["kind"], "request");
  EXPECT_EQ(j["requester"]["name"], "Budi Santoso");
  EXPECT_EQ(j["requester"]["institution"], "Universitas Udayana");
  EXPECT_EQ(j["missing"].dump(), "[]");
  EXPECT_EQ(out.str().back(), '\n');
  std::remove(f.c_str());
}

}  // namespace
}  // namespace pst
