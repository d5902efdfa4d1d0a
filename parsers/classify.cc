// classify.cc: see classify.h.
#include "parsers/classify.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/ticket_number.h"
#include "parsers/byte_runs.h"
#include "parsers/phrase_hits.h"
#include "parsers/phrase_set.h"
#include "parsers/request_detail.h"
#include "parsers/text_scan.h"

namespace pst {
namespace {

using text::icontains;

const std::string* header_of(const DecodedMail& m, std::string_view name) {
  for (const auto& [k, v] : m.headers)
    if (text::iequals(k, name)) return &v;
  return nullptr;
}

std::string local_part(const std::optional<Address>& a) {
  if (!a) return {};
  std::size_t at = a->address.find('@');
  return text::lower(a->address.substr(0, at));
}

bool dsn_subject(std::string_view subject) {
  std::string s = text::lower(subject);
  for (std::string_view w : {"undeliverable", "undelivered", "delivery status notification", "delivery failure",
                             "mail delivery failed", "returned mail", "failure notice", "delivery has failed",
                             "could not be delivered", "couldn't be delivered", "tidak dapat dikirim",
                             "tidak terkirim", "gagal terkirim", "gagal dikirim", "status pengiriman",
                             "delivery notification", "message not delivered", "mail system error",
                             "non remis", "nicht zustellbar", "delivery problem", "permanent error",
                             "address not found", "alamat tidak ditemukan", "pesan tidak terkirim"})
    if (s.find(w) != std::string::npos) return true;
  return false;
}

bool out_of_office_subject(std::string_view subject) {
  std::string s = text::lower(subject);
  for (std::string_view w : {"out of office", "out of the office", "automatic reply", "auto reply", "autoreply",
                             "auto-reply", "auto response", "autoresponse", "auto-response", "automatische antwort",
                             "balasan otomatis", "balas otomatis", "jawaban otomatis", "respon otomatis",
                             "sedang cuti", "di luar kantor", "tidak di kantor", "tidak berada di kantor",
                             "away from office", "away from the office", "on leave", "on vacation",
                             "sedang dinas luar", "respuesta automática", "réponse automatique",
                             "abwesenheitsnotiz", "ooo:", "[ooo]", "pesan otomatis", "email otomatis",
                             "cuti bersama", "sedang tidak di tempat", "tidak di tempat", "i'm away",
                             "i am away", "away until"})
    if (s.find(w) != std::string::npos) return true;
  return false;
}

bool has_any(const std::string& low, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (text::contains_word(low, w)) return true;
  return false;
}

std::vector<std::string_view> complaint_phrases();
std::vector<std::string_view> no_answer_phrases();
std::vector<std::string_view> wrong_phrases();
std::vector<std::string_view> remedy_phrases();

// Four groups found in one pass over the text (phrase_set.h): phrases that make a mail a complaint or
// a suggestion; the ways of saying that no answer came, which make one only when the mail does not
// just ask where its request stands (no_answer_is_complaint); a wrong found and a remedy asked, which
// make one together (wrong_phrases, remedy_phrases).
// kService: what says a channel of the service failed or proposes how it should run
// (service_phrases, names_a_channel_around), found in the same scan.
enum ComplaintGroup : std::size_t { kComplaint, kNoAnswer, kWrong, kRemedy, kService, kPromise, kLate };
std::vector<std::string_view> service_phrases();
std::vector<std::string_view> promise_phrases();
std::vector<std::string_view> late_phrases();
const text::PhraseSet& complaint_words() {
  static const text::PhraseSet set(std::vector<std::vector<std::string_view>>{
      complaint_phrases(), no_answer_phrases(), wrong_phrases(), remedy_phrases(), service_phrases(),
      promise_phrases(), late_phrases()});
  return set;
}

std::size_t group_of(std::size_t phrase) {
  std::size_t g = kLate;
  while (g > 0 && phrase < complaint_words().group_start(g)) --g;
  return g;
}

// A wrong found (an error, a mismatch, a fee asked, rudeness) and a remedy asked for it (a check, a
// correction, the head's action): "jumlahnya tidak sesuai ... Mohon dapat diperiksa dan diterbitkan
// ralat", "dimintai uang administrasi ... Mohon ditindaklanjuti oleh pimpinan". Each alone is common in
// requests ("mohon dicek apakah datanya tersedia"); together they report something to be put right.
std::vector<std::string_view> wrong_phrases() {
  return {"salah ketik", "kesalahan", "kekeliruan", "keliru", "ketidaksesuaian", "tidak sesuai", "tidak cocok",
          // incomplete or other than asked, beside a remedy ("tolong kirim yang benar", "please resend")
          "tidak lengkap", "kurang lengkap", "incomplete", "i asked for", "only covers", "bukan tahun",
          // other than asked ("file yang dikirim berisi ..., padahal yang kami minta ...")
          "padahal yang kami minta", "padahal yang saya minta", "bukan yang kami minta", "bukan yang saya minta",
          "not what i asked", "not what we asked", "not what we requested", "not what i requested",
          // what was given asked for again, the request held up by it ("sudah dua kali mengirim identitas lengkap,
          // tetapi masih diminta lagi ... Tolong diperiksa kembali")
          "masih diminta lagi", "diminta lagi", "sudah dua kali mengirim", "sudah tiga kali mengirim", "jadi tertunda",
          "asked again for", "asked for it again",
          "selisih", "tidak konsisten", "berbeda dengan", "uang administrasi", "dimintai uang", "dimintai biaya",
          "diminta membayar", "tanpa kuitansi", "tanpa kwitansi", "tidak sopan", "kasar", "membentak", "rude",
          "mistake", "typo", "discrepancy", "does not add up", "doesn't add up", "do not add up", "inconsistent",
          // data of another region than this office's ("the table you sent is for Kabupaten Tabanan, not Jembrana")
          "not jembrana", "bukan jembrana", "bukan kabupaten jembrana", "not for jembrana", "bukan untuk jembrana",
          "incorrect",
          // rudeness in everyday words ("satpamnya jutek bgt"), our mail sent again and again
          "jutek", "judes", "ketus", "terus mengirim ulang", "terus mengirim",
          // what was sent cannot be read, and had to be typed again
          "tidak terbaca", "tidak dapat dibaca", "tidak bisa dibaca", "mengetik ulang", "unreadable", "illegible",
          // a survey's visit to the writer's home, beside a plea to arrange it otherwise ("petugas survei BPS datang
          // ke rumah hampir jam setengah sepuluh malam ... mohon kalau bisa pendataan dilakukan siang")
          "datang ke rumah", "didatangi", "mendatangi rumah", "came to my house", "visited my house",
          "came to our house", "visited our house",
          // a fee asked for the free service, in English ("told me I would have to pay ... no receipt"); our mail
          // arriving again and again ("email minta penilaian ini datang terus")
          "have to pay", "had to pay", "asked to pay", "asked me to pay", "no receipt", "without a receipt",
          "datang terus", "terus datang", "dikirim terus",
          // a download link gone before it could be used ("The download link in your email had already expired")
          "already expired", "had expired", "link has expired", "link expired", "tautan kedaluwarsa",
          "link sudah kedaluwarsa", "link sudah tidak aktif", "tautan sudah tidak aktif",
          // figures that differ between two of our sources ("Perbedaan angka penduduk di website dan publikasi": two
          // blind authors, each with a check or a plea for the future beside it)
          // (not "perbedaan jumlah penduduk laki-laki dan perempuan": a subject of research)
          "perbedaan angka", "perbedaan ini", "perbedaan tersebut", "figures differ", "numbers differ",
          "different figures",
          // regret or a procedure held convoluted, beside a remedy ("Sangat disayangkan data resmi masih dikirim
          // dalam bentuk gambar. Mohon ke depannya ..."); alone they may be the writer's own circumstance ("Sangat
          // disayangkan saya tidak bisa datang ...", "Kekeringan ini mempersulit petani")
          "sangat disayangkan", "sungguh disayangkan", "sangat menyayangkan", "berbelit", "dipersulit",
          // our mail sent again and again for one ticket ("email permintaan penilaian yang keempat untuk tiket yang
          // sama")
          "yang keempat", "yang kelima", "keempat kalinya", "kelima kalinya", "untuk tiket yang sama",
          "for the same ticket"};
}
std::vector<std::string_view> remedy_phrases() {
  return {"diperiksa", "dicek", "dicheck", "ditindaklanjuti", "tindak lanjut", "ralat", "diralat", "dikoreksi",
          // care asked for, a correction made again ("Ini sudah kali kedua kami harus mengoreksi ... Mohon lebih
          // cermat.")
          "lebih cermat", "harus mengoreksi", "kali kedua", "kali ketiga", "more careful",
          "dibetulkan", "pimpinan", "please check", "look into", "be corrected", "correction", "investigate",
          "diselidiki", "ditertibkan", "ditegur", "dibina", "diperhatikan", "diperhatiin", "dievaluasi",
          "kirim yang benar", "kirimkan yang benar", "dikirim ulang", "kirim ulang", "resend", "send the rest",
          "dilengkapi", "please complete",
          // a fix asked without "mohon" before it ("Tolong lah diperbaiki pelayanannya"), a mail to be stopped, a
          // wrong reported for the office to know ("I think you should know this happened")
          "diperbaiki", "dihentikan", "you should know", "should be aware",
          // a plea to arrange the service otherwise ("mohon diatur supaya tidak terus-terusan rumah yang sama")
          // or the fieldwork done otherwise ("mohon kalau bisa pendataan dilakukan siang ... atau janjian dulu")
          "mohon diatur", "supaya tidak terus", "agar tidak terus", "pendataan dilakukan", "wawancara dilakukan",
          "janjian dulu", "please arrange",
          // how it should be done from now on ("Mohon ke depan data dikirim dalam format Excel", "Please consider
          // sending the files as attachments")
          "mohon ke depan", "mohon ke depannya", "ke depannya mohon", "lain kali mohon", "please consider",
          "in future please",
          "in the future please"};
}

// Every way of saying that no answer came: "belum ada tanggapan", "belum juga mendapat balasan",
// "tidak mendapatkan jawaban", "blm ada respon", "no reply", "haven't heard back".
std::vector<std::string_view> no_answer_phrases() {
  static const std::vector<std::string> no_answer_yet = [] {
    std::vector<std::string> out;
    for (const char* neg : {"belum", "tidak", "blm", "tdk"})
      for (const char* also : {"", "juga "})
        for (const char* get : {"ada ", "mendapat ", "mendapatkan ", "menerima ", "dapat "})
          for (const char* what : {"tanggapan", "balasan", "jawaban", "respon", "respons"})
            out.push_back(std::string(neg) + " " + also + get + what);
    return out;
  }();
  std::vector<std::string_view> out = {
      "tidak ada respon", "tidak ada tanggapan", "tidak dibalas", "belum juga dibalas", "belum ada balasan",
      "belum dijawab", "belum direspon", "belum direspons", "tidak direspon", "belum ada jawaban",
      "tidak dijawab", "belum ditanggapi", "tidak ditanggapi", "belum dibalas", "no reply", "no response",
      "not responded", "still waiting", "blm ada balasan", "blm ada tanggapan", "blm dibalas", "no answer",
      "not received any reply", "have not received a reply", "haven't received a reply", "have not heard back",
      "haven't heard back", "tidak ada kabar", "tidak ada kabarnya", "belum ada kabar", "belum ada kabarnya",
      // "juga" inside, in chat, and in English's passive ("has not been answered yet")
      "belum juga dijawab", "belum juga direspon", "belum juga ditanggapi", "blm dijawab", "blm jg dibalas",
      "blm jg dijawab", "not been answered", "not been replied to", "hasn't been answered",
      // chat's negations and forms ("udah 3 hari chat ga dibales, centang 1 terus"): a message never delivered
      // or read shows one tick
      "ga dibales", "gak dibales", "nggak dibales", "ngga dibales", "ga dibalas", "gak dibalas", "nggak dibalas",
      "tdk dibalas", "blm dibales", "belum dibales", "ga direspon", "gak direspon", "nggak direspon", "ga dijawab",
      "gak dijawab", "centang 1", "centang satu", "ceklis satu", "ceklis 1"};
  out.insert(out.end(), no_answer_yet.begin(), no_answer_yet.end());
  return out;
}

// Phrases that make a mail a complaint or a suggestion whatever else it says.
std::vector<std::string_view> complaint_phrases() {
  return {
      "pengaduan", "aduan", "mengadu", "mengadukan", "keluhan", "mengeluh", "mengeluhkan", "keberatan",
      "kritik", "komplain", "complaint", "complain", "komplen", "kecewa", "mengecewakan",
      "disappointed", "dissatisfied", "unsatisfied", "tidak puas", "kurang puas", "tidak profesional",
      "tidak ramah", "kurang ramah", "pelayanan buruk", "layanan buruk", "pelayanan yang buruk",
      "sangat lambat", "lambat sekali", "tidak kunjung", "poor service", "unacceptable",
      // the wrong thing delivered, and frustration, in either language
      "bukan yang saya minta", "bukan yang kami minta", "tidak sesuai dengan yang saya minta",
      "tidak sesuai permintaan", "tidak sesuai dengan permintaan", "salah kirim", "not what i asked",
      "not what i requested", "not what we requested", "frustrating", "frustrated", "flag a problem",
      "report a problem", "i would like to complain", "i'd like to complain",
      // a wrong that keeps happening, and the office asked to mind it better
      "bukan pertama kali terjadi", "bukan yang pertama kali terjadi", "sudah sering terjadi", "lebih memperhatikan",
      // a fee asked for the free service (its illegal levy, "pungli", is listed below), unease at an officer's
      // visit, silence held against us
      "katanya gratis", "merasa tidak nyaman", "heard nothing", "not acceptable",
      // what was sent falls short of what was asked ("yang saya minta per kecamatan tapi yang dikirim hanya total
      // kabupaten", "filenya kosong"), the wait held against us ("kenapa lama sekali?"), a ticket closed with
      // nothing received, the same wrong again
      "padahal saya minta", "padahal yang saya minta", "padahal kami minta", "tapi yang dikirim", "tetapi yang dikirim",
      "namun yang dikirim", "yang dikirim hanya", "yang dikirimkan hanya", "filenya kosong", "file yang dikirim kosong",
      "tidak ada isinya", "excelnya kosong", "kok kosong", "isinya kosong", "file kosong", "lampirannya kosong",
      "empty file", "file is empty", "file was empty", "sent is empty", "sent was empty", "kenapa lama sekali", "kok lama sekali", "kok lama banget", "kenapa lama banget",
      "kenapa begitu lama", "why so long", "taking so long", "ditutup padahal", "ditutup begitu saja", "ditutup tanpa",
      "ditutup sebelum", "closed before", "closed although", "the second time this", "the third time this",
      "this is the second time", "happened again",
      // a protest at being treated unfairly ("SAYA MAU PROTES ... INI TIDAK ADIL")
      "protes", "memprotes", "tidak adil", "unfair", "protest",
      // suggestions about the service
      "kritik dan saran", "saran dan kritik", "menyampaikan saran", "memberikan saran",
      "saran untuk pelayanan", "saran untuk layanan", "saran bagi pelayanan", "saran perbaikan",
      "saran untuk pst", "saran untuk bps", "masukan dan saran", "saran dan masukan untuk pelayanan",
      "saran dari saya", "small suggestion", "one suggestion", "my suggestion", "a suggestion", "have a suggestion",
      "i would like to suggest", "i'd like to suggest", "would like to suggest", "menyampaikan usulan",
      "menyampaikan usul", "usulan saya", "usul saya", "sekadar usul", "sekedar usul", "sekadar saran",
      "sekedar saran", "semoga usulan", "friendly suggestion", "quick suggestion", "just a suggestion",
      // a suggestion made small ("Ada usul kecil: infografis ... versi berbahasa Bali"), as "small suggestion"
      "usul kecil", "usulan kecil", "saran kecil", "masukan kecil", "sedikit usul", "sedikit saran",
      "sedikit masukan",
      // the office told how to do better next time ("Mohon lain kali format yang diminta diperhatikan")
      "mohon lain kali", "lain kali mohon", "lain kali tolong", "tolong lain kali", "lain kali harap",
      "next time please", "in future please", "in the future please",
      // an error found in what was published or sent (not a question about why figures differ, nor "salah
      // ketik di permintaan saya": the requester's own typo)
      "menemukan perbedaan", "menemukan kesalahan", "menemukan ketidaksesuaian", "menemukan kekeliruan",
      "melaporkan kesalahan", "melaporkan kemungkinan kesalahan", "melaporkan kekeliruan",
      "mohon diralat", "ralatnya", "kurang teliti", "lebih teliti", "tidak menjawab pertanyaan", "did not answer my question",

      "does not answer my question", "doesn't answer my question", "would be a real improvement",
      "would be an improvement", "would be a big improvement", "would be a great improvement",
      "found a discrepancy", "found an error", "found a mistake", "noticed a discrepancy", "noticed an error", "noticed a mistake", "there is an error", "there seems to be an error",
      // the website broken
      "error 404", "404 error", "404 not found", "a 404", "broken link", "broken links", "broken download",
      "link rusak", "link mati", "tautan rusak", "page not found",
      // ... or down with a server's error ("muncul error 503 terus"; that a page does not open, alone, may be a
      // request's aside: "Link di website tidak bisa dibuka dari HP. Kami butuh ...")
      "error 500", "error 502", "error 503", "error 504", "500 error", "502 error", "503 error", "504 error",
      "internal server error", "service unavailable", "website down", "webnya down", "websitenya down",
      // ... or its certificate expired, the browser warning ("sertifikatnya kedaluwarsa", "Koneksi Anda tidak aman")
      "sertifikat kedaluwarsa", "sertifikatnya kedaluwarsa", "sertifikat ssl", "sertifikat situs", "ssl certificate",
      "certificate expired", "certificate has expired", "koneksi anda tidak aman", "connection is not private",
      "connection is not secure",
      "situs down",
      // ... or showing nothing, or an error, in English ("the English version of your website has only shown an
      // empty page, and the links lead to an error. I hope this can be fixed soon.")
      "website not working", "website is not working", "site is not working", "site not working",
      "links not working", "link not working", "links are not working", "link is not working", "lead to an error",
      "leads to an error", "led to an error", "an empty page", "a blank page", "halaman kosong",
      "website tidak berfungsi", "situs tidak berfungsi", "link tidak berfungsi", "tautan tidak berfungsi",
      "can be fixed soon", "hope this can be fixed", "hope it can be fixed", "be fixed soon",
      // no news after waiting, asked again and again
      "tidak ada yang angkat",
      "tidak ada yang mengangkat", "jangan cuma janji", "ketiga kalinya", "kedua kalinya", "kesekian kalinya",
      "sudah berkali-kali", "for the third time", "still no answer", "still no reply",
      // a fix asked for: what was published or sent is wrong
      "mohon diperbaiki", "tolong diperbaiki", "mohon segera diperbaiki", "harap diperbaiki", "please fix",
      "dan diperbaiki", "agar diperbaiki", "supaya diperbaiki", "untuk diperbaiki", "dirugikan", "sangat merugikan",
      // the service or its system to be mended ("Mohon sistemnya diperbaiki", "diperbaiki pelayanannya")
      "pelayanannya diperbaiki", "diperbaiki pelayanannya", "layanannya diperbaiki", "diperbaiki layanannya",
      "sistemnya diperbaiki", "diperbaiki sistemnya",
      // being asked to pay, or served improperly
      "pungli", "pungutan liar", "tidak pantas", "tidak etis", "improper", "inappropriate", "unprofessional",
      "unethical",
      "salah tahun", "datanya salah", "data yang dikirim salah", "yang dikirim salah", "yang dikirim keliru",
      "wrong year", "wrong data", "wrong file", "wrong table", "dikirim ulang data yang benar",
      "kirimkan data yang benar", "kirim ulang data yang benar", "send the correct data", "resend the correct",
      // the website or a file cannot be reached
      "tidak bisa diakses", "tidak dapat diakses", "gak bisa diakses", "tidak bisa diunduh", "tidak dapat diunduh",
      "gagal diunduh", "cannot be accessed", "can't be accessed", "cannot access the", "can't access the",
      // what we sent cannot be opened (a link "tidak bisa dibuka dari HP" on the website is a request's aside)
      "dikirim tidak bisa dibuka", "dikirim tidak dapat dibuka", "file tidak bisa dibuka", "filenya tidak bisa dibuka",
      "lampiran tidak bisa dibuka", "lampirannya tidak bisa dibuka", "file tidak dapat dibuka",
      "file rusak", "filenya rusak", "file yang dikirim rusak", "lampirannya rusak", "cannot open the file", "can't open the file",
      "file is corrupted", "file seems corrupted", "file is corrupt",
      // a suggestion offered ("alangkah baiknya jika data dikirim dalam Excel" asks politely: not here)
      "sekadar masukan", "sekedar masukan", "i would suggest", "memberi masukan", "memberikan masukan",
      "menyampaikan masukan",
      // how one was served, to be taken to heart ("Mohon menjadi perhatian agar pengunjung berikutnya tidak
      // mengalami hal yang sama")
      "mohon menjadi perhatian", "agar menjadi perhatian", "tidak mengalami hal yang sama", "menunggu terlalu lama",
      "menunggu hampir satu jam", "menunggu lebih dari satu jam",
      // a procedure held convoluted ("Prosedurnya terlalu berbelit untuk pelaku usaha kecil"), a rule of the service
      // asked to be reconsidered ("Mohon aturan ini ditinjau ulang", "I would kindly ask you to reconsider this rule":
      // two blind authors)
      "prosedurnya berbelit", "prosedurnya terlalu berbelit", "prosedur yang berbelit", "terlalu berbelit",
      "sangat berbelit",
      "aturan ini ditinjau", "aturan ini dikaji", "kebijakan ini ditinjau", "persyaratan ini ditinjau", "mohon ditinjau ulang", "mohon ditinjau kembali", "agar ditinjau ulang",
      "agar ditinjau kembali",
      "reconsider this rule", "reconsider the rule", "reconsider this requirement", "reconsider the requirement",
      "reconsider this policy", "too bureaucratic", "overly bureaucratic",
      // displeasure said outright ("I am unhappy with how this was handled")
      "unhappy with", "not happy with", "i am unhappy", "i'm unhappy"};
}

// Polite formulas and statistical indicators that use the complaint words; each contains one of
// kNotComplaintAnchors, so a text without those has none of them (and is not rewritten).
constexpr std::array<std::string_view, 45> kNotComplaint = {
    // advice the writer was given, and complaints as a research topic ("Dosen saya memberikan masukan agar saya
    // memakai data BPS", "skripsi saya tentang keluhan pelanggan PDAM")
    "dosen saya memberikan masukan", "dosen saya memberi masukan", "pembimbing saya memberikan masukan",
    "masukan dari dosen", "masukan dari pembimbing", "memberikan masukan agar saya", "memberi masukan agar saya",
    "tentang keluhan", "mengenai keluhan", "keluhan pelanggan", "penanganan keluhan", "penanganan pengaduan",
    // a proposal the writer makes to another body, which the data asked for is to support ("menyampaikan
    // usulan kepada pemerintah provinsi terkait bantuan bagi nelayan")
    "usulan kepada pemerintah", "usulan kepada dinas", "usulan ke pemerintah", "usulan ke dinas",
    "tidak keberatan", "tdk keberatan", "gak keberatan", "nggak keberatan", "tak keberatan",
    "tidak merasa keberatan", "keluhan kesehatan", "keluhan utama", "data pengaduan",
    "jumlah pengaduan", "data keluhan", "jumlah keluhan", "mohon saran", "minta saran",
    "meminta saran", "butuh saran", "saran dari bapak", "saran dari ibu", "sarannya",
    "saran pembimbing", "saran dosen", "no complaint", "without complaint", "tidak ada keluhan",
    "if you don't mind", "keberatan jika", "keberatan apabila", "keberatan kalau", "keberatan bila"};
constexpr std::array<std::string_view, 8> kNotComplaintAnchors = {"keberatan", "keluhan", "pengaduan", "saran",
                                                                   "complaint", "mind",      "usulan",   "masukan"};
static_assert(text::anchors_cover(kNotComplaint, kNotComplaintAnchors));

// An out-of-office answer written only in the body (no Auto-Submitted, no telling subject): it
// says the writer is away AND that they cannot answer now or whom to ask meanwhile, in a short
// text that asks for nothing. "Saya sedang cuti, mohon kirim datanya" is a request, not this.
// lower(normalize(own_text)), at most `cap` bytes of it: the one made by WordsView when given.
std::string lowered(std::string_view own_text, std::string_view own_low, std::size_t cap) {
  if (!own_low.empty() || own_text.empty()) return std::string(own_low.substr(0, std::min(own_low.size(), cap)));
  return text::lower(text::normalize(own_text.substr(0, std::min(own_text.size(), cap))));
}

// The text with its wrapped lines joined ("saya menemukan\nperbedaan angka", "limited access\nto
// email"), so a phrase broken by a line break is still found; a blank line still separates.
std::string unwrapped(std::string s) {
  // From line break to line break by memchr (a byte at a time was a fifth of the complaint check).
  for (std::size_t i = s.find('\n'); i != std::string::npos; i = s.find('\n', i + 1))
    if ((i + 1 >= s.size() || s[i + 1] != '\n') && (i == 0 || s[i - 1] != '\n')) s[i] = ' ';
  return s;
}

// That no answer came is a complaint, except in a mail that only asks where its request stands
// ("Bagaimana status permintaan saya? Sampai hari ini belum ada balasan."): a follow-up on the ticket.
bool no_answer_is_complaint(std::string_view low) {
  static const text::PhraseSet status_question{
      "status", "sudah diproses", "sedang diproses", "masih diproses", "dalam proses", "sampai mana",
      "perkembangan", "menanyakan kabar", "apakah sudah", "any update", "an update", "been processed",
      "being processed", "progress of", "where my request stands"};
  return !status_question.any(low);
}

bool out_of_office_text(std::string_view own_text, std::string_view own_low, bool concrete_request) {
  if (own_text.size() > 1200) return false;
  const std::string s = unwrapped(lowered(own_text, own_low, own_text.size() * 2));
  static const text::PhraseSet kAway{
      "sedang cuti", "cuti tahunan", "sedang tidak di kantor", "di luar kantor", "dinas luar", "perjalanan dinas",
      "tugas luar", "out of the office", "out of office", "on leave", "on annual leave", "currently away",
      "away from the office", "business trip", "on a trip", "travelling", "traveling", "in the field",
      "not in the office", "tidak berada di kantor", "sedang diklat", "sedang pelatihan", "cuti melahirkan", "umrah",
      "umroh", "ibadah haji", "sedang bertugas di luar",
      // away where no mail reaches ("trekking in Nepal ... with no reliable internet")
      "no internet", "no reliable internet", "without internet", "limited internet", "no signal", "tanpa sinyal",
      "susah sinyal", "sinyal terbatas", "on holiday", "on vacation", "sedang berlibur", "sedang liburan",
      "out of town", "luar kota", "away until", "parental leave", "maternity leave", "paternity leave", "sick leave",
      "medical leave", "study leave", "sabbatical", "cuti sakit", "cuti besar", "cuti bersalin",
      // on a course, retired, or a mailbox no longer read
      "mengikuti diklat", "mengikuti pelatihan", "mengikuti pendidikan dan pelatihan", "sudah pensiun",
      "telah pensiun", "memasuki masa pensiun", "mengikuti bimbingan teknis", "mengikuti bimtek", "sedang bimtek",
      "email ini tidak aktif", "tidak aktif lagi", "no longer monitored", "no longer with", "have retired",
      "has retired",
      // an office closed for a holiday ("Kantor kami tutup sementara untuk libur akhir tahun hingga 4 Januari")
      "kantor kami tutup", "tutup sementara", "libur akhir tahun", "libur natal", "libur lebaran", "cuti bersama",
      "office is closed", "office will be closed", "closed for the holidays", "holiday closure"};
  const bool away = kAway.any(s);
  // A request names a need, and an auto-reply may seem to ("patchy internet" is a topic): only a text
  // that is away and says it is automatic is an auto-reply then.
  if (concrete_request && !away) return false;
  static const text::PhraseSet kAutoWords{
      "tidak dapat membalas", "belum dapat membalas", "tidak bisa membalas", "akan membalas", "akan saya balas",
      "akan segera saya balas", "akses email terbatas", "untuk hal mendesak", "untuk keperluan mendesak",
      "untuk hal yang mendesak", "silakan hubungi", "will reply", "will respond", "will get back",
      "limited access to email", "limited access to e-mail", "for urgent matters", "please contact", "will be back",
      "upon my return", "when i return", "setelah kembali", "setelah saya kembali", "saat kembali", "won't see",
      "will not see", "until i'm back", "until i am back", "when i'm back", "once i'm back", "once i am back",
      "sekembalinya", "begitu kembali", "baru bisa membalas", "baru dapat membalas", "akan dibalas",
      "akan kami balas", "akan segera kami balas", "setelah kami kembali", "we will reply", "we will respond",
      // whom to ask meanwhile, and a mailbox not read ("tidak memeriksa email secara rutin. Untuk urusan program,
      // silakan menghubungi sekretariat ...")
      "silakan menghubungi", "silahkan menghubungi", "silahkan hubungi", "dapat menghubungi", "hubungi rekan",
      "tidak memeriksa email", "jarang memeriksa email", "tidak membuka email", "not checking email",
      "not be checking", "checking email only", "checking my email only", "limited access to my email"};
  const bool auto_words = kAutoWords.any(s);
  // "Pesan ini dikirim otomatis", "This is an automatic reply": the text says what it is.
  static const text::PhraseSet kSaysAutomatic{
      "dikirim otomatis", "dikirim secara otomatis", "pesan otomatis", "balasan otomatis",
      // "Email ini dibalas secara otomatis", "sent automatically" (not "jangan dibalas otomatis terus",
      // a complaint about ours)
      "ini dibalas secara otomatis", "ini dibalas otomatis", "ini terkirim otomatis", "ini terkirim secara otomatis",
      "was sent automatically", "jawaban otomatis", "email otomatis", "automatic reply", "automatically generated",
      "auto-generated", "this is an automated", "automated response", "automatic response", "automatic message",
      "automated message", "pesan ini otomatis", "dikirim oleh sistem", "mohon tidak membalas",
      "jangan membalas email ini", "do not reply to this", "please do not reply", "ticket has been created",
      "tiket anda telah dibuat", "has been opened", "your message has been received", "your email has been received"};
  const bool says_automatic = kSaysAutomatic.any(s);
  if (concrete_request) return says_automatic;
  return (away && auto_words) || says_automatic;
}


}  // namespace

std::string bounce_reason(const DecodedMail& m) {
  if (!m.dsn.empty()) return "delivery-status report";
  if (m.content_type == "multipart/report") {
    const std::string* ct = header_of(m, "Content-Type");
    if (ct == nullptr || icontains(*ct, "delivery-status") || !icontains(*ct, "report-type")) return "multipart/report";
  }
  std::string lp = local_part(m.from);
  if (lp == "mailer-daemon" || lp == "mailer_daemon") return "sender MAILER-DAEMON";
  if (m.from && text::icontains(m.from->name, "mail delivery")) {
    if (dsn_subject(m.subject)) return "mail delivery subsystem";
  }
  std::string rp(text::trim(m.return_path));
  if ((rp == "<>" || lp == "postmaster") && dsn_subject(m.subject)) return "null return path, delivery failure subject";
  return {};
}

std::string auto_reply_reason(const DecodedMail& m) {
  if (const std::string* v = header_of(m, "Auto-Submitted")) {
    std::string val = text::lower(text::trim(v->substr(0, v->find(';'))));
    if (!val.empty() && val != "no") return "Auto-Submitted: " + val;
  }
  for (std::string_view h : {"Precedence", "X-Precedence"}) {
    if (const std::string* v = header_of(m, h)) {
      std::string val = text::lower(text::trim(*v));
      if (val == "bulk" || val == "list" || val == "junk" || val == "auto_reply" || val == "auto-reply")
        return std::string(h) + ": " + val;
    }
  }
  for (std::string_view h : {"X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Response-Suppress",
                             "X-Autogenerated", "X-Loop", "List-Id", "List-Unsubscribe", "X-AutoReply-From",
                             "X-Mail-Autoreply", "X-FC-MachineGenerated"}) {
    if (header_of(m, h) != nullptr) return std::string(h);
  }
  std::string rp(text::trim(m.return_path));
  if (rp == "<>") return "Return-Path: <>";
  std::string lp = local_part(m.from);
  for (std::string_view n : {"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
                             "mailer-daemon", "postmaster", "autoreply", "auto-reply", "bounce", "bounces"})
    if (lp == n || (lp.size() > n.size() && lp.starts_with(n) && lp[n.size()] == '+') ||
        (n.size() > 6 && lp.find(n) != std::string::npos))
      return "sender " + lp;
  if (out_of_office_subject(m.subject)) return "out-of-office subject";
  return {};
}

namespace {

// A sentence that says a channel of the service failed the writer ("Telepon kantor tidak pernah
// diangkat", "tidak ada petugas di meja PST selama 40 menit", "nobody answers the hotline") or proposes how
// it should run ("saya mengusulkan agar PST dibuka pada hari Sabtu"): something of the service itself,
// named with what went wrong or what should change, in one sentence.
// The service's promised time, cited: its working days or its standard ("paling lambat 3 hari kerja",
// "within three working days"; not a requester's own "paling lambat Jumat").
std::vector<std::string_view> promise_phrases() {
  return {"3 hari kerja", "tiga hari kerja", "3 (tiga) hari kerja", "standar pelayanan", "maklumat pelayanan",
          "dijanjikan", "janjinya", "3 working days", "three working days", "service standard", "promised"};
}
// A delay ("sudah 10 hari kerja ... sampai sekarang belum", "keterlambatan", "overdue").
std::vector<std::string_view> late_phrases() {
  return {"keterlambatan", "terlambat", "sudah lewat", "telah lewat", "melewati", "lewat dari", "sampai sekarang belum",
          "hingga kini belum", "hingga saat ini belum", "sampai saat ini belum", "overdue", "has passed", "have passed",
          "already passed", "still no", "still not", "delay",
          // "Sampai hari ini, dua minggu kemudian, belum ada data maupun kabar": today, past the promise
          "sampai hari ini", "hingga hari ini", "belum ada data maupun",
          // in chat: "udh 2 minggu lebih kok data sy blm dikirim jg"
          "belum dikirim", "blm dikirim", "belum juga dikirim", "blm jg dikirim", "minggu lebih", "bulan lebih",
          // "Katanya maksimal 3 hari kerja ya, ini udah hari ke-11": the day count past the promise
          "udah hari ke", "sudah hari ke", "sdh hari ke", "udh hari ke"};
}

std::vector<std::string_view> service_phrases() {
  return {"tidak pernah diangkat", "tidak diangkat", "gak diangkat", "ga diangkat", "nggak diangkat", "tdk diangkat",
          "gk diangkat", "tidak pernah dijawab", "tidak ada petugas", "tidak aktif",
          // a chat never answered ("wa pst nya ga pernah dibales", "cuma centang 2 doang")
          "tidak pernah dibalas", "tdk pernah dibalas", "ga pernah dibales", "gak pernah dibales", "ga pernah dibalas",
          "gak pernah dibalas", "nggak pernah dibales", "nggak pernah dibalas", "centang 2", "centang dua",
          "tidak bisa dihubungi", "tidak dapat dihubungi", "hanya centang satu", "centang satu", "never answered",
          "never picks up", "nobody answers", "no one answers", "no one answered", "nobody answered", "unreachable",
          "nobody picked up", "no one picked up", "nobody picks up", "no one picks up", "no way to reach",
          // a promise of the service not kept ("Mohon jam layanan ditepati"; "pintu PST sudah dikunci")
          "ditepati", "sudah dikunci",
          "no staff", "mengusulkan agar", "mengusulkan supaya", "usul agar", "usulan agar", "usul supaya",
          "propose that", "suggest that",
          // an officer's misconduct, or someone posing as one ("mengaku petugas BPS minta transfer")
          "memaksa masuk", "tanpa surat tugas", "tidak membawa surat tugas", "mengaku petugas", "mengaku sebagai petugas",
          "tidak menunjukkan tanda pengenal", "tanpa tanda pengenal", "tidak membawa tanda pengenal",
          "tidak menunjukkan identitas", "tidak memakai tanda pengenal",
          "mengatasnamakan", "minta transfer", "meminta transfer"};
}

// Whether the sentence around a service phrase found at [b, e) names a channel of the service.
bool names_a_channel_around(std::string_view s, std::size_t b, std::size_t e) {
  static const text::WordSet kChannel = {
      "telepon", "telpon", "telp", "whatsapp", "website", "situs", "laman", "hotline", "petugas", "pegawai",
      "satpam", "meja", "loket", "antrian", "antrean", "pst", "layanan", "pelayanan", "phone", "officer",
      "counter", "queue", "wa"};  // not "kantor"/"office": as often the writer's own
  const std::size_t open = s.find_last_of(".!?\n", b);
  const std::size_t from = open == std::string_view::npos ? 0 : open + 1;
  std::size_t to = s.find_first_of(".!?\n", e);
  if (to == std::string_view::npos) to = s.size();
  bool channel = false;
  text::for_each_run(s.substr(from, to - from), text::is_alpha_ascii, [&](std::string_view w, std::size_t) {
    channel = channel || kChannel.contains(w);
  });
  return channel;
}

// The complaint word at [b, e) of `s` is "mengeluh(kan)" with a group of people other than the writer a few
// words before it ("anggota kami sering mengeluh", "warga banyak yang mengeluhkan", "farmers complain").
bool others_complain(std::string_view s, std::size_t b, std::size_t e) {
  const std::string_view said = s.substr(b, e - b);
  if (!said.starts_with("mengeluh") && !said.starts_with("complain")) return false;
  static const text::WordSet kOthers = {"anggota", "warga", "petani", "nelayan", "masyarakat", "pelanggan", "pedagang",
                                        "konsumen", "peternak", "pengrajin", "penduduk", "pelaku", "members", "farmers",
                                        "residents", "fishers", "fishermen", "customers", "traders", "villagers"};
  std::size_t p = b, words = 0;
  while (p > 0 && words < 4) {
    std::size_t q = p;
    while (q > 0 && s[q - 1] == ' ') --q;
    if (q == 0 || !text::is_alpha_ascii(s[q - 1])) return false;  // a sentence's or a line's start
    std::size_t w = q;
    while (w > 0 && text::is_alpha_ascii(s[w - 1])) --w;
    if (kOthers.contains(s.substr(w, q - w))) return true;
    p = w;
    ++words;
  }
  return false;
}

// "di tanda terima tertulis instansi saya Universitas Udayana, yang benar ...": the writer corrects what our
// acknowledgement wrote of them.
bool corrects_own_record(const std::string& s) {
  return has_any(s, {"tertulis", "ditulis", "written", "listed"}) &&
         has_any(s, {"instansi saya", "instansinya", "nama saya", "afiliasi saya", "my affiliation", "my name",
                     "my institution"}) &&
         has_any(s, {"yang benar", "yg benar", "seharusnya", "harusnya", "should be", "correct"});
}

// Whether every complaint phrase among `matches` is excused: others' complaints of something else ("Anggota
// kami sering mengeluh harga ikan jatuh": the reason for a request), or the fix asked of the writer's own
// record that the mail corrects ("... yang benar Universitas Pendidikan Nasional. Mohon diperbaiki.").
bool complaints_all_excused(const std::string& s, const std::vector<text::PhraseSet::Match>& matches) {
  std::optional<bool> own_record;  // read once, only when a fix is asked
  return std::all_of(matches.begin(), matches.end(), [&](const text::PhraseSet::Match& m) {
    if (group_of(m.phrase) != kComplaint || others_complain(s, m.begin, m.end)) return true;
    const std::string_view said = std::string_view(s).substr(m.begin, m.end - m.begin);
    if (said.find("diperbaiki") == std::string_view::npos && said.find("fix") == std::string_view::npos) return false;
    if (!own_record) own_record = corrects_own_record(s);
    return *own_record;
  });
}

// The complaint phrases in `s`: the subject (its first `subject_size` bytes), a line break, and the first bytes of
// `own_low`, its single line breaks made spaces (unwrapped), read from `own_hits` (the runs of `own_low` that open a
// phrase) instead of word by word. The same as complaint_words().matches(s), in the same order.
std::vector<text::PhraseSet::Match> complaint_matches(const std::string& s, std::size_t subject_size,
                                                      std::string_view own_low, const text::PhraseHits& own_hits) {
  const text::PhraseSet& l = complaint_words();
  std::vector<text::PhraseSet::Match> out;
  const auto add = [&](const text::PhraseSet::Match& m) {
    out.push_back(m);
    return true;
  };
  const auto at_word = [&](std::size_t i, std::size_t e) {
    if (const std::uint32_t slot = l.first_words().find(std::string_view(s).substr(i, e - i)); slot != text::WordIndex::npos)
      l.at_run(s, i, e, slot, add);
    return true;
  };
  text::for_each_class_run<text::RunClass::alnum>(std::string_view(s).substr(0, subject_size), at_word);
  const std::size_t body = subject_size + 1, read = s.size() - body;  // own_low[0, read) is s[body, ...)
  for (const text::PhraseOpeners::Hit& h : own_hits.hits) {
    if (h.end > read) break;
    l.at_run(s, body + h.begin, body + h.end, h.value, add);
  }
  // A word the end of what is read cuts ("tidakx" read as "tidak") is looked up as it is cut.
  if (read > 0 && read < own_low.size() && text::is_of_class<text::RunClass::alnum>(own_low[read - 1]) &&
      text::is_of_class<text::RunClass::alnum>(own_low[read])) {
    std::size_t i = read - 1;
    while (i > 0 && text::is_of_class<text::RunClass::alnum>(own_low[i - 1])) --i;
    at_word(body + i, body + read);
  }
  l.odd_in(s, add);
  text::PhraseSet::sort_by_place(out);
  return out;
}

}  // namespace

const text::PhraseSet& complaint_lexicon() { return complaint_words(); }

bool is_complaint(std::string_view subject, std::string_view own_text, std::string_view own_low,
                  const text::PhraseHits& own_hits) {
  const std::string subject_low = text::lower(subject);
  std::string s = subject_low + "\n" + unwrapped(lowered(own_text, own_low, 6 * 1024));
  bool blanked = false;
  s = text::blank_phrases(std::move(s), kNotComplaint, kNotComplaintAnchors, &blanked);
  // The runs of own_low are those of s only where nothing was blanked (a blanked phrase may leave a word whole).
  const std::vector<text::PhraseSet::Match> matches =
      own_hits.given && !own_low.empty() && !blanked
          ? complaint_matches(s, subject_low.size(), own_low, own_hits)
          : complaint_words().matches(s);
  std::array<bool, 7> found{};
  for (const text::PhraseSet::Match& m : matches) found[group_of(m.phrase)] = true;
  if (found[kComplaint] && !complaints_all_excused(s, matches)) return true;
  // Our promised time held against a delay: the standard held against us, even beside "when will it come?".
  if (found[kPromise] && found[kLate]) return true;
  if (found[kNoAnswer]) return no_answer_is_complaint(s);
  if (found[kWrong] && found[kRemedy]) return true;
  for (const text::PhraseSet::Match& m : matches)
    if (group_of(m.phrase) == kService && names_a_channel_around(s, m.begin, m.end)) return true;
  std::string subj = s.substr(0, s.find('\n'));
  // "DATA PENDUDUK DESA WARNASARI SALAH": a subject that calls something wrong ("salah satu" is "one of").
  for (std::size_t p = subj.find("salah"); p != std::string::npos; p = subj.find("salah", p + 1))
    if ((p == 0 || !text::is_alpha_ascii(subj[p - 1])) &&
        (p + 5 == subj.size() || !text::is_alpha_ascii(subj[p + 5])) && subj.compare(p + 5, 5, " satu") != 0 &&
        subj.compare(p + 5, 6, " paham") != 0)
      return true;
  // A subject that reports something wrong: "Data tidak sesuai", "Website error", "Link rusak".
  if (has_any(subj, {"saran", "suggestion", "masukan untuk pelayanan", "feedback", "tidak sesuai", "error",
                     "website not working", "site not working", "link not working", "links not working",
                     "tidak berfungsi",
                     "tidak bisa diakses", "tidak dapat diakses", "rusak", "discrepancy", "inconsistent"}))
    return true;
  return false;
}

bool asks_something_new(std::string_view own_text, std::string_view own_low, bool concrete_request) {
  if (concrete_request) return true;
  std::string s = unwrapped(lowered(own_text, own_low, 6 * 1024));
  static constexpr std::array<std::string_view, 5> kApologies = {"mohon maaf", "mohon dimaafkan", "minta maaf",
                                                                 "mohon izin", "mohon ijin"};
  static constexpr std::array<std::string_view, 3> kApologyAnchors = {"maaf", "izin", "ijin"};
  static_assert(text::anchors_cover(kApologies, kApologyAnchors));
  s = text::blank_phrases(std::move(s), kApologies, kApologyAnchors);
  if (s.find('?') != std::string::npos) return true;
  static const text::PhraseSet asking{
      "minta", "meminta", "mohon", "memohon", "butuh", "membutuhkan", "perlu", "memerlukan",
      "bisakah", "apakah", "boleh", "tambahan", "request", "could you", "can you", "would you",
      "need", "bagaimana", "berapa", "tolong", "please send", "please provide", "ingin", "mau",
      "masih ada pertanyaan", "pertanyaan", "another question", "one more"};
  return asking.any(s);
}

Classification classify(const DecodedMail& m, const ClassifyInput& in) {
  Classification c;
  // Which ticket: subject tag, our Message-ID in the thread headers, or the sender's own words.
  if (auto t = find_subject_tag(m.subject)) c.ticket_ref = t->str();
  bool thread = c.ticket_ref.has_value();
  if (!c.ticket_ref) {
    for (const auto* ids : {&m.in_reply_to, &m.references})
      for (auto it = ids->rbegin(); it != ids->rend() && !c.ticket_ref; ++it)
        if (auto t = ticket_from_message_id(*it)) c.ticket_ref = t->str();
    thread = c.ticket_ref.has_value();
  }
  std::optional<std::string> cited;  // a ticket number in the own words, or in the subject outside a tag
  if (auto t = find_ticket_number_in_text(in.own_text)) cited = t->str();
  else if (auto s = find_ticket_number_in_text(m.subject)) cited = s->str();

  if (std::string r = bounce_reason(m); !r.empty()) {
    c.kind = MailKind::bounce;
    c.auto_reason = r;
    if (!c.ticket_ref && !m.dsn_original_message_id.empty())
      if (auto t = ticket_from_message_id(m.dsn_original_message_id)) c.ticket_ref = t->str();
    if (!c.ticket_ref)
      if (auto t = find_ticket_number_in_text(m.text.substr(0, std::min<std::size_t>(m.text.size(), 64 * 1024))))
        c.ticket_ref = t->str();
    return c;
  }
  // An automatic answer refers to the ticket its subject or text names; the thread headers its
  // software copied from our mail do not make it cite one (the intake still files it on the thread's
  // ticket by our Message-ID: queue/intake.cc).
  const bool tagged = find_subject_tag(m.subject).has_value();
  if (std::string r = auto_reply_reason(m); !r.empty()) {
    c.kind = MailKind::auto_reply;
    c.auto_reason = r;
    if (!tagged) c.ticket_ref = cited;
    return c;
  }
  if (out_of_office_text(in.own_text, in.own_low, in.concrete_request && !in.request_only_in_subject)) {
    c.kind = MailKind::auto_reply;
    c.auto_reason = "out-of-office text";
    if (!tagged) c.ticket_ref = cited;
    return c;
  }
  if (!c.ticket_ref && cited) c.ticket_ref = cited;
  // A new mail, outside any thread, that cites a ticket and states a new concrete need ("Terima kasih
  // untuk data minggu lalu (tiket PST-2026-00560). Saya juga memerlukan data ...") is a new request
  // that refers to the old one; citing a ticket to ask about it or to thank is a reply on it.
  const bool new_request_citing = !thread && cited && in.concrete_request;
  bool reply = thread || (cited.has_value() && !new_request_citing);
  // A new mail that cites its ticket to rate it ("Penilaian untuk tiket PST-...: nilai saya 1. Sudah tiga
  // kali saya minta data per desa ...") gives its score even beside a need it repeats.
  const bool rates_cited = new_request_citing && (text::icontains(m.subject, "penilaian") ||
                                                  text::icontains(m.subject, "rating") ||
                                                  text::icontains(in.own_text.substr(0, 400), "penilaian"));
  if (reply || rates_cited) c.rating = in.rating ? in.rating : in.find_rating ? in.find_rating() : std::nullopt;
  if (c.rating) {
    c.kind = MailKind::rating;
    return c;
  }
  if (is_complaint(m.subject, in.own_text, in.own_low, in.own_hits)) {
    c.kind = MailKind::complaint;
    c.cited_ticket = cited ? cited : (thread ? c.ticket_ref : std::nullopt);
    return c;
  }
  if (reply) {
    c.kind = MailKind::reply;
    c.asks_something_new = asks_something_new(in.own_text, in.own_low, in.concrete_request);
    return c;
  }
  // A new mail that only thanks for data it received ("Kami sampaikan terima kasih atas data ... yang
  // dikirimkan Jumat lalu") answers an earlier exchange: a reply, though it cites no ticket.
  if (!in.concrete_request && says_data_received(lowered(in.own_text, in.own_low, 600))) {
    c.kind = MailKind::reply;
    c.asks_something_new = false;
    return c;
  }
  c.kind = MailKind::request;
  if (new_request_citing) c.cited_ticket = cited;
  return c;
}

}  // namespace pst
