// mime_robustness_test.cc: hostile and broken input must finish quickly, not crash, stay within
// memory, and be flagged (SECURITY: see parsers/mime_limits.h). Each case also runs extract_part on
// every listed part. Time bounds are generous (CI machines are slow); the point is "linear, not
// quadratic or exponential".
#include <gtest/gtest.h>

#include <chrono>

#include "parsers/mime_decode.h"

namespace pst {
namespace {

struct Timed {
  DecodedMail mail;
  double seconds;
};

Timed timed_decode(const std::string& raw, const MimeLimits& lim = MimeLimits{}) {
  const auto t0 = std::chrono::steady_clock::now();
  DecodedMail m = decode_mail(raw, lim);
  for (const auto& a : m.attachments) (void)extract_part(raw, a.part_id, lim);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return {std::move(m), s};
}

std::string nested_multiparts(int depth) {
  std::string open, close;
  open.reserve(static_cast<std::size_t>(depth) * 60);
  for (int i = 0; i < depth; ++i) {
    open += "Content-Type: multipart/mixed; boundary=b" + std::to_string(i) + "\n\n--b" +
            std::to_string(i) + "\n";
  }
  open += "Content-Type: text/plain\n\ndeep\n";
  for (int i = depth - 1; i >= 0; --i) close += "--b" + std::to_string(i) + "--\n";
  return open + close;
}

TEST(Robustness, HundredThousandDeepNesting) {
  const Timed t = timed_decode(nested_multiparts(100000));
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::too_deep));
  EXPECT_LT(t.seconds, 5.0);
}

TEST(Robustness, DeepForwardsNesting) {
  std::string raw;
  for (int i = 0; i < 100000; ++i) raw += "Content-Type: message/rfc822\n\n";
  raw += "Subject: inner\n\nx\n";
  const Timed t = timed_decode(raw);
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::too_deep));
  EXPECT_LT(t.seconds, 5.0);
}

TEST(Robustness, NestingWithinLimitIsDecoded) {
  const Timed t = timed_decode(nested_multiparts(40));
  EXPECT_EQ(t.mail.text, "deep");
  EXPECT_TRUE(t.mail.problems.empty());
}

TEST(Robustness, HundredThousandParts) {
  std::string raw = "Content-Type: multipart/mixed; boundary=b\n\n";
  for (int i = 0; i < 100000; ++i) raw += "--b\nContent-Type: application/octet-stream\n\nx\n";
  raw += "--b--\n";
  const Timed t = timed_decode(raw);
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::too_many_parts));
  EXPECT_EQ(t.mail.attachments.size(), 500u);
  EXPECT_LT(t.seconds, 5.0);
}

TEST(Robustness, TenMegabyteHeaderLine) {
  std::string raw = "Subject: " + std::string(10 * 1024 * 1024, 'a') + "\nTo: " +
                    std::string(1024 * 1024, ',') + "\nFrom: a@b.id\n\nIsi\n";
  const Timed t = timed_decode(raw);
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::header_line_too_long));
  EXPECT_EQ(t.mail.subject.size(), 64u * 1024u - 1);  // cut at 64 KiB, the leading space trimmed
  EXPECT_EQ(t.mail.text, "Isi");
  ASSERT_TRUE(t.mail.from.has_value());
  EXPECT_EQ(t.mail.from->address, "a@b.id");
  EXPECT_LT(t.seconds, 5.0);
}

TEST(Robustness, TenMegabyteFoldedHeader) {
  std::string raw = "Subject: x";
  for (int i = 0; i < 200000; ++i) raw += "\n =?UTF-8?B?YWJjZGVmZ2hpamtsbW5vcA==?=";
  raw += "\n\nIsi\n";
  const Timed t = timed_decode(raw);
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::header_line_too_long));
  EXPECT_LT(t.seconds, 5.0);
}

TEST(Robustness, TenThousandRfc2231Parameters) {
  std::string raw = "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nBody\n--b\n"
                    "Content-Type: application/pdf\nContent-Disposition: attachment";
  for (int i = 0; i < 10000; ++i) raw += ";\n filename*" + std::to_string(i) + "*=%41";
  raw += "\n\nPDF\n--b--\n";
  MimeLimits lim;
  lim.max_header_line = 1024 * 1024;  // let all of them through to the parameter parser
  const Timed t = timed_decode(raw, lim);
  ASSERT_EQ(t.mail.attachments.size(), 1u);
  EXPECT_EQ(t.mail.attachments[0].filename, std::string(10000, 'A'));
  EXPECT_LT(t.seconds, 5.0);
  const Timed capped = timed_decode(raw);  // default cap: cut, flagged, still listed
  EXPECT_TRUE(capped.mail.has_problem(DecodeProblem::header_line_too_long));
  EXPECT_EQ(capped.mail.attachments.size(), 1u);
}

