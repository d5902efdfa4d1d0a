// analyse_test.cc: the composition on hand-filled DecodedMail values: missing items, forwards (inline
// and message/rfc822), replies with quoted acknowledgements, ratings, auto-replies.
#include "parsers/analyse.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace pst {
namespace {

DecodedMail mail(std::string subject, std::string text) {
  DecodedMail m;
  m.message_id = "abc@mail.gmail.com";
  m.from = Address{"sender@gmail.com", "Sender Display"};
  m.subject = std::move(subject);
  m.text = std::move(text);
  m.content_type = "text/plain";
  return m;
}

TEST(Analyse, CompleteRequest) {
  ParsedMail p = analyse(mail("Permohonan data",
                              "Selamat pagi, saya Budi Santoso dari Universitas Udayana. Saya ingin meminta data "
                              "kemiskinan Jembrana 2024.\n\nSent from my iPhone"));
  EXPECT_EQ(p.kind, MailKind::request);
  EXPECT_EQ(p.requester.name, "Budi Santoso");
  EXPECT_EQ(p.requester.institution, "Universitas Udayana");
  EXPECT_EQ(p.request, "Saya ingin meminta data kemiskinan Jembrana 2024.");
  EXPECT_TRUE(p.missing.empty());
  EXPECT_EQ(p.language, Language::id);
  EXPECT_EQ(p.own_text.find("iPhone"), std::string::npos);
}

// A new mail's subject that names whom it is for ("a.n. Name (Organisation)"): its name where the text
// gives a part of it or none, its organisation where the text names none; another person's name in the
// text stays, and a reply's subject (the first mail's) is not read.
TEST(Analyse, ASubjectNamingWhomItIsForIntroducesThem) {
  const std::string body =
      "Yth. Bapak/Ibu,\n\nSaya memohon bantuan data jumlah nelayan per kecamatan di Kabupaten Jembrana hasil "
      "Sensus Pertanian 2023.\n\nWassalam,\nRahmah";
  ParsedMail p = analyse(mail("Permohonan Data Skripsi a.n. Cut Nyak Rahmah Fitria (Universitas Syiah Kuala)", body));
  EXPECT_EQ(p.requester.name, "Cut Nyak Rahmah Fitria");
  EXPECT_EQ(p.requester.institution, "Universitas Syiah Kuala");
  EXPECT_TRUE(p.missing.empty());

  p = analyse(mail("Permohonan data atas nama Cut Nyak Rahmah Fitria", "Saya Budi Santoso dari Universitas Udayana, "
                   "mohon data jumlah nelayan 2023."));
  EXPECT_EQ(p.requester.name, "Budi Santoso");
  EXPECT_EQ(p.requester.institution, "Universitas Udayana");

  DecodedMail reply = mail("Re: Permohonan Data a.n. Cut Nyak Rahmah Fitria (Universitas Syiah Kuala)",
                           "Terima kasih, datanya sudah saya terima.\n\nRahmah");
  reply.in_reply_to = {"pstmail.PST-2026-00070.3f9a1c2e@bps.go.id"};
  p = analyse(reply);
  EXPECT_EQ(p.requester.name, "Rahmah");
  EXPECT_FALSE(p.requester.institution.has_value());
}

// A new mail's subject that ends with the sending body ("Permohonan Data - BRIDA Provinsi Bali", "Permohonan
// data dari Dinas ...") names the institution when the text names none; "Data ... dari <office>" says where
// data comes from.
TEST(Analyse, ASubjectEndingWithTheSendingBodyNamesIt) {
  const std::string body = "Selamat siang, mohon data PDRB Jembrana 2025.\n\nSalam,\nKomang";
  EXPECT_EQ(analyse(mail("Permohonan Data - BRIDA Provinsi Bali", body)).requester.institution, "BRIDA Provinsi Bali");
  EXPECT_EQ(analyse(mail("Permohonan data dari Dinas Pariwisata Kabupaten Jembrana", body)).requester.institution,
            "Dinas Pariwisata Kabupaten Jembrana");
  EXPECT_FALSE(analyse(mail("Data penduduk dari Disdukcapil Kabupaten Jembrana", body)).requester.institution);
  EXPECT_FALSE(analyse(mail("Permohonan Data - PDRB Jembrana 2025", body)).requester.institution);
  EXPECT_EQ(analyse(mail("Permohonan Data - BRIDA Provinsi Bali", "Saya Komang dari Universitas Udayana, mohon data "
                                                                  "PDRB 2025."))
                .requester.institution,
            "Universitas Udayana");
}

// A subject written as a file name ("Permohonan Data_<name>_<organisation>") parts at its underscores: the
// organisation where the text names none, the whole name where the text signs with a part of it; what the
// mail is about may follow the body in brackets.
TEST(Analyse, ASubjectWrittenAsAFileNameNamesTheSenderAndTheirBody) {
  const std::string body = "Selamat pagi, mohon data curah hujan bulanan 2016-2025 untuk skripsi saya.\n\nTerima kasih,\nDewi";
  ParsedMail p = analyse(mail("Permohonan Data Skripsi_Ni Luh Dewi Anggreni_Universitas Pendidikan Ganesha", body));
  EXPECT_EQ(p.requester.name, "Ni Luh Dewi Anggreni");
  EXPECT_EQ(p.requester.institution, "Universitas Pendidikan Ganesha");
  p = analyse(mail("Permohonan Data Skripsi_Ni Luh Dewi Anggreni_Universitas Pendidikan Ganesha",
                   "Selamat pagi, mohon data curah hujan 2016-2025.\n\nTerima kasih,\nKomang Arta"));
  EXPECT_EQ(p.requester.name, "Komang Arta");
  EXPECT_EQ(analyse(mail("Permohonan Data - Bappeda Provinsi Bali (Kajian Ekonomi Biru)", body)).requester.institution,
            "Bappeda Provinsi Bali");
  EXPECT_FALSE(analyse(mail("Data_curah_hujan_2025", body)).requester.institution);
  // The body in any part after the first, the topic last; and parts set out with spaced dashes alike.
  p = analyse(mail("Permohonan Data_Ni Luh Dewi Anggreni_IPB University_Skripsi Curah Hujan", body));
  EXPECT_EQ(p.requester.name, "Ni Luh Dewi Anggreni");
  EXPECT_EQ(p.requester.institution, "IPB University");
  p = analyse(mail("Permohonan Data Skripsi - Ni Luh Dewi Anggreni - IPB University", body));
  EXPECT_EQ(p.requester.name, "Ni Luh Dewi Anggreni");
  EXPECT_EQ(p.requester.institution, "IPB University");
  // A writer's own tag in brackets is what the mail is about, and no reply's subject.
  p = analyse(mail("[Permohonan Data] Ni Luh Dewi Anggreni - Undhira", body));
  EXPECT_EQ(p.requester.name, "Ni Luh Dewi Anggreni");
  EXPECT_EQ(p.requester.institution, "Undhira");
}

// A subject that names a topic over a text that thanks for the data received names what was received: a
// reply on the ticket the text cites, no new request.
TEST(Analyse, ASubjectOverThanksForDataReceivedIsNoNeed) {
  ParsedMail p = analyse(mail("Data PDRB", "Selamat pagi, terkait tiket PST-2026-00388 kemarin, datanya sudah saya "
                                           "terima, terima kasih banyak ya.\n\nAyu"));
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_EQ(p.ticket_ref, "PST-2026-00388");
  EXPECT_FALSE(p.request.has_value());
  EXPECT_EQ(analyse(mail("Data PDRB 2025", "Selamat pagi, saya Ayu dari Unud.")).request, "Data PDRB 2025");
}

TEST(Analyse, FromDisplayNameIsNotAnIntroduction) {
  ParsedMail p = analyse(mail("data", "Minta data penduduk Jembrana 2024."));
  EXPECT_FALSE(p.requester.name.has_value());
  EXPECT_EQ(p.missing, (std::vector<std::string>{"name", "institution"}));
}

// Issue 16: a signature line no list knows ("Coral Triangle Watch", under a role) is the body signed when the
// sender's domain writes it out, squeezed or by its initials; the domain alone names nothing, and another
// domain confirms nothing.
TEST(Analyse, ASignatureLineTheSendersDomainWritesOutIsTheirBody) {
  const std::string text =
      "Could you share the 2024 population of Desa Perancak?\n\nBest regards,\n\nMarie-Claire Dubois\nProject "
      "Coordinator, Bali\nCoral Triangle Watch";
  DecodedMail m = mail("Coastal population figures", text);
  m.from = Address{"mc.dubois@coraltrianglewatch.org", "Marie-Claire Dubois"};
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.requester.institution, "Coral Triangle Watch");
  EXPECT_TRUE(p.missing.empty());

