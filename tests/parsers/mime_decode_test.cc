// mime_decode_test.cc: decode_mail() and extract_part() on structures (RFC 2045/2046 nesting,
// alternatives, forwards, RFC 3464 reports) and on realistic mails from Gmail, Outlook, Yahoo,
// iPhone, Android, Apple Mail and Thunderbird (tests/parsers/mime_samples/).
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string_view>
#include <vector>

#include "parsers/mime_decode.h"

namespace pst {
namespace {

std::string sample(const std::string& name) {
  std::ifstream f(std::string(PST_MIME_SAMPLES) + "/" + name, std::ios::binary);
  EXPECT_TRUE(f.good()) << name;
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

DecodedMail decode(std::string_view raw) { return decode_mail(raw, MimeLimits{}); }

// ---- realistic mails --------------------------------------------------------------------------

struct SampleCase {
  const char* file;
  const char* from;
  const char* from_name;
  const char* subject;
  const char* text_starts;  // the text starts with this
  const char* text_has;     // and contains this
  bool from_html;
  std::size_t attachments;
};

class Samples : public ::testing::TestWithParam<SampleCase> {};

TEST_P(Samples, Decode) {
  const SampleCase& c = GetParam();
  const std::string raw = sample(c.file);
  const DecodedMail m = decode(raw);
  ASSERT_TRUE(m.from.has_value());
  EXPECT_EQ(m.from->address, c.from);
  EXPECT_EQ(m.from->name, c.from_name);
  EXPECT_EQ(m.subject, c.subject);
  EXPECT_EQ(m.text.rfind(c.text_starts, 0), 0u) << m.text;
  EXPECT_NE(m.text.find(c.text_has), std::string::npos) << m.text;
  EXPECT_EQ(m.text_from_html, c.from_html);
  EXPECT_EQ(m.attachments.size(), c.attachments);
  EXPECT_TRUE(m.problems.empty()) << to_string(m.problems.front());
  EXPECT_EQ(m.raw_size, raw.size());
}

const SampleCase kSamples[] = {
    {"gmail_alternative_qp.eml", "budi.santoso@gmail.com", "Budi Santoso",
     "Permohonan data kemiskinan Kabupaten Bogor 2020\xE2\x80\x93" "2025", "Selamat pagi Bapak/Ibu",
     "Universitas Padjadjaran. Saya", false, 0},
    {"outlook_reply_latin1.eml", "Dewi.Sari@jabarprov.go.id", "Sari, Dewi",
     "RE: [PST-2026-00042] Data PDRB", "Terima kasih, Pak.", "kami terima \xE2\x82\xAC sesuai",
     false, 0},
    {"yahoo_html_only.eml", "rina_kusuma88@yahoo.co.id", "Rina Kusuma", "Tanya data IPM",
     "Yth. Petugas PST,\n\nSaya Rina", "2023 & 2024.\n- IPM\n- Harapan lama sekolah", true, 0},
    {"iphone_flowed.eml", "agus.prasetyo@icloud.com", "Agus Prasetyo", "Data luas panen",
     "Selamat siang", "Mohon data luas panen padi", false, 0},
    {"android_base64.eml", "dimas.anggoro@apps.ipb.ac.id", "Dimas Anggoro", "Tanya data penduduk",
     "Assalamualaikum, sy Dimas", "Dikirim dari Xiaomi saya", false, 0},
    {"gmail_attachments_rfc2231.eml", "hendra@apps.ipb.ac.id", "Prof. Dr. Hendra Wijaya",
     "Surat permohonan data", "Terlampir surat", "Institut Pertanian Bogor.", false, 3},
    {"apple_mixed_inline.eml", "nuraini@me.com", "Nur Aini", "Data ekspor dan foto tabel",
     "Berikut foto tabel", "\n\nApakah ada data yang sama untuk tahun 2025? Caf\xC3\xA9", false, 1},
    {"thunderbird_related_html.eml", "yoga@ui.ac.id", "Yoga",
     "Pertanyaan tentang data \xF0\x9F\x93\x8A", "Selamat siang,\n\nSaya Yoga \xE2\x80\x93 peneliti",
     "> Kutipan lama\n> baris dua", true, 1},
    {"outlook_forward_attachment.eml", "wahyu@bappeda.bogorkab.go.id", "Wahyu Hidayat",
     "FW: Permintaan data inflasi", "Mohon ditindaklanjuti", "di bawah ini.", false, 1},
    {"outlook_html_only_cp1252.eml", "dinkes@bogorkab.go.id",
     "Kepala Dinas Kesehatan \xE2\x80\x93 Kab. Bogor",
     "Permintaan data \xE2\x80\x9C" "Angka Kematian Bayi\xE2\x80\x9D", "Dengan hormat,\n\nKami dari",
     "tahun 2020\xE2\x80\x93" "2025.\n\nHormat kami,\ndr. Ratna Dewi, M.Kes", true, 0},
    {"yahoo_android_base64_html.eml", "putri.ayu@yahoo.com", "Putri Ayu",
     "Minta data UMK \xF0\x9F\x99\x8F", "Kak, sy Putri dr CV Maju Bersama.",
     "\n\nDikirim dari Yahoo Mail di Android", false, 0},
};

INSTANTIATE_TEST_SUITE_P(Mime, Samples, ::testing::ValuesIn(kSamples), [](const auto& info) {
  std::string n = info.param.file;
  return n.substr(0, n.find('.'));
});

TEST(Samples, OutlookReplyHeaders) {
  const DecodedMail m = decode(sample("outlook_reply_latin1.eml"));
  EXPECT_EQ(m.message_id, "SG2PR04MB1234A1B2C3D4E5F6@SG2PR04MB1234.apcprd04.prod.outlook.com");
  EXPECT_EQ(m.references,
            (std::vector<std::string>{"pst.2026.00042.1@bps.go.id", "pst.2026.00042.2@bps.go.id"}));
  EXPECT_EQ(m.in_reply_to, (std::vector<std::string>{"pst.2026.00042.2@bps.go.id"}));
  ASSERT_EQ(m.cc.size(), 2u);
  EXPECT_EQ(m.cc[0].name, "Andr\xC3\xA9 Wijaya");
  EXPECT_EQ(m.content_type, "multipart/alternative");
  ASSERT_NE(m.header("thread-topic"), nullptr);
  EXPECT_EQ(*m.header("Thread-Topic"), "[PST-2026-00042] Data PDRB");
}

TEST(Samples, GmailAttachmentsNamesSizesAndExtraction) {
  const std::string raw = sample("gmail_attachments_rfc2231.eml");
  const DecodedMail m = decode(raw);
  ASSERT_EQ(m.attachments.size(), 3u);
  EXPECT_EQ(m.attachments[0].filename, "Surat Permohonan Data \xE2\x80\x93 IPB.pdf");
  EXPECT_EQ(m.attachments[0].content_type, "application/pdf");
  EXPECT_EQ(m.attachments[0].size, 5136u);
  EXPECT_EQ(m.attachments[0].part_id, "2");
  EXPECT_EQ(m.attachments[1].filename, "Daftar Kebutuhan Data \xC3\xA9.xlsx");
  EXPECT_EQ(m.attachments[1].size, 3000u);
  EXPECT_EQ(m.attachments[2].filename, "foto KTP.jpg");
  EXPECT_EQ(m.attachments[2].size, 10u);
  for (const auto& a : m.attachments) {
    const auto bytes = extract_part(raw, a.part_id, MimeLimits{});
    ASSERT_TRUE(bytes.has_value()) << a.part_id;
    EXPECT_EQ(bytes->size(), a.size) << a.part_id;
  }
  EXPECT_EQ(extract_part(raw, "2", MimeLimits{})->substr(0, 8), "%PDF-1.4");
  EXPECT_EQ(*extract_part(raw, "1.1", MimeLimits{}),
            "Terlampir surat permohonan data dari Institut Pertanian Bogor.\r\n");
  EXPECT_FALSE(extract_part(raw, "9", MimeLimits{}).has_value());
  EXPECT_FALSE(extract_part(raw, "2.1", MimeLimits{}).has_value());
  EXPECT_FALSE(extract_part(raw, "1..2", MimeLimits{}).has_value());
  EXPECT_FALSE(extract_part(raw, "0", MimeLimits{}).has_value());
}

TEST(Samples, ForwardedMailKeepsItsWords) {
  const std::string raw = sample("outlook_forward_attachment.eml");
  const DecodedMail m = decode(raw);
  ASSERT_EQ(m.forwarded.size(), 1u);
  const ForwardedMail& f = m.forwarded[0];
  EXPECT_EQ(f.part_id, "2");
  ASSERT_TRUE(f.from.has_value());
  EXPECT_EQ(f.from->address, "lestari@untirta.ac.id");
  EXPECT_EQ(f.from->name, "Lestari");
  EXPECT_EQ(f.subject, "Permintaan data inflasi");
  EXPECT_EQ(f.message_id, "orig-123@untirta.ac.id");
  EXPECT_EQ(f.text,
            "Saya Lestari, dosen Universitas Sultan Ageng Tirtayasa. Mohon data inflasi bulanan 2025.");
  ASSERT_EQ(f.attachments.size(), 1u);
  EXPECT_EQ(f.attachments[0].part_id, "2.2");
  EXPECT_EQ(f.attachments[0].filename, "surat.pdf");
  EXPECT_EQ(m.attachments[0].content_type, "message/rfc822");
  EXPECT_EQ(m.attachments[0].filename, "Permintaan data inflasi.eml");
  const auto pdf = extract_part(raw, "2.2", MimeLimits{});
  ASSERT_TRUE(pdf.has_value());
  EXPECT_EQ(*pdf, "%PDF-1.4\n");
  const auto eml = extract_part(raw, "2", MimeLimits{});
  ASSERT_TRUE(eml.has_value());
  EXPECT_EQ(eml->rfind("From: \"Lestari\"", 0), 0u);
}

TEST(Samples, PostfixDeliveryStatus) {
  const DecodedMail m = decode(sample("postfix_dsn.eml"));
  EXPECT_EQ(m.content_type, "multipart/report");
  EXPECT_EQ(m.return_path, "<>");
  ASSERT_EQ(m.dsn.size(), 2u);
  EXPECT_EQ(m.dsn[0].final_recipient, "TidakAda@gmail.com");
  EXPECT_EQ(m.dsn[0].action, "failed");
  EXPECT_EQ(m.dsn[0].status, "5.1.1");
  EXPECT_EQ(m.dsn[0].diagnostic,
            "550-5.1.1 The email account that you tried to reach does not exist.");
  EXPECT_EQ(m.dsn[1].action, "delayed");
  EXPECT_EQ(m.dsn[1].status, "4.4.1");
  EXPECT_EQ(m.dsn_original_message_id, "pst.2026.00050.1@bps.go.id");
  EXPECT_NE(m.text.find("could not\nbe delivered"), std::string::npos);
  EXPECT_TRUE(m.attachments.empty());
  ASSERT_TRUE(m.from.has_value());
  EXPECT_EQ(m.from->name, "Mail Delivery System");
}

TEST(Samples, ExchangeNdrBase64Status) {
  const DecodedMail m = decode(sample("exchange_ndr_dsn.eml"));
  ASSERT_EQ(m.dsn.size(), 1u);
  EXPECT_EQ(m.dsn[0].final_recipient, "salah.alamat@kemenkeu.go.id");
  EXPECT_EQ(m.dsn[0].action, "failed");
  EXPECT_EQ(m.dsn[0].status, "5.1.10");
  EXPECT_EQ(m.dsn_original_message_id, "pst.2026.00061.1@bps.go.id");
  EXPECT_EQ(m.text, "Your message to salah.alamat@kemenkeu.go.id couldn't be delivered.");
  EXPECT_TRUE(m.attachments.empty());
  EXPECT_TRUE(m.forwarded.empty());  // the returned message of a report is not a forward
}

TEST(Samples, UndisclosedRecipients) {
  const DecodedMail m = decode(sample("undisclosed_recipients.eml"));
  EXPECT_TRUE(m.to.empty());
  EXPECT_EQ(m.text, "Halo");
}

// ---- structures, table-driven -----------------------------------------------------------------

struct StructCase {
  const char* name;
  const char* raw;
  const char* text;
  bool from_html;
  std::vector<std::string> attachment_ids;
  std::vector<DecodeProblem> problems;
};

class Structure : public ::testing::TestWithParam<StructCase> {};

TEST_P(Structure, Decodes) {
  const StructCase& c = GetParam();
  const DecodedMail m = decode(c.raw);
  EXPECT_EQ(m.text, c.text);
  EXPECT_EQ(m.text_from_html, c.from_html);
  std::vector<std::string> ids;
  for (const auto& a : m.attachments) ids.push_back(a.part_id);
  EXPECT_EQ(ids, c.attachment_ids);
  EXPECT_EQ(m.problems, c.problems);
}

const StructCase kStructures[] = {
    {"no_mime_headers", "Subject: x\n\nHalo\n", "Halo", false, {}, {}},
    {"crlf_to_lf", "Subject: x\r\n\r\nA\r\nB\r\n", "A\nB", false, {}, {}},
    // Lone CRs (old Mac) and mixed endings in a decoded part: every CR, CR LF or LF is one line break.
    {"lone_cr_and_mixed_endings",
     "Subject: x\nContent-Transfer-Encoding: base64\n\nQQ1CDQ0KQw0KRA1FDQ1GCkcNCg0K\n",  // "A\rB\r\r\nC\r\nD\rE\r\rF\nG\r\n\r\n"
     "A\nB\n\nC\nD\nE\n\nF\nG", false, {}, {}},
    {"cr_first_and_last", "Subject: x\nContent-Transfer-Encoding: base64\n\nDUFCDQ==\n",  // "\rAB\r"
     "\nAB", false, {}, {}},
    {"alternative_prefers_plain",
     "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/html\n\n<p>H</p>\n"
     "--b\nContent-Type: text/plain\n\nP\n--b--\n",
     "P", false, {}, {}},
    {"alternative_blank_plain_uses_html",
     "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n \n"
     "--b\nContent-Type: text/html\n\n<p>H</p>\n--b--\n",
     "H", true, {}, {}},
    {"alternative_related_html",
     "Content-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: multipart/related; "
     "boundary=r\n\n--r\nContent-Type: text/html\n\n<b>R</b>\n--r\nContent-Type: image/png\n"
     "Content-Transfer-Encoding: base64\n\niVBO\n--r--\n--a--\n",
     "R", true, {"1.2"}, {}},
    {"nested_ids",
     "Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: multipart/alternative; "
     "boundary=a\n\n--a\nContent-Type: text/plain\n\nT\n--a\nContent-Type: text/html\n\n<i>T</i>\n"
     "--a--\n--m\nContent-Type: application/pdf; name=a.pdf\n\nPDF\n--m\nContent-Type: text/csv\n"
     "Content-Disposition: attachment; filename=b.csv\n\n1,2\n--m--\n",
     "T", false, {"2", "3"}, {}},
    {"text_attachment_not_body",
     "Content-Type: multipart/mixed; boundary=m\n\n--m\n\nBody\n--m\nContent-Type: text/plain\n"
     "Content-Disposition: attachment; filename=notes.txt\n\nNot body\n--m--\n",
     "Body", false, {"2"}, {}},
    {"single_part_attachment",
     "Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERg==\n", "", false,
     {"1"}, {}},
    {"boundary_prefix_of_other",
     "Content-Type: multipart/mixed; boundary=ab\n\n--ab\n\nX\n--abc\nstill X\n--ab--\n",
     "X\n--abc\nstill X", false, {}, {}},
    // The delimiter only at a line's start: not inside a line, not on dashed lines or a signature's "-- ".
    {"boundary_only_at_line_start",
     "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nX --b is no line start, nor is --b\r\n-----\r\n-- \r\n"
     "Sig\r\n--b\r\nContent-Type: text/plain\r\n\r\nY\r\n--b--\r\n",
     "X --b is no line start, nor is --b\n-----\n-- \nSig\n\nY", false, {}, {}},
    {"boundary_trailing_space",
     "Content-Type: multipart/mixed; boundary=b\n\n--b  \n\nX\n--b-- \n", "X", false, {}, {}},
    {"preamble_epilogue_ignored",
     "Content-Type: multipart/mixed; boundary=b\n\npreamble\n--b\n\nX\n--b--\nepilogue\n", "X", false,
     {}, {}},
    {"missing_close_delimiter",
     "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nX\n", "X", false, {},
     {DecodeProblem::malformed}},
    {"boundary_never_appears",
     "Content-Type: multipart/mixed; boundary=b\n\nJust text\n", "Just text", false, {},
     {DecodeProblem::malformed}},
    {"multipart_without_boundary", "Content-Type: multipart/mixed\n\nJust text\n", "Just text",
     false, {}, {DecodeProblem::malformed}},
    {"digest_default_rfc822",
     "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: Satu\n\nIsi satu\n--d--\n", "",
     false, {"1"}, {}},
    {"signed_skips_signature",
     "Content-Type: multipart/signed; boundary=s\n\n--s\nContent-Type: text/plain\n\nSigned\n--s\n"
     "Content-Type: application/pgp-signature\n\nSIG\n--s--\n",
     "Signed", false, {}, {}},
    {"html_meta_charset",
     "Content-Type: text/html\n\n<meta charset=\"windows-1252\"><p>\x93Ok\x94</p>",
     "\xE2\x80\x9COk\xE2\x80\x9D", true, {}, {}},
    {"unknown_charset_flagged", "Content-Type: text/plain; charset=x-mystery\n\nA\xFF", "A\xEF\xBF\xBD",
     false, {}, {DecodeProblem::bad_charset}},
    {"invalid_utf8_flagged", "Content-Type: text/plain; charset=utf-8\n\nA\xC3", "A\xEF\xBF\xBD",
     false, {}, {DecodeProblem::bad_charset}},
    // A plain part in base64 is decoded straight into the text when its bytes are UTF-8 already; else it
    // is converted as any other part: a bad sequence replaced and flagged, Latin-1 read as Latin-1, and a
    // part after it read whole (the decoding buffer it left behind is not reused as text).
    {"base64_utf8_kept", "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\nQ2Fmw6kg4pyT\n",
     "Caf\xC3\xA9 \xE2\x9C\x93", false, {}, {}},
    {"base64_invalid_utf8_flagged",
     "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nQcM=\n", "A\xEF\xBF\xBD", false, {},
     {DecodeProblem::bad_charset}},
    {"base64_undeclared_cp1252", "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nU2F0df8=\n",
     "Satu\xC3\xBF", false, {}, {}},
    {"base64_latin1_then_plain",
     "Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: text/plain; charset=iso-8859-1\n"
     "Content-Transfer-Encoding: base64\n\nQ2Fm6Q==\n--m\nContent-Type: text/plain\nContent-Disposition: inline\n\n"
     "Dua\n--m--\n",
     "Caf\xC3\xA9\n\nDua", false, {}, {}},
    {"invalid_base64_flagged",
     "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGFs|bw==\n", "Halo", false, {},
     {DecodeProblem::bad_encoding}},
    {"invalid_qp_flagged",
     "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n1 =ZZ 2\n", "1 =ZZ 2",
     false, {}, {DecodeProblem::bad_encoding}},
    {"flowed_delsp",
     "Content-Type: text/plain; format=flowed; delsp=yes\n\nSatu dua \ntiga\n-- \nSig\n",
     "Satu duatiga\n-- \nSig", false, {}, {}},
    {"mbox_from_line", "From budi@x Mon Nov 16 09:00:00 2026\nSubject: a\n\nIsi\n", "Isi", false, {},
     {}},
    {"junk_header_line", "Subject: a\nthis is not a header\nmore\n", "this is not a header\nmore",
     false, {}, {DecodeProblem::malformed}},
    {"empty_input", "", "", false, {}, {DecodeProblem::malformed}},
};

INSTANTIATE_TEST_SUITE_P(Mime, Structure, ::testing::ValuesIn(kStructures),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Structure, NulBytesInBody) {
  const std::string raw("Subject: a\n\nA\0B", 15);
  const DecodedMail m = decode(raw);
  EXPECT_EQ(m.text, "A\xEF\xBF\xBD" "B");
  EXPECT_TRUE(m.has_problem(DecodeProblem::malformed));
}

// A text's line ends become LF whatever they were (CRLF, a lone CR, LF), at every place in the text: the body is
// moved down sixteen bytes at a time between CRs, and the block holding a CR only up to it. Random bodies of
// plain bytes and line ends, against the same rule a byte at a time.
TEST(Structure, LineEndsBecomeLfAtEveryPlace) {
  std::mt19937 rng(31);
  const std::vector<std::string_view> pieces = {"a", "kata", "sixteen byte run", "x", "\r\n", "\r", "\n", "\r\r",
                                                "\n\r", " ", "0123456789abcdefghij"};
  for (int round = 0; round < 3000; ++round) {
    std::string body = "Halo";  // the text opens with no line end
    for (int n = static_cast<int>(rng() % 60); n > 0; --n) body += pieces[rng() % pieces.size()];
    body += "Salam";
    std::string expected;
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (body[i] != '\r') expected += body[i];
      else if (i + 1 < body.size() && body[i + 1] == '\n') expected += '\n', ++i;
      else expected += '\n';
    }
    const DecodedMail m =
        decode("From: a@example.org\r\nSubject: s\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + body);
    ASSERT_EQ(m.text, expected) << testing::PrintToString(body);
  }
}

TEST(Structure, HeadersUnfoldedAndDecoded) {
  const DecodedMail m = decode(
      "Subject: =?UTF-8?Q?Data?=\r\n =?UTF-8?Q?_BPS?= tahun\r\n\t2025\r\nX-Custom:  v  \r\n"
      "Date: Mon, 16 Nov 2026 09:12:31 +0700\r\nReturn-Path: <a@b>\r\n\r\nx");
  EXPECT_EQ(m.subject, "Data BPS tahun\t2025");
  EXPECT_EQ(*m.header("x-custom"), "v");
  EXPECT_EQ(m.date_header, "Mon, 16 Nov 2026 09:12:31 +0700");
  EXPECT_EQ(m.return_path, "<a@b>");
  ASSERT_EQ(m.headers.size(), 4u);
  EXPECT_EQ(m.headers[0].first, "Subject");
}

TEST(Structure, ForwardInsideForwardIsFlat) {
  const DecodedMail m = decode(
      "Content-Type: multipart/mixed; boundary=o\n\n--o\n\nLihat\n--o\nContent-Type: message/rfc822\n\n"
      "From: A <a@x.id>\nSubject: Satu\nContent-Type: multipart/mixed; boundary=i\n\n--i\n\nTeks A\n--i\n"
      "Content-Type: message/rfc822\n\nFrom: B <b@x.id>\nSubject: Dua\n\nTeks B\n--i--\n--o--\n");
  ASSERT_EQ(m.forwarded.size(), 2u);
  EXPECT_EQ(m.forwarded[0].subject, "Satu");
  EXPECT_EQ(m.forwarded[0].text, "Teks A");
  EXPECT_EQ(m.forwarded[0].attachments.size(), 1u);
  EXPECT_EQ(m.forwarded[1].part_id, "2.2");
  EXPECT_EQ(m.forwarded[1].text, "Teks B");
  EXPECT_EQ(m.forwarded[1].from->address, "b@x.id");
}

TEST(Structure, TopLevelSinglePartId) {
  const std::string raw = "Content-Type: application/pdf; name=x.pdf\n\nPDF";
  EXPECT_EQ(decode(raw).attachments.at(0).part_id, "1");
  EXPECT_EQ(*extract_part(raw, "1", MimeLimits{}), "PDF");
  EXPECT_FALSE(extract_part(raw, "2", MimeLimits{}).has_value());
}

}  // namespace
}  // namespace pst
