// whatsapp_webhook_test.cc: the WhatsApp channel's webhook on the running pstmaild (issue 18): Meta's
// verification handshake, and deliveries that are stored only when signed with the app secret,
// well-formed, not too large and carrying an event not seen before (Meta retries). Attacks: no
// signature, a forged one, a signed body that is not a webhook, another content type, an oversized
// body, a retry, another phone number's events. --check-config wants the three secrets and prints
// none of them.
#include <signal.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <curl/curl.h>
#include <nlohmann/json.hpp>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/harness/fake_graph_api.h"
#include "tests/integration/daemon_fixture.h"
#include "whatsapp/webhook_signature.h"

namespace pst::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kVerifyToken = "verify-7c1e5a93d2";
constexpr const char* kAppSecret = "app-secret-0b8f44e2a6c9";
constexpr const char* kAccessToken = "EAAG-access-token-5d2e91";
constexpr const char* kPhoneNumberId = "123456789012345";

// The daemon's listener gets a loopback address of its own (127.a.b.c from the test's pid: all of
// 127/8 is loopback) and a port free there: a port on 127.0.0.1 computed from the pid, or freed by
// the kill -9 test's restart, was once taken by another test's server running in parallel (a 500
// from someone else's daemon was seen).
std::string own_loopback_address() {
  const auto pid = static_cast<unsigned>(::getpid());
  return fmt::format("127.{}.{}.{}", 1 + (pid >> 16) % 254, (pid >> 8) % 256, 1 + pid % 254);
}

int free_port_on(const std::string& address) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  ::inet_pton(AF_INET, address.c_str(), &a.sin_addr);
  socklen_t len = sizeof a;
  int port = 0;
  if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
    port = ntohs(a.sin_port);
  if (fd >= 0) ::close(fd);
  return port;
}

size_t collect(char* p, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(p, size * n);
  return size * n;
}

struct HttpResult {
  long code = 0;
  std::string body;
};

HttpResult http(const std::string& url, const std::string* post = nullptr, const std::vector<std::string>& headers = {}) {
  HttpResult r;
  CURL* c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 10L);
  curl_slist* list = nullptr;
  for (const auto& h : headers) list = curl_slist_append(list, h.c_str());
  if (list) curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
  if (post) {
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, post->data());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(post->size()));
  }
  if (curl_easy_perform(c) == CURLE_OK) curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r.code);
  curl_slist_free_all(list);
  curl_easy_cleanup(c);
  return r;
}