TEST(Robustness, EncodedWordCandidatesStayLinear) {
  std::string raw = "Subject: ";
  for (int i = 0; i < 20000; ++i) raw += "=?a?q?x ";  // never closed: one scan, not 20,000
  raw += "?=\nX-Other: ";
  for (int i = 0; i < 20000; ++i) raw += "=?a?q?x";  // one close far away
  raw += "?=\n\nx\n";
  MimeLimits lim;
  lim.max_header_line = 1024 * 1024;
  const Timed t = timed_decode(raw, lim);
  EXPECT_LT(t.seconds, 2.0);
}

TEST(Robustness, NestedEncodedForwardsHaveAMemoryBudget) {
  // Each level is a quoted-printable message/rfc822 whose decoding barely shrinks it.
  std::string inner = "Subject: inti\n\n" + std::string(200000, 'x') + "\n";
  for (int i = 0; i < 40; ++i)
    inner = "Content-Type: message/rfc822\nContent-Transfer-Encoding: quoted-printable\n\n" + inner;
  MimeLimits lim;
  lim.max_message_bytes = 2 * 1024 * 1024;
  const Timed t = timed_decode(inner, lim);
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::too_large));
  EXPECT_LT(t.mail.forwarded.size(), 40u);
  EXPECT_LT(t.seconds, 5.0);
}

TEST(Robustness, TruncatedMail) {
  const std::string full =
      "From: a@b.id\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; "
      "charset=utf-8\nContent-Transfer-Encoding: base64\n\nSGFsbyBkdW5pYQ==\n--b\nContent-Type: "
      "application/pdf; name=\"a.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n";
  for (std::size_t n = 0; n <= full.size(); ++n) {  // every prefix
    const Timed t = timed_decode(full.substr(0, n));
    EXPECT_LT(t.seconds, 1.0);
  }
  const Timed t = timed_decode(full.substr(0, full.size() - 30));
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::malformed));
  EXPECT_EQ(t.mail.text, "Halo dunia");
}

TEST(Robustness, MissingBoundaries) {
  const Timed t = timed_decode(
      "Content-Type: multipart/mixed; boundary=nope\n\n--other\n\nText\n--other--\n");
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::malformed));
  EXPECT_NE(t.mail.text.find("Text"), std::string::npos);
}

TEST(Robustness, InvalidBase64Everywhere) {
  const Timed t = timed_decode(
      "Subject: =?UTF-8?B?!!!?=\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
      "Content-Transfer-Encoding: base64\n\nQUJD|REVG%%%\n--b\nContent-Type: image/png\n"
      "Content-Transfer-Encoding: base64\n\n|||||\n--b--\n");
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::bad_encoding));
  EXPECT_EQ(t.mail.text, "ABCDEF");
  ASSERT_EQ(t.mail.attachments.size(), 1u);
  EXPECT_EQ(t.mail.attachments[0].size, 0u);
}

TEST(Robustness, NulBytesEverywhere) {
  std::string raw("Subj\0ect: a\0b\nFrom: \0<a@b.id>\n\nx\0y\n", 34);
  const Timed t = timed_decode(raw);
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::malformed));
}

TEST(Robustness, UndisclosedRecipientsNoSemicolon) {
  const Timed t = timed_decode("To: undisclosed-recipients:\nCc: undisclosed-recipients:\n"
                               "From: undisclosed-recipients:\n\nx\n");
  EXPECT_TRUE(t.mail.to.empty());
  EXPECT_TRUE(t.mail.cc.empty());
  EXPECT_FALSE(t.mail.from.has_value());
}

TEST(Robustness, TooLargeKeepsHeadersOnly) {
  MimeLimits lim;
  lim.max_message_bytes = 1000;
  const std::string raw = "Subject: besar\nFrom: a@b.id\n\n" + std::string(5000, 'x');
  const Timed t = timed_decode(raw, lim);
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::too_large));
  EXPECT_EQ(t.mail.subject, "besar");
  EXPECT_TRUE(t.mail.text.empty());
  EXPECT_EQ(t.mail.raw_size, raw.size());
  EXPECT_FALSE(extract_part(raw, "1", lim).has_value());
}

TEST(Robustness, ManyTinyHeadersBounded) {
  std::string raw;
  for (int i = 0; i < 300000; ++i) raw += "X: y\n";
  raw += "\nbody\n";
  const Timed t = timed_decode(raw);
  EXPECT_LE(t.mail.headers.size(), 10000u);
  EXPECT_TRUE(t.mail.has_problem(DecodeProblem::malformed));
  EXPECT_EQ(t.mail.text, "body");
  EXPECT_LT(t.seconds, 5.0);
}

TEST(Robustness, HugeHtmlOfTags) {
  std::string raw = "Content-Type: text/html\n\n";
  for (int i = 0; i < 500000; ++i) raw += "<div><script>";
  const Timed t = timed_decode(raw);
  EXPECT_LT(t.seconds, 5.0);
}

TEST(Robustness, ExtractPartHostileIds) {
  const std::string raw = nested_multiparts(100);
  for (const char* id : {"", ".", "1.", ".1", "a", "-1", "99999999999999999999", "1.1.1.1.1.1.1.2",
                         "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1."
                         "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1"})
    EXPECT_FALSE(extract_part(raw, id, MimeLimits{}).has_value()) << id;
}

}  // namespace
}  // namespace pst