  // By its initials: a body no list knows ("Sinar Tirta Lestari"), which a Gmail sender does not get.
  const std::string signed_by_firm = "Mohon data IPM Jembrana 2024.\n\nSalam,\nI Putu Eka\nSinar Tirta Lestari";
  DecodedMail by_initials = mail("Data IPM", signed_by_firm);
  by_initials.from = Address{"eka@stl.co.id", "I Putu Eka"};
  EXPECT_EQ(analyse(by_initials).requester.institution, "Sinar Tirta Lestari");
  EXPECT_FALSE(analyse(mail("Data IPM", signed_by_firm)).requester.institution.has_value());

  // This office is never confirmed, though a sender at bps.go.id signs it.
  DecodedMail ours = mail("Data IPM", "Mohon data IPM Jembrana 2024.\n\nSalam,\nI Putu Eka\nBadan Pusat Statistik");
  ours.from = Address{"eka@bps.go.id", "I Putu Eka"};
  EXPECT_FALSE(analyse(ours).requester.institution.has_value());

  DecodedMail other = mail("Coastal population figures", text);
  other.from = Address{"mc.dubois@gmail.com", "Marie-Claire Dubois"};
  EXPECT_FALSE(analyse(other).requester.institution.has_value());

  DecodedMail domain_only = mail("Coastal population figures",
                                 "Could you share the 2024 population of Desa Perancak?\n\nBest regards,\nMarie-Claire");
  domain_only.from = Address{"mc.dubois@coraltrianglewatch.org", "Marie-Claire Dubois"};
  EXPECT_FALSE(analyse(domain_only).requester.institution.has_value());
}

// The same with an article before the words ("The Mekong Ledger" from mekongledger.com), and a one-word
// body under the name written as the domain ("JembranaTerkini.com") or its name in camel case ("PanenKita"). A
// lower-case or capitalised common word that spells a personal domain is no body.
TEST(Analyse, ASignatureWordOrArticleLineTheDomainWritesOutIsTheirBody) {
  const auto signed_as = [](std::string address, std::string signature) {
    DecodedMail m = mail("Permintaan data", "Mohon data produksi padi Jembrana 2024.\n\nSalam,\n" + signature);
    m.from = Address{std::move(address), ""};
    return analyse(m).requester.institution;
  };
  EXPECT_EQ(signed_as("p@mekongledger.com", "Pimchanok Srisawat\nSoutheast Asia Correspondent\nThe Mekong Ledger"),
            "The Mekong Ledger");
  EXPECT_EQ(signed_as("putu@jembranaterkini.com", "I Putu Gede Swastika\nRedaksi JembranaTerkini.com"),
            "JembranaTerkini.com");
  EXPECT_EQ(signed_as("jessica@panenkita.id", "Jessica Tanuwidjaja\nPanenKita"), "PanenKita");
  EXPECT_FALSE(signed_as("jessica@gmail.com", "Jessica Tanuwidjaja\nPanenKita").has_value());
  EXPECT_FALSE(signed_as("me@sunrise.id", "Dewi\nSunrise").has_value());
  EXPECT_FALSE(signed_as("p@mekongledger.com", "Pimchanok Srisawat\nThe Ledger").has_value());
  // This office is nobody's body, though its staff sign with its web address.
  EXPECT_FALSE(signed_as("eka@bps.go.id", "I Putu Eka\nBPS.go.id").has_value());
  EXPECT_FALSE(signed_as("eka@jembranakab.bps.go.id", "I Putu Eka\nJembranakab.BPS.go.id").has_value());
}

// An out-of-office written in the body under the subject it answers ("data kemiskinan"): the subject's topic is
// no request of the text's; a text that is away and asks for data itself stays a request.
TEST(Analyse, OutOfOfficeUnderATopicSubjectIsAnAutoReply) {
  ParsedMail p = analyse(mail("data kemiskinan", "Terima kasih atas email Anda. Saya sedang cuti sampai tanggal 10 "
                                                 "Desember dan akan membalas setelah kembali."));
  EXPECT_EQ(p.kind, MailKind::auto_reply);
  ParsedMail q = analyse(mail("data kemiskinan", "Saya sedang cuti, tetapi mohon data kemiskinan Jembrana 2024 "
                                                 "dikirim ke email saya, akan saya balas setelah kembali."));
  EXPECT_EQ(q.kind, MailKind::request);
}