// Now, as Unix seconds (the 24-hour window is counted from the messages' own times).
std::string now_seconds_text() {
  return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

std::string text_delivery(const std::string& wamid, const std::string& text, const char* phone_number_id = kPhoneNumberId) {
  return fmt::format(
      R"({{"object":"whatsapp_business_account","entry":[{{"id":"102290129340398","changes":[{{"field":"messages",)"
      R"("value":{{"messaging_product":"whatsapp","metadata":{{"display_phone_number":"6282122115101",)"
      R"("phone_number_id":"{}"}},"contacts":[{{"profile":{{"name":"Putu Ayu"}},"wa_id":"6281234567890"}}],)"
      R"("messages":[{{"from":"6281234567890","id":"{}","timestamp":"{}","type":"text",)"
      R"("text":{{"body":"{}"}}}}]}}}}]}}]}})",
      phone_number_id, wamid, now_seconds_text(), text);
}

std::string status_delivery(const std::string& wamid, const std::string& status) {
  return fmt::format(
      R"({{"object":"whatsapp_business_account","entry":[{{"id":"102290129340398","changes":[{{"field":"messages",)"
      R"("value":{{"messaging_product":"whatsapp","metadata":{{"display_phone_number":"6282122115101",)"
      R"("phone_number_id":"{}"}},"statuses":[{{"id":"{}","status":"{}","timestamp":"1796004100",)"
      R"("recipient_id":"6281234567890"}}]}}}}]}}]}})",
      kPhoneNumberId, wamid, status);
}

class WhatsAppWebhookTest : public DaemonTest {
 protected:
  void SetUp() override {
    DaemonTest::SetUp();
    host_ = own_loopback_address();
    port_ = free_port_on(host_);
    secrets_ = stack_->dir() / "whatsapp";
    fs::create_directories(secrets_);
    std::ofstream(secrets_ / "verify") << kVerifyToken << "\n";
    std::ofstream(secrets_ / "secret") << kAppSecret << "\n";
    std::ofstream(secrets_ / "token") << kAccessToken << "\n";
    std::ofstream(stack_->dir() / "rating.key") << "0123456789abcdef0123456789abcdef\n";
    api_ = std::make_unique<FakeGraphApi>();
    ConfigOverrides o;
    o.retry_min_seconds = 1;
    o.poll_seconds = 1;  // pstq's queued answers leave on the next cycle
    o.extra = fmt::format(
        "rating: {{listen: \"{7}:{0}\", base_url: \"http://{7}:{0}/r\", key_file: {1}}}\n"
        "whatsapp:\n  number: \"+62 821-2211-5101\"\n  phone_number_id: \"{2}\"\n"
        "  api_url: \"{6}\"\n  verify_token_file: {3}\n  app_secret_file: {4}\n"
        "  access_token_file: {5}\n",
        port_, (stack_->dir() / "rating.key").string(), kPhoneNumberId, (secrets_ / "verify").string(),
        (secrets_ / "secret").string(), (secrets_ / "token").string(), api_->api_url(), host_);
    write_config(o);
  }

  std::string url(const std::string& rest = "") const { return fmt::format("http://{}:{}/whatsapp{}", host_, port_, rest); }

  HttpResult deliver(const std::string& body, const std::string& signature) {
    return http(url(), &body, {"Content-Type: application/json", "X-Hub-Signature-256: " + signature});
  }

  void expect_no_secret(const std::string& text) {
    for (const char* s : {kVerifyToken, kAppSecret, kAccessToken}) EXPECT_EQ(text.find(s), std::string::npos) << s;
  }

  /// Delivers a signed text message from `from` and waits until the listener answered.
  void say(const std::string& from, const std::string& wamid, const std::string& text) {
    std::string body = text_delivery(wamid, text);
    const std::string original = "6281234567890";
    for (std::size_t p = body.find(original); p != std::string::npos; p = body.find(original, p + 1))
      body.replace(p, original.size(), from);
    HttpResult r;
    for (int i = 0; i < 300 && r.code == 0; ++i) {  // the listener comes up with the daemon
      r = deliver(body, whatsapp::webhook_signature(kAppSecret, body));
      if (r.code == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_EQ(r.code, 200) << daemon_log();
  }

  std::string host_;
  int port_ = 0;
  fs::path secrets_;
  std::unique_ptr<FakeGraphApi> api_;
};

TEST_F(WhatsAppWebhookTest, CheckConfigWantsTheThreeSecretsAndPrintsNone) {
  EXPECT_EQ(run_daemon({"--check-config"}), 0) << output_;
  expect_no_secret(output_);
  fs::remove(secrets_ / "secret");
  EXPECT_EQ(run_daemon({"--check-config"}), 1) << output_;
  EXPECT_NE(output_.find("whatsapp.app_secret_file"), std::string::npos) << output_;
  expect_no_secret(output_);
}

TEST_F(WhatsAppWebhookTest, HandshakeAnswersTheChallengeOnlyForTheToken) {
  start_background();
  HttpResult r;
  for (int i = 0; i < 300 && r.code == 0; ++i) {  // the listener starts with the daemon
    r = http(url(fmt::format("?hub.mode=subscribe&hub.verify_token={}&hub.challenge=1158201444", kVerifyToken)));
    if (r.code == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(r.code, 200) << daemon_log();
  EXPECT_EQ(r.body, "1158201444");
  EXPECT_EQ(http(url("?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444")).code, 403);
  EXPECT_EQ(http(url(fmt::format("?hub.verify_token={}&hub.challenge=1", kVerifyToken))).code, 403);
  EXPECT_EQ(http(url(fmt::format("?hub.mode=subscribe&hub.verify_token={}&hub.challenge=%3Cscript%3E%20x", kVerifyToken))).code,
            403);  // a challenge with spaces and markup is not echoed
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
  expect_no_secret(daemon_log());
}

TEST_F(WhatsAppWebhookTest, OnlySignedNewWellFormedDeliveriesAreStored) {
  start_background();
  const std::string body = text_delivery("wamid.HBgLNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA", "Selamat pagi, saya Putu Ayu");
  const std::string good = whatsapp::webhook_signature(kAppSecret, body);
  HttpResult r;
  for (int i = 0; i < 300 && r.code == 0; ++i) {
    r = deliver(body, whatsapp::webhook_signature("another-secret", body));
    if (r.code == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  // Attacks first: nothing of them may be stored.
  EXPECT_EQ(r.code, 401) << "forged signature";
  EXPECT_EQ(http(url(), &body, {"Content-Type: application/json"}).code, 401) << "no signature";
  EXPECT_EQ(deliver(body + " ", good).code, 401) << "a body changed after signing";
  const std::string not_a_webhook = R"({"object":"page","entry":[]})";
  EXPECT_EQ(deliver(not_a_webhook, whatsapp::webhook_signature(kAppSecret, not_a_webhook)).code, 400);
  EXPECT_EQ(http(url(), &body, {"Content-Type: text/plain", "X-Hub-Signature-256: " + good}).code, 415);
  const std::string huge = std::string(2 << 20, ' ') + body;
  EXPECT_EQ(deliver(huge, whatsapp::webhook_signature(kAppSecret, huge)).code, 413);
  const std::string other_number = text_delivery("wamid.OTHER", "halo", "999999999999999");
  EXPECT_EQ(deliver(other_number, whatsapp::webhook_signature(kAppSecret, other_number)).code, 200);
  EXPECT_EQ(count("SELECT count(*) FROM whatsapp_webhooks"), 0) << daemon_log();

  // The real delivery, then Meta's retry of it: stored once.
  EXPECT_EQ(deliver(body, good).code, 200) << daemon_log();
  EXPECT_EQ(deliver(body, good).code, 200);
  EXPECT_EQ(count("SELECT count(*) FROM whatsapp_webhooks"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM whatsapp_event_keys WHERE key = 'm:wamid.HBgLNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA'"), 1);
  {
    auto d = db();
    Statement s = d->prepare("SELECT body, state FROM whatsapp_webhooks");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), body);  // as received, byte for byte
    EXPECT_TRUE(s.text(1) == "new" || s.text(1) == "processed") << s.text(1);
  }
  // Statuses of one message of ours: each new status is news, a repeated one is not.
  for (const char* status : {"sent", "delivered", "delivered", "read"}) {
    const std::string st = status_delivery("wamid.OURS1", status);
    EXPECT_EQ(deliver(st, whatsapp::webhook_signature(kAppSecret, st)).code, 200) << status;
  }
  EXPECT_EQ(count("SELECT count(*) FROM whatsapp_webhooks"), 4);
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
  expect_no_secret(daemon_log());
}

std::string text_of(const FakeGraphApi::Request& r) {
  const auto j = nlohmann::json::parse(r.body, nullptr, false);
  return j.is_object() && j.contains("text") ? j["text"].value("body", "") : "";
}

std::string to_of(const FakeGraphApi::Request& r) {
  const auto j = nlohmann::json::parse(r.body, nullptr, false);
  return j.is_object() ? j.value("to", "") : "";
}

// A first message that introduces itself and states the need opens a ticket on the WhatsApp channel
// at once; the acknowledgement reaches the Cloud API (the fake) with the bearer, the ticket number
// and the due date.
TEST_F(WhatsAppWebhookTest, AFirstMessageThatSaysEverythingOpensATicketAndIsAcknowledged) {
  start_background();
  say("6281234567890", "wamid.FIRST1",
      "Selamat pagi, saya Putu Ayu dari Universitas Pendidikan Ganesha. Saya ingin meminta data IPM Kabupaten "
      "Jembrana tahun 2024.");
  const auto got = api_->wait_for(1, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 1u) << daemon_log();
  EXPECT_EQ(got[0].method, "POST");
  EXPECT_EQ(got[0].path, std::string("/v21.0/") + kPhoneNumberId + "/messages");
  EXPECT_EQ(got[0].authorization, std::string("Bearer ") + kAccessToken);
  EXPECT_EQ(to_of(got[0]), "6281234567890");
  std::string number;
  {
    auto d = db();
    Statement s = d->prepare(
        "SELECT number, channel, state, requester_name, requester_institution, due IS NOT NULL FROM tickets");
    ASSERT_TRUE(s.step()) << daemon_log();
    number = s.text(0);
    EXPECT_EQ(s.text(1), "whatsapp");
    EXPECT_EQ(s.text(2), "open");
    EXPECT_EQ(s.text(3), "Putu Ayu");
    EXPECT_EQ(s.text(4), "Universitas Pendidikan Ganesha");
    EXPECT_EQ(s.int64(5), 1);
  }
  const std::string ack = text_of(got[0]);
  EXPECT_NE(ack.find(number), std::string::npos) << ack;
  EXPECT_NE(ack.find("paling lambat"), std::string::npos) << ack;
  // The daemon records the item sent once the API has answered, a moment after the fake saw the request:
  // under load the count could run first.
  EXPECT_EQ(count_when("SELECT count(*) FROM outbox WHERE state = 'sent'", 1), 1) << daemon_log();
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
  expect_no_secret(daemon_log());
}

// The guest book asks only what is missing, one question at a time; "pribadi" is an answer.
TEST_F(WhatsAppWebhookTest, TheGuestBookAsksNameInstitutionAndNeedThenOpensTheTicket) {
  start_background();
  const std::string who = "6289876543210";
  say(who, "wamid.G1", "halo min");
  auto got = api_->wait_for(1, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 1u) << daemon_log();
  EXPECT_NE(text_of(got[0]).find("nama Anda"), std::string::npos) << text_of(got[0]);
  say(who, "wamid.G2", "budi santoso");
  got = api_->wait_for(2, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 2u) << daemon_log();
  EXPECT_NE(text_of(got[1]).find("Budi Santoso"), std::string::npos) << text_of(got[1]);
  EXPECT_NE(text_of(got[1]).find("instansi"), std::string::npos) << text_of(got[1]);
  say(who, "wamid.G3", "pribadi");
  got = api_->wait_for(3, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 3u) << daemon_log();
  EXPECT_NE(text_of(got[2]).find("Data atau konsultasi"), std::string::npos) << text_of(got[2]);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 0) << "no ticket before the guest book is complete";
  say(who, "wamid.G4", "data inflasi bulanan Jembrana tahun 2025");
  got = api_->wait_for(4, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 4u) << daemon_log();
  EXPECT_NE(text_of(got[3]).find("nomor tiket"), std::string::npos) << text_of(got[3]);
  for (const auto& r : got) EXPECT_EQ(to_of(r), who);
  EXPECT_EQ(count("SELECT count(*) FROM tickets WHERE channel = 'whatsapp' AND requester_name = 'Budi Santoso' "
                  "AND requester_institution IS NULL AND state = 'open'"),
            1);
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

// The Cloud API's answers decide as for mail: 429 is retried (and then sent), a 400 fails for good
// with Meta's error code recorded on the ticket.
TEST_F(WhatsAppWebhookTest, TooManyRequestsIsRetriedAndABadRequestFailsWithMetasCode) {
  api_->fail_next({{429, 4}});
  start_background();
  say("6281234567890", "wamid.R1",
      "Selamat pagi, saya Putu Ayu dari Universitas Pendidikan Ganesha. Saya ingin meminta data IPM Kabupaten "
      "Jembrana tahun 2024.");
  auto got = api_->wait_for(2, std::chrono::seconds(30));
  ASSERT_EQ(got.size(), 2u) << daemon_log();
  EXPECT_EQ(got[0].body, got[1].body) << "the same message, retried";
  EXPECT_EQ(count_when("SELECT count(*) FROM outbox WHERE state = 'sent'", 1), 1);

  api_->fail_next({{400, 131047}});
  say("6281111111111", "wamid.R2",
      "Selamat siang, saya Made Wira dari Universitas Udayana. Mohon data kemiskinan Jembrana tahun 2024.");
  got = api_->wait_for(3, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 3u) << daemon_log();
  EXPECT_EQ(count_when("SELECT count(*) FROM outbox WHERE state = 'failed'", 1), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'whatsapp_failed' AND detail LIKE '%131047%'"), 1)
      << daemon_log();
  // The officer hears that the requester was not reached, by mail, as for a bounce.
  const auto told = stack_->wait_for_received(1, std::chrono::seconds(20));
  ASSERT_EQ(told.size(), 1u) << daemon_log();
  EXPECT_EQ(told[0].rcpt_to, std::vector<std::string>{"made@example.test"});
  EXPECT_NE(told[0].message.find("131047"), std::string::npos) << told[0].message;
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

// The service standard's whole chat: the requester introduces themself and asks, gets the ticket
// number and due date; the officer answers with pstq reply --attach (the text, then the file as a
// document uploaded to the API) and closes (the closing message carries the signed rating link);
// the requester answers with a number, which is their rating.
TEST_F(WhatsAppWebhookTest, AWholeChatFromRequestToRating) {
  start_background();
  const std::string who = "6281234567890";
  say(who, "wamid.C1",
      "Selamat pagi, saya Putu Ayu dari Universitas Pendidikan Ganesha. Saya ingin meminta data IPM Kabupaten "
      "Jembrana tahun 2024.");
  ASSERT_EQ(api_->wait_for(1, std::chrono::seconds(20)).size(), 1u) << daemon_log();
  std::string number;
  {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets");
    ASSERT_TRUE(s.step());
    number = s.text(0);
  }
  std::string out;
  ASSERT_EQ(run_pstq(PSTQ_BINARY, fmt::format("list --all --json"), "", out), 0) << out;
  const auto listed = nlohmann::json::parse(out, nullptr, false);
  ASSERT_TRUE(listed.is_array() && listed.size() == 1) << out;
  EXPECT_EQ(listed[0]["channel"], "whatsapp") << out;
  const fs::path table = stack_->dir() / "IPM Jembrana 2024.csv";
  const std::string table_bytes = "kecamatan;ipm\nNegara;75,1\nMelaya;71,9\n";
  std::ofstream(table, std::ios::binary) << table_bytes;
  ASSERT_EQ(run_pstq(PSTQ_BINARY,
                     fmt::format("reply {} --as made -m 'IPM Jembrana 2024: 73,45 (BPS).' --attach '{}'", number,
                                 table.string()),
                     "", out),
            0)
      << out;
  auto got = api_->wait_for(4, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 4u) << daemon_log();
  EXPECT_EQ(text_of(got[1]), "IPM Jembrana 2024: 73,45 (BPS).");
  EXPECT_EQ(to_of(got[1]), who);
  // The attachment: uploaded (multipart, the file's bytes) and then sent as a document.
  EXPECT_EQ(got[2].path, std::string("/v21.0/") + kPhoneNumberId + "/media");
  EXPECT_NE(got[2].body.find(table_bytes), std::string::npos);
  EXPECT_EQ(got[2].authorization, std::string("Bearer ") + kAccessToken);
  const auto document = nlohmann::json::parse(got[3].body, nullptr, false);
  EXPECT_EQ(document["type"], "document") << got[3].body;
  EXPECT_EQ(document["document"]["filename"], "IPM Jembrana 2024.csv");
  EXPECT_EQ(document["document"]["id"].get<std::string>().rfind("MEDIA", 0), 0u) << got[3].body;
  EXPECT_EQ(document["to"], who);
  ASSERT_EQ(run_pstq(PSTQ_BINARY, fmt::format("close {} --as made", number), "", out), 0) << out;
  got = api_->wait_for(5, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 5u) << daemon_log();
  EXPECT_NE(text_of(got[4]).find(fmt::format("http://{}:{}/r/", host_, port_)), std::string::npos) << text_of(got[4]);
  say(who, "wamid.C2", "5");
  EXPECT_EQ(count_when("SELECT count(*) FROM ratings", 1), 1) << daemon_log();
  EXPECT_EQ(count("SELECT overall FROM ratings"), 5) << daemon_log();
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1) << "a rating is no new request";
  // pstq ratings and pstq report split by channel.
  ASSERT_EQ(run_pstq(PSTQ_BINARY, "ratings --json", "", out), 0) << out;
  const auto ratings = nlohmann::json::parse(out, nullptr, false);
  ASSERT_TRUE(ratings.is_object()) << out;
  EXPECT_EQ(ratings["by_channel"]["whatsapp"]["count"], 1) << out;
  EXPECT_EQ(ratings["by_channel"]["email"]["count"], 0) << out;
  EXPECT_EQ(ratings["ratings"][0]["channel"], "whatsapp") << out;
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

// Outside the 24-hour window a free-form reply may not go: the approved template goes, and the
// reply waits in the outbox until the requester answers, then goes.
TEST_F(WhatsAppWebhookTest, OutsideTheWindowTheTemplateGoesAndTheReplyWaitsForTheAnswer) {
  start_background();
  const std::string who = "6281234567890";
  say(who, "wamid.W1",
      "Selamat pagi, saya Putu Ayu dari Universitas Pendidikan Ganesha. Saya ingin meminta data IPM Kabupaten "
      "Jembrana tahun 2024.");
  ASSERT_EQ(api_->wait_for(1, std::chrono::seconds(20)).size(), 1u) << daemon_log();
  {
    auto d = db();
    d->exec("UPDATE whatsapp_conversations SET last_inbound = last_inbound - 2 * 86400");  // two days of silence
  }
  std::string number, out;
  {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets");
    ASSERT_TRUE(s.step());
    number = s.text(0);
  }
  ASSERT_EQ(run_pstq(PSTQ_BINARY, fmt::format("reply {} --as made -m 'Data IPM terlampir di tautan BPS.'", number), "",
                     out),
            0)
      << out;
  EXPECT_NE(out.find("this reply goes when they answer"), std::string::npos) << out;  // the officer is told
  auto got = api_->wait_for(2, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 2u) << daemon_log();
  const auto tmpl = nlohmann::json::parse(got[1].body);
  EXPECT_EQ(tmpl["type"], "template");
  EXPECT_EQ(tmpl["template"]["name"], "pst_lanjutan");
  std::this_thread::sleep_for(std::chrono::seconds(2));
  EXPECT_EQ(api_->requests().size(), 2u) << "the reply itself waits";
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'replied' AND detail LIKE '%24-hour window%'"), 1);
  say(who, "wamid.W2", "Baik, terima kasih.");
  got = api_->wait_for(3, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 3u) << daemon_log();
  EXPECT_EQ(text_of(got[2]), "Data IPM terlampir di tautan BPS.");
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

// Every verb works on both channels: pstq wait asks the requester on WhatsApp (the question
// template's text) and stops the clock; their answer restarts it and the officer is told by mail.
TEST_F(WhatsAppWebhookTest, TheOfficersQuestionGoesOnWhatsAppAndTheAnswerRestartsTheClock) {
  start_background();
  const std::string who = "6281234567890";
  say(who, "wamid.Q1",
      "Selamat pagi, saya Putu Ayu dari Universitas Pendidikan Ganesha. Saya ingin meminta data IPM Kabupaten "
      "Jembrana tahun 2024.");
  ASSERT_EQ(api_->wait_for(1, std::chrono::seconds(20)).size(), 1u) << daemon_log();
  std::string number, out;
  {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets");
    ASSERT_TRUE(s.step());
    number = s.text(0);
  }
  ASSERT_EQ(run_pstq(PSTQ_BINARY, fmt::format("wait {} --as made -m 'Untuk tingkat kabupaten atau kecamatan?'", number),
                     "", out),
            0)
      << out;
  auto got = api_->wait_for(2, std::chrono::seconds(20));
  ASSERT_EQ(got.size(), 2u) << daemon_log();
  EXPECT_NE(text_of(got[1]).find("Untuk tingkat kabupaten atau kecamatan?"), std::string::npos) << text_of(got[1]);
  EXPECT_EQ(to_of(got[1]), who);
  EXPECT_EQ(count("SELECT count(*) FROM tickets WHERE state = 'waiting' AND due IS NULL"), 1);
  EXPECT_TRUE(stack_->received().empty()) << "nothing for the requester went by mail";
  say(who, "wamid.Q2", "Per kecamatan, terima kasih.");
  EXPECT_EQ(count_when("SELECT count(*) FROM tickets WHERE state = 'open' AND due IS NOT NULL", 1), 1) << daemon_log();
  const auto mail = stack_->wait_for_received(1, std::chrono::seconds(20));
  ASSERT_EQ(mail.size(), 1u) << daemon_log();
  ASSERT_FALSE(mail[0].rcpt_to.empty());
  EXPECT_EQ(mail[0].rcpt_to.front(), "made@example.test") << "the officer is told by mail";
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

// kill -9 in the middle of a burst: what was answered 200 was stored and is acted on after the
// restart; what was not, Meta delivers again (done here), and retries change nothing. Every requester
// ends with exactly one ticket and its acknowledgement; a crash between the API's answer and the
// outbox commit may send one twice (the documented window), never more.
TEST_F(WhatsAppWebhookTest, KillNineDuringABurstLosesNothingAndOpensEachTicketOnce) {
  constexpr int kRequesters = 16;
  auto body_of = [](int i) {
    std::string body = text_delivery(fmt::format("wamid.BURST{}", i),
                                     fmt::format("Selamat pagi, saya Putu Ayu dari Universitas Udayana. Saya ingin "
                                                 "meminta data IPM Kabupaten Jembrana tahun 20{}.",
                                                 10 + i));
    const std::string original = "6281234567890", mine = fmt::format("62812000000{:02d}", i);
    for (std::size_t p = body.find(original); p != std::string::npos; p = body.find(original, p + 1))
      body.replace(p, original.size(), mine);
    return body;
  };
  start_background();
  HttpResult first;
  for (int i = 0; i < 300 && first.code == 0; ++i) {  // the listener is up
    first = http(url(fmt::format("?hub.mode=subscribe&hub.verify_token={}&hub.challenge=1", kVerifyToken)));
    if (first.code == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  std::vector<long> codes(kRequesters, 0);
  for (int i = 0; i < kRequesters; ++i) {
    const std::string b = body_of(i);
    codes[i] = deliver(b, whatsapp::webhook_signature(kAppSecret, b)).code;
    if (i == kRequesters / 2) ::kill(daemon_pid_, SIGKILL);  // mid-burst, mid-work
  }
  (void)stop_background(SIGKILL);
  start_background();
  // Meta delivers again whatever was not answered 200, and (as it may) some that were.
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < kRequesters; ++i) {
      if (codes[i] == 200 && round == 0) continue;
      const std::string b = body_of(i);
      HttpResult r;
      for (int k = 0; k < 300 && r.code != 200; ++k) {  // the restarted daemon's listener, on a loaded machine
        r = deliver(b, whatsapp::webhook_signature(kAppSecret, b));
        if (r.code != 200) std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      ASSERT_EQ(r.code, 200) << daemon_log();
    }
  for (int i = 0; i < 600; ++i) {  // every requester acknowledged and nothing left queued (or 60 s)
    std::set<std::string> to;
    for (const auto& r : api_->requests()) to.insert(to_of(r));
    if (to.size() >= static_cast<std::size_t>(kRequesters) && count("SELECT count(*) FROM outbox WHERE state = 'queued'") == 0)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), kRequesters) << daemon_log();
  EXPECT_EQ(count("SELECT count(DISTINCT requester_address) FROM tickets"), kRequesters);
  EXPECT_EQ(count("SELECT count(*) FROM whatsapp_webhooks WHERE state != 'processed'"), 0);
  std::map<std::string, int> acks;
  for (const auto& r : api_->requests()) ++acks[to_of(r)];
  EXPECT_EQ(acks.size(), static_cast<std::size_t>(kRequesters)) << daemon_log();
  for (const auto& [who, n] : acks) EXPECT_LE(n, 2) << who << " got " << n << " acknowledgements";
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

std::string slurp_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

// Media the requester sends (a letter as a PDF) are fetched from the Cloud API with the bearer and
// kept with their ticket, byte for byte; one over the size limit is refused and recorded.
TEST_F(WhatsAppWebhookTest, AMediumIsFetchedAndKeptWithTheTicket) {
  std::string pdf = "%PDF-1.4\n";
  for (int i = 0; i < 2000; ++i) pdf += static_cast<char>(i * 37 % 256);
  api_->add_media("1479537139650973", pdf, "application/pdf");
  start_background();
  const std::string who = "6281234567890";
  say(who, "wamid.M1",
      "Selamat pagi, saya Putu Ayu dari Universitas Udayana. Saya ingin meminta data IPM Kabupaten Jembrana tahun 2024, "
      "surat permohonan terlampir.");
  ASSERT_EQ(api_->wait_for(1, std::chrono::seconds(20)).size(), 1u) << daemon_log();
  std::string doc = fmt::format(
      R"({{"object":"whatsapp_business_account","entry":[{{"id":"1","changes":[{{"field":"messages","value":{{)"
      R"("messaging_product":"whatsapp","metadata":{{"display_phone_number":"6282122115101","phone_number_id":"{}"}},)"
      R"("messages":[{{"from":"{}","id":"wamid.M2","timestamp":"{}","type":"document","document":{{)"
      R"("id":"1479537139650973","mime_type":"application/pdf","filename":"Surat Permohonan.pdf"}}}}]}}}}]}}]}})",
      kPhoneNumberId, who, now_seconds_text());
  ASSERT_EQ(deliver(doc, whatsapp::webhook_signature(kAppSecret, doc)).code, 200);
  ASSERT_EQ(count_when("SELECT count(*) FROM whatsapp_media WHERE state = 'fetched'", 1), 1) << daemon_log();
  {
    auto d = db();
    Statement s = d->prepare("SELECT bytes, filename, ticket_id IS NOT NULL, mime_type FROM whatsapp_media");
    ASSERT_TRUE(s.step()) << daemon_log();
    EXPECT_EQ(s.text(0), pdf);
    EXPECT_EQ(s.text(1), "Surat Permohonan.pdf");
    EXPECT_EQ(s.int64(2), 1);
    EXPECT_EQ(s.text(3), "application/pdf");
  }
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'whatsapp_media'"), 1);
  // The officer finds it in pstq show and saves it with pstq attachment, as a mail's attachment.
  std::string number, out;
  {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets");
    ASSERT_TRUE(s.step());
    number = s.text(0);
  }
  ASSERT_EQ(run_pstq(PSTQ_BINARY, "show " + number + " --json", "", out), 0) << out;
  const auto shown = nlohmann::json::parse(out, nullptr, false);
  std::string id;
  for (const auto& e : shown["thread"])
    for (const auto& a : e["attachments"])
      if (a["filename"] == "Surat Permohonan.pdf") id = a["id"].get<std::string>();
  ASSERT_FALSE(id.empty()) << out;
  const fs::path saved = stack_->dir() / "surat.pdf";
  ASSERT_EQ(run_pstq(PSTQ_BINARY, fmt::format("attachment {} {} -o {}", number, id, saved.string()), "", out), 0) << out;
  EXPECT_EQ(slurp_file(saved.string()), pdf);
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();

  // Over limits.max_message_bytes: refused (announced size), recorded on the ticket, nothing kept.
  std::string config = slurp_file(config_path());
  config += "limits: {max_message_bytes: 1024}\n";
  std::ofstream(config_path(), std::ios::trunc) << config;
  api_->add_media("2222222222", std::string(5000, 'x'), "image/jpeg");
  start_background();
  std::string image = doc;
  image.replace(image.find("wamid.M2"), 8, "wamid.M3");
  image.replace(image.find("1479537139650973"), 16, "2222222222");
  HttpResult r;
  for (int i = 0; i < 300 && r.code == 0; ++i) {  // the listener comes up with the daemon
    r = deliver(image, whatsapp::webhook_signature(kAppSecret, image));
    if (r.code == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_EQ(r.code, 200) << daemon_log();
  ASSERT_EQ(count_when("SELECT count(*) FROM whatsapp_media WHERE state = 'failed'", 1), 1) << daemon_log();
  EXPECT_EQ(count("SELECT count(*) FROM whatsapp_media WHERE state = 'failed' AND bytes IS NULL AND error LIKE '%over the limit%'"),
            1) << daemon_log();
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'whatsapp_media_failed'"), 1);
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

}  // namespace
}  // namespace pst::test
