// oauth2_test.cc: OAuth2 logins (issue 20) against the real Dovecot, configured with an oauth2
// passdb whose token introspection points at a small token service run by this test on loopback
// (it plays Microsoft's or Google's token endpoint and introspection). pstmaild logs in with
// XOAUTH2 using an access token it got by the refresh-token grant (refresh token and client secret
// as systemd credentials), and when the server refuses a token (revoked) it fetches a new one and
// goes on. No token or secret appears in any log.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* kRefreshToken = "R-refresh-secret-7d1e";
constexpr const char* kClientSecret = "S-client-secret-42aa";

/// The token endpoint (POST /token, refresh-token grant) and Dovecot's introspection (POST
/// /introspect, token=...) in one tiny HTTP/1.0 server on 127.0.0.1.
class TokenService {
 public:
  TokenService() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd_, 16) != 0)
      throw std::runtime_error("token service: cannot listen");
    socklen_t len = sizeof a;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~TokenService() {
    stop_ = true;
    thread_.join();
    ::close(fd_);
  }
  int port() const { return port_; }
  int grants() const { return grants_; }
  std::string last_grant() {
    std::lock_guard l(m_);
    return last_grant_;
  }
  void revoke_all() {
    std::lock_guard l(m_);
    active_.clear();
  }

 private:
  void serve() {
    while (!stop_) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 100) <= 0) continue;
      int c = ::accept(fd_, nullptr, nullptr);
      if (c < 0) continue;
      std::string req;
      char buf[4096];
      for (;;) {  // headers, then Content-Length bytes of body
        ssize_t n = ::recv(c, buf, sizeof buf, 0);
        if (n <= 0) break;
        req.append(buf, static_cast<std::size_t>(n));
        const auto end = req.find("\r\n\r\n");
        if (end == std::string::npos) continue;
        std::size_t length = 0;
        if (auto cl = req.find("Content-Length:"); cl == std::string::npos) cl = req.find("content-length:");
        for (const char* h : {"Content-Length:", "content-length:"})
          if (auto cl = req.find(h); cl != std::string::npos) length = std::strtoul(req.c_str() + cl + 15, nullptr, 10);
        if (req.size() >= end + 4 + length) break;
      }
      const std::string body = req.substr(std::min(req.size(), req.find("\r\n\r\n") + 4));
      std::string answer;
      int status = 200;
      {
        std::lock_guard l(m_);
        if (req.rfind("POST /token", 0) == 0) {
          ++grants_;
          last_grant_ = body;
          if (body.find(std::string("refresh_token=") + kRefreshToken) == std::string::npos ||
              body.find(std::string("client_secret=") + kClientSecret) == std::string::npos) {
            status = 400;
            answer = R"({"error":"invalid_grant","error_description":"AADSTS70000: the refresh token is not valid"})";
          } else {
            const std::string token = fmt::format("AT-{}-access", grants_);
            active_.insert(token);
            answer = fmt::format(R"({{"access_token":"{}","token_type":"Bearer","expires_in":3600}})", token);
          }
        } else {  // introspection
          const auto at = body.find("token=");
          std::string token = at == std::string::npos ? "" : body.substr(at + 6, body.find('&', at) - at - 6);
          answer = fmt::format(R"({{"active":{},"username":"pst@example.test"}})", active_.count(token) ? "true" : "false");
        }
      }
      const std::string reply = fmt::format(
          "HTTP/1.0 {} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}", status,
          answer.size(), answer);
      (void)!::send(c, reply.data(), reply.size(), MSG_NOSIGNAL);
      ::close(c);
    }
  }

  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
  std::mutex m_;
  std::set<std::string> active_;
  std::atomic<int> grants_{0};
  std::string last_grant_;
};