// Issue 16: a forwarded letter's sender line is part of the mail's text; an office as its display
// name is the institution when the letter names none. A person's name there is not; neither is the
// top-level From (not the mail's text).
TEST(Analyse, ForwardedOfficeSenderLineNamesTheInstitution) {
  const std::string letter =
      "Mohon ditindaklanjuti.\n\nFrom: Badan Kepegawaian dan Pengembangan SDM Kabupaten Jembrana "
      "<bkpsdm@jembranakab.go.id>\nSent: Tuesday, December 1, 2026 9:15 AM\nTo: umum@bps.go.id\n"
      "Subject: Permohonan data\n\nDengan hormat, kami mohon data jumlah ASN per kecamatan tahun 2025.\n\n"
      "Kepala Bidang Mutasi\nNi Kadek Ayu Lestari, S.H.\n";
  ParsedMail p = analyse(mail("FW: Permohonan data", letter));
  EXPECT_TRUE(p.forwarded);
  EXPECT_EQ(p.requester.institution, "Badan Kepegawaian dan Pengembangan SDM Kabupaten Jembrana");
  EXPECT_EQ(p.requester.name, "Ni Kadek Ayu Lestari");  // the name under the position line

  std::string personal = letter;
  personal.replace(personal.find("Badan Kepegawaian dan Pengembangan SDM Kabupaten Jembrana"),
                   std::string("Badan Kepegawaian dan Pengembangan SDM Kabupaten Jembrana").size(), "Kadek Ayu");
  EXPECT_FALSE(analyse(mail("FW: Permohonan data", personal)).requester.institution);

  DecodedMail direct = mail("Permohonan data", "Dengan hormat, kami mohon data jumlah ASN per kecamatan tahun 2025.");
  direct.from = Address{"bkpsdm@jembranakab.go.id", "Badan Kepegawaian dan Pengembangan SDM Kabupaten Jembrana"};
  EXPECT_FALSE(analyse(direct).requester.institution);
}

TEST(Analyse, NothingConcrete) {
  ParsedMail p = analyse(mail("tanya", "Halo, saya mau tanya. Mohon info."));
  EXPECT_EQ(p.missing, (std::vector<std::string>{"name", "institution", "request"}));
  EXPECT_FALSE(p.request.has_value());
}

TEST(Analyse, SubjectStatesTheNeed) {
  ParsedMail p = analyse(mail("Permohonan data jumlah penduduk Kecamatan Melaya 2025",
                              "Saya Ayu dari Unmas. Mohon dibantu sesuai subjek."));
  EXPECT_EQ(p.request, "Permohonan data jumlah penduduk Kecamatan Melaya 2025");
  EXPECT_TRUE(p.missing.empty());
}

TEST(Analyse, InlineForwardCountsAsOriginalSender) {
  ParsedMail p = analyse(mail("Fwd: data",
                              "Mohon dibantu.\n\n---------- Forwarded message ---------\nFrom: Rina <rina@ub.ac.id>\n"
                              "Subject: data\n\nSaya Rina Oktaviani dari Universitas Brawijaya. Mohon data penduduk "
                              "Jembrana 2025."));
  EXPECT_TRUE(p.forwarded);
  ASSERT_TRUE(p.original_sender.has_value());
  EXPECT_EQ(p.original_sender->address, "rina@ub.ac.id");
  EXPECT_EQ(p.requester.name, "Rina Oktaviani");
  EXPECT_EQ(p.requester.institution, "Universitas Brawijaya");
  EXPECT_TRUE(p.missing.empty());
}

// A forward whose writer introduces themself, of a message that was not sent to BPS (an internal
// instruction, a faculty's letter to the student): the writer asks; the request inside still counts.
TEST(Analyse, ForwarderWhoIntroducesThemselfAsks) {
  ParsedMail p = analyse(mail("FW: Permintaan data APK APM",
                              "Mohon bantuan data sesuai disposisi pimpinan kami di bawah ini.\n\nSalam,\n"
                              "Ni Luh Wulan Sari Dewi\nSubbag Perencanaan dan Pelaporan\n"
                              "Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana\n\n"
                              "From: Kabid Pembinaan SD <kabid.sd@jembranakab.go.id>\nSent: Friday, November 20, 2026\n"
                              "To: Ni Luh Wulan Sari Dewi <wulan@jembranakab.go.id>\nSubject: Permintaan data\n\n"
                              "Wulan,\nTolong mintakan ke BPS data APK dan APM SD, SMP dan SMA Jembrana 2023-2025.\n\n"
                              "Terima kasih.\nI Made Gunawan\nKabid Pembinaan SD"));
  EXPECT_TRUE(p.forwarded);
  EXPECT_EQ(p.requester.name, "Ni Luh Wulan Sari Dewi");
  EXPECT_EQ(p.requester.institution, "Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana");
  EXPECT_TRUE(p.request.has_value());
}

// ... but a message that was sent to BPS and forwarded (by our own staff, or resent by its writer) is
// its sender's request, whoever signs the note.
TEST(Analyse, ForwardOfAMailSentToBpsIsItsSendersRequest) {
  ParsedMail p = analyse(mail("FW: Permohonan Data",
                              "Surat di bawah ini masuk ke email umum, mohon ditindaklanjuti oleh PST.\n\n"
                              "Terima kasih,\nRatih\n\nFrom: BWS Bali-Penida <bws.balipenida@pu.go.id>\n"
                              "Sent: Thursday, November 19, 2026 1:47 PM\nTo: umum5101@bps.go.id\n"
                              "Subject: Permohonan Data\n\nDengan hormat,\nBalai Wilayah Sungai Bali-Penida "
                              "memerlukan data luas lahan sawah per kecamatan 2023-2025.\n\nKepala Seksi,\n\n"
                              "Ir. Komang Sudiarsa, M.T."));
  EXPECT_EQ(p.requester.name, "Ir. Komang Sudiarsa");
  EXPECT_EQ(p.requester.institution, "Balai Wilayah Sungai Bali-Penida");
}

