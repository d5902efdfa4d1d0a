// rating_link_test.cc: the closure mail at the real smtp-sink holds a rating link that the running
// pstmaild serves: GET shows the form and records nothing; POST records the rating. (Issue 7.)
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <thread>

#include <curl/curl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "parsers/mime_decode.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

size_t collect(char* p, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(p, size * n);
  return size * n;
}

/// One HTTP request on loopback; returns the status code, body in `body`.
long http(const std::string& url, const std::string* post, std::string& body) {
  CURL* c = curl_easy_init();
  body.clear();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 10L);
  if (post) curl_easy_setopt(c, CURLOPT_POSTFIELDS, post->c_str());
  long code = 0;
  if (curl_easy_perform(c) == CURLE_OK) curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
  curl_easy_cleanup(c);
  return code;
}

TEST_F(DaemonTest, ClosureMailCarriesAWorkingRatingLink) {
  const int port = 20000 + static_cast<int>(::getpid() % 20000);
  std::ofstream(stack_->dir() / "rating.key") << "0123456789abcdef0123456789abcdef\n";
  ConfigOverrides o;
  o.poll_seconds = 1;
  o.extra = fmt::format("rating: {{listen: \"127.0.0.1:{}\", base_url: \"http://127.0.0.1:{}/r\", key_file: {}, "
                        "expire_days: 30}}\n",
                        port, port, (stack_->dir() / "rating.key").string());
  write_config(o);

  stack_->deliver(complete_request(31));
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(stack_->wait_for_received(1, 10s).size(), 1u);
  std::string number;
  {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets");
    ASSERT_TRUE(s.step());
    number = s.text(0);
  }
  std::string out;
  ASSERT_EQ(run_pstq(PSTQ_BINARY, "close " + number, "", out), 0) << out;

  start_background();  // drains the outbox and serves the rating endpoint
  auto got = stack_->wait_for_received(2, 20s);
  ASSERT_EQ(got.size(), 2u) << daemon_log();
  DecodedMail closure = decode_mail(got[1].message, MimeLimits{});
  std::smatch m;
  std::regex link(fmt::format(R"(http://127\.0\.0\.1:{}/r/[A-Za-z0-9._~-]+)", port));
  ASSERT_TRUE(std::regex_search(closure.text, m, link)) << closure.text;
  const std::string url = m[0].str();

  std::string body;
  EXPECT_EQ(http(url, nullptr, body), 200) << daemon_log();
  EXPECT_NE(body.find("<form method=\"post\""), std::string::npos) << body;
  EXPECT_NE(body.find(number), std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM ratings"), 0) << "a GET must never record";

  // Post the form's own field names, as a browser would.
  std::regex radio(R"RE(name="([a-z_]+)" value="5")RE");
  ASSERT_TRUE(std::regex_search(body, m, radio)) << body;
  std::string form = m[1].str() + "=5";
  EXPECT_EQ(http(url, &form, body), 200) << body;
  EXPECT_EQ(count("SELECT overall FROM ratings"), 5);
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

}  // namespace
}  // namespace pst::test