class OAuth2Test : public DaemonTest {
 protected:
  void SetUp() override {
    DaemonTest::SetUp();
    creds_ = stack_->dir() / "credentials";
    std::filesystem::create_directories(creds_);
    std::ofstream(creds_ / "imap-oauth2-refresh-token") << kRefreshToken << "\n";
    std::ofstream(creds_ / "imap-oauth2-client-secret") << kClientSecret << "\n";
    std::ofstream(stack_->dir() / "etc" / "oauth2.conf.ext")
        << fmt::format("introspection_mode = post\nintrospection_url = http://127.0.0.1:{}/introspect\n"
                       "username_attribute = username\nactive_attribute = active\nactive_value = true\n",
                       service_.port());
    dovecot_extra(fmt::format("auth_mechanisms = plain login xoauth2 oauthbearer\npassdb {{\n  driver = oauth2\n"
                              "  mechanisms = xoauth2 oauthbearer\n  args = {}\n}}\n",
                              (stack_->dir() / "etc" / "oauth2.conf.ext").string()));
    ConfigOverrides o;
    o.poll_seconds = 1;
    o.imap_auth = "xoauth2";
    o.imap_extra = fmt::format(
        "  oauth2:\n    token_url: \"http://127.0.0.1:{}/token\"\n    client_id: \"pstmail-test\"\n"
        "    scope: \"https://outlook.office.com/IMAP.AccessAsUser.All offline_access\"\n",
        service_.port());
    write_config(o);
    ::setenv("CREDENTIALS_DIRECTORY", creds_.c_str(), 1);
  }
  void TearDown() override {
    ::unsetenv("CREDENTIALS_DIRECTORY");
    DaemonTest::TearDown();
  }
  // 0 until the daemon has made the store and its tables.
  int tickets() {
    if (!std::filesystem::exists(db_path())) return 0;
    if (count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'tickets'") == 0) return 0;
    return count("SELECT count(*) FROM tickets");
  }
  void expect_no_secret(const std::string& text) {
    for (const char* secret : {kRefreshToken, kClientSecret, "AT-1-access", "AT-2-access"})
      EXPECT_EQ(text.find(secret), std::string::npos) << "a secret in the log: " << secret << "\n" << text;
  }

  TokenService service_;
  std::filesystem::path creds_;
};

TEST_F(OAuth2Test, LogsInWithXoauth2UsingARefreshedAccessToken) {
  ASSERT_EQ(run_daemon({"--check-config"}), 0) << output_;
  stack_->deliver(complete_request(1));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1) << output_;
  EXPECT_EQ(service_.grants(), 1);
  const std::string grant = service_.last_grant();
  EXPECT_NE(grant.find("grant_type=refresh_token"), std::string::npos) << grant;
  EXPECT_NE(grant.find("client_id=pstmail-test"), std::string::npos) << grant;
  EXPECT_NE(grant.find("scope=https%3A%2F%2Foutlook.office.com"), std::string::npos) << grant;
  expect_no_secret(output_);
  const std::string log = stack_->dovecot_log_with("method=XOAUTH2");
  EXPECT_NE(log.find("method=XOAUTH2"), std::string::npos) << log;
}

TEST_F(OAuth2Test, ARevokedTokenIsReplacedAndTheDaemonGoesOn) {
  stack_->deliver(complete_request(2));
  start_background();
  for (int i = 0; i < 200 && tickets() < 1; ++i) std::this_thread::sleep_for(50ms);
  ASSERT_EQ(tickets(), 1) << daemon_log();
  service_.revoke_all();  // the provider revokes the access token (e.g. a password change)
  stack_->deliver(complete_request(3));
  for (int i = 0; i < 300 && tickets() < 2; ++i) std::this_thread::sleep_for(50ms);
  EXPECT_EQ(tickets(), 2) << daemon_log();
  EXPECT_GE(service_.grants(), 2);
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
  EXPECT_NE(daemon_log().find("refused the OAuth2 access token"), std::string::npos) << daemon_log();
  expect_no_secret(daemon_log());
}

TEST_F(OAuth2Test, AnInvalidRefreshTokenIsReportedInTheProvidersWords) {
  std::ofstream(creds_ / "imap-oauth2-refresh-token") << "R-stale\n";
  stack_->deliver(complete_request(4));
  EXPECT_NE(run_once(), 0);
  EXPECT_NE(output_.find("invalid_grant: AADSTS70000"), std::string::npos) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 0);
  expect_no_secret(output_);
}

}  // namespace
}  // namespace pst::test
