// own_words_test.cc: quoted history, footers and disclaimers cut; signatures kept; forwards split.
#include "parsers/own_words.h"

#include <gtest/gtest.h>

#include "parsers/text_scan.h"

namespace pst {
namespace {

struct OwnCase {
  const char* name;
  const char* body;
  const char* subject;
  const char* want;
  bool cut;
};

class OwnWordsTest : public ::testing::TestWithParam<OwnCase> {};

TEST_P(OwnWordsTest, Extracts) {
  const OwnCase& c = GetParam();
  OwnWords w = extract_own_words(c.body, c.subject);
  EXPECT_EQ(w.text, c.want);
  EXPECT_EQ(w.cut_history, c.cut);
  EXPECT_FALSE(w.forwarded);
}

const OwnCase kOwnCases[] = {
    // A new mail's memo heading with its colons lined up is its own words; an answer's block of the same
    // keys, or one typed as a mail program writes it, is history.
    {"memo_heading", "NOTA\nDari      : Ayu, Kepala Bagian\nKepada    : PST\nPerihal   : Data\n\nMohon data.\n",
     "Nota permohonan data", "NOTA\nDari      : Ayu, Kepala Bagian\nKepada    : PST\nPerihal   : Data\n\nMohon data.",
     false},
    {"memo_heading_in_a_reply", "Baik.\n\nDari      : PST\nKepada    : Ayu\nPerihal   : Data\n\nisi lama\n",
     "RE: Data", "Baik.", true},
    {"outlook_block_in_a_new_mail", "Baik.\n\nDari: PST <pst@bps.go.id>\nKepada: Ayu\nPerihal: Data\n\nisi lama\n",
     "Data", "Baik.", true},
    {"plain", "Halo,\n\nMinta data penduduk.\n\nBudi\n", "", "Halo,\n\nMinta data penduduk.\n\nBudi", false},
    {"gmail_en", "Thanks!\n\nOn Mon, Nov 23, 2026 at 9:14 AM PST BPS <\npst@bps.go.id> wrote:\n\n> Hello\n> there\n",
     "Re: x", "Thanks!", true},
    // The attribution's wrapped end in any case, a mail program's bold stars after it.
    {"gmail_en_capitals", "Thanks!\n\nOn Mon, Nov 23, 2026 at 9:14 AM PST BPS <\npst@bps.go.id> WROTE:\n\nold text\n",
     "Re: x", "Thanks!", true},
    {"gmail_en_bold", "Thanks!\n\nOn Mon, Nov 23, 2026 at 9:14 AM PST BPS <\npst@bps.go.id> *Wrote:* \n\nold text\n",
     "Re: x", "Thanks!", true},
    // Each way history opens, as the first and last bytes of its first line show it (may_open_history): an
    // attribution wrapped before its ':' opening "Pada", "Le", "Am" or quoted with '>'; one on a line of its own
    // ending in ':'; an Outlook block in bold; a rule of '='.
    {"pada_wrapped", "Baik.\n\nPada Sen, 23 Nov 2026 pukul 09.14 PST BPS <\npst@bps.go.id> menulis:\n\n> Halo\n", "Re: x",
     "Baik.", true},
    {"le_wrapped", "Merci.\n\nLe lun. 23 nov. 2026 à 09:14, PST BPS <\npst@bps.go.id> a écrit :\n\n> Bonjour\n", "Re: x",
     "Merci.", true},
    {"am_wrapped", "Danke.\n\nAm Montag, 23. November 2026, 09:14 Uhr, PST BPS\nschrieb:\n\n> Hallo\n", "Re: x",
     "Danke.", true},
    {"quoted_attribution", "Ya.\n\n> On Mon, Nov 23 2026, PST BPS\n> wrote:\nbaru\n", "Re: x", "Ya.", true},
    {"name_wrote", "Ok.\n\nBudi Santoso <budi@unud.ac.id> wrote:\n> lama\n", "Re: x", "Ok.", true},
    {"outlook_bold", "Noted.\n\n*From:* PST BPS <pst@bps.go.id>\n*Sent:* Monday\n*To:* A\n\nold text\n", "RE: data",
     "Noted.", true},
    {"equals_rule", "Ok.\n\n==========\nFrom: PST BPS <pst@bps.go.id>\nSent: Monday\n\nold\n", "RE: data", "Ok.", true},
    {"gmail_id", "Baik.\n\nPada tanggal Sen, 23 Nov 2026 pukul 09.14 PST <pst@bps.go.id> menulis:\n\n> Halo\n", "",
     "Baik.", true},
    {"pada_hari", "Ok\nPada hari Senin, 23 November 2026, PST BPS menulis:\nisi lama\n", "", "Ok", true},
    {"yahoo", "Sudah diterima.\n\nOn Monday, November 23, 2026 at 09:14:22 AM GMT+8, PST <pst@bps.go.id> wrote:\n\n\n"
              "Lama\n",
     "", "Sudah diterima.", true},
    {"outlook_original", "Terima kasih\n\n-----Original Message-----\nFrom: PST\nSent: Monday\n\nlama\n", "RE: x",
     "Terima kasih", true},
    {"pesan_asli", "Siap\n-----Pesan Asli-----\nDari: PST\nlama\n", "", "Siap", true},
    {"outlook_block", "Noted.\n\nFrom: PST BPS <pst@bps.go.id>\nSent: Monday, November 23, 2026 9:14 AM\nTo: A\n"
                      "Subject: RE: data\n\nold text\n",
     "RE: data", "Noted.", true},
    {"outlook_block_id", "Oke.\n________________________________\nDari: PST BPS <pst@bps.go.id>\nDikirim: Senin\n"
                         "Kepada: A\nPerihal: data\n\nlama\n",
     "", "Oke.", true},
    // Written under the quoted history (bottom-posting, Thunderbird's habit), or between its parts.
    {"bottom_post", "Pada 23/11/2026 09.14, PST BPS Kabupaten Jembrana menulis:\n> Yth. Bapak,\n>\n> Data belum ada.\n\n"
                    "Baik, mohon angka kabupaten saja.\n\nSalam,\nKetut\n",
     "Re: x", "Baik, mohon angka kabupaten saja.\n\nSalam,\nKetut", true},
    {"top_and_bottom", "Terima kasih.\n\nOn Mon, Nov 23, 2026 at 9:14 AM PST BPS <\npst@bps.go.id> wrote:\n\n> Which year?\n\n"
                       "2024, please.\n> Anything else?\nNo.\n",
     "Re: x", "Terima kasih.\n\n2024, please.\nNo.", true},
    // Under the quote, an older attribution starts older history: not the requester's.
    {"bottom_post_then_older_history", "Pada 23/11/2026 09.14, PST menulis:\n> Halo\n\nOke.\n\n"
                                       "Pada 20/11/2026 08.00, Budi menulis:\n> lama\nlama sekali\n",
     "Re: x", "Oke.", true},
    // History that is not quoted with '>' (Yahoo, Outlook) is the older mail itself, wherever it ends.
    {"unquoted_history_is_not_own", "Sip.\n\nOn Monday, November 23, 2026 at 09:14:22 AM GMT+8, PST <pst@bps.go.id> "
                                    "wrote:\n\n\nLama\n> dikutip\nmasih lama\n",
     "", "Sip.", true},
    {"interleaved_quotes", "> pertanyaan 1\njawaban 1\n> pertanyaan 2\njawaban 2\n", "", "jawaban 1\njawaban 2", true},
    {"iphone_footer", "Minta data IPM.\n\nSent from my iPhone\n", "", "Minta data IPM.", false},
    {"yahoo_footer_id", "Minta data.\n\nDikirim dari Yahoo Mail di Android\n", "", "Minta data.", false},
    {"outlook_android", "Minta data.\n\nGet Outlook for Android\n", "", "Minta data.", false},
    {"mail_windows", "Minta data.\n\nSent from Mail for Windows\n", "", "Minta data.", false},
    {"avast", "Minta data.\n\nVirus-free.www.avast.com\n", "", "Minta data.", false},
    {"avast_capitals", "Minta data.\n\nBebas virus.WWW.AVAST.COM\n", "", "Minta data.", false},
    {"signature_kept", "Minta data.\n\n-- \nBudi Santoso\nUniversitas Udayana\n", "",
     "Minta data.\n\n--\nBudi Santoso\nUniversitas Udayana", false},
    {"disclaimer", "Minta data.\n\nSalam,\nBudi\n\nDISCLAIMER: This e-mail is confidential.\nMore legal text.\n", "",
     "Minta data.\n\nSalam,\nBudi", false},
    {"crlf_nbsp", "Halo\xC2\xA0kak\r\n\r\nMinta data\r\n", "", "Halo kak\n\nMinta data", false},
    {"empty", "", "", "", false},
};

INSTANTIATE_TEST_SUITE_P(Table, OwnWordsTest, ::testing::ValuesIn(kOwnCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(OwnWordsForward, GmailForwardIsSplit) {
  OwnWords w = extract_own_words(
      "Mohon ditindaklanjuti.\n\n---------- Forwarded message ---------\nFrom: Wayan Arsana <wayan@gmail.com>\n"
      "Date: Sun, 22 Nov 2026 at 20:11\nSubject: Permintaan data\nTo: <bps@bps.go.id>\n\n\nSaya Wayan dari Unud.\n",
      "Fwd: Permintaan data");
  EXPECT_TRUE(w.forwarded);
  EXPECT_EQ(w.text, "Saya Wayan dari Unud.");
  EXPECT_EQ(w.forward_note, "Mohon ditindaklanjuti.");
  ASSERT_TRUE(w.forwarded_from.has_value());
  EXPECT_EQ(w.forwarded_from->name, "Wayan Arsana");
  EXPECT_EQ(w.forwarded_from->address, "wayan@gmail.com");
  EXPECT_EQ(w.forwarded_subject, "Permintaan data");
}

TEST(OwnWordsForward, OutlookForwardNeedsFwSubject) {
  const char* body =
      "FYI\n\n________________________________\nFrom: Linda <linda@unhi.ac.id>\nSent: Sunday\nTo: BPS\n"
      "Subject: Data\n\nSaya Linda dari UNHI.\n";
  OwnWords fw = extract_own_words(body, "FW: Data");
  EXPECT_TRUE(fw.forwarded);
  EXPECT_EQ(fw.text, "Saya Linda dari UNHI.");
  EXPECT_EQ(fw.forward_note, "FYI");
  OwnWords re = extract_own_words(body, "RE: Data");
  EXPECT_FALSE(re.forwarded);
  EXPECT_EQ(re.text, "FYI");
}

TEST(OwnWordsForward, AppleAndIndonesianMarkers) {
  OwnWords a = extract_own_words("Begin forwarded message:\n\nFrom: Rina <r@x.id>\nSubject: S\n\nIsi asli.\n", "Fwd: S");
  EXPECT_TRUE(a.forwarded);
  EXPECT_EQ(a.text, "Isi asli.");
  OwnWords b = extract_own_words("---------- Pesan terusan ---------\nDari: Agung <a@x.id>\nDate: Sab\n\nisi\n", "");
  EXPECT_TRUE(b.forwarded);
  EXPECT_EQ(b.text, "isi");
  ASSERT_TRUE(b.forwarded_from.has_value());
  EXPECT_EQ(b.forwarded_from->name, "Agung");
}

// Forward markers of every shape and length, in any case: the scan that picks the lines worth asking
// skips long lines unless they open with a rule or "Begin"/"Awal"/"Mulai".
TEST(OwnWordsForward, MarkersLongOrShortInAnyCase) {
  struct Row {
    const char* marker;
    bool forwarded;
  };
  const Row rows[] = {
      {"-------------------- Forwarded message from Rina Wulandari <rina.wulandari@example.ac.id> ----------", true},
      {"==================== FORWARDED MESSAGE ==================== (sent from the faculty office account)", true},
      {"Begin forwarded message from the head of the village office, received yesterday afternoon:", true},
      {"Awal pesan yang diteruskan dari kantor desa yang kami terima kemarin sore sekitar pukul tiga:", true},
      {"Mulai pesan terusan dari bagian umum fakultas yang kami terima kemarin sore pukul tiga lewat:", true},
      {"BEGIN FORWARDED MESSAGE FROM THE HEAD OF THE VILLAGE OFFICE, RECEIVED YESTERDAY AFTERNOON:", true},
      {"Awalnya saya kira pesan terusan dari dinas sudah sampai ke kantor Bapak, ternyata belum juga.", false},
      {"*---------- FoRwArDeD MeSsAgE ---------*", true},
      {"----- Pesan Terusan -----", true},
      {"Saya forward pesan ini karena menurut saya forwarded message ini penting untuk kantor Bapak.", false},
      {"Kami terus menunggu kabar; pesan terusan dari dinas belum kami terima sampai hari ini sore.", false},
  };
  for (const Row& r : rows) {
    const std::string body = std::string("Catatan singkat.\n\n") + r.marker +
                             "\nFrom: Rina <rina@x.id>\nSubject: Data\n\nIsi asli surat.\n";
    const OwnWords w = extract_own_words(body, "Data penduduk");  // no "Fwd:": the marker alone tells
    EXPECT_EQ(w.forwarded, r.forwarded) << r.marker;
    if (r.forwarded) {
      EXPECT_EQ(w.text, "Isi asli surat.") << r.marker;
    }
  }
}

TEST(OwnWordsSubject, Forwards) {
  EXPECT_TRUE(subject_is_forward("Fwd: data"));
  EXPECT_TRUE(subject_is_forward("FW: data"));
  EXPECT_TRUE(subject_is_forward("[PST-2026-00001] Fwd: data"));
  EXPECT_FALSE(subject_is_forward("Re: data"));
  EXPECT_FALSE(subject_is_forward("Forward planning data"));
}

// A reply prefix or our ticket's tag answers; a writer's own tag in brackets does not.
TEST(OwnWordsSubject, Replies) {
  EXPECT_TRUE(subject_is_reply("Re: data"));
  EXPECT_TRUE(subject_is_reply("Bls: data"));
  EXPECT_TRUE(subject_is_reply("[PST-2026-00001] Data yang Anda minta"));
  EXPECT_TRUE(subject_is_reply("[EXTERNAL] RE: data"));
  EXPECT_TRUE(subject_is_reply("[JMB-2026-00007] Data yang Anda minta"));  // an office's own ticket prefix
  EXPECT_FALSE(subject_is_reply("[Permohonan Data] Sinta Maharani - Undhira"));
  EXPECT_FALSE(subject_is_reply("Fwd: data"));
  EXPECT_FALSE(subject_is_reply("Permohonan data"));
}

TEST(OwnWordsLimits, HugeInputIsCapped) {
  std::string big(5 * 1024 * 1024, 'a');
  OwnWords w = extract_own_words(big);
  EXPECT_LE(w.text.size(), 64u * 1024u);
}

}  // namespace
}  // namespace pst

namespace pst {
namespace {

// Issue 20: officers read the requester's typography as written; the analysis folds it itself.
TEST(OwnWordsTypography, DashesQuotesAndEllipsisAreKeptAsWritten) {
  const std::string body =
      "Mohon data “IPM” 2020–2024 — per kecamatan… ‘segera’.\r\nTerima\xc2\xa0kasih.\r\n\r\n> kutipan\r\n";
  OwnWords w = extract_own_words(body);
  EXPECT_NE(w.text.find("“IPM” 2020–2024 — per kecamatan… ‘segera’."), std::string::npos) << w.text;
  EXPECT_NE(w.text.find("Terima kasih."), std::string::npos) << "NBSP still becomes a space: " << w.text;
  EXPECT_EQ(w.text.find("kutipan"), std::string::npos) << "the quote is still cut";
  EXPECT_NE(text::normalize(w.text).find("Mohon data \"IPM\" 2020-2024 - per kecamatan... 'segera'."),
            std::string::npos)
      << "folded for the analysis";
}

}  // namespace
}  // namespace pst
