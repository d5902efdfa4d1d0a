// analyse.cc: see analyse.h.
#include "parsers/analyse.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "common/ticket_number.h"
#include "parsers/classify.h"
#include "parsers/confidence.h"
#include "parsers/introduction.h"
#include "parsers/language.h"
#include "parsers/mime_address.h"
#include "parsers/own_words.h"
#include "parsers/own_words_scan.h"
#include "parsers/phrase_set.h"
#include "parsers/rating.h"
#include "parsers/request_detail.h"
#include "parsers/text_scan.h"
#include "parsers/words_view.h"

namespace pst {
namespace {

// A subject set out in parts, as a file name is ("Permohonan Data_Nama_Kampus") or with spaced dashes or bars
// ("Permohonan Data - Nama - Kampus"): the parts, the first being what the mail is about. One part when none.
std::vector<std::string_view> subject_parts(std::string_view subject) {
  std::vector<std::string_view> parts;
  // "[Permohonan Data] Sinta Maharani - Undhira": a tag in brackets (not a ticket's) is what the mail is about.
  if (subject.starts_with('['))
    if (const std::size_t close = subject.find(']');
        close != std::string_view::npos && close + 1 < subject.size() &&
        !parse_ticket_number(subject.substr(1, close - 1))) {
      parts.push_back(text::trim(subject.substr(1, close - 1)));
      subject = text::trim(subject.substr(close + 1));
    }
  for (std::string_view sep : {"_", " - ", " | ", " \xE2\x80\x93 "}) {
    if (subject.find(sep) == std::string_view::npos) continue;
    for (std::size_t b = 0;;) {
      const std::size_t e = subject.find(sep, b);
      parts.push_back(text::trim(subject.substr(b, e == std::string_view::npos ? e : e - b)));
      if (e == std::string_view::npos) break;
      b = e + sep.size();
    }
    return parts;
  }
  parts.push_back(subject);
  return parts;
}

// "BRIDA Provinsi Bali (Kajian Ekonomi Biru)": the part before a topic in brackets at its end.
std::string_view without_topic_in_brackets(std::string_view tail) {
  tail = text::trim(tail);
  if (const std::size_t open = tail.find(" ("); open != std::string_view::npos && tail.ends_with(')'))
    tail = text::trim(tail.substr(0, open));
  return tail;
}

// "Permohonan Data Skripsi a.n. Cut Nyak Rahmah Fitria (Universitas Syiah Kuala)": a new mail's subject
// that names whom it is for. Its name stands where the text gives none or a part of it ("Rahmah"
// signing); its organisation where the text names none.
void introduction_in_subject(std::string_view subject, Introduction& who) {
  const std::string low = text::lower(subject);
  // "Permohonan data dari Dinas Pariwisata Kabupaten Jembrana", "Permohonan Data - BRIDA Provinsi Bali":
  // a new mail's subject that ends with the sending body, when the text names none.
  // "dari"/"from" only after a request or a letter ("Data penduduk dari Disdukcapil" is where data comes
  // from).
  bool a_request_from = false;
  for (std::string_view opening : {"permohonan", "permintaan", "surat", "request", "letter"})
    a_request_from = a_request_from || low.starts_with(opening);
  // "Permohonan Data Skripsi_Baiq Rahmawati_Universitas Teknologi Sumbawa": a file name's underscores
  // part it as " - " does, and the body may be any part after the first ("Permohonan Data_Yohanes
  // Kristianto_IPB University_Skripsi Kelapa"); what the mail is about may follow in brackets ("... - BRIDA
  // Provinsi Bali (Kajian Ekonomi Biru)").
  const std::vector<std::string_view> parts = subject_parts(subject);
  if (!who.institution) {
    for (std::string_view sep : {" dari ", " from "}) {
      const std::size_t p = low.rfind(sep);
      if (p == std::string::npos || !a_request_from) continue;
      if (auto o = organisation_written_whole(without_topic_in_brackets(subject.substr(p + sep.size())))) {
        who.institution = *o;
        break;
      }
    }
    for (std::size_t k = parts.size(); !who.institution && k > 1; --k)
      if (auto o = organisation_written_whole(without_topic_in_brackets(parts[k - 1]))) who.institution = *o;
  }
  // "..._Baiq Rahmawati_Universitas ...", "Permohonan Data Skripsi - Rizky Aditya Nugroho - IPB University": a
  // part that is a whole name, of which the text's signature is a part ("Rahma", "Rizky").
  // Only a part of which the text's name starts a word ("Rahma" of "Rahmawati"), and longer, is read as a name.
  const std::string mine = who.name ? text::lower(*who.name) : std::string();
  const auto extends_mine = [&](std::string_view part) {
    const std::string full = text::lower(part);
    bool starts = false;
    text::for_each_run(full, [](char c) { return c != ' '; },
                       [&](std::string_view word, std::size_t) { starts = starts || word.starts_with(mine); });
    return starts && full.size() > mine.size();
  };
  for (std::size_t k = 1; k < parts.size() && who.name; ++k) {
    const std::string_view part = parts[k];
    if (part.empty() || !extends_mine(part) || find_institution_in(part)) continue;
    const Introduction named = find_introduction("Saya " + std::string(part) + ".");
    if (named.name && text::iequals(*named.name, part)) {
      who.name = named.name;
      break;
    }
  }
  std::size_t at = std::string::npos, len = 0;
  for (std::string_view marker : {"a.n.", "a.n ", "an.", "atas nama"}) {
    const std::size_t p = low.find(marker);
    if (p != std::string::npos && (p == 0 || low[p - 1] == ' ') && (at == std::string::npos || p < at)) {
      at = p;
      len = marker.size();
    }
  }
  if (at == std::string::npos) return;
  const Introduction named = find_introduction("Saya " + std::string(text::trim(subject.substr(at + len))) + ".");
  if (named.name) {
    // The text's name is part of the subject's ("Rahmah" of "Cut Nyak Rahmah Fitria"), or there is none.
    bool part = true;
    if (who.name) {
      const std::string full = text::lower(*named.name);
      text::for_each_run(text::lower(*who.name), [](char c) { return c != ' '; },
                         [&](std::string_view word, std::size_t) { part = part && text::contains_word(full, word); });
    }
    if (part) who.name = named.name;
  }
  if (!who.institution && named.institution) who.institution = named.institution;
}

// The subject without "Re:", "Fwd:", list and ticket tags.
std::string bare_subject(std::string_view s) {
  s = text::trim(s);
  for (int guard = 0; guard < 10 && !s.empty(); ++guard) {
    if (s.front() == '[') {
      std::size_t close = s.find(']');
      if (close == std::string_view::npos) break;
      s = text::trim(s.substr(close + 1));
      continue;
    }
    bool stripped = false;
    for (std::string_view p : {"re:", "fwd:", "fw:", "tr:", "aw:", "wg:", "bls:", "balas:", "terusan:"})
      if (text::istarts_with(s, p)) {
        s = text::trim(s.substr(p.size()));
        stripped = true;
        break;
      }
    if (!stripped) break;
  }
  return std::string(s);
}

// A document that goes with a request but is not one: a cover letter from a campus or an office
// ("surat pengantar"), a statement, a recommendation, a research permit, an assignment letter, a proof of
// payment; and
// "sesuai permintaan" ("as requested"), which says why it is sent, not what is asked.
constexpr std::array<std::string_view, 15> kSupportingLetters = {
    "surat pengantar", "surat keterangan", "surat rekomendasi", "surat izin", "surat ijin", "surat tugas",
    "cover letter", "sesuai permintaan", "sesuai dengan permintaan", "as requested",
    // a proof of payment for a paid tabulation
    "bukti setor", "bukti bayar", "bukti pembayaran", "bukti transfer", "payment receipt"};

// `low` with the supporting documents' names blanked out.
std::string without_supporting_letters(std::string low) {
  return text::blank_phrases(std::move(low), kSupportingLetters);
}

// A text (lower case) that sends a supporting document: an attachment word and one of kSupportingLetters.
bool sends_a_supporting_letter_low(std::string_view low) {
  bool attached = false, supporting = false;
  // "bersama ini saya kirimkan surat pengantar ...": sent along, in other words.
  for (std::string_view w : {"terlampir", "lampirkan", "dilampirkan", "lampiran", "attached", "enclosed", "berikut",
                             "kirimkan", "saya kirim", "kami kirim", "bersama ini"})
    attached = attached || low.find(w) != std::string::npos;
  if (!attached) return false;  // (the letters' fifteen names are looked for only in a text that sends something)
  for (std::string_view w : kSupportingLetters) supporting = supporting || low.find(w) != std::string::npos;
  return attached && supporting;
}

// A sentence (lower case) of a reply that says where the data asked for should go ("nanti datanya dikirim ke email
// guru pembimbing saya saja", "please send the files to my colleague Anna as well"): delivery, not a new need.
bool says_where_to_send(std::string_view low) {
  static const text::PhraseSet delivery{"dikirim ke", "dikirimkan ke", "dikirim juga ke", "kirim ke email",
                                        "kirimkan ke email", "ditembuskan", "diteruskan ke", "cc ke", "ke email saya",
                                        "ke alamat email", "send the data to", "send the files to", "send it to",
                                        "send them to", "copy my colleague", "cc my colleague", "to my other email",
                                        "to this email", "ke email ini",
                                        // someone else to be copied ("I have copied my colleague ... could you
                                        // please include him when you send the data?")
                                        "include him", "include her", "include them", "copied my colleague",
                                        "cc him", "cc her", "copy him", "copy her", "sertakan beliau",
                                        "tembuskan ke", "cc-kan"};
  return delivery.any(low);
}

// A sentence (lower case) of a reply about the request already made, by a word that points back at it
// ("permintaan tersebut atas nama Pemerintah Desa ...", "permintaan ini untuk pribadi"): no new need.
// The pointing word may follow what was asked ("permintaan data jumlah penduduk tersebut").
bool speaks_of_the_request_made(std::string_view low) {
  std::vector<std::string_view> words;
  text::for_each_run(low, text::is_alpha_ascii, [&](std::string_view w, std::size_t) { words.push_back(w); });
  // "Terkait permintaan tersebut, saya juga butuh data 2024": something more is asked.
  for (std::string_view w : words)
    if (w == "juga" || w == "tambahan" || w == "selain" || w == "menambah" || w == "menambahkan") return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // "Data yang saya minta akan dipakai untuk penelitian ...": what the data asked for before is for (not "yang saya
    // minta tetap sama, luas panen ...", which restates the need).
    if (i + 3 < words.size() && words[i] == "yang" && (words[i + 1] == "saya" || words[i + 1] == "kami") &&
        (words[i + 2] == "minta" || words[i + 2] == "mohon" || words[i + 2] == "ajukan") &&
        (words[i + 3] == "akan" || words[i + 3] == "dipakai" || words[i + 3] == "digunakan" ||
         words[i + 3] == "untuk" || words[i + 3] == "nantinya" || words[i + 3] == "rencananya"))
      return true;
    if (words[i] != "permintaan" && words[i] != "permohonan") continue;
    if (i > 0 && words[i - 1] == "perkembangan") return true;  // "perkembangan permohonan data kami"
    for (std::size_t k = i + 1; k < words.size() && k <= i + 6; ++k)
      if (words[k] == "ini" || words[k] == "tersebut") return true;
  }
  return false;
}

// "Could you please use this spelling on any letter you send?", "mohon penulisan nama saya disesuaikan": how our
// letters write the writer is our record to mend, no data asked.
bool asks_to_mend_the_record(std::string_view low) {
  for (std::string_view w : {"spelling", "spelled", "spelt", "ejaan", "penulisan nama", "penulisan instansi"})
    if (low.find(w) != std::string_view::npos) return true;
  return false;
}

// The sentence a reply's request was read from states no new need: it sends what the request needed (a
// supporting letter), says where to send the data, speaks of the request already made, or asks to mend how we
// write the writer.
bool states_no_new_need(std::string_view sentence) {
  const std::string low = text::lower(sentence);
  return sends_a_supporting_letter_low(low) || says_where_to_send(low) || speaks_of_the_request_made(low) ||
         asks_to_mend_the_record(low);
}

// A thread whose subject (ours, or the officer's) asks for what a request still needs ("Mohon surat pengantar",
// "Mohon melengkapi permintaan", "Kelengkapan persyaratan"): a file sent in answer is that, not a new need
// ("ini saya kirimkan foto surat dari kelompok kami yang sudah ditandatangani"). Our own completion request is
// known by its subject as templates/request_completion.*.txt write it: change both together.
bool thread_asks_for_a_requirement(std::string_view bare_subject) {
  const std::string low = text::lower(bare_subject);
  for (std::string_view w : {"surat pengantar", "surat keterangan", "kelengkapan", "melengkapi", "lengkapi",
                             "persyaratan", "please complete your request", "cover letter", "supporting letter"})
    if (low.find(w) != std::string::npos) return true;
  return false;
}

// "Terlampir surat permohonan data" with a document attached: the request is in the attachment.
// Not when the letter is only a supporting document ("berikut saya lampirkan surat pengantar dari
// kampus" sends a requirement for a request stated before, and states none).
std::optional<std::string> request_in_attachment(const DecodedMail& m, std::string_view own_text,
                                                 bool requirement_asked) {
  if (m.attachments.empty()) return std::nullopt;
  const std::string lowered = text::lower(own_text);
  // "Menindaklanjuti permintaan data saya dengan tiket PST-..., bersama ini saya lampirkan surat pengantar": a
  // text that sends a supporting letter and names no request document of its own attaches what a request made
  // before needed, however the file is called ("surat permohonan dan surat pengantar terlampir" sends both). So
  // does a file sent in a thread that asked for such a requirement.
  if (requirement_asked || sends_a_supporting_letter_low(lowered)) {
    bool request_document = false;
    for (std::string_view d : {"surat permohonan", "surat permintaan", "formulir", "form permintaan", "form permohonan",
                               "request letter", "request form", "daftar data", "daftar kebutuhan"})
      request_document = request_document || lowered.find(d) != std::string::npos;
    if (!request_document) return std::nullopt;
  }
  std::string low = without_supporting_letters(lowered);
  bool mentions = false;
  // "lampirkan" with whatever comes before it ("saya lampirkan", "saya foto dan lampirkan").
  for (std::string_view w : {"terlampir", "lampiran", "lampirkan", "attached",
                             "attachment", "enclosed", "saya kirim", "kami kirim", "berikut saya", "berikut kami",
                             "foto surat", "scan surat"})
    if (low.find(w) != std::string::npos) mentions = true;
  // Whole words ("form" is no part of "informasi").
  bool letter = false;
  for (std::string_view w : {"surat", "permohonan", "permintaan", "request", "form", "formulir", "list"})
    if (text::contains_word(low, w)) letter = true;
  for (std::string_view w : {"daftar data", "kebutuhan data"})
    if (low.find(w) != std::string::npos) letter = true;
  // A bare mail whose attachment is plainly the request letter ("Surat Permohonan Data.pdf").
  const AttachmentInfo* named = nullptr;
  for (const auto& a : m.attachments) {
    // "Surat_Pengantar_FPIK.pdf", "surat-pengantar.pdf": a file's name spaces its words with '_' or '-'.
    std::string f = text::lower(a.filename);
    std::replace_if(f.begin(), f.end(), [](char c) { return c == '_' || c == '-'; }, ' ');
    f = without_supporting_letters(std::move(f));
    if (f.find("surat") != std::string::npos || f.find("permohonan") != std::string::npos ||
        f.find("permintaan") != std::string::npos || f.find("request") != std::string::npos) {
      named = &a;
      break;
    }
  }
  if (named && text::trim(own_text).size() < 200) return "Permohonan sesuai surat/berkas terlampir: " + named->filename;
  if (!mentions || !letter) return std::nullopt;
  const AttachmentInfo& a = m.attachments.front();
  std::string name = a.filename.empty() ? a.content_type : a.filename;
  return "Permohonan sesuai surat/berkas terlampir: " + name;
}

// An address of this office's domain ("bps5101@bps.go.id", "pst@jembranakab.bps.go.id"), told by its domain, not by
// a substring: "bps.go.id@gmail.com" and "staf@bps.go.id.example.net" are anyone's.
bool at_this_office(std::string_view address) {
  const std::size_t at = address.rfind('@');
  if (at == std::string_view::npos) return false;
  return is_this_office_domain(text::lower(address.substr(at + 1)));
}

// Whether a header's value as written ("Kepala BPS <bps5101@bps.go.id>; umum@...") names an address of this office.
bool names_this_office(std::string_view header) {
  const std::vector<Address> listed = parse_address_list(header);
  return std::any_of(listed.begin(), listed.end(), [](const Address& a) { return at_this_office(a.address); });
}

// Whether a note's signed name is the letter's writer's, whole or in part ("Daniel" of "Daniel Ferreira"): a writer
// resending their own letter.
bool same_person(std::string_view note_name, const std::optional<std::string>& letter_name) {
  if (!letter_name) return false;
  const std::string letter = text::lower(*letter_name);
  bool all = true;
  text::for_each_run(text::lower(note_name), [](char c) { return c != ' ' && c != '.' && c != ','; },
                     [&](std::string_view word, std::size_t) { all = all && text::contains_word(letter, word); });
  return all;
}

}  // namespace

