// message_builder_test.cc: whole messages: CRLF only, no line over 998 octets, no line starting
// with '.', threading headers, quoted-printable / base64 bodies decoding back to the text,
// attachments round-tripping through base64 with RFC 2231 names, boundaries, and injection attempts
// through every field of OutgoingMail.
#include "compose/message_builder.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "compose/header_encoding.h"

namespace pst {
namespace {

using namespace std::chrono;

OutgoingMail sample() {
  OutgoingMail m;
  m.from = {"bps5101@bps.go.id", "PST BPS Kabupaten Jembrana"};
  m.to = {{"ayu@example.org", "Ni Luh Ayú"}};
  m.subject = "[PST-2026-00042] Permintaan diterima: Data PDRB";
  m.message_id = "pstmail.PST-2026-00042.0123456789abcdef@bps.go.id";
  m.in_reply_to = "CAF=abc123@mail.example.org";
  m.references = {"first@mail.example.org", "CAF=abc123@mail.example.org"};
  m.date = sys_days{2026y / November / 27} + 1h + 15min;
  m.zone_offset_minutes = 480;
  m.auto_submitted = "auto-replied";
  m.text_body = "Yth. Bapak/Ibu,\n\nTerima kasih.\n";
  return m;
}

struct Parsed {
  std::map<std::string, std::string> headers;  // lower-case name -> unfolded value (first)
  std::string body;
};

Parsed split(const std::string& msg) {
  Parsed p;
  const auto end = msg.find("\r\n\r\n");
  EXPECT_NE(end, std::string::npos);
  const auto unfolded = unfold(msg.substr(0, end));
  std::size_t pos = 0;
  while (pos < unfolded.size()) {
    auto eol = unfolded.find("\r\n", pos);
    if (eol == std::string::npos) eol = unfolded.size();
    const auto line = unfolded.substr(pos, eol - pos);
    const auto colon = line.find(':');
    std::string name = line.substr(0, colon);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto value = line.substr(colon + 1);
    if (!value.empty() && value[0] == ' ') value.erase(0, 1);
    // mimetic folds a part's Content-* field at "; " with CRLF TAB: after unfolding, ";\t" is "; ".
    for (std::size_t t = value.find(";\t"); t != std::string::npos; t = value.find(";\t", t)) value[t + 1] = ' ';
    p.headers.emplace(name, value);
    pos = eol + 2;
  }
  p.body = msg.substr(end + 4);
  return p;
}

std::string qp_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '=' && s.compare(i + 1, 2, "\r\n") == 0) {
      i += 2;
    } else if (s[i] == '=') {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string b64_decode(const std::string& s) {
  static const std::string a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (char c : s) {
    if (c == '=') break;
    const auto v = a.find(c);
    if (v == std::string::npos) continue;  // CRLF
    acc = (acc << 6) | unsigned(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

void expect_wire_clean(const std::string& msg) {
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < msg.size(); ++i) {
    if (msg[i] == '\n') {
      ASSERT_GT(i, 0u);
      ASSERT_EQ(msg[i - 1], '\r') << "bare LF at byte " << i;
      EXPECT_LE(i - 1 - line_start, 998u) << "long line at byte " << line_start;
      EXPECT_NE(msg[line_start], '.') << "line starts with '.' at byte " << line_start;
      line_start = i + 1;
    } else if (msg[i] == '\r') {
      ASSERT_LT(i + 1, msg.size());
      ASSERT_EQ(msg[i + 1], '\n') << "bare CR at byte " << i;
    }
    ASSERT_LT(static_cast<unsigned char>(msg[i]), 0x80) << "8-bit byte at " << i;
    ASSERT_NE(msg[i], '\0');
  }
  EXPECT_EQ(line_start, msg.size()) << "message must end in CRLF";
}

TEST(BuildMessage, ExactSimpleMessage) {
  const auto msg = build_message(sample());
  EXPECT_EQ(msg,
            "Date: Fri, 27 Nov 2026 09:15:00 +0800\r\n"
            "From: \"PST BPS Kabupaten Jembrana\" <bps5101@bps.go.id>\r\n"
            "To: =?UTF-8?Q?Ni_Luh_Ay=C3=BA?= <ayu@example.org>\r\n"
            "Subject: [PST-2026-00042] Permintaan diterima: Data PDRB\r\n"
            "Message-ID: <pstmail.PST-2026-00042.0123456789abcdef@bps.go.id>\r\n"
            "In-Reply-To: <CAF=abc123@mail.example.org>\r\n"
            "References: <first@mail.example.org> <CAF=abc123@mail.example.org>\r\n"
            "Auto-Submitted: auto-replied\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Yth. Bapak/Ibu,\r\n"
            "\r\n"
            "Terima kasih.\r\n");
}

TEST(BuildMessage, ThreadingAndOptionalHeaders) {
  auto m = sample();
  m.cc = {{"made@example", "I Made Sudarma"}};
  m.reply_to = Address{"bps5101@bps.go.id", ""};
  m.extra_headers = {{"X-PST-Ticket", "PST-2026-00042"}, {"X-Auto-Response-Suppress", "All"}};
  const auto p = split(build_message(m));
  EXPECT_EQ(p.headers.at("message-id"), "<pstmail.PST-2026-00042.0123456789abcdef@bps.go.id>");
  EXPECT_EQ(p.headers.at("in-reply-to"), "<CAF=abc123@mail.example.org>");
  EXPECT_EQ(p.headers.at("references"), "<first@mail.example.org> <CAF=abc123@mail.example.org>");
  EXPECT_EQ(p.headers.at("auto-submitted"), "auto-replied");
  EXPECT_EQ(p.headers.at("cc"), "\"I Made Sudarma\" <made@example>");
  EXPECT_EQ(p.headers.at("reply-to"), "bps5101@bps.go.id");
  EXPECT_EQ(p.headers.at("x-pst-ticket"), "PST-2026-00042");
  EXPECT_EQ(p.headers.count("bcc"), 0u);
  m.in_reply_to.clear();
  m.references.clear();
  m.auto_submitted.reset();
  const auto q = split(build_message(m));
  EXPECT_EQ(q.headers.count("in-reply-to"), 0u);
  EXPECT_EQ(q.headers.count("references"), 0u);
  EXPECT_EQ(q.headers.count("auto-submitted"), 0u);
}

TEST(BuildMessage, ManyReferencesFold) {
  auto m = sample();
  m.references.clear();
  for (int i = 0; i < 30; ++i) m.references.push_back("message-" + std::to_string(i) + "@mail.example.org");
  const auto msg = build_message(m);
  expect_wire_clean(msg);
  const auto refs = split(msg).headers.at("references");
  EXPECT_EQ(refs.substr(0, 50), "<message-0@mail.example.org> <message-1@mail.examp");
}

TEST(BuildMessage, NonAsciiSubjectAndNames) {
  auto m = sample();
  m.subject = "[PST-2026-00042] Permohonan data Désa Pengambengan 🙏 " + std::string(80, 'x');
  m.from.name = "PST BPS Kabupaten Jembrana – Bali";
  const auto msg = build_message(m);
  expect_wire_clean(msg);
  const auto p = split(msg);
  EXPECT_EQ(decode_words(p.headers.at("subject")), m.subject);
  EXPECT_EQ(decode_words(p.headers.at("from")), "PST BPS Kabupaten Jembrana – Bali <bps5101@bps.go.id>");
  // header lines fold at 78
  const auto head = msg.substr(0, msg.find("\r\n\r\n") + 2);
  std::size_t pos = 0, eol;
  while ((eol = head.find("\r\n", pos)) != std::string::npos) {
    EXPECT_LE(eol - pos, 78u) << head.substr(pos, eol - pos);
    pos = eol + 2;
  }
}

struct BodyCase {
  const char* label;
  std::string text;
  const char* cte;
};

class BodyEncoding : public ::testing::TestWithParam<BodyCase> {};

TEST_P(BodyEncoding, DecodesBackToCrlfText) {
  auto m = sample();
  m.text_body = GetParam().text;
  const auto msg = build_message(m);
  expect_wire_clean(msg);
  const auto p = split(msg);
  EXPECT_EQ(p.headers.at("content-transfer-encoding"), GetParam().cte);
  const auto decoded = std::string(GetParam().cte) == "base64" ? b64_decode(p.body) : qp_decode(p.body);
  auto expected = normalize_crlf(GetParam().text);
  if (expected.size() < 2 || expected.substr(expected.size() - 2) != "\r\n") expected += "\r\n";
  EXPECT_EQ(decoded, expected);
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, BodyEncoding,
    ::testing::Values(
        BodyCase{"ascii", "Terima kasih.\nSalam.\n", "quoted-printable"},
        BodyCase{"no_final_newline", "Terima kasih.", "quoted-printable"},
        BodyCase{"mixed_line_endings", "a\r\nb\rc\nd\r\n", "quoted-printable"},
        BodyCase{"indonesian_diacritics", "Désa Pengambengan, Négara — Bali\n", "quoted-printable"},
        BodyCase{"leading_dots", ".\n..\n.hidden\nend\n.\n", "quoted-printable"},
        BodyCase{"smtp_terminator", "before\r\n.\r\nMAIL FROM:<x@y>\r\n", "quoted-printable"},
        BodyCase{"from_line", "From the office\nFrom: not a header\n", "quoted-printable"},
        BodyCase{"trailing_space", "space at end \ntab at end\t\n", "quoted-printable"},
        BodyCase{"equals", "a=b =?UTF-8?Q?x?= 100%\n", "quoted-printable"},
        BodyCase{"long_line", std::string(5000, 'a') + "\n" + std::string(3000, '.') + "\n", "quoted-printable"},
        BodyCase{"long_utf8_line", [] {
                   std::string s;
                   for (int i = 0; i < 700; ++i) s += "é🙏";
                   return s + "\n";
                 }(), "base64"},
        BodyCase{"balinese", "ᬲ᭄ᬯᬲ᭄ᬢ᭄ᬬᬲ᭄ᬢᬸ ᬲᬸᬦ᭄ᬤᬭ\n", "base64"},
        BodyCase{"controls", std::string("nul\0 and \x1b escape\n", 19), "base64"},
        BodyCase{"empty", "", "quoted-printable"}),
    [](const auto& info) { return std::string(info.param.label); });

TEST(BuildMessage, QuotedPrintableLinesAreShortAndDotsEncoded) {
  const auto qp = encode_quoted_printable(normalize_crlf(std::string(200, '.') + "\n" + "x" + std::string(100, ' ') + "\n"));
  std::size_t pos = 0, eol;
  while ((eol = qp.find("\r\n", pos)) != std::string::npos) {
    EXPECT_LE(eol - pos, 76u);
    EXPECT_NE(qp[pos], '.');
    pos = eol + 2;
  }
  EXPECT_EQ(encode_quoted_printable(".\r\n"), "=2E\r\n");
  EXPECT_EQ(encode_quoted_printable("From here\r\n"), "=46rom here\r\n");
  EXPECT_EQ(encode_quoted_printable("end \r\n"), "end=20\r\n");
  EXPECT_EQ(encode_quoted_printable("é\r\n"), "=C3=A9\r\n");
}

TEST(BuildMessage, AttachmentsRoundTrip) {
  auto m = sample();
  std::string binary;
  for (int i = 0; i < 5000; ++i) binary += static_cast<char>((i * 7919) & 0xff);
  binary += "\r\n.\r\n--=_pst_ not a boundary";
  m.attachments = {
      {"Tabel PDRB 2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", binary},
      {"Penduduk Désa Négara – Jembrana 2025 (kecamatan, jenis kelamin, umur).pdf", "Application/PDF", "%PDF-1.7\n"},
      {"../../etc/passwd", "", "x"},
      {"", "text/csv", "a,b\n1,2\n"},
      {"🙏.txt", "text/plain", ""},
  };
  const auto msg = build_message(m);
  expect_wire_clean(msg);
  const auto top = split(msg);
  const auto ct = top.headers.at("content-type");
  ASSERT_EQ(ct.rfind("multipart/mixed; boundary=\"", 0), 0u) << ct;
  const auto boundary = ct.substr(27, ct.size() - 28);
  EXPECT_EQ(boundary.rfind("=_pst_", 0), 0u);
  // Split parts.
  std::vector<std::string> parts;
  const std::string delim = "\r\n--" + boundary;
  auto pos = top.body.find(delim);
  ASSERT_NE(pos, std::string::npos);
  for (;;) {
    const auto start = top.body.find("\r\n", pos + delim.size()) + 2;
    if (top.body.compare(pos + delim.size(), 2, "--") == 0) break;
    const auto next = top.body.find(delim, start);
    ASSERT_NE(next, std::string::npos);
    parts.push_back(top.body.substr(start, next - start));
    pos = next;
  }
  ASSERT_EQ(parts.size(), 6u);
  // The boundary occurs nowhere inside a part.
  for (const auto& p : parts) EXPECT_EQ(p.find(boundary), std::string::npos);
  const auto text = split(parts[0]);
  EXPECT_EQ(qp_decode(text.body), "Yth. Bapak/Ibu,\r\n\r\nTerima kasih.\r\n");
  const auto a0 = split(parts[1]);
  EXPECT_EQ(a0.headers.at("content-type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"Tabel PDRB 2025.xlsx\"");
  EXPECT_EQ(a0.headers.at("content-disposition"), "attachment; filename=\"Tabel PDRB 2025.xlsx\"");
  EXPECT_EQ(a0.headers.at("content-transfer-encoding"), "base64");
  EXPECT_EQ(b64_decode(a0.body), binary);
  const auto a1 = split(parts[2]);
  // A name that is not plain short ASCII is written only in RFC 2231 form, in both fields.
  const auto type1 = a1.headers.at("content-type");
  EXPECT_EQ(type1.rfind("application/pdf; name*0*=utf-8''Penduduk%20D%C3%A9sa%20N%C3%A9gara%20%E2%80%93", 0), 0u)
      << type1;
  const auto disp = a1.headers.at("content-disposition");
  EXPECT_NE(disp.find("filename*0*=utf-8''Penduduk%20D%C3%A9sa%20N%C3%A9gara%20%E2%80%93"), std::string::npos) << disp;
  EXPECT_NE(disp.find("filename*1*="), std::string::npos) << disp;
  EXPECT_EQ(disp.find("filename="), std::string::npos) << "no RFC 2047 fallback beside it: " << disp;
  EXPECT_EQ(disp.find("=?"), std::string::npos) << disp;
  EXPECT_EQ(b64_decode(a1.body), "%PDF-1.7\n");
  const auto a2 = split(parts[3]);
  EXPECT_EQ(a2.headers.at("content-disposition"), "attachment; filename=\"passwd\"");
  EXPECT_EQ(a2.headers.at("content-type"), "application/octet-stream; name=\"passwd\"");
  const auto a3 = split(parts[4]);
  EXPECT_EQ(a3.headers.at("content-disposition"), "attachment; filename=\"attachment\"");
  const auto a4 = split(parts[5]);
  EXPECT_EQ(a4.headers.at("content-disposition"), "attachment; filename*=utf-8''%F0%9F%99%8F.txt");
  EXPECT_EQ(a4.headers.at("content-type"), "text/plain; name*=utf-8''%F0%9F%99%8F.txt");
  EXPECT_EQ(b64_decode(a4.body), "");
}

TEST(BuildMessage, FixedBoundaryAndBoundaryCollision) {
  auto m = sample();
  m.attachments = {{"a.txt", "text/plain", "hello"}};
  m.boundary = "fixed-boundary-1";
  const auto msg = build_message(m);
  EXPECT_NE(msg.find("Content-Type: multipart/mixed; boundary=\"fixed-boundary-1\"\r\n"), std::string::npos);
  EXPECT_NE(msg.find("\r\n--fixed-boundary-1--\r\n"), std::string::npos);
  m.text_body = "text with fixed-boundary-1 inside\n";
  try {
    (void)build_message(m);
    FAIL() << "expected ComposeError";
  } catch (const ComposeError& e) {
    EXPECT_STREQ(e.what(), "boundary: occurs in the content");
  }
  m.boundary = "bad boundary\r\n";
  EXPECT_THROW((void)build_message(m), ComposeError);
}

TEST(BuildMessage, RandomBoundariesDiffer) {
  auto m = sample();
  m.attachments = {{"a.txt", "text/plain", "hello"}};
  EXPECT_NE(build_message(m), build_message(m));
}

// ---- injection through every field ----

struct InjectionCase {
  const char* label;
  void (*mutate)(OutgoingMail&);
  const char* error;
};

class Injection : public ::testing::TestWithParam<InjectionCase> {};

TEST_P(Injection, IsRejectedWithTheFieldNamed) {
  auto m = sample();
  GetParam().mutate(m);
  try {
    const auto msg = build_message(m);
    FAIL() << "built:\n" << msg;
  } catch (const ComposeError& e) {
    EXPECT_STREQ(e.what(), GetParam().error);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fields, Injection,
    ::testing::Values(
        InjectionCase{"subject_crlf", [](OutgoingMail& m) { m.subject = "Hi\r\nBcc: victim@example.org"; },
                      "Subject: contains CR (0x0D) at byte 2"},
        InjectionCase{"subject_lf", [](OutgoingMail& m) { m.subject = "Hi\nBcc: victim@example.org"; },
                      "Subject: contains LF (0x0A) at byte 2"},
        InjectionCase{"subject_nul", [](OutgoingMail& m) { m.subject = std::string("Hi\0x", 4); },
                      "Subject: contains NUL (0x00) at byte 2"},
        InjectionCase{"subject_encoded_crlf", [](OutgoingMail& m) { m.subject = "=?UTF-8?Q?a=0D=0ABcc:x?="; },
                      "Subject: decodes to CR (0x0D) in an encoded word"},
        InjectionCase{"subject_bad_utf8", [](OutgoingMail& m) { m.subject = "\xff"; },
                      "Subject: invalid UTF-8 at byte 0"},
        InjectionCase{"to_name_crlf", [](OutgoingMail& m) { m.to[0].name = "Ayu\r\nBcc: victim@example.org"; },
                      "To[0]: display name: contains CR (0x0D) at byte 3"},
        InjectionCase{"to_name_encoded", [](OutgoingMail& m) { m.to[0].name = "=?UTF-8?Q?a=0D=0ABcc:x?="; },
                      "To[0]: display name: decodes to CR (0x0D) in an encoded word"},
        InjectionCase{"to_address_crlf",
                      [](OutgoingMail& m) { m.to.push_back({"b@example.org\r\nRCPT TO:<victim@x>", ""}); },
                      "To[1]: address \"b@example.org RCPT TO:<victim@x>\": contains CR (0x0D) at byte 13"},
        InjectionCase{"to_address_angle", [](OutgoingMail& m) { m.to[0].address = "a@example.org>, <victim@x"; },
                      "To[0]: address \"a@example.org>, <victim@x\": character '@' not allowed in local part"},
        InjectionCase{"no_recipient", [](OutgoingMail& m) { m.to.clear(); }, "To: no recipient"},
        InjectionCase{"cc_lf", [](OutgoingMail& m) { m.cc = {{"c@example.org", "C\nX: y"}}; },
                      "Cc[0]: display name: contains LF (0x0A) at byte 1"},
        InjectionCase{"from_nul", [](OutgoingMail& m) { m.from.address = std::string("a\0@b.example", 12); },
                      "From: address \"a @b.example\": contains NUL (0x00) at byte 1"},
        InjectionCase{"reply_to_crlf", [](OutgoingMail& m) { m.reply_to = Address{"r@example.org", "R\r\n"}; },
                      "Reply-To: display name: contains CR (0x0D) at byte 1"},
        InjectionCase{"message_id_crlf", [](OutgoingMail& m) { m.message_id = "a@b>\r\nBcc: x@y"; },
                      "Message-ID: \"a@b> Bcc: x@y\" is not a valid msg-id (printable ASCII, no spaces, '<', '>' or '\"')"},
        InjectionCase{"message_id_no_at", [](OutgoingMail& m) { m.message_id = "abc"; }, "Message-ID: has no '@'"},
        InjectionCase{"in_reply_to_lf", [](OutgoingMail& m) { m.in_reply_to = "x@y\nBcc: z@w"; },
                      "In-Reply-To: \"x@y Bcc: z@w\" is not a valid msg-id (printable ASCII, no spaces, '<', '>' or '\"')"},
        InjectionCase{"references_nul", [](OutgoingMail& m) { m.references.push_back(std::string("a\0@b", 4)); },
                      "References[2]: \"a @b\" is not a valid msg-id (printable ASCII, no spaces, '<', '>' or '\"')"},
        InjectionCase{"auto_submitted", [](OutgoingMail& m) { m.auto_submitted = "auto-replied\r\nBcc: x@y"; },
                      "Auto-Submitted: \"auto-replied Bcc: x@y\" is not one of auto-replied, auto-generated, "
                      "auto-notified, no"},
        InjectionCase{"extra_value_crlf", [](OutgoingMail& m) { m.extra_headers = {{"X-PST", "a\r\nBcc: x@y"}}; },
                      "extra header 0 (X-PST): contains CR (0x0D) at byte 1"},
        InjectionCase{"extra_value_encoded", [](OutgoingMail& m) { m.extra_headers = {{"X-PST", "=?UTF-8?B?YQ0KQmNjOiB4?="}}; },
                      "extra header 0 (X-PST): decodes to CR (0x0D) in an encoded word"},
        InjectionCase{"extra_name_crlf", [](OutgoingMail& m) { m.extra_headers = {{"X-A\r\nBcc", "x"}}; },
                      "extra header 0: invalid header name \"X-A Bcc\""},
        InjectionCase{"extra_bcc", [](OutgoingMail& m) { m.extra_headers = {{"Bcc", "x@y.example"}}; },
                      "extra header 0: Bcc is built by the composer and may not be set"},
        InjectionCase{"extra_content_type", [](OutgoingMail& m) { m.extra_headers = {{"content-TYPE", "text/html"}}; },
                      "extra header 0: content-TYPE is built by the composer and may not be set"},
        InjectionCase{"attachment_name_crlf",
                      [](OutgoingMail& m) { m.attachments = {{"a\r\nContent-Type: text/html", "text/plain", "x"}}; },
                      "attachment 0: file name: contains CR (0x0D) at byte 1"},
        InjectionCase{"attachment_name_encoded",
                      [](OutgoingMail& m) { m.attachments = {{"=?UTF-8?Q?a=0A.txt?=", "text/plain", "x"}}; },
                      "attachment 0: file name: decodes to LF (0x0A) in an encoded word"},
        InjectionCase{"attachment_type",
                      [](OutgoingMail& m) { m.attachments = {{"a.txt", "text/plain\r\nX: y", "x"}}; },
                      "attachment 0: content type \"text/plain X: y\" has a character not allowed in a MIME token"},
        InjectionCase{"attachment_type_params",
                      [](OutgoingMail& m) { m.attachments = {{"a.txt", "text/plain; charset=x", "x"}}; },
                      "attachment 0: content type \"text/plain; charset=x\" has a character not allowed in a MIME token"},
        InjectionCase{"body_bad_utf8", [](OutgoingMail& m) { m.text_body = "ok\xC3"; },
                      "text body: invalid UTF-8 at byte 2"}),
    [](const auto& info) { return std::string(info.param.label); });

// Property: for random hostile subjects, names and file names, build_message() either refuses with
// ComposeError or produces a clean message; after sanitize_header_text() it never refuses.
TEST(BuildMessageProperty, HostileTextIsRefusedOrSafeAndSanitizedTextAlwaysBuilds) {
  const std::vector<std::string> atoms = {"a", "Désa", "🙏", "\r", "\n", "\r\n", std::string(1, '\0'), "=?", "?=",
                                          "=?UTF-8?Q?x=0D=0Ay?=", "=?UTF-8?B?DQo=?=", "\t", " ", "\"", "\\", "<",
                                          ">", ",", ";", "Bcc: x@y", "\xff", "\xC3", ".", "--", "=_pst_"};
  std::uint32_t seed = 777;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  auto random_text = [&] {
    std::string s;
    const int n = static_cast<int>(next() % 12);
    for (int i = 0; i < n; ++i) s += atoms[next() % atoms.size()];
    return s;
  };
  int refused = 0;
  for (int round = 0; round < 1500; ++round) {
    auto m = sample();
    m.subject = random_text();
    m.to[0].name = random_text();
    m.attachments = {{random_text(), "text/plain", random_text()}};
    try {
      expect_wire_clean(build_message(m));
    } catch (const ComposeError&) {
      ++refused;
    }
    m.subject = sanitize_header_text(m.subject);
    m.to[0].name = sanitize_header_text(m.to[0].name);
    m.attachments[0].filename = sanitize_header_text(m.attachments[0].filename);
    expect_wire_clean(build_message(m));  // must not throw
  }
  EXPECT_GT(refused, 100);
}

TEST(UniqueToken, HexAndDistinct) {
  const auto a = make_unique_token();
  const auto b = make_unique_token();
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(make_unique_token(4).size(), 8u);
}

TEST(MessageId, Table) {
  EXPECT_TRUE(is_valid_message_id("pstmail.PST-2026-00042.ab@bps.go.id"));
  EXPECT_TRUE(is_valid_message_id("CAF=x+y/z@mail.gmail.com"));
  EXPECT_FALSE(is_valid_message_id(""));
  EXPECT_FALSE(is_valid_message_id("<a@b>"));
  EXPECT_FALSE(is_valid_message_id("a b@c"));
  EXPECT_FALSE(is_valid_message_id("a\"b@c"));
  EXPECT_FALSE(is_valid_message_id("é@c"));
  EXPECT_FALSE(is_valid_message_id(std::string(251, 'a')));
}

}  // namespace
}  // namespace pst