// ... and when a colleague resends such a letter that signs no name ("Meneruskan surat dari Kepala Dinas kami ...
// belum ada balasan"), the note's writer completes it; our own staff forwarding it do not.
TEST(Analyse, ColleagueResendingALetterSentToBpsCompletesIt) {
  const std::string text =
      "Selamat pagi Bapak/Ibu,\n\nMeneruskan surat dari Kepala Dinas kami di bawah ini, sampai sekarang belum ada "
      "balasan. Mohon dibantu.\n\nSalam,\nNi Putu Ayu Candra Dewi\nStaf Bidang Koperasi dan UKM\n"
      "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Jembrana\n\n"
      "---------- Forwarded message ---------\nDari: Diskoperindag Jembrana <diskoperindag@jembranakab.go.id>\n"
      "Date: Kam, 19 Nov 2026 pukul 14.02\nSubject: Permohonan Data UMKM\nTo: <bps5101@bps.go.id>\n\n"
      "Dengan hormat,\nkami mohon bantuan data jumlah usaha mikro dan kecil per kecamatan 2021-2025.\n\n"
      "Kepala Dinas,\nttd\n";
  ParsedMail p = analyse(mail("Fwd: Permohonan Data UMKM", text));
  EXPECT_EQ(p.requester.name, "Ni Putu Ayu Candra Dewi");
  EXPECT_EQ(p.requester.institution, "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Jembrana");

  DecodedMail staff = mail("Fwd: Permohonan Data UMKM", text);
  staff.from = Address{"candra@bps.go.id", "Candra"};
  EXPECT_FALSE(analyse(staff).requester.name.has_value());
  staff.from = Address{"candra@jembrana.bps.go.id", "Candra"};
  EXPECT_FALSE(analyse(staff).requester.name.has_value());

  // "Our own staff" is told by the sender's domain: an address that only spells it elsewhere is anyone's.
  for (const char* crafted : {"candra@bps.go.id.mail-relay.example", "bps.go.id@gmail.com", "candra@notbps.go.id"}) {
    DecodedMail outsider = mail("Fwd: Permohonan Data UMKM", text);
    outsider.from = Address{crafted, "Candra"};
    EXPECT_EQ(analyse(outsider).requester.name, "Ni Putu Ayu Candra Dewi") << crafted;
  }
}

// A letter counts as sent to BPS by its recipients' domain: one sent to an address that only spells it elsewhere
// was not, and the one who forwards it, introducing themself, is who asks.
TEST(Analyse, ALetterSentToALookalikeAddressWasNotSentToBps) {
  const auto forward = [](std::string to) {
    return mail("Fwd: Permintaan data",
                "Saya Ni Luh Wulan Sari Dewi dari Dinas Pendidikan Kabupaten Jembrana, berikut surat dari atasan "
                "saya.\n\nSalam,\nNi Luh Wulan Sari Dewi\n\n---------- Forwarded message ---------\n"
                "From: I Made Gunawan <made.gunawan@jembranakab.go.id>\nDate: Fri, Nov 20, 2026\n"
                "Subject: Permintaan data\nTo: " + to + "\n\nMohon data APK dan APM SD 2023-2025.\n\n"
                "Terima kasih.\nI Made Gunawan\n");
  };
  EXPECT_EQ(analyse(forward("Wulan <wulan@bps.go.id.example.net>")).requester.name, "Ni Luh Wulan Sari Dewi");
  EXPECT_EQ(analyse(forward("bps.go.id@gmail.com")).requester.name, "Ni Luh Wulan Sari Dewi");
  // Our address only in the display name or a comment, the mailbox someone else's.
  EXPECT_EQ(analyse(forward("\"bps5101@bps.go.id\" <wulan@gmail.com>")).requester.name, "Ni Luh Wulan Sari Dewi");
  EXPECT_EQ(analyse(forward("wulan@gmail.com (bps5101@bps.go.id)")).requester.name, "Ni Luh Wulan Sari Dewi");
  EXPECT_EQ(analyse(forward("PST BPS <bps5101@bps.go.id>")).requester.name, "I Made Gunawan");
}

// ... and the one who resends and signs the note is the requester even when the letter names its head; a writer
// resending their own letter, signing a part of their name, stays the letter's whole name.
TEST(Analyse, WhoResendsALetterSentToBpsIsTheRequester) {
  const std::string letter =
      "---------- Forwarded message ---------\nFrom: Kecamatan Melaya <kec.melaya@gmail.com>\n"
      "Date: Mon, Nov 16, 2026 at 10:21 AM\nSubject: Permohonan data\nTo: <bps5101@bps.go.id>\n\n"
      "Yth. Kepala BPS Kabupaten Jembrana,\n\nKami memohon data jumlah penduduk per desa di Kecamatan Melaya tahun "
      "2025.\n\nCamat Melaya,\nI Gede Oka Suarjana, S.STP., M.Si.\n";
  DecodedMail resent = mail("Fwd: Permohonan data",
                            "Mohon izin, atas perintah Bapak Camat kami teruskan surat di bawah ini. Mohon dapat "
                            "dibantu.\n\nSalam,\nNi Putu Ratna Dewi\nStaf Seksi Pemerintahan, Kantor Camat Melaya\n\n" +
                                letter);
  resent.from = Address{"kec.melaya@gmail.com", "Kecamatan Melaya"};
  EXPECT_EQ(analyse(resent).requester.name, "Ni Putu Ratna Dewi");

  DecodedMail own = mail("Fwd: Permohonan data", "Mohon dibantu, belum ada balasan.\n\nSalam,\nOka\n\n" + letter);
  own.from = Address{"kec.melaya@gmail.com", "Kecamatan Melaya"};
  EXPECT_EQ(analyse(own).requester.name, "I Gede Oka Suarjana");
}

TEST(Analyse, AttachedForwardCountsAsOriginalSender) {
  DecodedMail m = mail("Fwd: permohonan", "Diteruskan.");
  ForwardedMail f;
  f.from = Address{"luh@gmail.com", "Luh"};
  f.subject = "permohonan";
  f.text = "Saya Ni Luh Putu Dewi dari Universitas Udayana. Mohon data penduduk Negara 2025.\n\nSent from my iPhone";
  m.forwarded.push_back(f);
  ParsedMail p = analyse(m);
  EXPECT_TRUE(p.forwarded);
  EXPECT_EQ(p.requester.name, "Ni Luh Putu Dewi");
  EXPECT_EQ(p.original_sender->address, "luh@gmail.com");
}