ParsedMail analyse(DecodedMail decoded) {
  ParsedMail p;
  p.mail = std::move(decoded);
  const DecodedMail& mail = p.mail;
  OwnWords ow = own_words_of(mail);
  p.own_text = std::move(ow.text);  // read below through `head`, a view into it
  p.forwarded = ow.forwarded;
  p.original_sender = ow.forwarded_from;

  // What is understood of the own words is their head and tail (text_scan.h, understood_part); the
  // whole own words are kept for the officer.
  const std::string understood = text::understood_part(p.own_text);
  const std::string_view head = understood;
  // A forward's note, read the same way (for the request, an attached letter and who writes it).
  const std::string note = ow.forwarded ? text::understood_part(ow.forward_note) : std::string();
  // Read once (normalised, lower-cased, tokenised, in lines) for every detector below.
  const WordsView words(head);
  // Where the request reader's and the complaint check's phrases may start in the own words, the language count's
  // common words and the words of the introduction's classes: one scan for the four.
  const OwnWordsScan scan(words);
  RequestDetail req = find_request(words, scan.request());
  std::string subject = bare_subject(ow.forwarded && !ow.forwarded_subject.empty() ? ow.forwarded_subject : mail.subject);
  // The subject states the need when the body only says "sesuai subjek" - but not in a reply,
  // whose subject is the original request's.
  bool reply_subject = subject_is_reply(mail.subject) && !ow.forwarded && !subject_is_forward(mail.subject);
  reply_subject = reply_subject || !mail.in_reply_to.empty();
  bool request_only_in_subject = false;
  if (!req.concrete && !subject.empty() && !reply_subject) {
    RequestDetail from_subject = find_request(subject, RequestSource::subject);
    // "Data PDRB" over "terkait tiket PST-... kemarin, datanya sudah saya terima, terima kasih": the subject names
    // what was received, not a need.
    if (from_subject.concrete && !says_data_received(words.low())) {
      req = from_subject;
      req.summary = subject;
      request_only_in_subject = true;
    }
  }
  if (!req.concrete && !note.empty()) {
    RequestDetail from_note = find_request(note);
    if (from_note.concrete) req = from_note;
  }
  std::optional<std::string> request = req.concrete ? req.summary : std::nullopt;
  if (!request) {
    std::string scope(head);
    if (ow.forwarded) scope = note + "\n" + scope;
    request = request_in_attachment(mail, scope, reply_subject && thread_asks_for_a_requirement(subject));
  }

  // A new mail citing its ticket whose need is only a supporting letter sent for it ("Surat pengantar penelitian -
  // tiket PST-...": "berikut saya kirimkan surat pengantar ... untuk permohonan data ... saya") follows that
  // request up; it states no new one.
  // Read once for both: a request sentence that states no new need (states_no_new_need).
  const bool no_new_need = request && states_no_new_need(*request);
  // So does one whose need is read only from its subject while its text cites the ticket ("Menanyakan data curah
  // hujan" over "Tiang mau menanyakan permohonan data curah hujan dengan nomor tiket PST-..., apa sudah bisa
  // diambil?"): the subject names the request the ticket holds.
  const bool subject_names_the_ticket_request = request_only_in_subject && find_ticket_number_in_text(head);
  const bool follows_up_a_ticket =
      (no_new_need && req.concrete && (find_ticket_number_in_text(head) || find_ticket_number_in_text(mail.subject))) ||
      subject_names_the_ticket_request;
  Classification c = classify(mail, ClassifyInput{head, std::nullopt, request.has_value() && !follows_up_a_ticket,
                                                  words.low(),
                                                   [&] {
                                                     auto r = find_rating(words, head);
                                                     if (!r) r = find_rating_in_subject(mail.subject);
                                                     // Answering our request for a score, a bare one.
                                                     if (!r && subject_asks_for_a_score(mail.subject))
                                                       r = find_bare_score(words.low());
                                                     return r;
                                                   },
                                                   request_only_in_subject, scan.complaint()});
  p.kind = c.kind;
  p.ticket_ref = c.ticket_ref;
  p.auto_reason = c.auto_reason;
  p.asks_something_new = c.asks_something_new;
  p.cited_ticket = c.cited_ticket;
  // A reply's subject is the thread's (often ours: "Re: [PST-...] Layanan selesai - mohon penilaian Anda"): the
  // writer's language is that of their own words, the subject's only when they wrote none.
  p.language = detect_language(subject, words, scan.marked(), reply_subject);

  if (p.kind == MailKind::bounce || p.kind == MailKind::auto_reply) return p;  // nobody to introduce
  p.requester = find_introduction(words, scan.marked());
  // A writer's own tag ("[Permohonan Data] Sinta Maharani - Undhira") is kept: it is the subject's first part.
  if (!reply_subject)
    introduction_in_subject(!ow.forwarded && text::trim(mail.subject).starts_with('[') ? text::trim(mail.subject)
                                                                                       : std::string_view(subject),
                            p.requester);
  // A forward whose note introduces its writer, of a message that was not sent to BPS ("Saya Kadek ...,
  // mahasiswi ...; berikut saya teruskan surat dari fakultas", a staff member forwarding her head's
  // instruction and signing): the writer of the note is who asks us; the forwarded message is their
  // material. A message sent to BPS and forwarded (by our own staff, or resent by its writer) is its
  // sender's request. So is a message its own writer forwards again ("email terlampir sebelumnya saya kirim
  // ke ..."), or a colleague resends ("Meneruskan surat dari Kepala Dinas kami ... belum ada balasan"): the
  // letter introduces its office; the note, signed by whoever resends it, adds what it lacks. Only our own
  // staff forwarding a letter adds nothing of theirs.
  const bool sent_to_bps = names_this_office(ow.forwarded_to);
  const bool own_letter = ow.forwarded_from && mail.from && !mail.from->address.empty() &&
                          text::iequals(ow.forwarded_from->address, mail.from->address);
  const bool from_this_office = mail.from && at_this_office(mail.from->address);
  const bool note_asks = !sent_to_bps && !own_letter;
  const bool note_completes =
      (own_letter || !from_this_office) && (!p.requester.name || !p.requester.institution);
  // Resent to BPS from the address that sent it, by someone of that office who signs the note ("atas perintah
  // Bapak Camat kami teruskan surat di bawah ini ... Ni Putu Ratna Dewi"): the one who writes to us now is the
  // requester, for the office the letter names.
  const bool resent_by_its_office = sent_to_bps && own_letter && !from_this_office;
  if (!note.empty() && (note_asks || note_completes || resent_by_its_office)) {
    Introduction writer = find_introduction(note);
    if (note_asks) {
      if (writer.name) p.requester = std::move(writer);
    } else if (resent_by_its_office && writer.name && !same_person(*writer.name, p.requester.name)) {
      p.requester.name = std::move(writer.name);
      if (!p.requester.institution) p.requester.institution = std::move(writer.institution);
    } else {
      if (!p.requester.name) p.requester.name = std::move(writer.name);
      if (!p.requester.institution) p.requester.institution = std::move(writer.institution);
    }
  }
  // A forwarded letter's sender line is part of the mail's text: when it names an office ("From:
  // Dinas Pertanian dan Pangan Kabupaten Jembrana <distan@...>") and the letter names none, that
  // office is the requester's institution. Only a display name that is wholly an organisation.
  if (!p.requester.institution && ow.forwarded && ow.forwarded_from) {
    const std::string_view shown = text::trim(ow.forwarded_from->name);
    if (auto o = organisation_written_whole(shown)) p.requester.institution = std::move(o);
  }
  // "Marie-Claire Dubois\nProject Coordinator, Bali\nCoral Triangle Watch" from coraltrianglewatch.org: a line
  // no list knows, which the sender's domain writes out, is the body signed.
  // This office's own domain confirms no body: it is nobody's (its staff sign "BPS.go.id").
  if (!p.requester.institution && mail.from && !at_this_office(mail.from->address))
    if (auto o = organisation_line_of_domain(words, mail.from->address)) p.requester.institution = std::move(o);
  // A complaint or a suggestion states no request, even when it names the data it is about ("the
  // table you sent differs from ..."): it goes to the supervisor as a complaint.
  // A rating states no request either: what it says of the data is feedback.
  if (p.kind != MailKind::complaint && p.kind != MailKind::rating) p.request = request;
  // A reply that sends what its request needed ("Sesuai permintaan, terlampir surat pengantar ... untuk
  // permintaan data mikro Susenas saya"), says where to send the data, or speaks of the request made names that
  // request, not a new need.
  if (p.kind == MailKind::reply && p.request && (no_new_need || subject_names_the_ticket_request)) p.request.reset();
  if (p.kind == MailKind::rating && c.rating) {
    p.rating = c.rating->value;
    p.rating_scale = c.rating->scale;
  }
  if (p.kind == MailKind::request) {
    if (!p.requester.name) p.missing.emplace_back("name");
    if (!p.requester.institution) p.missing.emplace_back("institution");
    if (!p.request) p.missing.emplace_back("request");
    assess_confidence(p, words);
  }
  return p;
}

}  // namespace pst