// A writer who resends their own earlier mail as an attachment ("email terlampir sebelumnya saya kirim ke BPS
// Provinsi Bali") is introduced by that mail, whoever it went to; the short note signs with a first name only.
// Where the letter lacks something the note says, the note fills it in.
TEST(Analyse, OwnEarlierMailResentAsAttachmentIntroducesItsWriter) {
  DecodedMail m = mail("Fwd: Permohonan data untuk skripsi",
                       "Mohon maaf, email terlampir sebelumnya saya kirim ke alamat yang salah. Isi permohonan saya "
                       "ada di email terlampir. Mohon dibantu.\n\nSalam,\nYohanes");
  ForwardedMail f;
  f.from = Address{"sender@gmail.com", "Yohanes Kelen"};
  f.to = {Address{"dosen.pembimbing@unwira.ac.id", ""}};
  f.subject = "Permohonan data untuk skripsi";
  f.text = "Saya Yohanes Bosco Kelen, mahasiswa Program Studi Manajemen, Universitas Katolik Widya Mandira. "
           "Saya mohon data jumlah tenaga kerja industri pengolahan ikan di Kabupaten Jembrana 2020-2025.\n\n"
           "Yohanes Bosco Kelen";
  m.forwarded.push_back(f);
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.requester.name, "Yohanes Bosco Kelen");
  EXPECT_EQ(p.requester.institution, "Universitas Katolik Widya Mandira");
  EXPECT_TRUE(p.missing.empty());

  DecodedMail lacking = mail("Fwd: Permohonan data",
                             "Saya Yohanes Bosco Kelen dari Universitas Katolik Widya Mandira. Email saya sebelumnya "
                             "terlampir, mohon dibantu.");
  f.text = "Selamat siang, saya mohon data jumlah tenaga kerja industri pengolahan ikan Jembrana 2020-2025.\n\n"
           "Yohanes";
  lacking.forwarded.push_back(f);
  ParsedMail q = analyse(lacking);
  EXPECT_EQ(q.requester.institution, "Universitas Katolik Widya Mandira");
  EXPECT_TRUE(q.request.has_value());
}

// The forward of someone else's mail with the same words, introduced by the note's writer, stays the writer's.
TEST(Analyse, AnothersMailAttachedLeavesTheNoteWriterAsking) {
  DecodedMail m = mail("Fwd: Permohonan data",
                       "Saya Agus Salim dari Dinas Ketenagakerjaan Kabupaten Jembrana, meneruskan email staf kami "
                       "terlampir. Mohon dibantu.\n\nSalam,\nAgus Salim");
  ForwardedMail f;
  f.from = Address{"staf.disnaker@gmail.com", "Yohanes Kelen"};
  f.to = {Address{"agus@jembranakab.go.id", ""}};
  f.subject = "Permohonan data";
  f.text = "Pak Agus, saya Yohanes Bosco Kelen, mohon dimintakan data jumlah tenaga kerja industri pengolahan ikan "
           "2020-2025.\n\nYohanes Bosco Kelen";
  m.forwarded.push_back(f);
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.requester.name, "Agus Salim");
  EXPECT_EQ(p.requester.institution, "Dinas Ketenagakerjaan Kabupaten Jembrana");
}

// A reply that says where the data should go (another address, a colleague in copy) states no new need, though
// the words around the address name a topic ("guru pembimbing").
TEST(Analyse, ReplyThatSaysWhereToSendStatesNoNewNeed) {
  ParsedMail p = analyse(mail("Re: [PST-2026-00205] Permintaan data Anda telah kami terima",
                              "Mohon izin, nanti datanya dikirim ke email guru pembimbing saya saja ya, Ibu Sri "
                              "(sri.guru@gmail.com), karena kuota HP saya sering habis."));
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_FALSE(p.request.has_value());
  ParsedMail q = analyse(mail("Re: [PST-2026-00205] Data yang Anda minta",
                              "Terima kasih. Saya juga butuh data jumlah guru SD per kecamatan 2025, mohon dibantu."));
  EXPECT_TRUE(q.request.has_value());
  // A colleague to be copied when the data goes out.
  ParsedMail c = analyse(mail("RE: [PST-2026-00205] Permintaan data Anda telah kami terima",
                              "I have copied my colleague Dr. Marcus Lee, who will be handling the briefing while I am "
                              "on leave next week - could you please include him when you send the data?"));
  EXPECT_EQ(c.kind, MailKind::reply);
  EXPECT_FALSE(c.request.has_value());
}

// A reply that asks how our letters should spell the writer mends our record, and asks for no data.
TEST(Analyse, ReplyAskingForASpellingStatesNoNewNeed) {
  ParsedMail p = analyse(mail("Re: [PST-2026-02908] Permintaan data Anda telah kami terima",
                              "Thank you. A small correction: my surname is spelled Kjærgaard, not Kjaergaard. Could "
                              "you please use this spelling on any letter or table you send?\n\nSøren Kjærgaard"));
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_FALSE(p.request.has_value());
  ParsedMail q = analyse(mail("Re: [PST-2026-02908] Permintaan data Anda telah kami terima",
                              "Thank you. Could you please also send the 2024 population by village?"));
  EXPECT_TRUE(q.request.has_value());
}

// A reply that speaks of the request already made ("permintaan tersebut", "permintaan ini") adds no need.
TEST(Analyse, ReplyAboutTheRequestMadeStatesNoNewNeed) {
  ParsedMail p = analyse(mail("Re: [PST-2026-00207] Mohon lengkapi identitas pemohon",
                              "Saya rekannya, Komang Ari, Kasi Pelayanan Desa Ekasari, menyampaikan bahwa permintaan "
                              "data jumlah penduduk tersebut atas nama Pemerintah Desa Ekasari."));
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_FALSE(p.request.has_value());
  ParsedMail q = analyse(mail("Re: [PST-2026-00207] Mohon lengkapi identitas pemohon",
                              "Saya tidak mewakili instansi apa pun, permintaan data harga beras ini untuk pribadi."));
  EXPECT_FALSE(q.request.has_value());
  // ... but one that asks for more with it does.
  ParsedMail r = analyse(mail("Re: [PST-2026-00207] Data yang Anda minta",
                              "Terkait permintaan tersebut, saya juga butuh data harga beras per bulan tahun 2024."));
  EXPECT_TRUE(r.request.has_value());
}

TEST(Analyse, ReplyQuotingOurFormIsNotReadAsIntroduction) {
  DecodedMail m = mail("Re: [PST-2026-00042] data",
                       "Saya dari Universitas Udayana.\n\nOn Mon, Nov 23, 2026 at 9:14 AM PST <pst@bps.go.id> wrote:\n"
                       "> Nama: (belum ada)\n> Instansi: BPS Kabupaten Jembrana\n");
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_EQ(p.ticket_ref, "PST-2026-00042");
  EXPECT_EQ(p.requester.institution, "Universitas Udayana");
  EXPECT_TRUE(p.missing.empty());
  EXPECT_FALSE(p.request.has_value());
}

TEST(Analyse, RatingKeepsScale) {
  ParsedMail p = analyse(mail("Re: [PST-2026-00042] data", "rating 3/4"));
  EXPECT_EQ(p.kind, MailKind::rating);
  EXPECT_EQ(p.rating, 3);
  EXPECT_EQ(p.rating_scale, 4);
}

// A score added to our closure mail's subject, the text only thanking; an unchanged subject gives none.
TEST(Analyse, ScoreInTheSubjectOfAReplyToOurClosure) {
  DecodedMail m = mail("Re: [PST-2026-01028] Layanan selesai - mohon penilaian Anda -> nilai 5",
                       "Terima kasih banyak atas bantuannya, sukses selalu PST BPS Jembrana.");
  m.in_reply_to = {"pstmail.PST-2026-01028.ab@bps.go.id"};
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.kind, MailKind::rating);
  EXPECT_EQ(p.rating, 5);
  m.subject = "Re: [PST-2026-01028] Layanan selesai - mohon penilaian Anda";
  EXPECT_EQ(analyse(m).kind, MailKind::reply);
}

// A new mail whose text says it sends a photo of the request letter states its request in the attachment.
TEST(Analyse, APhotoOfTheRequestLetterSentStatesTheRequest) {
  DecodedMail m = mail("Surat permohonan data", "Selamat siang kak, berikut saya kirim foto surat permohonan data dari "
                                                "kampus. Terima kasih\n\nNi Putu Ayu Lestari");
  m.attachments.push_back(AttachmentInfo{"IMG_4821.JPG", "image/jpeg", 2048});
  ParsedMail p = analyse(m);
  ASSERT_TRUE(p.request.has_value());
  EXPECT_NE(p.request->find("IMG_4821.JPG"), std::string::npos);
}

// ... and so does one that says it photographed the letter and attached it ("saya foto dan lampirkan").
TEST(Analyse, ALetterPhotographedAndAttachedStatesTheRequest) {
  DecodedMail m = mail("surat permohonan data",
                       "Bapak/Ibu, saya I Wayan Karsa, Ketua LPD Desa Adat Tegalcangkring. Surat permohonan data dari "
                       "LPD kami saya foto dan lampirkan di email ini, karena scanner di kantor sedang rusak.");
  m.attachments.push_back(AttachmentInfo{"IMG_20261123_083512.jpg", "image/jpeg", 4096});
  ParsedMail p = analyse(m);
  EXPECT_TRUE(p.missing.empty());
  ASSERT_TRUE(p.request.has_value());
  EXPECT_NE(p.request->find("IMG_20261123_083512.jpg"), std::string::npos);
}

// A file sent in a thread that asked for a requirement ("Mohon surat pengantar") is that requirement, however the
// text calls it; the same words in a new mail send the request letter; a request document named still states one.
TEST(Analyse, AFileSentInAThreadAskingForARequirementIsThatRequirement) {
  const std::string text = "Selamat siang, ini saya kirimkan foto surat dari kelompok kami yang sudah ditandatangani "
                           "dan diketahui lurah. Mohon maaf fotonya agak miring. Terima kasih.\n\nSugiyanti";
  DecodedMail reply = mail("Re: [PST-2026-03207] Mohon surat pengantar", text);
  reply.in_reply_to = {"pstmail.PST-2026-03207.3f9a1c2e@bps.go.id"};
  reply.attachments.push_back(AttachmentInfo{"surat kwt melati asri.jpg", "image/jpeg", 1256});
  ParsedMail p = analyse(reply);
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_FALSE(p.request.has_value());

  DecodedMail fresh = mail("Permohonan data", text);
  fresh.attachments.push_back(AttachmentInfo{"surat kwt melati asri.jpg", "image/jpeg", 1256});
  EXPECT_TRUE(analyse(fresh).request.has_value());

  DecodedMail with_request = mail("Re: [PST-2026-00750] Mohon lengkapi identitas pemohon",
                                  "Berikut saya lampirkan surat permohonan data dari kampus.\n\nKomang");
  with_request.in_reply_to = {"pstmail.PST-2026-00750.3f9a1c2e@bps.go.id"};
  with_request.attachments.push_back(AttachmentInfo{"Surat Permohonan Data.pdf", "application/pdf", 1000});
  EXPECT_TRUE(analyse(with_request).request.has_value());
}

// A new mail citing its ticket that only sends a supporting letter for it follows the request up; one citing it
// that asks for more data is a new request.
TEST(Analyse, ANewMailCitingItsTicketThatSendsTheCoverLetterIsAReply) {
  DecodedMail m = mail("Surat pengantar penelitian - tiket PST-2026-01907",
                       "Selamat pagi Bapak/Ibu, berikut saya kirimkan surat pengantar penelitian dari Fakultas sesuai "
                       "yang diminta untuk permohonan data perikanan tangkap saya.\n\nLalu Muhammad Zaki Ramdhani");
  m.attachments.push_back(AttachmentInfo{"Surat Pengantar Penelitian FPKP Unram.pdf", "application/pdf", 1656});
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_FALSE(p.request.has_value());

  ParsedMail more = analyse(mail("Data tambahan - tiket PST-2026-01907",
                                 "Selamat pagi, saya juga memerlukan data produksi perikanan budidaya 2024.\n\nZaki"));
  EXPECT_EQ(more.kind, MailKind::request);
}

// A new mail whose need is read only from its subject while its text cites the ticket asks where that request stands:
// a reply on the ticket, no new request; a subject's need with no ticket cited stays a new request.
TEST(Analyse, ASubjectNeedBesideATicketCitedInTheTextIsAReply) {
  ParsedMail status = analyse(mail("Menanyakan data curah hujan",
                                   "Om Swastyastu. Tiang mau menanyakan permohonan data curah hujan dengan nomor tiket "
                                   "PST-2026-03505 yang tiang kirim tanggal 16 November, apa sudah bisa diambil? "
                                   "Suksma.\n\nKetut Darmika"));
  EXPECT_EQ(status.kind, MailKind::reply);
  EXPECT_EQ(status.ticket_ref, "PST-2026-03505");
  EXPECT_FALSE(status.request.has_value());

  ParsedMail fresh = analyse(mail("Data curah hujan Jembrana 2024",
                                  "Om Swastyastu. Tiang Ketut Darmika dari Kelompok Tani Sari Merta, mohon dibantu "
                                  "sesuai subjek. Suksma."));
  EXPECT_EQ(fresh.kind, MailKind::request);
  EXPECT_TRUE(fresh.request.has_value());
}

// A reply that sends what its request needed names no new need; a reply that asks for more does.
TEST(Analyse, AReplySendingACoverLetterStatesNoNewNeed) {
  DecodedMail m = mail("Re: [PST-2026-01007] Permintaan data Anda telah kami terima",
                       "Selamat pagi Bapak/Ibu,\n\nSesuai permintaan, terlampir surat pengantar dari Wakil Dekan I "
                       "untuk permintaan data mikro Susenas saya.\n\nSalam hormat,\nYosef");
  m.in_reply_to = {"pstmail.PST-2026-01007.ab@bps.go.id"};
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_FALSE(p.request.has_value()) << *p.request;
  m.text = "Terlampir surat pengantar dari kampus. Saya juga membutuhkan data PDRB Kabupaten Jembrana 2025.";
  EXPECT_TRUE(analyse(m).request.has_value());
}

// Our own completion request is known by its subject as templates/request_completion.*.txt write it: a file sent in
// answer to it is the requirement asked for, not a new request. Read from the templates themselves, so rewording a
// template without the parser (analyse.cc, thread_asks_for_a_requirement) fails here.
TEST(Analyse, AFileSentUnderOurCompletionRequestsSubjectIsNoNewRequest) {
  for (const char* lang : {"id", "en"}) {
    std::ifstream f(std::string(PSTMAIL_SOURCE_DIR) + "/templates/request_completion." + lang + ".txt");
    std::string line;
    ASSERT_TRUE(std::getline(f, line)) << lang;
    // "Subject: [{{ticket}}] Mohon melengkapi permintaan{{#subject}}: {{subject}}{{/subject}}"
    const std::string tag = "Subject: [{{ticket}}] ";
    ASSERT_TRUE(line.starts_with(tag)) << line;
    std::string subject = line.substr(tag.size(), line.find("{{", tag.size()) - tag.size());
    DecodedMail m = mail("Re: [PST-2026-05000] " + subject + ": Data harga gabah",
                         "Ini saya kirimkan foto surat dari kelompok kami yang sudah ditandatangani.\n\nKetut");
    m.in_reply_to = {"pstmail.PST-2026-05000.ab@bps.go.id"};
    m.attachments.push_back(AttachmentInfo{"IMG_2031.jpg", "image/jpeg", 90000});
    const ParsedMail p = analyse(m);
    EXPECT_EQ(p.kind, MailKind::reply) << subject;
    EXPECT_FALSE(p.request.has_value()) << subject << ": " << *p.request;
  }
}

// A new mail citing its ticket that sends ("bersama ini saya kirimkan") the cover letter asked for follows that request
// up; a reply saying what the data asked for before is for states no new need, one restating the need does.
TEST(Analyse, ACoverLetterSentAlongOrThePurposeOfTheDataAskedIsNoNewNeed) {
  DecodedMail sent = mail("Surat pengantar dari program studi",
                          "Selamat pagi Bapak/Ibu,\n\nSesuai permintaan petugas, bersama ini saya kirimkan surat "
                          "pengantar dari Program Studi Magister Sosiologi untuk permohonan data saya dengan nomor tiket "
                          "PST-2026-03816.\n\nSalam hormat,\nYohanis Rumbiak\nUniversitas Papua");
  sent.attachments.push_back(AttachmentInfo{"Surat Pengantar Magister Sosiologi UNIPA.pdf", "application/pdf", 2000});
  ParsedMail p = analyse(sent);
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_FALSE(p.request.has_value()) << *p.request;

  DecodedMail purpose = mail("Re: [PST-2026-03815] Mohon lengkapi identitas pemohon",
                             "Baik, berikut identitas saya. Nama saya Gregorius Bere Mau, dosen di Universitas Katolik "
                             "Widya Mandira. Data yang saya minta akan dipakai untuk penelitian perbandingan usaha "
                             "tenun ikat di NTT dan Bali.\n\nSalam,\nGregorius");
  purpose.in_reply_to = {"pstmail.PST-2026-03815.ab@bps.go.id"};
  ParsedMail q = analyse(purpose);
  EXPECT_EQ(q.kind, MailKind::reply);
  EXPECT_FALSE(q.request.has_value()) << *q.request;
  EXPECT_EQ(q.requester.name, "Gregorius Bere Mau");

  purpose.text = "Nama saya Ni Wayan Kristina Dewi, mahasiswi Universitas Udayana. Data yang saya minta tetap sama ya "
                 "kak, luas panen dan produksi padi per kecamatan di Jembrana 2020-2025.";
  EXPECT_TRUE(analyse(purpose).request.has_value());
}

// A rating states no request, whatever it says of the data.
TEST(Analyse, RatingStatesNoRequest) {
  DecodedMail m = mail("Re: [PST-2026-00014] Penilaian", "Nilai: 2 dari 5. Data inflasi Jembrana 2024 yang dikirim "
                                                          "salah tahun, mohon data 2025.");
  m.in_reply_to = {"pstmail.PST-2026-00014.ab@bps.go.id"};
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.kind, MailKind::rating);
  EXPECT_FALSE(p.request.has_value());
}

TEST(Analyse, AutoReplyHasNoRequester) {
  DecodedMail m = mail("Automatic reply: data", "Saya Budi dari Unud sedang cuti.");
  m.headers.emplace_back("Auto-Submitted", "auto-replied");
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.kind, MailKind::auto_reply);
  EXPECT_FALSE(p.requester.name.has_value());
  EXPECT_TRUE(p.missing.empty());
  EXPECT_EQ(p.auto_reason, "Auto-Submitted: auto-replied");
}

TEST(Analyse, EnglishMail) {
  ParsedMail p = analyse(mail("Request", "Dear team, I am Emily Chen from Monash University. Could you send the "
                                         "2020 census population of Jembrana?"));
  EXPECT_EQ(p.language, Language::en);
  EXPECT_EQ(p.requester.name, "Emily Chen");
  EXPECT_EQ(p.requester.institution, "Monash University");
}

TEST(Analyse, RequestLetterAttached) {
  DecodedMail m = mail("Permohonan data", "Terlampir surat permohonan data dari kampus kami.");
  m.attachments.push_back(AttachmentInfo{"Surat.pdf", "application/pdf", 1000, "2"});
  EXPECT_EQ(analyse(m).request, "Permohonan sesuai surat/berkas terlampir: Surat.pdf");
  DecodedMail bare = mail("(no subject)", "");
  bare.attachments.push_back(AttachmentInfo{"Surat Permohonan Data.pdf", "application/pdf", 1000, "2"});
  EXPECT_EQ(analyse(bare).request, "Permohonan sesuai surat/berkas terlampir: Surat Permohonan Data.pdf");
  DecodedMail photo = mail("foto", "");
  photo.attachments.push_back(AttachmentInfo{"IMG_0001.jpg", "image/jpeg", 1000, "2"});
  EXPECT_FALSE(analyse(photo).request.has_value());
}

// A supporting document (a cover letter from campus, a permit, a proof of payment) is not the request letter.
TEST(Analyse, SupportingLetterAttachedIsNoRequest) {
  struct Row {
    const char* text;
    const char* file;
    bool request;
  };
  for (const Row& r : {Row{"Berikut saya lampirkan surat pengantar dari kampus.", "surat pengantar.pdf", false},
                       Row{"Terlampir surat izin penelitian saya.", "izin.pdf", false},
                       Row{"", "Surat Keterangan Mahasiswa.pdf", false},
                       Row{"Sesuai permintaan, terlampir surat pengantar dari Kepala Dinas.",
                           "Surat Pengantar Diskoperindag.pdf", false},
                       Row{"Terlampir surat pengantar dan surat permohonan data kami.", "lampiran.pdf", true},
                       Row{"Terlampir surat permohonan data dari kampus kami.", "Surat.pdf", true},
                       // a proof of payment for the request, and "form" is no part of "informasi"
                       Row{"Terlampir bukti transfer pembayaran untuk permintaan data mikro Susenas kami.",
                           "Bukti_Transfer.jpg", false},
                       Row{"Sesuai informasi petugas, biaya tabulasi sudah kami bayar. Bukti transfer terlampir.",
                           "Bukti_Transfer.jpg", false}}) {
    DecodedMail m = mail("Re: [PST-2026-00050] Kelengkapan", r.text);
    m.attachments.push_back(AttachmentInfo{r.file, "application/pdf", 1000, "2"});
    EXPECT_EQ(analyse(m).request.has_value(), r.request) << r.text << " / " << r.file;
  }
}

// A new mail (no thread) that cites its ticket and sends the cover letter its request needed, the letter's
// file named with underscores, is a reply on that ticket that asks nothing new; with the request's own letter
// attached too, it states one.
TEST(Analyse, ANewMailSendingTheCoverLetterForItsTicketIsAReply) {
  DecodedMail m = mail("Surat pengantar untuk tiket PST-2026-01506",
                       "Selamat siang Bapak/Ibu,\n\nMenindaklanjuti permintaan data saya dengan tiket PST-2026-01506, "
                       "bersama ini saya lampirkan surat pengantar dari fakultas.\n\nTerima kasih.\n\nRivaldi");
  m.attachments.push_back(AttachmentInfo{"Surat_Pengantar_FPIK_UNG.pdf", "application/pdf", 1000, "2"});
  ParsedMail p = analyse(m);
  EXPECT_EQ(p.kind, MailKind::reply);
  EXPECT_EQ(p.ticket_ref, "PST-2026-01506");
  EXPECT_FALSE(p.request.has_value()) << *p.request;
  DecodedMail both = mail("Permohonan data", "Bersama ini saya lampirkan surat permohonan data dan surat pengantar dari "
                                             "fakultas.\n\nRivaldi");
  both.attachments.push_back(AttachmentInfo{"Surat_Permohonan_dan_Pengantar.pdf", "application/pdf", 1000, "2"});
  EXPECT_TRUE(analyse(both).request.has_value());
  DecodedMail bare = mail("(no subject)", "");
  bare.attachments.push_back(AttachmentInfo{"surat-pengantar-kampus.pdf", "application/pdf", 1000, "2"});
  EXPECT_FALSE(analyse(bare).request.has_value());
}

// A complaint states no request even when it names the data it is about.
TEST(Analyse, ComplaintStatesNoRequest) {
  ParsedMail p = analyse(mail("Pengaduan layanan",
                              "Saya sangat kecewa. Sudah dua minggu permintaan data inflasi Jembrana 2024 saya tidak "
                              "dibalas. Mohon segera dikirim."));
  EXPECT_EQ(p.kind, MailKind::complaint);
  EXPECT_FALSE(p.request.has_value());
}

TEST(Analyse, EmptyMailIsARequestMissingEverything) {
  ParsedMail p = analyse(DecodedMail{});
  EXPECT_EQ(p.kind, MailKind::request);
  EXPECT_EQ(p.missing.size(), 3u);
}

// A long mail is understood by its head (introduction, need) and its tail (the signature under the
// closing); the pasted middle is not read. Before, the understanding read an 8 KB head only and a
// signature after a long paste was lost: the mail was asked for a name and institution it gave.
TEST(Analyse, LongMailIsReadByItsHeadAndItsSignature) {
  std::string paste;
  while (paste.size() < 12 * 1024)
    paste += "Berikut kutipan tabel yang saya temukan: kolom baris angka sementara menurut lapangan usaha.\n";
  ParsedMail p = analyse(mail("Permohonan data",
                              "Selamat pagi,\n\nSaya membutuhkan data kunjungan wisatawan Kabupaten Jembrana tahun 2024.\n\n" +
                                  paste + "\nTerima kasih.\n\nHormat saya,\nKadek Wulan Sari\nUniversitas Pendidikan Ganesha\n"));
  EXPECT_EQ(p.kind, MailKind::request);
  EXPECT_EQ(p.requester.name, "Kadek Wulan Sari");
  EXPECT_EQ(p.requester.institution, "Universitas Pendidikan Ganesha");
  ASSERT_TRUE(p.request.has_value());
  EXPECT_NE(p.request->find("wisatawan"), std::string::npos) << *p.request;
  EXPECT_TRUE(p.missing.empty());
  EXPECT_GT(p.own_text.size(), 12u * 1024) << "the whole own words are kept for the officer";
}

// What the middle of a long mail says is not read: a need written only there does not make the
// mail concrete (it is pasted material, and reading it would cost every long mail its time).
TEST(Analyse, TheMiddleOfALongMailIsNotRead) {
  auto filler = [](std::size_t bytes) {
    std::string f;
    while (f.size() < bytes) f += "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod\n";
    return f;
  };
  ParsedMail p = analyse(mail("Halo", "Halo,\n\n" + filler(5 * 1024) + "Saya membutuhkan data inflasi Jembrana 2024.\n\n" +
                                          filler(2 * 1024) + "\nSalam"));
  EXPECT_FALSE(p.request.has_value()) << *p.request;
}
}  // namespace
}  // namespace pst
